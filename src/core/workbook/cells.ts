import type { LocalDate } from "../dates/localDate";

/**
 * What a cell holds, as the core sees it. Dates are plain local dates: the Sheets adapter turns
 * the spreadsheet's Date objects into LocalDate in the spreadsheet's time zone, and back.
 */
export type CellValue = string | number | boolean | LocalDate | null;

/** A rule that colours a column's cells by their text (or whenever they are not empty). */
export interface ColourRule {
  readonly col: number;
  readonly when: { readonly textEquals: string } | { readonly notEmpty: true };
  readonly background: string;
  readonly fontColor: string;
}

/** columnLetter(1) → "A"; columnLetter(28) → "AB": a column as Sheets names it. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
