import { WorkCalendar } from "../../core/calendar/workCalendar";
import { parseIso, type LocalDate } from "../../core/dates/localDate";
import { t } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { parseSettings } from "../../core/settings/registry";
import { COMPLETIONS_TAB, PLAN_TAB, SETTINGS_TAB, TABS, type TabKey } from "../../core/workbook/layout";
import type { CellValue, DataWorkbookPort, StorePort } from "../../ports";
import { readCompletions } from "../read/calendar";
import { checkPlanRow, rowCells, type PlacedProblem } from "../read/check";
import { evaluateRows, type EvaluationContext, type RowEvaluation } from "../read/evaluate";
import { peekTab, tabName, textAt, type OpenTab } from "../read/tabs";
import { dropContext, headerUnchanged, planSize, readContext, type EditContext } from "../state/editContext";
import { clearPending, notePending, readPending, type Edit } from "../state/pendingEdits";
import { computedCells, writeComputed } from "../write/computed";
import { writeLog } from "../write/log";
import { writeRowNotes } from "../write/notes";
import { writeCells } from "../write/writer";
import { refreshAll, type RefreshPorts } from "./refresh";

export type { Edit };

/** "deferred": the edit needed more than the trigger's time allows; it waits for the next refresh. */
export type EditOutcome = "ignored" | "rows" | "full" | "deferred";

export interface EditLimits {
  /** A full refresh runs from an edit only for plans up to this many rows (the simple trigger's 30 s). */
  readonly maxFullRefreshRows?: number;
}

/** The tracking tab an edit on this sheet is for, or null: not a tab, or one whose edits are ignored. */
export function watchedTab(edit: Pick<Edit, "sheetName">): TabKey | null {
  const spec = TABS.find((s) => tabName(s) === edit.sheetName);
  return spec && !spec.ignoreEdits ? spec.key : null;
}

/**
 * When an edit cannot be done now (the lock is busy, or a full refresh would not fit the
 * trigger's time): the edit is recorded so the next refresh or edit recomputes it, and the
 * edited plan rows say, in their status cell, that they wait. The status column is found from
 * the cache only after the header is read again and matches it: with a column inserted since,
 * the cached position could be an officer's column, and nothing is written.
 */
export function markWaiting(
  ports: { readonly workbook: DataWorkbookPort; readonly store: StorePort },
  edit: Edit,
  alreadyNoted = false,
): void {
  const key = watchedTab(edit);
  if (!key) return;
  if (!alreadyNoted) notePending(ports.store, edit, key !== "plan" || edit.row <= 1);
  if (key !== "plan") return;
  const context = readContext(ports.store);
  const statusCol = context ? new Map(context.columns).get("status") : undefined;
  const first = Math.max(2, edit.row);
  const last = edit.row + edit.numRows - 1;
  const sheet = ports.workbook.sheet(edit.sheetName);
  if (!context || !statusCol || last < first || !sheet) return;
  const header = sheet.readRows(1, 1, context.width, false).values[0];
  if (!headerUnchanged(context, header)) return;
  const plan = { spec: PLAN_TAB, sheet, columns: new Map(context.columns), values: [header] };
  writeCells(
    plan,
    first,
    statusCol,
    Array.from({ length: last - first + 1 }, () => [t("edit.waiting")]),
  );
}

/**
 * The edit trigger's work: edits left waiting earlier first, then this one. A full refresh is
 * started only when the plan is small enough to finish within the trigger's time; otherwise
 * the edit waits for the next refresh, recorded, so nothing is left half done unnoticed.
 */
