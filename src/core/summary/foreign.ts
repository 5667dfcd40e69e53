/**
 * What a person typed in "Tổng hợp", as far as the tab can tell. The product rewrites the tab
 * whole and keeps no copy of what it wrote last, so it compares the tab's shape, not its
 * figures: every cell but a field's value (column C) and an indicator's row (B onwards) is one
 * the product writes the same on every run. A figure typed over another is not seen (it is
 * rewritten all the same, as the tab's note says).
 */
import { cellToText } from "../plan/readers/grid";
import type { CellValue } from "../workbook/cells";
import { columnLetter } from "../workbook/cells";
import { INDICATOR_ROW_KEY } from "./grid";
import { SUMMARY_SCHEMA_ID, SUMMARY_SCHEMA_NAME } from "./schema";

type Grid = readonly (readonly CellValue[])[];
const text = (v: CellValue | undefined) => cellToText(v ?? null).trim();
/** Stands for a cell whose value changes from run to run. */
const ANY = "\u0000";

/** The keys of the field rows: those between the header and the blank row before the indicators. */
function fieldKeys(grid: Grid): Set<string> {
  const blank = grid.findIndex((row, i) => i > 0 && row.every((v) => text(v) === ""));
  return new Set(grid.slice(1, blank).map((row) => text(row[0])));
}

/** A grid as its shape: each cell's text, values that change from run to run as ANY, rows trimmed. */
function shape(grid: Grid, fields: ReadonlySet<string>, width: number): string[][] {
  return grid.map((row) => {
    const key = text(row[0]);
    const changes = (c: number) => (fields.has(key) && c === 2) || (key === INDICATOR_ROW_KEY && c >= 1 && c < width);
    const cells = Array.from({ length: Math.max(row.length, width) }, (_, c) => (changes(c) ? ANY : text(row[c])));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
}

/**
 * foreignCell(the tab as read, the grid about to be written) → the first cell (A1 notation)
 * the product would not have written there, or null: a tab holding only its header (just made),
 * a summary of another version (the product's own, before an upgrade), and one as the product
 * leaves it are all null. The indicators may be more or fewer than last time: what is compared
 * is the rows above them, then that every row after is an indicator's.
 */
export function foreignCell(before: Grid, now: Grid): string | null {
  if (before.length <= 1) return null;
  const schema = text(before.find((row) => text(row[0]) === "schema")?.[2]);
  if (schema !== SUMMARY_SCHEMA_ID && schema.startsWith(`${SUMMARY_SCHEMA_NAME}/`)) return null;
  const fields = fieldKeys(now);
  const head = now.filter((row) => text(row[0]) !== INDICATOR_ROW_KEY);
  const indicatorRows = Math.max(0, before.length - head.length);
  const width = now[0].length;
  const expected = shape([...head, ...Array.from({ length: indicatorRows }, () => [INDICATOR_ROW_KEY])], fields, width);
  const got = shape(before, fields, width);
  for (let r = 0; r < Math.max(got.length, expected.length); r++) {
    const [a, b] = [got[r] ?? [], expected[r] ?? []];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      if ((a[c] ?? "") !== (b[c] ?? "")) return `${columnLetter(c + 1)}${r + 1}`;
    }
  }
  return null;
}
