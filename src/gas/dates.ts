import type { LocalDate, LocalTime } from "../core/dates/localDate";

/**
 * Dates at the edge. Sheets hands a date cell to the script as a JS Date at midnight in the
 * spreadsheet's time zone; these turn it into a plain local date and back, with no service
 * call per cell (Intl carries the zone rules).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zonedParts(instant: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts;
}

/** dateToLocal(new Date("2024-11-19T17:00:00Z"), "Asia/Ho_Chi_Minh") → {2024,11,20}. */
export function dateToLocal(instant: Date, timeZone: string): LocalDate {
  const p = zonedParts(instant, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

/** timeToLocal(new Date("2024-11-20T01:15:00Z"), "Asia/Ho_Chi_Minh") → {8,15,0}: no Utilities.formatDate call. */
export function timeToLocal(instant: Date, timeZone: string): LocalTime {
  const p = zonedParts(instant, timeZone);
  return { hour: p.hour, minute: p.minute, second: p.second };
}

/** localToDate({2024,11,20}, "Asia/Ho_Chi_Minh") → 2024-11-19T17:00:00Z (midnight in Vietnam). */
export function localToDate(d: LocalDate, timeZone: string): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day);
  const p = zonedParts(new Date(guess), timeZone);
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return new Date(guess - (shown - guess));
}
