import { formatVi } from "../../core/dates/localDate";
import { parsePeriod, periodLabel } from "../../core/period/period";
import { t, type Lang } from "../../core/i18n/messages";
import { personKey } from "../../core/links/token";
import { isDone, statusLabel, type TaskStatus } from "../../core/status/statuses";
import { PLAN_TAB } from "../../core/workbook/layout";
import { checkPlanRow, rowCells } from "./check";
import type { RowEvaluation } from "./evaluate";
import { tasksFor } from "./queries";
import type { Snapshot } from "./snapshot";

/*
 * "Việc của tôi" as data: a person's tasks, most urgent first, each with what the page shows and
 * the actions that apply. Plain strings and numbers only, as the plan holds them: the page
 * escapes every value, so nothing here is HTML.
 */

/** Where a task stands on the page, in the page's order. */
export const OFFICER_GROUPS = ["overdue", "dueSoon", "recurring", "fix", "other"] as const;
export type OfficerGroup = (typeof OFFICER_GROUPS)[number];

export type OfficerAction = "markDone" | "logOccurrence" | "noteDifficulty";

export interface OfficerTask {
  readonly id: string;
  /** Sheet row, for the secretariat's links; the commands find a task by id, never by row. */
  readonly row: number;
  readonly group: OfficerGroup;
  readonly section: string;
  readonly task: string;
  readonly output: string;
  /** The timeline as the plan writes it. */
  readonly timeline: string;
  /** The next due date, dd/mm/yyyy, or null (continuous work, no deadline, all done). */
  readonly nextDue: string | null;
  /** Working days from today to nextDue: negative when late. */
  readonly daysLeft: number | null;
  /** "Hạn: 25/11/2024 (còn 3 ngày làm việc)", or the timeline text when there is no date. */
  readonly deadline: string;
  readonly status: TaskStatus;
  readonly statusLabel: string;
  /** The occurrence an officer logs for a recurring task (its key, for logOccurrence, and the period in words). */
  readonly period: { readonly key: string; readonly label: string } | null;
  /** What the check finds wrong in the row, in words (the "Kiểm tra" cell's lines). */
  readonly problems: readonly string[];
  readonly actions: readonly OfficerAction[];
}

export interface OfficerPage {
  /** The address the link names. */
  readonly person: string;
  /** Today, dd/mm/yyyy. */
  readonly today: string;
  readonly tasks: readonly OfficerTask[];
}

/** The earliest occurrence not done: the one an officer logs next (overdue ones first). */
function openOccurrence(r: RowEvaluation) {
  return r.evaluation.occurrences.find((o) => !isDone(o.status)) ?? null;
}

/** An occurrence in words ("tháng 3 năm 2024"): its period's label, or the milestone's text for a dated one. */
function occurrenceWords(o: { readonly key: string; readonly label: string }): string {
  const period = parsePeriod(o.key);
  return period ? periodLabel(period) : o.label || o.key;
}

/** The deadline in words: the next due date and the working days left, or the timeline as written. */
export function deadlineWords(r: RowEvaluation, lang: Lang = "vi"): string {
  const { nextDue, workingDaysLeft: days } = r.evaluation;
  if (!nextDue || days === null || isDone(r.evaluation.status))
    return t("officer.dueNone", { timeline: r.cells.timeline || "—" }, lang);
  const date = formatVi(nextDue);
  if (days < 0) return t("officer.dueLate", { date, days: -days }, lang);
  if (days === 0) return t("officer.dueToday", { date }, lang);
  return t("officer.dueLeft", { date, days }, lang);
}

