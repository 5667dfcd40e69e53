import { STATUS_LABEL, type TaskStatus } from "../../core/status/status";
import { ALL_OFFICERS, DEFAULT_ROLES, RoleMatcher, SECRETARIAT } from "../../core/plan/roles";
import { foldVietnamese } from "../../core/text/normalize";
import { splitRoles } from "../../core/validation/rows";
import { isTaskRow, type RowEvaluation } from "./evaluate";
import type { Snapshot } from "./snapshot";
import { textAt } from "./tabs";

/** How many rows have each status (every status present, 0 when none). */
export function countByStatus(rows: readonly RowEvaluation[]): Record<TaskStatus, number> {
  const counts = Object.fromEntries(Object.keys(STATUS_LABEL).map((k) => [k, 0])) as Record<TaskStatus, number>;
  for (const r of rows) counts[r.evaluation.status]++;
  return counts;
}

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

const assigned = new WeakMap<Snapshot, ReadonlyMap<number, Assignment>>();

/**
 * Every plan row's assignment, by sheet row: the one answer to "whose is this task", which the
 * reminders, the report's persons and tasksFor all use. Computed once per snapshot.
 */
export function assignments(snapshot: Snapshot): ReadonlyMap<number, Assignment> {
  const known = assigned.get(snapshot);
  if (known) return known;
  const { plan } = snapshot.tabs;
  const book = snapshot.directory;
  const secretariat = book.roleEmails(SECRETARIAT);
  const matcher = new RoleMatcher(DEFAULT_ROLES);
  const out = new Map<number, Assignment>();
  // Every task row, whatever the day it is evaluated on: a report reads the rows on its cut-off.
  plan.values.forEach((line, i) => {
    if (i === 0 || !isTaskRow(plan, line)) return;
    const owner = textAt(plan, line, "owner");
    const leads = splitRoles(textAt(plan, line, "lead"));
    let emails = owner ? book.personEmails(owner) : [];
    const unreachable: string[] = [];
    if (emails.length === 0) {
      for (const role of leads) {
        // "Các cán bộ, công chức": a shared task, coordinated by the secretariat.
        const found = matcher.match(role) === ALL_OFFICERS ? secretariat : book.roleEmails(role);
        if (found.length === 0) unreachable.push(role);
        emails = [...emails, ...found];
      }
    }
    const persons = owner ? [owner] : leads.map((l) => book.person(l)).filter((p): p is string => !!p);
    out.set(i + 1, { owner, leads, persons, emails: [...new Set(emails)], unreachable });
  });
  assigned.set(snapshot, out);
  return out;
}

/**
 * The tasks that are a person's, named by name (case and accents aside) or by address: those
 * whose assignment names them. Plan order.
 */
export function tasksFor(snapshot: Snapshot, person: string): RowEvaluation[] {
  const wanted = foldVietnamese(person.trim());
  const address = person.trim().toLowerCase();
  const byRow = assignments(snapshot);
  return snapshot.rows.filter((r) => {
    const a = byRow.get(r.row);
    return !!a && (a.persons.some((p) => foldVietnamese(p) === wanted) || a.emails.some((e) => e.toLowerCase() === address));
  });
}
