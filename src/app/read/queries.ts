import { ALL_OFFICERS, DEFAULT_ROLES, RoleMatcher, SECRETARIAT } from "../../core/plan/roles";
import { foldVietnamese } from "../../core/text/normalize";
import type { PlanRow } from "../../core/validation/rows";
import type { RowEvaluation } from "./evaluate";
import type { Snapshot } from "./snapshot";

/** Whose a task is, as the plan row and the directory say. */
export interface Assignment {
  /** The owner cell as typed: a person an officer named for the task ("" when none). */
  readonly owner: string;
  /** The lead roles as the plan row names them. */
  readonly leads: readonly string[];
  /** The persons answering for the task, by name: the owner, else the directory's holders of the lead roles. */
  readonly persons: readonly string[];
  /**
   * Who is reminded, by address: the owner's, else the lead roles' (a task for "the officers"
   * goes to the secretariat, who coordinates it). Empty when the directory has none.
   */
  readonly emails: readonly string[];
  /** Lead roles the directory has no address for, when the reminders fell back to the roles. */
  readonly unreachable: readonly string[];
}

const assigners = new WeakMap<Snapshot, (cells: PlanRow) => Assignment>();

/**
 * The one answer to "whose is this task": a plan row's assignment from its owner and lead
 * cells and the snapshot's directory. The reminders, the report's persons and tasksFor all use
 * it, on the rows of whichever day they evaluate.
 */
export function assignmentOf(snapshot: Snapshot, cells: PlanRow): Assignment {
  let assign = assigners.get(snapshot);
  if (!assign) {
    const book = snapshot.directory;
    const secretariat = book.roleEmails(SECRETARIAT);
    const matcher = new RoleMatcher(DEFAULT_ROLES);
    // Each role's addresses and person looked up once per snapshot: a plan names the same few
    // roles on thousands of rows, and each look-up folds and matches the name again.
    const roles = new Map<string, { emails: readonly string[]; person: string | null }>();
    const roleOf = (role: string) => {
      let known = roles.get(role);
      if (!known) {
        // "Các cán bộ, công chức": a shared task, coordinated by the secretariat.
        const emails = matcher.match(role) === ALL_OFFICERS ? secretariat : book.roleEmails(role);
        roles.set(role, (known = { emails, person: book.person(role) || null }));
      }
      return known;
    };
    assign = ({ owner, lead }) => {
      let emails: readonly string[] = owner ? book.personEmails(owner) : [];
      const unreachable: string[] = [];
      if (emails.length === 0) {
        for (const role of lead) {
          const found = roleOf(role).emails;
          if (found.length === 0) unreachable.push(role);
          emails = [...emails, ...found];
        }
      }
      const persons = owner ? [owner] : lead.map((l) => roleOf(l).person).filter((p): p is string => !!p);
      return { owner, leads: lead, persons, emails: [...new Set(emails)], unreachable };
    };
    assigners.set(snapshot, assign);
  }
  return assign(cells);
}

/**
 * The tasks that are a person's, named by name (case and accents aside) or by address: those
 * whose assignment names them. Plan order, evaluated on the snapshot's day.
 */
export function tasksFor(snapshot: Snapshot, person: string): RowEvaluation[] {
  const wanted = foldVietnamese(person.trim());
  const address = person.trim().toLowerCase();
  return snapshot.rows.filter((r) => {
    const a = assignmentOf(snapshot, r.cells);
    return a.persons.some((p) => foldVietnamese(p) === wanted) || a.emails.some((e) => e.toLowerCase() === address);
  });
}
