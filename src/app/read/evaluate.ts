import { isSaneDate, localDate, type LocalDate } from "../../core/dates/localDate";
import { t } from "../../core/i18n/messages";
import type { Settings } from "../../core/schema/settings";
import { evaluateTask, type TaskEvaluation } from "../../core/status/status";
import { foldVietnamese } from "../../core/text/normalize";
import type { Timeline } from "../../core/timeline/model";
import { parseTaskTimeline } from "../../core/timeline/parse";
import type { WorkCalendar } from "../../core/calendar/workCalendar";
import type { CellValue } from "../../ports";
import { dateIn } from "./calendar";
import { textAt, type OpenTab } from "./tabs";

export interface RowEvaluation {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly id: string;
  readonly task: string;
  readonly lead: string;
  readonly timeline: Timeline;
  readonly evaluation: TaskEvaluation;
}

export interface EvaluationContext {
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  readonly completions: ReadonlyMap<string, ReadonlyMap<string, LocalDate | null>>;
  readonly today: LocalDate;
}

/** The window occurrences are counted in: from the plan's date to the end of its year. */
export function planWindow(settings: Settings, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const year = settings.planYear ?? today.year;
  return { from: settings.planStart ?? localDate(year, 1, 1), to: localDate(year, 12, 31) };
}

/** Whether a plan row holds a task: it has an id or a task text (other rows are not evaluated). */
export function isTaskRow(plan: Pick<OpenTab, "columns">, row: readonly CellValue[]): boolean {
  return textAt(plan, row, "id") !== "" || textAt(plan, row, "task") !== "";
}

/** Evaluates the given plan rows (sheet row numbers kept); rows without a task are skipped. */
export function evaluateRows(plan: Pick<OpenTab, "columns">, rows: readonly { row: readonly CellValue[]; number: number }[], ctx: EvaluationContext): RowEvaluation[] {
  const { settings, calendar, completions, today } = ctx;
  const year = settings.planYear ?? today.year;
  const window = planWindow(settings, today);
  const done = foldVietnamese(t("progress.done"));
  const out: RowEvaluation[] = [];
  for (const { row, number } of rows) {
    if (!isTaskRow(plan, row)) continue;
    const id = textAt(plan, row, "id");
    const task = textAt(plan, row, "task");
    const timeline = parseTaskTimeline(textAt(plan, row, "timeline"), textAt(plan, row, "assignment"), {
      year, beforeMeansDayBefore: settings.beforeMeansDayBefore,
    });
    // A date far from today is a typing mistake, named by the check: not computed with.
    const sane = (d: LocalDate | null) => (d && isSaneDate(d, today) ? d : null);
    const evaluation = evaluateTask({
      timeline,
      ownDeadline: sane(dateIn(plan, row, "deadline")),
      done: foldVietnamese(textAt(plan, row, "progress")) === done,
      completedOn: sane(dateIn(plan, row, "completedOn")),
      completions: completions.get(id) ?? new Map(),
    }, today, calendar, { window, dueSoonDays: settings.dueSoonDays, beforeMeansDayBefore: settings.beforeMeansDayBefore });
    out.push({ row: number, id, task, lead: textAt(plan, row, "lead"), timeline, evaluation });
  }
  return out;
}
