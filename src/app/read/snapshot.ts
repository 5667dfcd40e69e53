import type { WorkCalendar } from "../../core/calendar/workCalendar";
import { formatIso, type LocalDate } from "../../core/dates/localDate";
import type { Message } from "../../core/i18n/messages";
import { DEFAULT_ROLES } from "../../core/plan/roles";
import type { Settings } from "../../core/settings/registry";
import { readCalendar, readCompletions } from "./calendar";
import { directoryIndex, knownRoles, type DirectoryIndex } from "./directory";
import { evaluateRows, type EvaluationContext, type RowEvaluation, type TimelineCache } from "./evaluate";
import { readSettings } from "./settings";
import type { OpenTab } from "./tabs";

/** The tracking tabs an action reads, each as read once at its start. */
export interface TrackingTabs {
  readonly plan: OpenTab;
  readonly directory: OpenTab;
  readonly settings: OpenTab;
  readonly holidays: OpenTab;
  readonly completions: OpenTab;
  readonly indicators: OpenTab;
  readonly indicatorData: OpenTab;
  readonly log: OpenTab;
}

/**
 * The workbook as one action sees it: each tracking tab read once, and what the product reads
 * from them (typed settings, the working-day calendar, the completion log, the directory), with
 * every plan row evaluated on `today`. Built once per action; the queries and the commands'
 * evaluations are pure functions over it.
 */
export interface Snapshot {
  readonly today: LocalDate;
  readonly tabs: TrackingTabs;
  readonly settings: Settings;
  /** Wrong settings, by row and column, and each wrong row's text for its "Cần sửa" cell. */
  readonly settingProblems: readonly Message[];
  readonly settingProblemRows: ReadonlyMap<number, string>;
  /** Each setting's text as typed ("" when its row is missing or empty). */
  readonly settingsTyped: Readonly<Record<string, string>>;
  readonly calendar: WorkCalendar;
  /** The days the holidays tab names, as read (kept in the edit context). */
  readonly calendarDays: readonly { date: LocalDate; kind: "holiday" | "workday" }[];
  readonly calendarProblems: readonly Message[];
  /** Occurrences logged as done: task id → period key → completion date. */
  readonly completions: ReadonlyMap<string, ReadonlyMap<string, LocalDate | null>>;
  readonly directory: DirectoryIndex;
  /** Folded names and spellings of the roles, defaults and the directory's, for checking lead and support cells. */
  readonly roles: ReadonlySet<string>;
  /** Every plan row with a task, evaluated on `today`. */
  readonly rows: readonly RowEvaluation[];
  /** Every plan row evaluated on another day (a report's cut-off), computed once per day asked. */
  rowsOn(day: LocalDate): readonly RowEvaluation[];
}

/** The snapshot of tabs already read: no service call. */
export function snapshotOf(tabs: TrackingTabs, today: LocalDate): Snapshot {
  const read = readSettings(tabs.settings);
  const { settings, problems: settingProblems, byRow: settingProblemRows, typed: settingsTyped } = read;
  const { calendar, days: calendarDays, problems: calendarProblems } = readCalendar(tabs.holidays);
  const completions = readCompletions(tabs.completions);
  const evaluated = new Map<string, RowEvaluation[]>();
  const timelines: TimelineCache = new Map();
  const rowsOn = (day: LocalDate): readonly RowEvaluation[] => {
    const key = formatIso(day);
    let rows = evaluated.get(key);
    if (!rows) {
      const context: EvaluationContext = { settings, calendar, completions, today: day, timelines };
      rows = evaluateRows(tabs.plan, tabs.plan.values.map((row, i) => ({ row, number: i + 1 })).slice(1), context);
      evaluated.set(key, rows);
    }
    return rows;
  };
  return {
    today,
    tabs,
    settings,
    settingProblems,
    settingProblemRows,
    settingsTyped,
    calendar,
    calendarDays,
    calendarProblems,
    completions,
    directory: directoryIndex(tabs.directory),
    roles: knownRoles(tabs.directory, DEFAULT_ROLES),
    get rows() {
      return rowsOn(today);
    },
    rowsOn,
  };
}