export function applyEditAndCatchUp(
  ports: RefreshPorts,
  edit: Edit,
  limits: EditLimits = {},
  today: LocalDate = ports.clock.today(),
): EditOutcome {
  const pending = readPending(ports.store);
  if (pending && (pending.full || pending.rows.length > 0)) {
    const sheetName = tabName(PLAN_TAB);
    if (pending.full) {
      // One full refresh covers the waiting edits and this one: never two in one trigger.
      const outcome = applyEdit(ports, { sheetName: tabName(SETTINGS_TAB), row: 2, numRows: 1 }, today, limits);
      if (outcome === "deferred") {
        notePending(ports.store, edit, false);
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
      clearPending(ports.store, pending);
      writeLog(ports, t("log.refresh"), [{ key: "edit.caughtUp", params: { count: rows.length } }]);
    }
  }
  const outcome = applyEdit(ports, edit, today, limits);
  if (outcome === "deferred") markWaiting(ports, edit, true);
  return outcome;
}

/**
 * A full refresh for an edit, when it fits the trigger's time; otherwise the edit waits. While a
 * full refresh is pending, applyEditAndCatchUp uses no cache, so the cache is kept only for its
 * column positions.
 */
function refreshForEdit(ports: RefreshPorts, edit: Edit, today: LocalDate, limits: EditLimits): EditOutcome {
  if (limits.maxFullRefreshRows !== undefined && planSize(ports.store) > limits.maxFullRefreshRows) {
    notePending(ports.store, edit, true);
    return "deferred";
  }
  // Recorded before starting: a run cut short leaves the record, and no stale cache behind it.
  dropContext(ports.store);
  notePending(ports.store, edit, true);
  refreshAll(ports, today);
  return "full";
}

/** The edited plan rows as an edit reads them: the cached context, the header, the rows and their notes. */
interface EditedRows {
  readonly plan: OpenTab;
  readonly values: CellValue[][];
  readonly notes: string[][];
  readonly context: EvaluationContext;
  readonly roles: ReadonlySet<string>;
}

/**
 * Reads the edited rows in two calls (the header, then the rows with their notes), and the
 * completion log only when an edited task has occurrences logged. Null when the header moved
 * since the cache was saved.
 */
function readEditedRows(ports: RefreshPorts, edit: Edit, cached: EditContext, today: LocalDate): EditedRows | null {
  const sheet = ports.workbook.sheet(edit.sheetName)!;
  // The header is read with the rows' first read only when it could have moved: an inserted
  // or moved column would make the cached positions write into an officer's column.
  const header = sheet.readRows(1, 1, cached.width, false).values[0];
  if (!headerUnchanged(cached, header)) return null;
  const columns = new Map(cached.columns);
  const { values, notes } = sheet.readRows(edit.row, edit.numRows, cached.width);
  const plan: OpenTab = {
    spec: PLAN_TAB,
    sheet,
    columns,
    values: [header, ...Array(edit.row - 2).fill([]), ...values],
    created: false,
    messages: [],
  };
  const ids = values.map((row) => textAt(plan, row, "id"));
  const completions = ids.some((id) => cached.completionIds.includes(id))
    ? readCompletions(peekTab(ports.workbook, COMPLETIONS_TAB))
    : new Map();
  const settings = parseSettings(cached.settings).settings;
  const calendar = new WorkCalendar(cached.holidays.map(([d, kind]) => ({ date: parseIso(d)!, kind })));
  return { plan, values, notes, context: { settings, calendar, completions, today }, roles: new Set(cached.roles) };
}

/** Each edited row's evaluation and problems (an empty row has none). */
function evaluateEditedRows(
  read: EditedRows,
  firstRow: number,
): { evaluations: Map<number, RowEvaluation>; problems: PlacedProblem[][] } {
  const { plan, values, context, roles } = read;
  const evaluated = evaluateRows(
    plan,
    values.map((row, i) => ({ row, number: firstRow + i })),
    context,
  );
  const evaluations = new Map(evaluated.map((r) => [r.row, r]));
  const problems = values.map((row, i) => {
    const number = firstRow + i;
    const empty = row.every((v) => cellToText(v ?? null).trim() === "");
    const cells = rowCells(plan, row);
    if (empty) return [];
    return checkPlanRow(
      PLAN_TAB,
      number,
      cells,
      { today: context.today, roles },
      evaluations.get(number)?.timeline ?? null,
    );
  });
  return { evaluations, problems };
}

/**
 * After an officer's edit: re-checks and recomputes only the edited plan rows, from a cached
 * context, in a handful of service calls; an edit to the tabs that shape every row (settings,
 * holidays, directory, completion log) or to the header, or a stale cache, refreshes all.
 * Other tabs are left alone. Never writes a cell an officer types in.
 */
export function applyEdit(
  ports: RefreshPorts,
  edit: Edit,
  today: LocalDate = ports.clock.today(),
  limits: EditLimits = {},
): EditOutcome {
  const key = watchedTab(edit);
  if (!key) return "ignored";
  if (key !== "plan" || edit.row <= 1) return refreshForEdit(ports, edit, today, limits);
  const cached = readContext(ports.store);
  const read = cached ? readEditedRows(ports, edit, cached, today) : null;
  if (!read) return refreshForEdit(ports, edit, today, limits);
  const { evaluations, problems } = evaluateEditedRows(read, edit.row);
  const lines = read.values.map((_, i) => computedCells(evaluations.get(edit.row + i), problems[i], read.plan));
  writeComputed(read.plan, edit.row, lines);
  writeRowNotes(read.plan, edit.row, read.notes, problems);
  return "rows";
}
