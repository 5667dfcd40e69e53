import { WorkCalendar } from "../core/calendar/workCalendar";
import { formatIso, formatVi, parseIso, type LocalDate } from "../core/dates/localDate";
import { t, type Message, type MessageKey } from "../core/i18n/messages";
import { cellToText } from "../core/plan/readers/grid";
import { DEFAULT_ROLES } from "../core/plan/roles";
import { parseSettings, type Settings } from "../core/schema/settings";
import { STATUS_LABEL, type TaskStatus } from "../core/status/status";
import { foldVietnamese } from "../core/text/normalize";
import { splitRoles } from "../core/validation/rows";
import { ATTENTION_COLOUR, STATUS_COLOURS } from "../core/workbook/colours";
import { COMPLETIONS_TAB, LEGEND_TAB, PLAN_TAB, TABS, type TabKey } from "../core/workbook/layout";
import type { AppPorts, CellValue } from "../ports";
import { isPeriod, readCalendar, readCompletions } from "./calendar";
import { a1, checkPlanRow, checkWorkbook, emptyRowMessages, knownRoles, mergeNote, place, rowCells, type PlacedProblem } from "./check";
import { evaluateRows, type RowEvaluation } from "./evaluate";
import { refreshIndicators, type IndicatorRefresh } from "./indicators";
import { writeLog } from "./log";
import { readSettings, settingValue } from "./settings";
import { setup, type SetupResult } from "./setup";
import { openTab, ownedRuns, peekTab, tabName, textAt, type OpenTab } from "./tabs";

/** The plan tab's computed columns, written together on every refresh. */
export const COMPUTED = ["status", "nextDue", "daysLeft", "check"] as const;
const CACHE_KEY = "parPlan.context.v1";

export interface RefreshResult {
  readonly today: LocalDate;
  readonly rows: readonly RowEvaluation[];
  readonly counts: Readonly<Record<TaskStatus, number>>;
  readonly problems: readonly PlacedProblem[];
  readonly notices: readonly Message[];
  readonly summary: Message;
  readonly indicators: IndicatorRefresh;
  /** The tabs as read and written by this refresh, and the calendar it used. */
  readonly tabs: SetupResult["tabs"];
  readonly calendar: WorkCalendar;
}

/** What an edit needs to know without reading every tab again: kept in document properties. */
interface EditContext {
  readonly columns: [string, number][];
  readonly headers: [number, string][];
  readonly width: number;
  readonly settings: Record<string, string>;
  readonly holidays: [string, "holiday" | "workday"][];
  readonly roles: string[];
  readonly completionIds: string[];
}

/** Rewrites the legend tab: a swatch and its meaning per colour. */
function writeLegend(ports: AppPorts): void {
  const legend = openTab(ports.workbook, LEGEND_TAB, false);
  // Statuses that share a colour share a legend line: "Hoàn thành sớm hạn / Hoàn thành đúng hạn".
  const byMeaning = new Map<string, { background: string; meaning: string; labels: string[] }>();
  for (const [status, s] of Object.entries(STATUS_COLOURS)) {
    const line = byMeaning.get(s!.meaning) ?? { background: s!.background, meaning: s!.meaning, labels: [] };
    line.labels.push(t(STATUS_LABEL[status as TaskStatus]));
    byMeaning.set(s!.meaning, line);
  }
  const swatches = [...byMeaning.values()].map((l) => ({ background: l.background, meaning: l.meaning as MessageKey, label: l.labels.join(" / ") }));
  const lines = [
    ...swatches.map((s) => ({ label: s.label, meaning: t(s.meaning), background: s.background })),
    { label: t("col.check"), meaning: t(ATTENTION_COLOUR.meaning), background: ATTENTION_COLOUR.background },
  ];
  legend.sheet.writeValues(2, 1, lines.map((l) => [l.label, l.meaning]));
  legend.sheet.writeBackgrounds(2, 1, lines.map((l) => [l.background, "#ffffff"]));
}

function cellsOfRow(problems: readonly PlacedProblem[], plan: Pick<OpenTab, "spec">): string {
  return problems.map((p) => {
    const column = plan.spec.columns.find((c) => c.key === p.column);
    return `• ${column ? t(column.header) : p.column}: ${p.problem}`;
  }).join("\n");
}

/** The computed cells of one plan row, in COMPUTED order. */
function computedCells(evaluation: RowEvaluation | undefined, problems: readonly PlacedProblem[], plan: Pick<OpenTab, "spec">): CellValue[] {
  if (!evaluation) return [null, null, null, problems.length ? cellsOfRow(problems, plan) : null];
  const e = evaluation.evaluation;
  return [t(STATUS_LABEL[e.status]), e.nextDue, e.workingDaysLeft, problems.length ? cellsOfRow(problems, plan) : null];
}

