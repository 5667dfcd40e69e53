import { compareDates, isLocalDate } from "../../core/dates/localDate";
import { render, t, type Message } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { settingKeys } from "../../core/settings/registry";
import { columnLetter } from "../../core/workbook/cells";
import type { ColumnSpec, TabKey } from "../../core/workbook/layout";
import type { CellValue, SheetData, SheetFormat } from "../../ports";
import type { OfficerGrant } from "../read/officer";
import { headerMatches, tabName, textAt, writes, type OpenTab } from "../read/tabs";

/*
 * The one writer of the tracking tabs' cells: every command writes through these functions, and
 * nothing else in src/app calls a sheet's write. Each write is checked against who owns the
 * columns (src/core/workbook/layout.ts) before it reaches the sheet: in a row that exists, only a
 * column the product writes (import or computed), found under its header exactly as the product
 * wrote it; never a person's column, never an officer's own. A write that breaks the rule is a
 * bug, not a person's mistake: WriteRefused is thrown and the cell is not written.
 */

/**
 * The plan's own extra columns in a tab ("Kinh phí", "Văn bản giao nhiệm vụ"): columns no layout
 * names, added by the import after the product's columns and headed as the plan heads them. The
 * product knows one as its own only by its header cell's note, which it wrote with the header
 * (extraColumnMark): a column a person inserted and headed the same has no such note.
 */
export interface ExtraColumns {
  /** Column → the plan's header written there. */
  readonly headers: ReadonlyMap<number, string>;
  /** The header row's notes, read with the header. */
  readonly notes: readonly string[];
}

/** What the writer needs of a tab: its layout, its sheet's cells, where its columns are, its values as read. */
export type WritableTab = Pick<OpenTab, "spec" | "columns" | "values"> & {
  readonly sheet: SheetData;
  readonly extras?: ExtraColumns;
};

/** The note the product writes on the header cell of a plan's extra column: its mark of ownership. */
export const extraColumnMark = (header: string): string => t("import.extraColumnNote", { column: header }, "vi");

/** Whether a header cell and its note are a plan's extra column the product added, headed `header`. */
export const isExtraColumn = (cell: CellValue, note: string, header: string): boolean =>
  header !== "" && cellToText(cell).normalize("NFC").trim() === header && note === extraColumnMark(header);

/** Whether column `col` is one of the plan's extra columns, under its header and mark as read. */
function ownsExtra(tab: WritableTab, col: number): boolean {
  const header = tab.extras?.headers.get(col);
  if (header === undefined) return false;
  return isExtraColumn(tab.values[0]?.[col - 1] ?? null, tab.extras?.notes[col - 1] ?? "", header);
}

/** A write the product must never make; its message names the tab, the cell and the column. */
export class WriteRefused extends Error {
  constructor(readonly detail: Message) {
    super(render(detail));
    this.name = "WriteRefused";
  }
}

/**
 * Rows the product keeps its own state in, whatever their columns' owners: by tab, the column
 * that names such a row, and the names. The settings the registry says the product owns (the
 * reminders' status) are written to their rows.
 */
const PRODUCT_ROWS: Partial<Record<TabKey, { readonly by: string; readonly names: ReadonlySet<string> }>> = {
  settings: { by: "key", names: new Set(settingKeys((s) => s.owner === "product")) },
};

/**
 * The person's columns the product may fill where a cell is still empty, by tab: the settings'
 * values (an imported plan tells its year and date). No other person's cell is ever written.
 */
const FILLABLE: Partial<Record<TabKey, ReadonlySet<string>>> = { settings: new Set(["value"]) };

function columnAt(tab: Pick<WritableTab, "spec" | "columns">, col: number): ColumnSpec | undefined {
  for (const [key, at] of tab.columns) if (at === col) return tab.spec.columns.find((c) => c.key === key);
  return undefined;
}

function refuse(tab: Pick<WritableTab, "spec">, row: number, col: number, column?: ColumnSpec): never {
  const cell = `${columnLetter(col)}${row}`;
  const name = tabName(tab.spec);
  if (column)
    throw new WriteRefused({ key: "write.personColumn", params: { tab: name, cell, column: t(column.header) } });
  throw new WriteRefused({ key: "write.notOwnColumn", params: { tab: name, cell } });
}

const isEmpty = (v: CellValue | undefined) => cellToText(v ?? null).trim() === "";

/**
 * Throws unless columns col … col+count−1 are the product's, under its headers, from `row`
 * (never the header): a layout's column, or a plan's extra column under its header and mark.
 */
function checkOwned(tab: WritableTab, row: number, col: number, count: number): void {
  const header = tab.values[0] ?? [];
  for (let c = col; c < col + count; c++) {
    const column = columnAt(tab, c);
    if (column && !writes(column)) refuse(tab, row, c, column);
    if (!column && row >= 2 && ownsExtra(tab, c)) continue;
    if (!column || row < 2 || !headerMatches(header[c - 1] ?? null, column)) refuse(tab, row, c);
  }
}

