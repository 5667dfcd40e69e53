import { addDays, type LocalDate } from "../dates/localDate";
import type { CellValue } from "./cells";

/**
 * How a spreadsheet's stored value becomes the core's CellValue: one set of rules for every
 * adapter (Google Sheets in src/gas, an .xlsx from Excel, LibreOffice or Google's download in
 * src/node), so a cell reads the same whichever application saved it.
 */

/** What a number format says about its value, from its pattern: quoted text and escapes are ignored. */
export function formatKind(format: string): "percent" | "time" | "month" | "date" | "other" {
  const f = format.replace(/"[^"]*"|\\./g, "").replace(/\[[^\]]*\]/g, (m) => (/^\[h+\]$/i.test(m) ? "h" : ""));
  if (f.includes("%")) return "percent";
  const hasDay = /d/i.test(f);
  const hasYear = /y/i.test(f);
  const hasTime = /h|s|am\/pm/i.test(f);
  if (hasTime && !hasDay && !hasYear) return "time";
  if (hasYear && !hasDay && /m/i.test(f)) return "month";
  return hasDay || hasYear ? "date" : "other";
}

/** A date-time as the adapter received it, taken apart only when a rule needs it. */
export interface StoredDate {
  /** The calendar date the cell shows. */
  date(): LocalDate;
  /** "8:00": the time of day the cell shows. */
  time(): string;
}

/** A stored value: text, number, boolean, a date-time, or empty. */
export type StoredValue = string | number | boolean | StoredDate | null | undefined;

/** "90%" for 0.9: the text a person sees in a cell whose format is a percentage. */
export const percentText = (v: number): string => `${Math.round(v * 100 * 1e9) / 1e9}%`;

// Spreadsheet serial numbers count days from 30/12/1899 (Excel, LibreOffice and Sheets alike).
const SERIAL_EPOCH: LocalDate = { year: 1899, month: 12, day: 30 };

/** A serial number's date and time of day: 45615.5 → 20/11/2024 and "12:00". */
export function serialDate(serial: number): StoredDate {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 24 * 60);
  return {
    date: () => addDays(SERIAL_EPOCH, days + (minutes >= 1440 ? 1 : 0)),
    time: () => `${Math.floor((minutes % 1440) / 60)}:${String(minutes % 60).padStart(2, "0")}`,
  };
}

const isStoredDate = (v: StoredValue): v is StoredDate => typeof v === "object" && v !== null;

/**
 * A stored value as the core reads it. A date is its calendar date; with `withFormats`, a value
 * whose format carries its meaning comes as the text a person sees: "90%" (stored 0.9), "8:00"
 * (a time stored as a date on 30/12/1899). A number under a date format is that date (an .xlsx
 * keeps dates as serial numbers; Sheets hands them over as dates already). Empty is null.
 */
export function typedValue(v: StoredValue, format: string, withFormats: boolean): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  const kind = format === "" ? "other" : formatKind(format);
  const shown = withFormats ? kind : "other";
  if (isStoredDate(v)) return shown === "time" ? v.time() : v.date();
  if (typeof v !== "number") return v;
  if (kind === "date" || kind === "month" || kind === "time") return typedValue(serialDate(v), format, withFormats);
  return shown === "percent" ? percentText(v) : v;
}
