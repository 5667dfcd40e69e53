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
