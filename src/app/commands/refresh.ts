import { WorkCalendar } from "../../core/calendar/workCalendar";
import { formatIso, formatVi, parseIso, type LocalDate } from "../../core/dates/localDate";
import { t, type Message, type MessageKey } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { DEFAULT_ROLES } from "../../core/plan/roles";
import { parseSettings, type Settings } from "../../core/schema/settings";
import { STATUS_LABEL, type TaskStatus } from "../../core/status/status";
import { foldVietnamese } from "../../core/text/normalize";
import { splitRoles } from "../../core/validation/rows";
import { ATTENTION_COLOUR, STATUS_COLOURS } from "../../core/workbook/colours";
import { COMPLETIONS_TAB, LEGEND_TAB, PLAN_TAB, SETTINGS_TAB, TABS, type TabKey } from "../../core/workbook/layout";
import type { AppPorts, CellValue } from "../../ports";
import { isPeriod, readCalendar, readCompletions } from "../read/calendar";
import { a1, checkPlanRow, checkWorkbook, emptyRowMessages, knownRoles, mergeNote, place, rowCells, type PlacedProblem } from "../read/check";
import { evaluateRows, type RowEvaluation } from "../read/evaluate";
import { refreshIndicators, type IndicatorRefresh } from "../read/indicators";
import { writeLog } from "../write/log";
import { readSettings, settingValue, writeSettingProblems } from "../read/settings";
import { setup, type SetupResult } from "./setup";
import { openTab, ownedRuns, peekTab, tabName, textAt, type OpenTab } from "../read/tabs";

/** The plan tab's computed columns, written together on every refresh. */
export const COMPUTED = ["status", "nextDue", "daysLeft", "check"] as const;
const CACHE_KEY = "parPlan.context.v1";
/** Edits an edit trigger could not finish, for the next refresh or edit to catch up (see notePending). */
const PENDING_KEY = "parPlan.pending.v1";
/** The plan's number of rows at the last full refresh: tells an edit whether a full refresh fits its time. */
const SIZE_KEY = "parPlan.size.v1";
/** Past this many pending rows, the next catch-up is a full refresh. */
const MAX_PENDING_ROWS = 200;

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
  // Edits left waiting before this refresh started are covered by it; those arriving during it are not.
  const pendingAtStart = readPending(ports);
  const { tabs } = setup(ports, {}, false, "use");
  const { plan, directory, settings: settingsTab, holidays, completions } = tabs;
  writeLegend(ports);

  const { settings, problems: settingProblems, byRow: settingRows } = readSettings(settingsTab);
  writeSettingProblems(settingsTab, settingRows);
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
  ports.store?.set(SIZE_KEY, String(plan.values.length));
  clearPending(ports, pendingAtStart);

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

/** "deferred": the edit needed more than the trigger's time allows; it waits for the next refresh. */
export type EditOutcome = "ignored" | "rows" | "full" | "deferred";

/** What an edit trigger could not finish: plan rows to recompute, or everything. */
interface Pending {
  readonly seq: number;
  readonly rows: number[];
  readonly full: boolean;
}

function readPending(ports: AppPorts): Pending | null {
  const raw = ports.store?.get(PENDING_KEY);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Pending;
    return Array.isArray(p.rows) && typeof p.seq === "number" ? p : { seq: 0, rows: [], full: true };
  } catch {
    // A record nobody can read: the safe reading is that everything waits.
    return { seq: 0, rows: [], full: true };
  }
}

/** Records an edit left for later: its plan rows, or a full refresh for any other tab. */
export function notePending(ports: AppPorts, edit: Edit, full: boolean): void {
  if (!ports.store) return;
  const old = readPending(ports);
  const edited = Array.from({ length: edit.numRows }, (_, i) => edit.row + i);
  const rows = full ? [] : [...new Set([...(old?.rows ?? []), ...edited])].filter((r) => r > 1);
  const everything = full || !!old?.full || rows.length > MAX_PENDING_ROWS;
  ports.store.set(PENDING_KEY, JSON.stringify({ seq: (old?.seq ?? 0) + 1, rows: everything ? [] : rows, full: everything }));
}

/** Clears what a finished refresh covered, unless more was left waiting while it ran. */
function clearPending(ports: AppPorts, seen: Pending | null): void {
  if (!ports.store || !seen) return;
  const now = readPending(ports);
  if (now && now.seq === seen.seq) ports.store.set(PENDING_KEY, "");
}

/** The cached edit context, or null when there is none or it cannot be read. */
function readContext(ports: AppPorts): EditContext | null {
  try {
    const cached = ports.store?.get(CACHE_KEY);
    return cached ? (JSON.parse(cached) as EditContext) : null;
  } catch {
    return null;
  }
}

/**
 * When an edit cannot be done now (the lock is busy, or a full refresh would not fit the
 * trigger's time): the edit is recorded so the next refresh or edit recomputes it, and the
 * edited plan rows say, in their status cell, that they wait. The status column is found from
 * the cache only after the header is read again and matches it: with a column inserted since,
 * the cached position could be an officer's column, and nothing is written.
 */
