import { t, type Message } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { foldVietnamese } from "../../core/text/normalize";
import { DIRECTIONS, UNITS } from "../../core/indicators/extract";
import { PROGRESS_VALUES, type ColumnSpec, type TabSpec } from "../../core/workbook/layout";
import { UserError } from "../../core/errors";
import { columnLetter } from "../../core/workbook/cells";
import type { CellValue, SheetPort, ValidationRule, WorkbookPort } from "../../ports";

/** A tracking tab as read at the start of an action: where each column is, and its values. */
export interface OpenTab {
  readonly spec: TabSpec;
  readonly sheet: SheetPort;
  /** 1-based column of each column key, found by header text (officers may move columns). */
  readonly columns: ReadonlyMap<string, number>;
  /** All values, header row included, as read in one call. */
  readonly values: CellValue[][];
  readonly created: boolean;
  readonly messages: Message[];
}

export const tabName = (spec: TabSpec): string => t(spec.name);

/**
 * Whether a header cell is a column's. A column the product writes (its computed columns, and
 * the plan columns an import fills) is known only by its header exactly as the product wrote it:
 * an officer's own column headed "tinh trang", "Status" or "Tình trạng " is never taken for it.
 * A column only people write is found more loosely (case, accents, English), since the product
 * only reads it.
 */
const writes = (column: ColumnSpec) => column.owner !== "person";
const headerMatches = (cell: CellValue, column: ColumnSpec): boolean => {
  if (writes(column)) return cellToText(cell).normalize("NFC") === t(column.header, {}, "vi");
  const text = foldVietnamese(cellToText(cell));
  return text === foldVietnamese(t(column.header, {}, "vi")) || text === foldVietnamese(t(column.header, {}, "en"));
};


/**
 * How a tab is opened. "setup" (setup, import) may add the columns a tab lacks. "use" (refresh,
 * check, report, reminders, an edit) stops with a message instead of guessing when the tab is
 * not as the product left it: a missing header row, a column people fill gone or renamed.
 */
export type OpenMode = "setup" | "use";

/**
 * Finds each column of a tab in its header row, and stops, naming what to fix, where writing
 * could land in an officer's column or reading could see a half sheet.
 */
function placeColumns(spec: TabSpec, name: string, values: readonly CellValue[][], mode: OpenMode): { columns: Map<string, number>; missing: ColumnSpec[] } {
  const header = values[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const column = spec.columns.find((c) => !columns.has(c.key) && headerMatches(cell, c));
    if (column) columns.set(column.key, i + 1);
  });
  // The same header twice for a column the product writes: it cannot know which is its own.
  for (const column of spec.columns.filter(writes)) {
    const at = header.flatMap((cell, i) => (headerMatches(cell, column) ? [columnLetter(i + 1)] : []));
    if (at.length > 1) throw new UserError({ key: "structure.duplicateColumn", params: { tab: name, column: t(column.header), at: at.join(", ") } });
  }
  const hasData = values.slice(1).some((row) => row.some((v) => cellToText(v ?? null).trim() !== ""));
  if (hasData && columns.size === 0) throw new UserError({ key: "structure.noHeader", params: { tab: name } });
  const missing = spec.columns.filter((c) => !columns.has(c.key));
  const lost = missing.filter((c) => c.owner !== "computed");
  if (mode === "use" && hasData && lost.length > 0) {
    throw new UserError({ key: "structure.missingColumn", params: { tab: name, column: lost.map((c) => t(c.header)).join("\", \"") } });
  }
  return { columns, missing };
}

/** The validation a column type asks for, with help text in Vietnamese. */
export function validationFor(column: ColumnSpec): ValidationRule | null {
  switch (column.type) {
    case "progress":
      return { kind: "list", values: PROGRESS_VALUES.map((k) => t(k)), help: t("help.progress") };
    case "date":
      return { kind: "date", help: t("help.date") };
    case "email":
      return { kind: "email", help: t("help.email") };
    case "url":
      return { kind: "url", help: t("help.url") };
    case "number":
      return { kind: "number", help: t("help.number") };
    case "unit":
      return { kind: "list", values: UNITS.map((u) => t(`unit.${u}`)), help: t("help.unit") };
    case "direction":
      return { kind: "list", values: DIRECTIONS.map((d) => t(`direction.${d}`)), help: t("help.direction") };
    case "dayKind":
      return { kind: "list", values: [t("holiday.kindHoliday"), t("holiday.kindWorkday")], help: t("help.dayKind") };
    default:
      return null;
  }
}

/** Formats columns of a tab: widths, wrap, validation, and warning-only protection of computed ones. */
function formatColumns(sheet: SheetPort, spec: TabSpec, columns: ReadonlyMap<string, number>, only?: ReadonlySet<string>): void {
  for (const column of spec.columns) {
    if (only && !only.has(column.key)) continue;
    const at = columns.get(column.key)!;
    sheet.setColumnWidths(at, [column.width]);
    if (column.wrap) sheet.setWrap(at, 1);
  }
}