function officerTask(snapshot: Snapshot, r: RowEvaluation, lang: Lang): OfficerTask {
  const { status, nextDue, workingDaysLeft } = r.evaluation;
  const plan = snapshot.tabs.plan;
  const problems = checkPlanRow(
    PLAN_TAB,
    r.row,
    rowCells(plan, plan.values[r.row - 1] ?? []),
    { today: snapshot.today, roles: snapshot.roles },
    r.timeline,
  ).map((p) => p.problem);
  const recurring = r.timeline.recurrence !== null;
  const open = recurring ? openOccurrence(r) : null;
  const group: OfficerGroup =
    status === "overdue"
      ? "overdue"
      : status === "dueSoon"
        ? "dueSoon"
        : open
          ? "recurring"
          : problems.length > 0
            ? "fix"
            : "other";
  const actions: OfficerAction[] = [];
  if (open) actions.push("logOccurrence");
  else if (!recurring && !isDone(status)) actions.push("markDone");
  actions.push("noteDifficulty");
  return {
    id: r.id,
    row: r.row,
    group,
    section: r.cells.section,
    task: r.cells.task,
    output: r.cells.output,
    timeline: r.cells.timeline,
    nextDue: nextDue ? formatVi(nextDue) : null,
    daysLeft: workingDaysLeft,
    deadline: deadlineWords(r, lang),
    status,
    statusLabel: t(statusLabel(status), {}, lang),
    period: open ? { key: open.key, label: occurrenceWords(open) } : null,
    problems,
    actions,
  };
}

/** Within a group: the most late first, then the soonest due; plan order otherwise (a stable sort). */
function urgency(a: OfficerTask, b: OfficerTask): number {
  const g = OFFICER_GROUPS.indexOf(a.group) - OFFICER_GROUPS.indexOf(b.group);
  if (g !== 0) return g;
  if (a.group === "other" || a.group === "fix") return Number(isDone(a.status)) - Number(isDone(b.status));
  return (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity);
}

/**
 * officerPage(snapshot, "van.phong@dailanh.gov.vn"): the person's tasks (tasksFor), overdue
 * (most working days late first), due soon, this period's open occurrences of recurring tasks,
 * rows with problems to fix, then the rest (done last). Reads nothing: a pure query.
 */
export function officerPage(snapshot: Snapshot, person: string, lang: Lang = "vi"): OfficerPage {
  const email = personKey(person);
  const tasks = tasksFor(snapshot, email).map((r) => officerTask(snapshot, r, lang));
  return { person: email, today: formatVi(snapshot.today), tasks: [...tasks].sort(urgency) };
}

/** The person's task with this id, or null: not theirs and not there get the same answer. */
export function officerTaskRow(snapshot: Snapshot, person: string, taskId: string): RowEvaluation | null {
  const id = String(taskId).trim();
  return tasksFor(snapshot, personKey(person)).find((r) => r.id === id) ?? null;
}

declare const granted: unique symbol;
/**
 * A plan row the writer may change on an officer's behalf: made only by officerGrant, from a
 * snapshot, for a task assigned to that person. The brand keeps any other code from making one.
 */
export interface OfficerGrant {
  readonly person: string;
  readonly row: number;
  readonly id: string;
  readonly [granted]: true;
}

/** The grant to write the officer columns of the person's task `taskId`, or null when it is not theirs. */
export function officerGrant(
  snapshot: Snapshot,
  person: string,
  taskId: string,
  action: OfficerAction,
): OfficerGrant | null {
  const who = personKey(person);
  const found = officerTaskRow(snapshot, who, taskId);
  if (!found) return null;
  // A task whose owner cell names someone is that owner's alone: when the owner has no address
  // in Danh bạ, the reminders fall back to the lead roles, but the right to act on it does not.
  const owner = found.cells.owner;
  if (owner && !snapshot.directory.personEmails(owner).some((e) => e.toLowerCase() === who)) return null;
  // An id on two rows: completions are matched by id, so acting on one would change the other.
  if (snapshot.rows.filter((r) => r.id === found.id).length > 1) return null;
  // Only what the page offers for this task (a recurring task is logged by period, not marked done).
  if (!officerTask(snapshot, found, "vi").actions.includes(action)) return null;
  return { person: who, row: found.row, id: found.id } as OfficerGrant;
}
