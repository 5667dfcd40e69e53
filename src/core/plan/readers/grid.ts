import { formatVi, isLocalDate } from "../../dates/localDate";
import type { CellValue } from "../../workbook/cells";
import type { SourceTable } from "../model";
import { matchHeader } from "../header";

/** cellToText(localDate(2024,11,5)) → "05/11/2024"; numbers and booleans as written. */
export function cellToText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (isLocalDate(value)) return formatVi(value);
  return String(value);
}

/**
 * Reads a grid of cells (a sheet's values, as an officer pasted the appendix table from Word)
 * into a source table. Rows above the header are the preamble; row numbers are sheet rows.
 */
export function readGrid(values: readonly (readonly CellValue[])[], firstRow = 1): SourceTable {
  const preamble: string[] = [];
  const rows = values.map((r, i) => ({ cells: r.map(cellToText), row: firstRow + i }));
  const headerAt = rows.findIndex((r) => matchHeader(r.cells) !== null);
  for (const r of rows.slice(0, Math.max(0, headerAt))) preamble.push(r.cells.filter(Boolean).join(" "));
  return { rows: headerAt >= 0 ? rows.slice(headerAt) : rows, preamble: preamble.join("\n") };
}
