import { formatIso, isSaneDate, localDate, type LocalDate } from "../../core/dates/localDate";
import type { Settings } from "../../core/settings/registry";
import { evaluateTask, type TaskEvaluation, type TaskFacts } from "../../core/status/status";
import type { Timeline } from "../../core/timeline/model";
import { parseTaskTimeline } from "../../core/timeline/parse";
import { readPlanRowBy, type PlanRow } from "../../core/validation/rows";
import type { WorkCalendar } from "../../core/calendar/workCalendar";
import type { CellValue } from "../../ports";
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
  readonly timelines?: TimelineCache;
}

/**
 * Timelines by the plan's year and the "before" setting, then the timeline's text, then the
 * assignment's: nested, not one key joining the texts, as a joined key per row (an assignment
 * runs to hundreds of characters) is a new string for every row of the plan.
 */
export type TimelineCache = Map<string, Map<string, Map<string, Timeline>>>;

/** The entry of `map` under `key`, made by `make` the first time. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
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
  cache: Map<string, Map<string, Timeline>> | undefined,
): Timeline {
  const read = () => parseTaskTimeline(cells.timeline, cells.assignment, { year, beforeMeansDayBefore });
  if (!cache) return read();
  return entry(
    entry(cache, cells.timeline, () => new Map()),
    cells.assignment,
    read,
  );
}

/**
 * One evaluation per set of facts, for the rows of one action: rows with the same timeline (the
 * cache above hands out one object per phrase), the same deadline set by hand, done mark and
 * completion date, and nothing in the completion log, can only be evaluated alike, and each
 * evaluation (its occurrences with their dates) kept per row of a 50,000-row plan was most of
 * the heap a refresh holds. Evaluations are read, never changed, so rows share them.
 */
function sharedEvaluations(evaluate: (facts: TaskFacts) => TaskEvaluation): (facts: TaskFacts) => TaskEvaluation {
  const byTimeline = new Map<Timeline, Map<string, TaskEvaluation>>();
  const iso = (d: LocalDate | null) => (d ? formatIso(d) : "");
  return (facts) => {
    if (facts.completions.size > 0) return evaluate(facts);
    const known = entry(byTimeline, facts.timeline, () => new Map<string, TaskEvaluation>());
    return entry(known, `${iso(facts.ownDeadline)}|${facts.done}|${iso(facts.completedOn)}`, () => evaluate(facts));
  };
}

const NO_COMPLETIONS: ReadonlyMap<string, LocalDate | null> = new Map();

/** Evaluates the given plan rows (sheet row numbers kept); empty rows are skipped. */
export function evaluateRows(
  plan: Pick<OpenTab, "columns">,
  rows: readonly { row: readonly CellValue[]; number: number }[],
  ctx: EvaluationContext,
): RowEvaluation[] {
  const { settings, calendar, completions, today } = ctx;
  const year = settings.planYear ?? today.year;
  const window = planWindow(settings, today);
  const options = { window, dueSoonDays: settings.dueSoonDays, beforeMeansDayBefore: settings.beforeMeansDayBefore };
  const evaluate = sharedEvaluations((facts) => evaluateTask(facts, today, calendar, options));
  const timelines = ctx.timelines && entry(ctx.timelines, `${year}|${settings.beforeMeansDayBefore}`, () => new Map());
  const out: RowEvaluation[] = [];
  // A date far from today is a typing mistake, named by the check: not computed with.
  const sane = (d: LocalDate | null) => (d && isSaneDate(d, today) ? d : null);
  for (const { row, number } of rows) {
    const cells = readPlanRowBy((key) => {
      const col = plan.columns.get(key);
      return col ? row[col - 1] : null;
    });
    const { id, task } = cells;
    if (!id && !task) continue;
    const timeline = timelineOf(cells, year, settings.beforeMeansDayBefore, timelines);
    const evaluation = evaluate({
      timeline,
      ownDeadline: sane(cells.deadline),
      done: cells.progress === "progress.done",
      completedOn: sane(cells.completedOn),
      completions: completions.get(id) ?? NO_COMPLETIONS,
    });
    out.push({ row: number, id, task, cells, timeline, evaluation });
  }
  return out;
}