/**
 * Writes a block over rows that exist, top-left at (row, col): every column of the block must
 * be one the product owns, under the header it wrote.
 */
export function writeCells(tab: WritableTab, row: number, col: number, block: readonly (readonly CellValue[])[]): void {
  if (block.length === 0) return;
  checkOwned(tab, row, col, Math.max(...block.map((line) => line.length)));
  tab.sheet.writeValues(row, col, block);
  mirror(tab, row, col, block);
}

/** The same value as a cell holds: a date by its day, anything else strictly (a number is not its text). */
function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (a === b) return true;
  if (isLocalDate(a) && isLocalDate(b)) return compareDates(a, b) === 0;
  return (a === null || a === undefined || a === "") && (b === null || b === "");
}

/**
 * Whether a block is already what the tab holds, as read at the action's start (and kept by
 * `mirror` since): rewriting it would cost a round trip for nothing. A cell outside what was
 * read is never taken as unchanged.
 */
function unchanged(tab: WritableTab, row: number, col: number, block: readonly (readonly CellValue[])[]): boolean {
  return block.every((line, i) => {
    const read = tab.values[row - 1 + i];
    return (
      read !== undefined &&
      read.length >= col - 1 + line.length &&
      line.every((v, j) => sameValue(read[col - 1 + j], v))
    );
  });
}

/** Keeps `tab.values` as the sheet now is over the cells just written (within what was read). */
function mirror(tab: WritableTab, row: number, col: number, block: readonly (readonly CellValue[])[]): void {
  block.forEach((line, i) => {
    const read = tab.values[row - 1 + i];
    if (!read) return;
    line.forEach((v, j) => {
      if (col - 1 + j < read.length) read[col - 1 + j] = v;
    });
  });
}

/**
 * Contiguous runs of the given columns, so a rewrite of product cells takes one write per run
 * and never crosses a column an officer types in.
 */
export function ownedRuns(tab: Pick<OpenTab, "columns">, keys: readonly string[]): { from: number; to: number }[] {
  const owned = new Set(keys.map((k) => tab.columns.get(k)!).filter((c) => c !== undefined));
  const sorted = [...owned].sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else runs.push({ from: c, to: c });
  }
  return runs;
}

/**
 * Writes the given columns over `count` rows from `firstRow`, one write per run of adjacent
 * columns; `valueOf(i, key)` is the cell of the i-th row. With `changed` (column numbers), only
 * the runs holding a changed column are written.
 */
export function writeColumns(
  tab: WritableTab,
  keys: readonly string[],
  firstRow: number,
  count: number,
  valueOf: (index: number, key: string) => CellValue,
  changed?: ReadonlySet<number>,
): void {
  writeRuns(
    tab,
    keys,
    firstRow,
    count,
    valueOf,
    (run) => !changed || [...changed].some((c) => c >= run.from && c <= run.to),
  );
}

/**
 * Like writeColumns, for the columns a refresh or an edit computes again from the tabs: a run
 * whose cells already hold those values (as read, `tab.values` untouched by the caller) is not
 * written, a round trip saved. Whether anything was written.
 */
export function rewriteColumns(
  tab: WritableTab,
  keys: readonly string[],
  firstRow: number,
  count: number,
  valueOf: (index: number, key: string) => CellValue,
): boolean {
  return writeRuns(tab, keys, firstRow, count, valueOf, () => true, true);
}

function writeRuns(
  tab: WritableTab,
  keys: readonly string[],
  firstRow: number,
  count: number,
  valueOf: (index: number, key: string) => CellValue,
  wanted: (run: { from: number; to: number }) => boolean,
  skipSame = false,
): boolean {
  if (count <= 0) return false;
  let wrote = false;
  const keyAt = new Map([...tab.columns].map(([key, col]) => [col, key]));
  for (const run of ownedRuns(tab, keys)) {
    if (!wanted(run)) continue;
    const block = Array.from({ length: count }, (_, i) => {
      const line: CellValue[] = [];
      for (let c = run.from; c <= run.to; c++) line.push(valueOf(i, keyAt.get(c)!));
      return line;
    });
    if (skipSame && unchanged(tab, firstRow, run.from, block)) continue;
    writeCells(tab, firstRow, run.from, block);
    wrote = true;
  }
  return wrote;
}

/**
 * Writes one cell of a row that exists and keeps `tab.values` as the sheet now is. Besides the
 * product's own columns, a person's column may be written here only in a column FILLABLE names,
 * where the cell is empty (the import fills the settings the plan tells, never over what the
 * secretariat typed), or in a row that is the product's (PRODUCT_ROWS).
 */
