/**
 * The province's roll-up: what it knows of each commune sheet it lists, and what it makes of
 * them. The contract between reading the communes (in batches across executions in Sheets, or a
 * folder of workbooks in Node) and consolidating them (pure, src/core/rollup).
 */
import type { LocalDate } from "../dates/localDate";
import type { SummaryReading } from "../summary/grid";

/** A commune sheet as the roll-up's list tab names it (one row each). */
export interface CommuneSource {
  /** The row of the list tab (1-based), to name it in messages. */
  readonly row: number;
  /** The commune's name as the province typed it. */
  readonly name: string;
  /** The sheet's URL (Sheets) or the workbook's file name (Node). */
  readonly url: string;
}

/**
 * Why a commune's summary could not be read, besides a tab that is not a summary of a known
 * version (a SummaryReading that is not ok): the sheet does not exist or could not be reached,
 * it is not shared with the person running the roll-up, it has no "Tổng hợp" tab, or the list's
 * URL is not a spreadsheet's.
 */
export type SourceProblem = "unreachable" | "noAccess" | "noTab" | "badUrl";

/** One commune as one run read it: its summary's reading, or why there is none. */
export interface CommuneReading {
  readonly source: CommuneSource;
  /** The day it was read. */
  readonly readOn: LocalDate;
  readonly result: SummaryReading | { readonly ok: false; readonly problem: SourceProblem };
}
