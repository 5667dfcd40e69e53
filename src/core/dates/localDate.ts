/**
 * Plain calendar dates (year, month 1-12, day 1-31) with no time and no zone.
 * All arithmetic goes through an integer "epoch day" (days since 1970-01-01 in the
 * proleptic Gregorian calendar), so the result never depends on the host's time zone.
 */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** localDate(2024, 11, 20) → { year: 2024, month: 11, day: 20 } (no validation). */
export function localDate(year: number, month: number, day: number): LocalDate {
  return { year, month, day };
}

/** isLeapYear(2024) → true; isLeapYear(2100) → false. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** daysInMonth(2024, 2) → 29; daysInMonth(2024, 11) → 30. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** isValidDate(2024, 11, 31) → false (November has 30 days). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** toEpochDay({2024,11,20}) → 20047. Howard Hinnant's days_from_civil. */
export function toEpochDay(d: LocalDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** fromEpochDay(20047) → {2024,11,20}. Inverse of toEpochDay. */
export function fromEpochDay(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** addDays({2024,2,28}, 2) → {2024,3,1}. */
export function addDays(d: LocalDate, n: number): LocalDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** daysBetween({2024,11,1}, {2024,11,20}) → 19 (to minus from). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** dayOfWeek({2024,11,20}) → 3 (0 = Sunday … 6 = Saturday). */
export function dayOfWeek(d: LocalDate): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** compareDates(a, b) → negative, 0 or positive, for sorting. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** sameDate({2024,1,1}, {2024,1,1}) → true. */
export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** formatIso({2024,11,5}) → "2024-11-05". */
export function formatIso(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
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
    typeof v === "object" && v !== null &&
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
