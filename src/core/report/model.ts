import { compareDates, type LocalDate } from "../dates/localDate";
import { nextPeriodBounds, parsePeriod } from "../period/period";
import type { Direction, Unit } from "../indicators/extract";
import type { IndicatorStatus } from "../indicators/compute";
import { countStatuses, STATUS, type TaskStatus } from "../status/statuses";
import type { LevelWording } from "./level";

/** What the report needs to know of one task, as the sheet has it on the cut-off date. */
export interface ReportTask {
  readonly id: string;
  readonly part: string;
  readonly section: string;
  readonly task: string;
  readonly lead: string;
  readonly person: string;
  readonly status: TaskStatus;
  readonly nextDue: LocalDate | null;
  readonly daysLate: number;
  readonly completedOn: LocalDate | null;
  readonly evidence: string;
  readonly notes: string;
  /** Occurrences logged done (recurring tasks): key, completion date, evidence link. */
  readonly completions: readonly { key: string; completedOn: LocalDate | null; evidence: string }[];
}

export interface ReportIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly target: number;
  readonly floor: number | null;
  readonly value: number | null;
  readonly period: string | null;
  readonly status: IndicatorStatus;
}

/** Who issues and signs, from the settings tab. */
export interface ReportSettings {
  readonly commune: string;
  readonly number: string;
  readonly signerName: string;
  /** The level the report goes to on its date, and its words: recipients, salutation, signer lines. */
  readonly level: LevelWording;
}

export type ReportKind = "month" | "quarter" | "half" | "year";

export interface Report {
  readonly kind: ReportKind;
  readonly period: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** The day the figures are taken (a month's report: the 20th, the day it is due). */
  readonly cutoff: LocalDate;
  readonly settings: ReportSettings;
  readonly totals: {
    readonly tasks: number;
    readonly byStatus: Readonly<Record<TaskStatus, number>>;
    readonly onTimeRate: number | null;
    readonly done: number;
  };
  readonly sections: readonly {
    part: string;
    section: string;
    tasks: number;
    done: number;
    overdue: number;
    dueSoon: number;
    open: number;
  }[];
  readonly completed: readonly {
    id: string;
    task: string;
    what: string;
    completedOn: LocalDate | null;
    evidence: string;
    late: boolean;
  }[];
  readonly overdue: readonly {
    id: string;
    task: string;
    lead: string;
    person: string;
    due: LocalDate | null;
    daysLate: number;
  }[];
  readonly upcoming: readonly { id: string; task: string; lead: string; person: string; due: LocalDate }[];
  readonly indicators: readonly ReportIndicator[];
  readonly difficulties: readonly { id: string; task: string; note: string }[];
}

const within = (d: LocalDate | null, start: LocalDate, end: LocalDate) =>
  d !== null && compareDates(d, start) >= 0 && compareDates(d, end) <= 0;

/** reportKind("2024-11") → "month"; "2024-Q4" → "quarter"; "2024-H1" → "half"; "2024" → "year"; a week or a day → null. */
export function reportKind(period: string): ReportKind | null {
  const kind = parsePeriod(period)?.kind;
  return kind === "month" || kind === "quarter" || kind === "half" || kind === "year" ? kind : null;
}

/**
 * buildReport("2024-11", cut-off 20/11/2024, tasks, indicators, settings): the report's
 * content. Counts are the statuses on the cut-off date (they reconcile with the plan tab);
 * "completed in the period" lists tasks done, and recurring occurrences logged, between the
 * period's start and the cut-off; "due next" lists open tasks whose next due date falls in the
 * following period; the difficulties are the notes officers left on overdue rows.
 */
export function buildReport(
  period: string,
  cutoff: LocalDate,
  tasks: readonly ReportTask[],
  indicators: readonly ReportIndicator[],
  settings: ReportSettings,
): Report | null {
  const kind = reportKind(period);
  const parsed = parsePeriod(period);
  const bounds = parsed ? ([parsed.start, parsed.end] as const) : null;
  if (!kind || !bounds) return null;
  const [start, end] = bounds;
  const to = compareDates(cutoff, end) < 0 ? cutoff : end;
  const byStatus = countStatuses(tasks.map((t) => t.status));
  const isDone = (t: ReportTask) => STATUS[t.status].done;
  const done = tasks.filter(isDone).length;
  const doneOnTime = tasks.filter((t) => isDone(t) && !STATUS[t.status].late).length;

  // One pass, sections in the order the plan first names them: no key or list per task.
  const byPart = new Map<string, Map<string, Report["sections"][number]>>();
  const sections: Report["sections"][number][] = [];
  for (const t of tasks) {
    let part = byPart.get(t.part);
    if (!part) byPart.set(t.part, (part = new Map()));
    let here = part.get(t.section);
    if (!here) {
      here = { part: t.part, section: t.section, tasks: 0, done: 0, overdue: 0, dueSoon: 0, open: 0 };
      part.set(t.section, here);
      sections.push(here);
    }
    const s = STATUS[t.status];
    here.tasks++;
    if (s.done) here.done++;
    if (t.status === "overdue") here.overdue++;
    if (t.status === "dueSoon") here.dueSoon++;
    if (s.open) here.open++;
  }

  const completed: Report["completed"][number][] = [];
  for (const t of tasks) {
    if (isDone(t) && within(t.completedOn, start, to)) {
      const late = STATUS[t.status].late;
      completed.push({ id: t.id, task: t.task, what: "", completedOn: t.completedOn, evidence: t.evidence, late });
    }
    for (const c of t.completions) {
      if (within(c.completedOn, start, to))
        completed.push({
          id: t.id,
          task: t.task,
          what: c.key,
          completedOn: c.completedOn,
          evidence: c.evidence,
          late: false,
        });
    }
  }
  completed.sort((a, b) => compareDates(a.completedOn!, b.completedOn!) || a.id.localeCompare(b.id));

  const [nextStart, nextEnd] = nextPeriodBounds({ start, end });
  const upcomingFrom = compareDates(to, end) < 0 ? to : nextStart;
  return {
    kind,
    period,
    start,
    end,
    cutoff: to,
    settings,
    totals: { tasks: tasks.length, byStatus, done, onTimeRate: done === 0 ? null : (doneOnTime / done) * 100 },
    sections,
    completed,
    overdue: tasks
      .filter((t) => t.status === "overdue")
      .sort((a, b) => b.daysLate - a.daysLate)
      .map((t) => ({ id: t.id, task: t.task, lead: t.lead, person: t.person, due: t.nextDue, daysLate: t.daysLate })),
    upcoming: tasks
      .filter((t) => !isDone(t) && t.status !== "overdue" && within(t.nextDue, upcomingFrom, nextEnd))
      .sort((a, b) => compareDates(a.nextDue!, b.nextDue!))
      .map((t) => ({ id: t.id, task: t.task, lead: t.lead, person: t.person, due: t.nextDue! })),
    indicators,
    difficulties: tasks
      .filter((t) => t.status === "overdue" && t.notes.trim() !== "")
      .map((t) => ({ id: t.id, task: t.task, note: t.notes })),
  };
}
