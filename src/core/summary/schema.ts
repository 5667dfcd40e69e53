/**
 * The summary a commune sheet keeps in its "Tổng hợp" tab for the province's roll-up, and the
 * one place that says how it is laid out. Versioned: the roll-up reads the version first and
 * names a sheet whose version it does not know, rather than misreading it. A change that moves
 * or removes a field is a new version; a field added at the end keeps the version (a reader
 * ignores keys it does not know, and a missing new key reads as its empty value).
 *
 * Layout (one read gives all of it, and a person can read it): column A the field's key, B its
 * label in Vietnamese, C its value; then a blank row and the indicators' block, one row each,
 * keyed "indicator" in column A:
 *
 *   A            | B                        | C ...
 *   schema       | Lược đồ                  | par-summary/1
 *   commune      | Xã                       | Đại Lãnh
 *   …
 *   indicator    | (header) Chỉ số          | Mã | Giá trị | Kỳ | Chỉ tiêu | Tối thiểu | Đơn vị | Đánh giá
 *   indicator    | Tỷ lệ hồ sơ …            | 1  | 92      | 2024-10 | 100 | 90 | percent | metFloor
 *
 * Dates are written as ISO text ("2024-11-20") and read back from text or from a date a
 * spreadsheet made of it; rates are percentages (87.5 for 87,5%), empty when there is nothing
 * to divide by.
 */
import type { IndicatorStatus } from "../indicators/compute";
import type { Unit } from "../indicators/extract";
import type { LocalDate } from "../dates/localDate";
import type { TaskStatus } from "../status/statuses";

export const SUMMARY_TAB_NAME = "Tổng hợp";
export const SUMMARY_SCHEMA_NAME = "par-summary";
export const SUMMARY_VERSION = 1;
/** "par-summary/1": the value of the first row. */
export const SUMMARY_SCHEMA_ID = `${SUMMARY_SCHEMA_NAME}/${SUMMARY_VERSION}`;

export interface SummaryIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  /** The latest figure, null when none was entered. */
  readonly value: number | null;
  /** The period of the latest figure ("2024-10"), null with no figure. */
  readonly period: string | null;
  readonly target: number;
  readonly floor: number | null;
  readonly status: IndicatorStatus;
}

/** One commune's plan on one day, as the roll-up consolidates it. */
export interface CommuneSummary {
  readonly version: typeof SUMMARY_VERSION;
  /** The commune's name from Cài đặt ("Đại Lãnh"). */
  readonly commune: string;
  /** The plan's title as the import read it, or the tab's name. */
  readonly plan: string;
  readonly year: number;
  /** The day the figures were taken (the refresh's today). */
  readonly asOf: LocalDate;
  readonly tasks: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  /** Done early or on time / done, in percent; null when nothing is done. */
  readonly onTimeRate: number | null;
  /** Done with an evidence link / done, in percent; null when nothing is done. */
  readonly evidenceRate: number | null;
  /** The overdue tasks' ids, the latest first. */
  readonly overdueTasks: readonly string[];
  /** The last report the commune generated: its period ("2024-11") and the day it was made. */
  readonly lastReport: { readonly period: string; readonly generatedOn: LocalDate } | null;
  readonly indicators: readonly SummaryIndicator[];
}