export function markWaiting(ports: AppPorts, edit: Edit, alreadyNoted = false): void {
  const tracked = new Map<string, TabKey>(TABS.map((s) => [tabName(s), s.key]));
  const key = tracked.get(edit.sheetName);
  if (!key || key === "log" || key === "legend") return;
  if (!alreadyNoted) notePending(ports, edit, key !== "plan" || edit.row <= 1);
  if (key !== "plan") return;
  const context = readContext(ports);
  const statusCol = context ? new Map(context.columns).get("status") : undefined;
  const first = Math.max(2, edit.row);
  const last = edit.row + edit.numRows - 1;
  const sheet = ports.workbook.sheet(edit.sheetName);
  if (!context || !statusCol || last < first || !sheet) return;
  const header = sheet.readRows(1, 1, context.width, false).values[0];
  if (context.headers.some(([col, text]) => String(header[col - 1] ?? "") !== text)) return;
  sheet.writeValues(first, statusCol, Array.from({ length: last - first + 1 }, () => [t("edit.waiting")]));
}

export interface EditLimits {
  /** A full refresh runs from an edit only for plans up to this many rows (the simple trigger's 30 s). */
  readonly maxFullRefreshRows?: number;
}

/**
 * The edit trigger's work: edits left waiting earlier first, then this one. A full refresh is
 * started only when the plan is small enough to finish within the trigger's time; otherwise
 * the edit waits for the next refresh, recorded, so nothing is left half done unnoticed.
 */
export function applyEditAndCatchUp(ports: AppPorts, edit: Edit, limits: EditLimits = {}, today: LocalDate = ports.clock.today()): EditOutcome {
  const pending = readPending(ports);
  if (pending && (pending.full || pending.rows.length > 0)) {
    const sheetName = tabName(PLAN_TAB);
    if (pending.full) {
      // One full refresh covers the waiting edits and this one: never two in one trigger.
      const outcome = applyEdit(ports, { sheetName: tabName(SETTINGS_TAB), row: 2, numRows: 1 }, today, limits);
      if (outcome === "deferred") {
        notePending(ports, edit, false);
        markWaiting(ports, edit, true);
      }
      return outcome;
    } else {
      // Contiguous runs of waiting rows, each recomputed like an edit of those rows.
      const rows = [...pending.rows].sort((a, b) => a - b);
      for (let i = 0; i < rows.length;) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
        const outcome = applyEdit(ports, { sheetName, row: rows[i], numRows: rows[j] - rows[i] + 1 }, today, limits);
        // No cache any more: that was a full refresh, and it covered this edit too.
        if (outcome === "full" || outcome === "deferred") return outcome;
        i = j + 1;
      }
      clearPending(ports, pending);
      writeLog(ports, t("log.refresh"), [{ key: "edit.caughtUp", params: { count: rows.length } }]);
    }
  }
  const outcome = applyEdit(ports, edit, today, limits);
  if (outcome === "deferred") markWaiting(ports, edit, true);
  return outcome;
}

/**
 * After an officer's edit: re-checks and recomputes only the edited plan rows, from a cached
 * context, in a handful of service calls; an edit to the tabs that shape every row (settings,
 * holidays, directory, completion log) or to the header, or a stale cache, refreshes all.
 * Other tabs are left alone. Never writes a cell an officer types in.
 */
export function applyEdit(ports: AppPorts, edit: Edit, today: LocalDate = ports.clock.today(), limits: EditLimits = {}): EditOutcome {
  const tracked = new Map<string, TabKey>(TABS.map((s) => [tabName(s), s.key]));
  const key = tracked.get(edit.sheetName);
  if (!key || key === "log" || key === "legend") return "ignored";
  const full = (): EditOutcome => {
    const rows = Number(ports.store?.get(SIZE_KEY) || 0);
    if (limits.maxFullRefreshRows !== undefined && rows > limits.maxFullRefreshRows) {
      // Too big to finish within the trigger: the edit waits. While a full refresh is pending,
      // applyEditAndCatchUp uses no cache, so the cache is kept only for its column positions.
      notePending(ports, edit, true);
      return "deferred";
    }
    // Recorded before starting: a run cut short leaves the record, and no stale cache behind it.
    ports.store?.set(CACHE_KEY, "");
    notePending(ports, edit, true);
    refreshAll(ports, today);
    return "full";
  };
  if (key !== "plan" || edit.row <= 1) return full();
  const context = readContext(ports);
  if (!context) return full();
  const sheet = ports.workbook.sheet(edit.sheetName)!;
  const width = context.width;
  // The header is read with the rows' first read only when it could have moved: an inserted
  // or moved column would make the cached positions write into an officer's column.
  const header = sheet.readRows(1, 1, width, false).values[0];
  const moved = context.headers.some(([col, text]) => String(header[col - 1] ?? "") !== text);
  if (moved) return full();
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
