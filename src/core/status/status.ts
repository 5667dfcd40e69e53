import type { WorkCalendar } from "../calendar/workCalendar";
import { compareDates, formatIso, type LocalDate } from "../dates/localDate";
import { isDone, type TaskStatus } from "./statuses";
import type { Timeline } from "../timeline/model";
import { occurrences, type Window } from "../timeline/occurrences";

export type { TaskStatus } from "./statuses";

/** What the sheet knows of a task. */
export interface TaskFacts {
  readonly timeline: Timeline;
  /** A deadline a person typed: it wins over anything read from the text. */
  readonly ownDeadline: LocalDate | null;
  readonly done: boolean;
  readonly completedOn: LocalDate | null;
  /** Occurrences logged as done, by key ("2024-11", "2024-Q4", "2024-11-10"). */
  readonly completions: ReadonlyMap<string, LocalDate | null>;
}

export interface OccurrenceState {
  readonly key: string;
  readonly due: LocalDate;
  /** The due date moved to the next working day when it falls on a day off (Civil Code Art. 148). */
  readonly effectiveDue: LocalDate;
  readonly label: string;
  readonly status: TaskStatus;
  readonly completedOn: LocalDate | null;
  /** Working days late (overdue or done late); 0 otherwise. */
  readonly daysLate: number;
}

export interface TaskEvaluation {
  readonly status: TaskStatus;
  /** The earliest occurrence not yet done (past, when overdue). */
  readonly nextDue: LocalDate | null;
  /** Working days from today to nextDue: negative when overdue. */
  readonly workingDaysLeft: number | null;
  readonly occurrences: readonly OccurrenceState[];
}

export interface StatusOptions {
  readonly window: Window;
  /** Working days ahead that count as "due soon" (setting, default 3). */
  readonly dueSoonDays: number;
  readonly beforeMeansDayBefore?: boolean;
}

/** Where one occurrence stands: done (early, on time, late), overdue, due soon or on track. */
function occurrenceStatus(
  due: LocalDate,
  effective: LocalDate,
  completedOn: LocalDate | null,
  done: boolean,
  today: LocalDate,
  calendar: WorkCalendar,
  dueSoonDays: number,
): { status: TaskStatus; daysLate: number } {
  if (done) {
    if (!completedOn) return { status: "doneOnTime", daysLate: 0 };
    if (compareDates(completedOn, due) < 0) return { status: "doneEarly", daysLate: 0 };
    if (compareDates(completedOn, effective) <= 0) return { status: "doneOnTime", daysLate: 0 };
    return { status: "doneLate", daysLate: calendar.countWorkingDays(effective, completedOn) };
  }
  if (compareDates(effective, today) < 0)
    return { status: "overdue", daysLate: calendar.countWorkingDays(effective, today) };
  return { status: calendar.countWorkingDays(today, effective) <= dueSoonDays ? "dueSoon" : "onTrack", daysLate: 0 };
}

/**
 * evaluateTask(facts, {2024,11,20}, calendar, options): the task's status on that day.
 * Overdue wins over everything open; a task is done (early, on time, late) only when every
 * occurrence is; otherwise the next open occurrence decides (due soon or on track). With no
 * due date at all, continuous work, a deadline waiting for an event, and no deadline are
 * told apart.
 */
export function evaluateTask(
  facts: TaskFacts,
  today: LocalDate,
  calendar: WorkCalendar,
  options: StatusOptions,
): TaskEvaluation {
  const list = facts.ownDeadline
    ? [{ key: formatIso(facts.ownDeadline), due: facts.ownDeadline, label: "" }]
    : occurrences(facts.timeline, options.window, options.beforeMeansDayBefore);

  const states: OccurrenceState[] = list.map((o) => {
    const logged = facts.completions.has(o.key);
    const completedOn = logged ? (facts.completions.get(o.key) ?? null) : facts.done ? facts.completedOn : null;
    const effectiveDue = o.beforeHoliday ? calendar.deadlineBefore(o.due) : calendar.effectiveDeadline(o.due);
    const { status, daysLate } = occurrenceStatus(
      o.due,
      effectiveDue,
      completedOn,
      logged || facts.done,
      today,
      calendar,
      options.dueSoonDays,
    );
    return { key: o.key, due: o.due, effectiveDue, label: o.label, status, completedOn, daysLate };
  });

  const open = states.filter((s) => !isDone(s.status));
  const next = open[0] ?? null;
  const nextDue = next ? next.effectiveDue : null;
  const workingDaysLeft = nextDue ? calendar.countWorkingDays(today, nextDue) : null;

  if (states.length === 0) {
    const status: TaskStatus = facts.done
      ? "doneOnTime"
      : facts.timeline.continuous
        ? "continuous"
        : facts.timeline.event
          ? "waitingEvent"
          : "noDeadline";
    return { status, nextDue: null, workingDaysLeft: null, occurrences: [] };
  }
  let status: TaskStatus;
  if (open.some((s) => s.status === "overdue")) status = "overdue";
  else if (next) status = next.status;
  else if (states.some((s) => s.status === "doneLate")) status = "doneLate";
  else if (states.every((s) => s.status === "doneEarly")) status = "doneEarly";
  else status = "doneOnTime";
  return { status, nextDue, workingDaysLeft, occurrences: states };
}

/** The largest number of working days an open occurrence is late by (0 when none is). */
export function overdueDays(evaluation: TaskEvaluation): number {
  return Math.max(0, ...evaluation.occurrences.filter((o) => o.status === "overdue").map((o) => o.daysLate));
}
