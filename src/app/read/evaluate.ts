import { isSaneDate, localDate, type LocalDate } from "../../core/dates/localDate";
import { t, type Message } from "../../core/i18n/messages";
import { DEFAULT_SETTINGS, type Settings } from "../../core/schema/settings";
import { evaluateTask, type TaskEvaluation, type TaskStatus } from "../../core/status/status";
import { foldVietnamese } from "../../core/text/normalize";
import type { Timeline } from "../../core/timeline/model";
import { parseTaskTimeline } from "../../core/timeline/parse";
import { COMPLETIONS_TAB, HOLIDAYS_TAB, PLAN_TAB, SETTINGS_TAB } from "../../core/workbook/layout";
import type { WorkCalendar } from "../../core/calendar/workCalendar";
import type { AppPorts, CellValue } from "../../ports";
import { dateIn, readCalendar, readCompletions } from "./calendar";
import { readSettings } from "./settings";
import { peekTab, textAt, type OpenTab } from "./tabs";

export interface RowEvaluation {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly id: string;
  readonly task: string;
  readonly lead: string;
  readonly timeline: Timeline;
  readonly evaluation: TaskEvaluation;
}

export interface PlanEvaluation {
  readonly today: LocalDate;
  readonly settings: Settings;
  readonly rows: readonly RowEvaluation[];
  readonly counts: Readonly<Record<TaskStatus, number>>;
  readonly problems: readonly Message[];
}

const EMPTY_COUNTS: Record<TaskStatus, number> = {
  overdue: 0, dueSoon: 0, onTrack: 0, doneEarly: 0, doneOnTime: 0, doneLate: 0, continuous: 0, waitingEvent: 0, noDeadline: 0,
};

/**
 * Every task's status on a day, from the plan tab, the settings, the holidays and the
 * completion log. Reads each tab once and writes nothing.
 */
export function evaluatePlan(ports: AppPorts, today: LocalDate = ports.clock.today()): PlanEvaluation {
  const plan = peekTab(ports.workbook, PLAN_TAB);
  const settingsTab = peekTab(ports.workbook, SETTINGS_TAB);
  const { settings, problems: settingProblems } = settingsTab ? readSettings(settingsTab) : { settings: DEFAULT_SETTINGS, problems: [] };
  const { calendar, problems: calendarProblems } = readCalendar(peekTab(ports.workbook, HOLIDAYS_TAB));
  const completions = readCompletions(peekTab(ports.workbook, COMPLETIONS_TAB));
  const rows = plan ? evaluateRows(plan, plan.values.map((row, i) => ({ row, number: i + 1 })).slice(1), { settings, calendar, completions, today }) : [];
  const counts = { ...EMPTY_COUNTS };
  for (const r of rows) counts[r.evaluation.status]++;
  return { today, settings, rows, counts, problems: [...settingProblems, ...calendarProblems] };
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

/** Evaluates the given plan rows (sheet row numbers kept); empty rows are skipped. */
export function evaluateRows(plan: Pick<OpenTab, "columns">, rows: readonly { row: readonly CellValue[]; number: number }[], ctx: EvaluationContext): RowEvaluation[] {
  const { settings, calendar, completions, today } = ctx;
  const year = settings.planYear ?? today.year;
  const window = planWindow(settings, today);
  const done = foldVietnamese(t("progress.done"));
  const out: RowEvaluation[] = [];
  for (const { row, number } of rows) {
    const id = textAt(plan, row, "id");
    const task = textAt(plan, row, "task");
    if (!id && !task) continue;
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