export function writeCell(tab: WritableTab, row: number, key: string, value: CellValue): void {
  const col = tab.columns.get(key);
  const line = tab.values[row - 1];
  if (col === undefined || !line || row < 2) refuse(tab, row, col ?? 1);
  const own = PRODUCT_ROWS[tab.spec.key];
  const productRow = own !== undefined && own.names.has(textAt(tab, line, own.by));
  const column = columnAt(tab, col);
  const fillable = FILLABLE[tab.spec.key]?.has(key) === true && isEmpty(line[col - 1]);
  if (!column || writes(column) || !(productRow || fillable)) checkOwned(tab, row, col, 1);
  tab.sheet.writeValues(row, col, [[value]]);
  while (line.length < col) line.push(null);
  line[col - 1] = value;
}

/**
 * The one path for an officer's own cells, written by the product on their behalf ("Việc của
 * tôi"): only the plan tab's officer columns (ColumnSpec.officer: progress, completion date,
 * evidence, notes), under their headers, of the row the grant names, and only while that row
 * still holds the task the grant was made for. Everything else stays refused.
 */
export function writeOfficerCells(
  tab: WritableTab,
  grant: OfficerGrant,
  values: Readonly<Record<string, CellValue>>,
): void {
  const line = tab.values[grant.row - 1];
  const header = tab.values[0] ?? [];
  if (tab.spec.key !== "plan" || !line || grant.row < 2 || textAt(tab, line, "id") !== grant.id)
    refuse(tab, grant.row, tab.columns.get("id") ?? 1);
  // The row as the sheet has it now: a row inserted or deleted since the snapshot (typing in the
  // sheet takes no lock) would move the write onto another task.
  const idCol = tab.columns.get("id")!;
  const now = tab.sheet.readRows(grant.row, 1, idCol, false).values[0];
  if (cellToText(now?.[idCol - 1] ?? null).trim() !== grant.id) refuse(tab, grant.row, idCol);
  const cells = new Map<number, CellValue>();
  for (const [key, value] of Object.entries(values)) {
    const col = tab.columns.get(key);
    const column = col === undefined ? undefined : columnAt(tab, col);
    if (col === undefined || !column?.officer || !headerMatches(header[col - 1] ?? null, column))
      refuse(tab, grant.row, col ?? 1, column);
    cells.set(col, value);
  }
  // One write per run of adjacent columns (progress, date and evidence sit side by side).
  const cols = [...cells.keys()].sort((a, b) => a - b);
  for (let i = 0; i < cols.length;) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    tab.sheet.writeValues(grant.row, cols[i], [cols.slice(i, j + 1).map((c) => cells.get(c)!)]);
    for (let k = i; k <= j; k++) {
      while (line.length < cols[k]) line.push(null);
      line[cols[k] - 1] = cells.get(cols[k])!;
    }
    i = j + 1;
  }
}

/** The settings the secretariat owns: every one but those the product writes (the reminders' status). */
const SECRETARIAT_SETTINGS: ReadonlySet<string> = new Set(settingKeys((s) => s.owner !== "product"));

/**
 * The third named exception: the settings values the secretariat typed into the sidebar's form
 * ("Bảng điều khiển", src/app/api/dashboard.ts), their own cells typed through the product. Only
 * the settings tab's value column, under its header; only rows whose key is a setting the
 * secretariat owns; only while each row still holds that key: the key column is read again at
 * write time (typing in the sheet takes no lock), once for all the values. `values` by key.
 */
export function writeSecretariatSettings(tab: WritableTab, values: ReadonlyMap<string, string>): void {
  const keyCol = tab.columns.get("key");
  const valueCol = tab.columns.get("value");
  const column = valueCol === undefined ? undefined : columnAt(tab, valueCol);
  if (tab.spec.key !== "settings" || keyCol === undefined || valueCol === undefined || !column)
    refuse(tab, 1, valueCol ?? 1);
  if (!headerMatches(tab.values[0]?.[valueCol - 1] ?? null, column)) refuse(tab, 1, valueCol);
  if (values.size === 0) return;
  const rowOf = new Map<string, number>();
  tab.values.forEach((line, i) => {
    const key = textAt(tab, line, "key");
    if (i > 0 && !rowOf.has(key)) rowOf.set(key, i + 1);
  });
  const now = tab.sheet.readRows(1, tab.values.length, keyCol, false).values;
  for (const [key, value] of values) {
    const row = rowOf.get(key);
    if (row === undefined || !SECRETARIAT_SETTINGS.has(key)) refuse(tab, row ?? 1, valueCol, column);
    if (cellToText(now[row - 1]?.[keyCol - 1] ?? null).trim() !== key) refuse(tab, row, keyCol);
    tab.sheet.writeValues(row, valueCol, [[value]]);
    const line = tab.values[row - 1];
    while (line.length < valueCol) line.push(null);
    line[valueCol - 1] = value;
  }
}

