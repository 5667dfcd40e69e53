import { isSaneDate, localDate, type LocalDate } from "../../core/dates/localDate";
import type { Settings } from "../../core/settings/registry";
import { evaluateTask, type TaskEvaluation } from "../../core/status/status";
import type { Timeline } from "../../core/timeline/model";
import { parseTaskTimeline } from "../../core/timeline/parse";
import { readPlanRow, type PlanRow } from "../../core/validation/rows";
import type { WorkCalendar } from "../../core/calendar/workCalendar";
import type { CellValue } from "../../ports";
import { rowCells } from "./check";
import type { OpenTab } from "./tabs";

export interface RowEvaluation {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly id: string;
  readonly task: string;
  /** The row's cells read by the plan row schema (texts, dates, roles, progress). */
  readonly cells: PlanRow;
  readonly timeline: Timeline;
  readonly evaluation: TaskEvaluation;
}

export interface EvaluationContext {
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  readonly completions: ReadonlyMap<string, ReadonlyMap<string, LocalDate | null>>;
  readonly today: LocalDate;
  /**
   * Timelines already read in this action, by their cells' text: a plan repeats its phrases
   * ("Thường xuyên", "Hằng quý", "Trước 31/12/2024"), each read once. A timeline depends on
   * nothing else but the plan's year and the "before" setting, both in the key.
   */
  readonly timelines?: Map<string, Timeline>;
}

/** The window occurrences are counted in: from the plan's date to the end of its year. */
export function planWindow(settings: Settings, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const year = settings.planYear ?? today.year;
  return { from: settings.planStart ?? localDate(year, 1, 1), to: localDate(year, 12, 31) };
}

/** A row's timeline, from the action's cache when the same cells were read already. */
function timelineOf(
  cells: PlanRow,
  year: number,
  beforeMeansDayBefore: boolean,
  cache: Map<string, Timeline> | undefined,
): Timeline {
  const read = () => parseTaskTimeline(cells.timeline, cells.assignment, { year, beforeMeansDayBefore });
  if (!cache) return read();
  const key = `${year}\u0000${beforeMeansDayBefore}\u0000${cells.timeline}\u0000${cells.assignment}`;
  let timeline = cache.get(key);
  if (!timeline) cache.set(key, (timeline = read()));
  return timeline;
}

/** Evaluates the given plan rows (sheet row numbers kept); empty rows are skipped. */
export function evaluateRows(
  plan: Pick<OpenTab, "columns">,
  rows: readonly { row: readonly CellValue[]; number: number }[],
  ctx: EvaluationContext,
): RowEvaluation[] {
  const { settings, calendar, completions, today } = ctx;
  const year = settings.planYear ?? today.year;
  const window = planWindow(settings, today);
  const out: RowEvaluation[] = [];
  // A date far from today is a typing mistake, named by the check: not computed with.
  const sane = (d: LocalDate | null) => (d && isSaneDate(d, today) ? d : null);
  for (const { row, number } of rows) {
    const cells = readPlanRow(rowCells(plan, row));
    const { id, task } = cells;
    if (!id && !task) continue;
    const timeline = timelineOf(cells, year, settings.beforeMeansDayBefore, ctx.timelines);
    const evaluation = evaluateTask(
      {
        timeline,
        ownDeadline: sane(cells.deadline),
        done: cells.progress === "progress.done",
        completedOn: sane(cells.completedOn),
        completions: completions.get(id) ?? new Map(),
      },
      today,
      calendar,
      { window, dueSoonDays: settings.dueSoonDays, beforeMeansDayBefore: settings.beforeMeansDayBefore },
    );
    out.push({ row: number, id, task, cells, timeline, evaluation });
  }
  return out;
}
