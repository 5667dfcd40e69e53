import type { LocalDate } from "../dates/localDate";

/**
 * What a cell holds, as the core sees it. Dates are plain local dates: the Sheets adapter turns
 * the spreadsheet's Date objects into LocalDate in the spreadsheet's time zone, and back.
 */
export type CellValue = string | number | boolean | LocalDate | null;
