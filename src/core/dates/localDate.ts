/**
 * Plain calendar dates (year, month 1-12, day 1-31) with no time and no zone: the value the
 * whole core keeps. The arithmetic is date-fns's, over UTC dates (UTCDateMini maps every
 * getter and setter to its UTC twin), so the result never depends on the host's time zone.
 * toUtcDate and fromUtcDate are where a LocalDate becomes a Date and back.
 */
import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addDays as addCalendarDays } from "date-fns/addDays";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { isLeapYear as isLeapYearOf } from "date-fns/isLeapYear";

export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** localDate(2024, 11, 20) → { year: 2024, month: 11, day: 20 } (no validation). */
export function localDate(year: number, month: number, day: number): LocalDate {
  return { year, month, day };
}

/**
 * toUtcDate({2024,11,20}) → 2024-11-20T00:00:00Z, for date-fns. Years 1–99 stay themselves
 * (Date.UTC would read 50 as 1950); a day past the month's end rolls over ({2024,11,31} → 1/12).
 */
export function toUtcDate(d: LocalDate): Date {
  const date = new UTCDateMini(0);
  date.setFullYear(d.year, d.month - 1, d.day); // setUTCFullYear: no 19xx reading, no zone
  return date;
}

/** fromUtcDate(2024-11-20T00:00:00Z) → {2024,11,20}: the UTC calendar day of a date-fns result. */
export function fromUtcDate(date: Date): LocalDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** isLeapYear(2024) → true; isLeapYear(2100) → false. */
export function isLeapYear(year: number): boolean {
  return isLeapYearOf(toUtcDate({ year, month: 1, day: 1 }));
}

/** daysInMonth(2024, 2) → 29; daysInMonth(2024, 11) → 30. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(toUtcDate({ year, month, day: 1 }));
}

/**
 * isValidDate(2024, 11, 31) → false (November has 30 days); isValidDate(1, 1, 1) → true.
 * Not date-fns's isExists: it builds a Date in the host's zone and reads years 0–99 as 19xx.
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// Epoch days come from the UTC instant, not from date-fns's differenceInCalendarDays: that one
// corrects for zone offsets a UTC date does not have and runs about 40 times slower, on the path
// every working-day question takes (a set key per day, two per count). A UTC day is exactly
// 86,400,000 ms, so the division is exact.
const MS_PER_DAY = 86_400_000;

/** toEpochDay({2024,11,20}) → 20047: days since 1970-01-01 (a number to key sets and compare). */
export function toEpochDay(d: LocalDate): number {
  return utcMs(d) / MS_PER_DAY;
}

/**
 * The UTC instant of a day's midnight: Date.UTC for years from 100 (the same roll-over past a
 * month's end, without building a date-fns date, on the path every row takes), toUtcDate for
 * years 1–99, which Date.UTC would read as 19xx.
 */
function utcMs(d: LocalDate): number {
  return d.year >= 100 ? Date.UTC(d.year, d.month - 1, d.day) : toUtcDate(d).getTime();
}

/** fromEpochDay(20047) → {2024,11,20}. Inverse of toEpochDay. */
export function fromEpochDay(n: number): LocalDate {
  return fromUtcDate(new Date(n * MS_PER_DAY));
}

/** addDays({2024,2,28}, 2) → {2024,3,1}. */
export function addDays(d: LocalDate, n: number): LocalDate {
  return fromUtcDate(addCalendarDays(toUtcDate(d), n));
}

/** daysBetween({2024,11,1}, {2024,11,20}) → 19 (to minus from). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** dayOfWeek({2024,11,20}) → 3 (0 = Sunday … 6 = Saturday). */
export function dayOfWeek(d: LocalDate): number {
  return new Date(utcMs(d)).getUTCDay();
}

/** isWeekend({2024,11,23}) → true (a Saturday); isWeekend({2024,11,20}) → false. */
export function isWeekend(d: LocalDate): boolean {
  const day = dayOfWeek(d);
  return day === 0 || day === 6;
}

/** compareDates(a, b) → negative, 0 or positive, for sorting. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(utcMs(a) - utcMs(b));
}

/** sameDate({2024,1,1}, {2024,1,1}) → true. */
export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

// Formatting pads the fields by hand, not with date-fns's format: an impossible day typed in a
// sheet ("31/11/2024") is carried as typed so a note can show it, and a Date would roll it over.
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** formatIso({2024,11,5}) → "2024-11-05". */
export function formatIso(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** A wall-clock time of day, as a zone shows it. */
export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** formatTimestamp({2024,11,20}, {8,15,0}) → "2024-11-20 08:15:00", the log's time. */
export function formatTimestamp(d: LocalDate, time: LocalTime): string {
  return `${formatIso(d)} ${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

/** formatVi({2024,11,5}) → "05/11/2024", the way Vietnamese documents write dates. */
export function formatVi(d: LocalDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/** parseIso("2024-11-05") → {2024,11,5}; parseIso("2024-11-31") → null. */
export function parseIso(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
}

/** isLocalDate({year:2024,month:1,day:1}) → true; isLocalDate("2024-01-01") → false. */
export function isLocalDate(v: unknown): v is LocalDate {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as LocalDate).year === "number" &&
    typeof (v as LocalDate).month === "number" &&
    typeof (v as LocalDate).day === "number"
  );
}

/**
 * parseDayMonthYear("02/4/2024") → {2024,4,2}; also "2-4-2024", "2.4.2024" and ISO
 * "2024-04-02". Null for anything else, impossible days included ("31/11/2024").
 */
export function parseDayMonthYear(text: string): LocalDate | null {
  const t = text.trim();
  const iso = parseIso(t);
  if (iso) return iso;
  const m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
}

/** How far from today a date typed in a sheet may be before it is taken for a typing mistake. */
export const SANE_YEARS = 10;

/**
 * isSaneDate({9999,12,31}, {2024,11,20}) → false: a date more than SANE_YEARS years from today
 * (31/12/9999, 01/01/1900, 2204 for 2024) is named as a mistake, not computed with.
 */
export function isSaneDate(d: LocalDate, today: LocalDate): boolean {
  return Math.abs(d.year - today.year) <= SANE_YEARS;
}