/** Writes computed cells of `rows` (sheet rows, in order, contiguous) into their runs of columns. */
function writeComputed(plan: OpenTab, firstRow: number, values: readonly CellValue[][]): void {
  for (const run of ownedRuns(plan, [...COMPUTED])) {
    const block = values.map((line) => {
      const out: CellValue[] = [];
      for (let c = run.from; c <= run.to; c++) {
        const key = [...plan.columns].find(([, col]) => col === c)?.[0];
        const i = COMPUTED.indexOf(key as (typeof COMPUTED)[number]);
        out.push(i >= 0 ? line[i] : null);
      }
      return out;
    });
    // A run may include importNotes (computed too): keep what is there.
    const importCol = plan.columns.get("importNotes");
    if (importCol !== undefined && importCol >= run.from && importCol <= run.to) {
      block.forEach((line, i) => (line[importCol - run.from] = plan.values[firstRow - 1 + i]?.[importCol - 1] ?? null));
    }
    plan.sheet.writeValues(firstRow, run.from, block);
  }
}

/**
 * Notes on the cells with problems, over a tab's data block: the product's lines are
 * rewritten, an officer's own notes kept. Written only when something changed.
 */
function writeNotes(tab: OpenTab, problems: readonly PlacedProblem[]): void {
  const rows = tab.values.length;
  const width = Math.max(0, ...tab.values.map((r) => r.length), ...tab.columns.values());
  const byCell = new Map<string, string[]>();
  for (const p of problems) {
    const col = tab.columns.get(p.column);
    if (!col) continue;
    const key = `${p.row},${col}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p.problem]);
  }
  if (rows < 1) return;
  const current = tab.sheet.readNotes(rows, width);
  let changed = false;
  const next = current.map((line, r) => line.map((note, c) => {
    const merged = mergeNote(note, byCell.get(`${r + 1},${c + 1}`) ?? []);
    if (merged !== note) changed = true;
    return merged;
  }));
  if (changed) tab.sheet.writeNotes(1, 1, next);
}


function saveContext(ports: AppPorts, plan: OpenTab, settingsRaw: Record<string, string>, calendarRows: [string, "holiday" | "workday"][], roles: Set<string>, completionIds: string[]): void {
  if (!ports.store) return;
  const context: EditContext = {
    columns: [...plan.columns],
    headers: [...plan.columns.values()].map((c) => [c, String(plan.values[0]?.[c - 1] ?? "")]),
    width: Math.max(...plan.columns.values(), plan.values[0]?.length ?? 0),
    settings: settingsRaw,
    holidays: calendarRows,
    roles: [...roles],
    completionIds,
  };
  const json = JSON.stringify(context);
  // Document properties hold 9 KB a value: a context too big is simply not cached.
  if (json.length < 8500) ports.store.set(CACHE_KEY, json);
  else ports.store.set(CACHE_KEY, "");
}

/** The settings an edit needs: the cache stays small whatever else the tab holds. */
const EDIT_SETTINGS = ["planYear", "planStart", "dueSoonDays", "beforeMeansDayBefore"];

function settingsRaw(settingsTab: OpenTab): Record<string, string> {
  return Object.fromEntries(EDIT_SETTINGS.map((key) => [key, settingValue(settingsTab, key)]));
}

/**
 * Recomputes everything: statuses, next due dates, working days left and the problems of every
 * tab, written as one block per run of computed columns, notes on the offending cells, and the
 * colour rules. The service calls do not depend on the number of rows.
 */
export function refreshAll(ports: AppPorts, today: LocalDate = ports.clock.today(), action = t("log.refresh")): RefreshResult {
  const { tabs } = setup(ports, {}, false);
  const { plan, directory, settings: settingsTab, holidays, completions } = tabs;
  writeLegend(ports);

  const { settings, problems: settingProblems } = readSettings(settingsTab);
  const { calendar, days: calendarDays } = readCalendar(holidays);
  const completionMap = readCompletions(completions);
  const rows = evaluateRows(plan, plan.values.map((row, i) => ({ row, number: i + 1 })).slice(1), { settings, calendar, completions: completionMap, today });
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const roles = knownRoles(directory, DEFAULT_ROLES);
  const leadingRoles = new Set(plan.values.slice(1).flatMap((row) => splitRoles(row[(plan.columns.get("lead") ?? 0) - 1] ?? null)).map((r) => foldVietnamese(r)));

  const checks = checkWorkbook({
    plan, directory, completions, holidays, today, roles, leadingRoles, isPeriod,
    timelines: new Map(rows.map((r) => [r.row, r.timeline])),
  });
  // Merged cells hide values from the rows they span: named at their top-left cell.
  for (const tab of [plan, directory, completions, holidays]) {
    for (const block of tab.sheet.mergedBlocks()) {
      const column = [...tab.columns].find(([, c]) => c === block.col)?.[0] ?? "";
      const cells = { [column]: a1(block) };
      checks.problems.push(place(tab.spec, block.row, cells, { column, code: "check.merged" }));
    }
  }
  const planProblems = new Map<number, PlacedProblem[]>();
  for (const p of checks.problems) if (p.tab === "plan") planProblems.set(p.row, [...(planProblems.get(p.row) ?? []), p]);

  if (plan.values.length > 1) {
    const block = plan.values.slice(1).map((_, i) => computedCells(byRow.get(i + 2), planProblems.get(i + 2) ?? [], plan));
    writeComputed(plan, 2, block);
  }
  const indicatorRefresh = refreshIndicators(ports, { indicators: tabs.indicators, indicatorData: tabs.indicatorData }, plan, rows, today);
  checks.problems.push(...indicatorRefresh.problems);
  for (const tab of [plan, directory, completions, holidays, tabs.indicators, tabs.indicatorData]) writeNotes(tab, checks.problems.filter((p) => p.tab === tab.spec.key));

  const calendarRows: [string, "holiday" | "workday"][] = calendarDays.map((d) => [formatIso(d.date), d.kind]);
  saveContext(ports, plan, settingsRaw(settingsTab), calendarRows, roles, [...completionMap.keys()]);

  const counts = Object.fromEntries(Object.keys(STATUS_LABEL).map((k) => [k, 0])) as Record<TaskStatus, number>;
  for (const r of rows) counts[r.evaluation.status]++;
  const problems = [...checks.problems];
  const notices: Message[] = [...settingProblems, ...emptyRowMessages(checks.emptyRows, TABS)];
  const summary: Message = {
    key: "refresh.done",
    params: { rows: rows.length, today: formatVi(today), overdue: counts.overdue, dueSoon: counts.dueSoon, problems: problems.length + settingProblems.length },
  };
  writeLog(ports, action, [summary, ...notices, ...problems.map((p) => p.message)], tabs.log);
  return { today, rows, counts, problems, notices, summary, indicators: indicatorRefresh, tabs, calendar };
}

/** A rectangle an officer edited, as the onEdit event tells it. */
export interface Edit {
  readonly sheetName: string;
  readonly row: number;
  readonly numRows: number;
}

export type EditOutcome = "ignored" | "rows" | "full";

/**
 * After an officer's edit: re-checks and recomputes only the edited plan rows, from a cached
 * context, in a handful of service calls; an edit to the tabs that shape every row (settings,
 * holidays, directory, completion log) or to the header, or a stale cache, refreshes all.
 * Other tabs are left alone. Never writes a cell an officer types in.
 */
export function applyEdit(ports: AppPorts, edit: Edit, today: LocalDate = ports.clock.today()): EditOutcome {
  const tracked = new Map<string, TabKey>(TABS.map((s) => [tabName(s), s.key]));
  const key = tracked.get(edit.sheetName);
  if (!key || key === "log" || key === "legend") return "ignored";
  if (key !== "plan" || edit.row <= 1) {
    refreshAll(ports, today);
    return "full";
  }
  const cached = ports.store?.get(CACHE_KEY);
  const context = cached ? (JSON.parse(cached) as EditContext) : null;
  if (!context) {
    refreshAll(ports, today);
    return "full";
  }
  const sheet = ports.workbook.sheet(edit.sheetName)!;
  const width = context.width;
  // The header is read with the rows' first read only when it could have moved: an inserted
  // or moved column would make the cached positions write into an officer's column.
  const header = sheet.readRows(1, 1, width, false).values[0];
  const moved = context.headers.some(([col, text]) => String(header[col - 1] ?? "") !== text);
  if (moved) {
    refreshAll(ports, today);
    return "full";
  }
  const columns = new Map(context.columns);
  const { values, notes } = sheet.readRows(edit.row, edit.numRows, width);
  const plan: OpenTab = { spec: PLAN_TAB, sheet, columns, values: [header, ...Array(edit.row - 2).fill([]), ...values], created: false, messages: [] };
  const ids = values.map((row) => textAt(plan, row, "id"));
  const completions = ids.some((id) => context.completionIds.includes(id))
    ? readCompletions(peekTab(ports.workbook, COMPLETIONS_TAB))
    : new Map();
  const settings: Settings = parseSettings(context.settings).settings;
  const calendar = new WorkCalendar(context.holidays.map(([d, kind]) => ({ date: parseIso(d)!, kind })));
  const evaluated = evaluateRows(plan, values.map((row, i) => ({ row, number: edit.row + i })), { settings, calendar, completions, today });
  const byRow = new Map(evaluated.map((r) => [r.row, r]));
  const roles = new Set(context.roles);

  const block: CellValue[][] = [];
  const newNotes: string[][] = [];
  let notesChanged = false;
  values.forEach((row, i) => {
    const number = edit.row + i;
    const empty = row.every((v) => cellToText(v ?? null).trim() === "");
    const cells = rowCells(plan, row);
    const problems = empty ? [] : checkPlanRow(PLAN_TAB, number, cells, { today, roles }, byRow.get(number)?.timeline ?? null);
    block.push(computedCells(byRow.get(number), problems, plan));
    newNotes.push(notes[i].map((note, c) => {
      const here = problems.filter((p) => columns.get(p.column) === c + 1).map((p) => p.problem);
      const merged = mergeNote(note, here);
      if (merged !== note) notesChanged = true;
      return merged;
    }));
  });
  writeComputed(plan, edit.row, block);
  if (notesChanged) sheet.writeNotes(edit.row, 1, newNotes);
  return "rows";
}