/** Validation and protection are re-applied on every setup: both are idempotent. */
function applyRules(sheet: SheetPort, spec: TabSpec, columns: ReadonlyMap<string, number>): void {
  for (const column of spec.columns) {
    const rule = column.owner === "computed" ? null : validationFor(column);
    if (rule) sheet.setValidation(columns.get(column.key)!, rule);
    if (column.plainText) sheet.setPlainText(columns.get(column.key)!);
  }
  if (spec.colours) sheet.setColourRules(spec.colours(columns));
  if (spec.key === "log" || spec.key === "legend") return;
  // One warning-only protection per run of adjacent computed columns.
  const computed = spec.columns.filter((c) => c.owner === "computed");
  const runs = ownedRuns({ columns } as OpenTab, computed.map((c) => c.key));
  for (const run of runs) {
    const names = computed.filter((c) => { const at = columns.get(c.key)!; return at >= run.from && at <= run.to; }).map((c) => t(c.header));
    sheet.protectColumns(run.from, run.to - run.from + 1, t("protect.computed", { column: names.join("\", \"") }));
  }
}

/**
 * Finds or creates a tracking tab. A new tab gets its header, frozen row, widths and rules; an
 * existing one keeps its columns where officers put them, and missing columns are added at the
 * end (never inserted, so nothing moves).
 */
export function openTab(workbook: WorkbookPort, spec: TabSpec, applyFormatting = true, mode: OpenMode = "setup"): OpenTab {
  const name = tabName(spec);
  return openSheet(workbook, spec, workbook.sheet(name), applyFormatting, undefined, mode);
}

/**
 * Whether a tab's cells are read with their number formats: only where a format changes the
 * meaning, i.e. figures a person types (a percentage Sheets stores as 0.9) and settings (a time
 * stored as a date). The plan tab, the widest, is read without them.
 */
function readOptions(spec: TabSpec): { withFormats: boolean } {
  return { withFormats: spec.key === "settings" || spec.columns.some((c) => c.owner !== "computed" && c.type === "number") };
}

/** Reads a tracking tab that already exists, creating and changing nothing; null if absent. */
export function peekTab(workbook: WorkbookPort, spec: TabSpec): { sheet: SheetPort; values: CellValue[][]; columns: Map<string, number> } | null {
  const sheet = workbook.sheet(tabName(spec));
  if (!sheet) return null;
  const values = sheet.readValues(readOptions(spec));
  const { columns } = placeColumns(spec, tabName(spec), values, "use");
  return { sheet, values, columns };
}

/** Completes a tab read by peekTab (or a new one): missing columns, formatting, rules. */
export function openSheet(
  workbook: WorkbookPort, spec: TabSpec, existing: SheetPort | null, applyFormatting = true,
  read?: { values: CellValue[][] }, mode: OpenMode = "setup",
): OpenTab {
  const name = tabName(spec);
  const messages: Message[] = [];
  let sheet = existing;
  const created = sheet === null;
  if (!sheet) sheet = workbook.addSheet(name);
  const values = created ? [] : read ? read.values : sheet.readValues(readOptions(spec));
  const header = values[0] ?? [];
  const { columns, missing } = placeColumns(spec, name, values, mode);
  if (missing.length > 0) {
    let next = Math.max(header.length, 0) + 1;
    const first = next;
    for (const column of missing) {
      columns.set(column.key, next++);
      if (!created) messages.push({ key: "merge.missingHeader", params: { tab: name, column: t(column.header) } });
    }
    sheet.writeValues(1, first, [missing.map((c) => t(c.header))]);
    if (values.length === 0) values.push([]);
    missing.forEach((c) => (values[0][columns.get(c.key)! - 1] = t(c.header)));
  }
  if (created) {
    sheet.setFrozenRows(1);
    sheet.styleHeader(spec.columns.length);
  }
  if (missing.length > 0) formatColumns(sheet, spec, columns, new Set(missing.map((c) => c.key)));
  if (applyFormatting || created || missing.length > 0) applyRules(sheet, spec, columns);
  return { spec, sheet, columns, values, created, messages };
}

/** A row's value in a column, as text ("" when empty or out of range). */
export function textAt(tab: Pick<OpenTab, "columns">, row: readonly CellValue[] | undefined, key: string): string {
  const at = tab.columns.get(key);
  if (!row || at === undefined) return "";
  return cellToText(row[at - 1] ?? null).trim();
}

/** Number of columns the tab uses (its widest known column). */
export function width(tab: OpenTab): number {
  return Math.max(...tab.columns.values(), ...tab.values.map((r) => r.length));
}

/** Appends rows under the last row with content, in one write. `rows` are keyed by column key. */
export function appendRows(tab: OpenTab, rows: readonly Record<string, CellValue>[]): void {
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
  tab.sheet.writeValues(tab.values.length + 1, 1, block);
  tab.values.push(...block);
}

/**
 * Contiguous runs of columns the product owns, so a rewrite of product cells takes one write
 * per run and never crosses a column an officer types in.
 */
export function ownedRuns(tab: OpenTab, keys: readonly string[]): { from: number; to: number }[] {
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