/** Number of columns the tab uses (its widest known column). */
export function width(tab: Pick<OpenTab, "columns" | "values">): number {
  return Math.max(...tab.columns.values(), ...tab.values.map((r) => r.length));
}

/**
 * Appends rows under the last row with content, in one write; `rows` are keyed by column key.
 * The rows are new, so no one's cells are in them: any column may be filled.
 */
export function appendRows(
  tab: WritableTab,
  rows: readonly Record<string, CellValue>[],
  options: { readonly recheck?: boolean } = {},
): void {
  if (rows.length === 0) return;
  const w = width(tab);
  const block = rows.map((r) => {
    const line: CellValue[] = new Array(w).fill(null);
    for (const [key, value] of Object.entries(r)) {
      const at = tab.columns.get(key);
      if (at !== undefined) line[at - 1] = value;
    }
    return line;
  });
  if (options.recheck) skipRowsTypedSince(tab, block.length, w);
  tab.sheet.writeValues(tab.values.length + 1, 1, block);
  tab.values.push(...block);
}

/**
 * Typing in the sheet takes no lock: rows a person added below the tab as read are taken into
 * it before appending, so the new rows go after them instead of over them. One read of the rows
 * the append would cover; a further read only when someone did type there.
 */
function skipRowsTypedSince(tab: WritableTab, count: number, w: number): void {
  const typed = (line: readonly CellValue[]) => line.some((v) => v !== null && v !== "");
  let below = tab.sheet.readRows(tab.values.length + 1, count, w, false).values;
  while (below.some(typed)) {
    let last = below.length - 1;
    while (!typed(below[last])) last--;
    tab.values.push(...below.slice(0, last + 1).map((line) => [...line]));
    below = tab.sheet.readRows(tab.values.length + 1, count, w, false).values;
  }
}

/** Writes header cells from column `first`, only where the header row is empty (columns added at the end). */
export function addHeaders(
  tab: Pick<WritableTab, "spec" | "sheet" | "values">,
  first: number,
  headers: readonly string[],
): void {
  const header = tab.values[0] ?? [];
  headers.forEach((_, i) => {
    if (!isEmpty(header[first - 1 + i])) refuse(tab, 1, first + i);
  });
  tab.sheet.writeValues(1, first, [headers]);
}

/**
 * Writes notes over a block. Not checked by column: a cell's note is shared, the product's
 * lines ("[Kiểm tra] …") rewritten and an officer's kept as written (mergeNote in notes.ts).
 */
export function writeNotes(
  tab: Pick<WritableTab, "sheet">,
  row: number,
  col: number,
  notes: readonly (readonly string[])[],
): void {
  tab.sheet.writeNotes(row, col, notes);
}

/** Background colours over a block of the product's own columns (the legend's swatches). */
export function writeBackgrounds(
  tab: WritableTab & { readonly sheet: SheetFormat },
  row: number,
  col: number,
  colors: readonly (readonly string[])[],
): void {
  if (colors.length === 0) return;
  checkOwned(tab, row, col, Math.max(...colors.map((line) => line.length)));
  tab.sheet.writeBackgrounds(row, col, colors);
}

/** Empties a sheet the product makes whole (a report tab, named for its period) and writes it again from A1. */
export function replaceSheet(sheet: SheetData, grid: readonly (readonly CellValue[])[]): void {
  sheet.clear();
  sheet.writeValues(1, 1, grid);
}

/**
 * Rewrites a sheet the product makes whole (the summary tab) in one write from A1: `grid`,
 * padded with empty cells over all that `before` (the sheet as read) held, so nothing is left
 * of a longer grid or of what was typed beside it. Not cleared first: its formats and header
 * note stay, and it takes one call instead of three.
 */
export function rewriteSheet(
  sheet: SheetData,
  grid: readonly (readonly CellValue[])[],
  before: readonly (readonly CellValue[])[],
): void {
  const rows = Math.max(grid.length, before.length);
  const cols = Math.max(...grid.map((r) => r.length), ...before.map((r) => r.length), 1);
  sheet.writeValues(
    1,
    1,
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid[r]?.[c] ?? null)),
  );
}

/**
 * Writes a block into a sheet no tracking layout describes, in cells the caller has shown are
 * the product's: a tab it made (the roll-up's settings and list on setup), or the roll-up list's
 * "Tình trạng đọc" column, found under the product's header or in a column empty on every row
 * (app/rollup/list.ts). One call for the block.
 */
export function writeOwnedBlock(
  sheet: SheetData,
  row: number,
  col: number,
  block: readonly (readonly CellValue[])[],
): void {
  sheet.writeValues(row, col, block);
}
