import { t, type Message } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { foldVietnamese } from "../../core/text/normalize";
import type { ColumnSpec, TabSpec } from "../../core/workbook/layout";
import { UserError } from "../../core/errors";
import { columnLetter } from "../../core/workbook/cells";
import type { CellValue, SheetData, SheetPort } from "../../ports";

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
export const writes = (column: ColumnSpec) => column.owner !== "person";
export const headerMatches = (cell: CellValue, column: ColumnSpec): boolean => {
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
export function placeColumns(
  spec: TabSpec,
  name: string,
  values: readonly CellValue[][],
  mode: OpenMode,
): { columns: Map<string, number>; missing: ColumnSpec[] } {
  const header = values[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const column = spec.columns.find((c) => !columns.has(c.key) && headerMatches(cell, c));
    if (column) columns.set(column.key, i + 1);
  });
  // The same header twice for a column the product writes: it cannot know which is its own.
  for (const column of spec.columns.filter(writes)) {
    const at = header.flatMap((cell, i) => (headerMatches(cell, column) ? [columnLetter(i + 1)] : []));
    if (at.length > 1)
      throw new UserError({
        key: "structure.duplicateColumn",
        params: { tab: name, column: t(column.header), at: at.join(", ") },
      });
  }
  const hasData = values.slice(1).some((row) => row.some((v) => cellToText(v ?? null).trim() !== ""));
  if (hasData && columns.size === 0) throw new UserError({ key: "structure.noHeader", params: { tab: name } });
  const missing = spec.columns.filter((c) => !columns.has(c.key));
  const lost = missing.filter((c) => c.owner !== "computed");
  if (mode === "use" && hasData && lost.length > 0) {
    throw new UserError({
      key: "structure.missingColumn",
      params: { tab: name, column: lost.map((c) => t(c.header)).join('", "') },
    });
  }
  return { columns, missing };
}

/**
 * Whether a tab's cells are read with their number formats: only where a format changes the
 * meaning, i.e. figures a person types (a percentage Sheets stores as 0.9) and settings (a time
 * stored as a date). The plan tab, the widest, is read without them.
 */
export function readOptions(spec: TabSpec): { withFormats: boolean } {
  return { withFormats: spec.readWithFormats === true };
}

/** A tracking tab read by peekTab: its sheet (of whichever side the workbook gave), values and columns. */
export interface PeekedTab<S extends SheetData = SheetPort> {
  readonly sheet: S;
  readonly values: CellValue[][];
  readonly columns: Map<string, number>;
}

/**
 * Reads a tracking tab that already exists, creating and changing nothing; null if absent. A
 * workbook of data sheets (a use case that only reads) gets a data sheet back.
 */
export function peekTab<S extends SheetData>(
  workbook: { sheet(name: string): S | null },
  spec: TabSpec,
): PeekedTab<S> | null {
  const sheet = workbook.sheet(tabName(spec));
  if (!sheet) return null;
  const values = sheet.readValues(readOptions(spec));
  const { columns } = placeColumns(spec, tabName(spec), values, "use");
  return { sheet, values, columns };
}

/** A row's value in a column, as text ("" when empty or out of range). */
export function textAt(tab: Pick<OpenTab, "columns">, row: readonly CellValue[] | undefined, key: string): string {
  const at = tab.columns.get(key);
  if (!row || at === undefined) return "";
  return cellToText(row[at - 1] ?? null).trim();
}
