/**
 * The one reader of period texts, for the whole product: the completion log (Hoàn thành theo
 * kỳ), indicator figures (Số liệu chỉ số), recurring occurrences and report periods all name a
 * period the same way and meet through `Period.key`.
 *
 * A period arrives as an officer typed it ("11/2024", "T11/2024", "tháng 11 năm 2024",
 * "2024-3", "Quý IV/2024", "2024-Q4", "6 tháng đầu năm 2024", "2024-W47", "2024") or as the
 * date a spreadsheet made of it: Sheets turns "11/2024" and "2024-11" typed in a cell into the
 * first day of that month, so a date on the 1st of a month found in a period column is read as
 * that month (`fromDate` says so, and the caller adds a note).
 */
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { startOfISOWeekYear } from "date-fns/startOfISOWeekYear";
import {
  addDays,
  daysInMonth,
  formatIso,
  formatVi,
  fromUtcDate,
  isLocalDate,
  isValidDate,
  localDate,
  parseDayMonthYear,
  toUtcDate,
  type LocalDate,
} from "../dates/localDate";
import { t, type Lang } from "../i18n/messages";
import type { CellValue } from "../workbook/cells";
import { foldVietnamese } from "../text/normalize";

export type PeriodKind = "day" | "week" | "month" | "quarter" | "half" | "year";

export interface Period {
  readonly kind: PeriodKind;
  /** The canonical key the completion log and occurrences share: "2024-03", "2024-Q4", "2024-H1", "2024-W05", "2024", "2024-11-10". */
  readonly key: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** monthPeriod(2024, 3) → { kind: "month", key: "2024-03", start: 01/03/2024, end: 31/03/2024 }. */
export function monthPeriod(year: number, month: number): Period {
  const end = localDate(year, month, daysInMonth(year, month));
  return { kind: "month", key: `${pad(year, 4)}-${pad(month)}`, start: localDate(year, month, 1), end };
}

/** quarterPeriod(2024, 4) → 01/10/2024–31/12/2024, key "2024-Q4". */
export function quarterPeriod(year: number, quarter: number): Period {
  const last = 3 * quarter;
  const end = localDate(year, last, daysInMonth(year, last));
  return { kind: "quarter", key: `${pad(year, 4)}-Q${quarter}`, start: localDate(year, last - 2, 1), end };
}

/** halfPeriod(2024, 1) → 01/01/2024–30/06/2024, key "2024-H1". */
export function halfPeriod(year: number, half: number): Period {
  return half === 1
    ? { kind: "half", key: `${pad(year, 4)}-H1`, start: localDate(year, 1, 1), end: localDate(year, 6, 30) }
    : { kind: "half", key: `${pad(year, 4)}-H2`, start: localDate(year, 7, 1), end: localDate(year, 12, 31) };
}

/** yearPeriod(2024) → 01/01/2024–31/12/2024, key "2024". */
export function yearPeriod(year: number): Period {
  return { kind: "year", key: pad(year, 4), start: localDate(year, 1, 1), end: localDate(year, 12, 31) };
}

/** isoWeekPeriod(2024, 47) → 18/11/2024–24/11/2024, key "2024-W47" (the week holding 4 January is week 1). */
export function isoWeekPeriod(year: number, week: number): Period | null {
  const jan4 = toUtcDate(localDate(year, 1, 4)); // always in week 1 of its own year
  // Week 53 exists only in years that have 53 ISO weeks (2020, 2026: a Thursday 1 January or a leap Wednesday).
  if (week < 1 || week > getISOWeeksInYear(jan4)) return null;
  const monday = fromUtcDate(addWeeks(startOfISOWeekYear(jan4), week - 1));
  return { kind: "week", key: `${pad(year, 4)}-W${pad(week)}`, start: monday, end: addDays(monday, 6) };
}

/** isoWeekOf({2024,11,20}) → { year: 2024, week: 47 }; isoWeekOf({2024,12,30}) → { year: 2025, week: 1 }. */
export function isoWeekOf(d: LocalDate): { year: number; week: number } {
  const date = toUtcDate(d);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** startOfIsoWeek({2024,11,20}) → {2024,11,18}: the Monday of the ISO week a date falls in. */
export function startOfIsoWeek(d: LocalDate): LocalDate {
  return fromUtcDate(startOfISOWeek(toUtcDate(d)));
}

/** isoWeekKey({2024,11,20}) → "2024-W47": the key of the week a date falls in. */
export function isoWeekKey(d: LocalDate): string {
  const { year, week } = isoWeekOf(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** dayPeriod({2024,11,10}) → key "2024-11-10": a one-day period (a dated milestone). */
export function dayPeriod(d: LocalDate): Period {
  return { kind: "day", key: formatIso(d), start: d, end: d };
}

const validYear = (y: number) => y >= 1900 && y <= 2200;

/**
 * parsePeriod("T11/2024") → the month of November 2024. Null when the text names no period, an
 * impossible one included ("13/2024", "Q5/2024"). Case, spaces, dashes and missing diacritics
 * do not matter.
 */
export function parsePeriod(text: string): Period | null {
  const raw = text.trim();
  if (!raw) return null;
  // Folded: lower case, no diacritics, đ → d; then spaces squeezed out around separators.
  const p = foldVietnamese(raw)
    .replace(/[‐-―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  let m: RegExpExecArray | null;
  const month = (y: string, mo: string) => {
    const [yy, mm] = [Number(y), Number(mo)];
    return validYear(yy) && mm >= 1 && mm <= 12 ? monthPeriod(yy, mm) : null;
  };
  // Months: "2024-11", "2024-3", "2024/11", "11/2024", "11-2024", "T11/2024", "tháng 11/2024", "tháng 11 năm 2024".
  if ((m = /^(\d{4}) ?[-/] ?(\d{1,2})$/.exec(p))) return month(m[1], m[2]);
  if ((m = /^(?:t|thang) ?(\d{1,2}) ?(?:[-/.]|nam) ?(\d{4})$/.exec(p))) return month(m[2], m[1]);
  if ((m = /^(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(p))) return month(m[2], m[1]);
  // Quarters: "2024-Q4", "Q4/2024", "Quý IV/2024", "quý 4 năm 2024", "IV/2024".
  const quarter = (y: string, q: string) => {
    const n = /^\d$/.test(q) ? Number(q) : (ROMAN[q.toUpperCase()] ?? 0);
    return validYear(Number(y)) && n >= 1 && n <= 4 ? quarterPeriod(Number(y), n) : null;
  };
  if ((m = /^(\d{4}) ?- ?q ?([1-9])$/.exec(p))) return quarter(m[1], m[2]);
  if ((m = /^(?:q|quy) ?([1-9]|i{1,3}|iv|v|vi{0,3}) ?(?:[-/.]|nam) ?(\d{4})$/.exec(p))) return quarter(m[2], m[1]);
  // Halves: "2024-H1", "H1/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024".
  if ((m = /^(\d{4}) ?- ?h ?([1-9])$/.exec(p)) || (m = /^h ?([1-9]) ?[-/.] ?(\d{4})$/.exec(p))) {
    const [y, h] = p.startsWith("h") ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    return validYear(y) && (h === 1 || h === 2) ? halfPeriod(y, h) : null;
  }
  if ((m = /^6 thang (dau|cuoi) (?:nam )?(\d{4})$/.exec(p))) {
    return validYear(Number(m[2])) ? halfPeriod(Number(m[2]), m[1] === "dau" ? 1 : 2) : null;
  }
  // ISO weeks: "2024-W47", "W47/2024", "tuần 47/2024".
  if ((m = /^(\d{4}) ?- ?w ?(\d{1,2})$/.exec(p)) || (m = /^(?:w|tuan) ?(\d{1,2}) ?(?:[-/.]|nam) ?(\d{4})$/.exec(p))) {
    const [y, w] = /^\d{4}/.test(p) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return validYear(y) ? isoWeekPeriod(y, w) : null;
  }
  // Years: "2024", "năm 2024".
  if ((m = /^(?:nam )?(\d{4})$/.exec(p))) return validYear(Number(m[1])) ? yearPeriod(Number(m[1])) : null;
  // A single day: "10/11/2024", "2024-11-10".
  const day = parseDayMonthYear(raw);
  return day ? dayPeriod(day) : null;
}

/**
 * periodFromDate({2024,11,1}) → { period: November 2024, readAsMonth: true }: the date Sheets
 * made of "11/2024" or "2024-11". Any other day stays that day. `readAsMonth` is true when a
 * date was read as a whole month, so the caller can say so in a note.
 */
export function periodFromDate(d: LocalDate): { period: Period; readAsMonth: boolean } {
  if (!isValidDate(d.year, d.month, d.day)) return { period: dayPeriod(d), readAsMonth: false };
  return d.day === 1
    ? { period: monthPeriod(d.year, d.month), readAsMonth: true }
    : { period: dayPeriod(d), readAsMonth: false };
}

/** periodKey("T3/2024") → "2024-03"; periodKey("hôm qua") → null. */
export function periodKey(text: string): string | null {
  return parsePeriod(text)?.key ?? null;
}

/**
 * nextPeriodBounds(November 2024) → [01/12/2024, 31/12/2024]; nextPeriodBounds(Q4 2024) →
 * [01/01/2025, 31/03/2025]: the period after `p`, as many whole months long, starting the month after p ends.
 */
export function nextPeriodBounds(p: Pick<Period, "start" | "end">): [LocalDate, LocalDate] {
  // Only the months count: a day typed past a month's end must not roll into the next one.
  const monthOf = (d: LocalDate) => toUtcDate(localDate(d.year, d.month, 1));
  const months = differenceInCalendarMonths(monthOf(p.end), monthOf(p.start)) + 1;
  const from = addMonths(monthOf(p.end), 1);
  return [fromUtcDate(from), fromUtcDate(lastDayOfMonth(addMonths(from, months - 1)))];
}

const ROMAN_NUMERALS = ["I", "II", "III", "IV"];

/**
 * periodLabel(monthPeriod(2024, 11)) → "tháng 11 năm 2024"; a quarter → "quý IV năm 2024"; a
 * half → "6 tháng đầu năm 2024"; a year → "năm 2024"; a week → "tuần 47 năm 2024 (18/11/2024 –
 * 24/11/2024)"; a day → "ngày 10/11/2024". The words a report, a log line or a page uses.
 */
export function periodLabel(p: Pick<Period, "kind" | "start" | "end">, lang: Lang = "vi"): string {
  const year = p.start.year;
  switch (p.kind) {
    case "month":
      return t("period.month", { month: p.start.month, year }, lang);
    case "quarter":
      return t("period.quarter", { quarter: ROMAN_NUMERALS[Math.floor((p.start.month - 1) / 3)], year }, lang);
    case "half":
      return t(p.start.month === 1 ? "period.h1" : "period.h2", { year }, lang);
    case "year":
      return t("period.year", { year }, lang);
    case "week": {
      const { year: isoYear, week } = isoWeekOf(p.start);
      return t("period.week", { week, year: isoYear, from: formatVi(p.start), to: formatVi(p.end) }, lang);
    }
    case "day":
      return t("period.day", { date: formatVi(p.start) }, lang);
  }
}

/**
 * The period a cell names, however it arrived: text an officer typed ("11/2024", "T11/2024",
 * "2024-3", "Quý IV/2024"), or a date Sheets made of a month typed into an unformatted cell
 * (its first day), read back as that month with `readAsMonth` set so the check can say so.
 */
export function periodOfCell(v: CellValue): { period: Period | null; readAsMonth: boolean } {
  if (v === null || v === undefined || v === "") return { period: null, readAsMonth: false };
  if (isLocalDate(v)) return periodFromDate(v);
  return { period: parsePeriod(String(v)), readAsMonth: false };
}

/** Does a cell name a period the completion log and indicator figures understand? */
export function isPeriod(v: CellValue): boolean {
  return periodOfCell(v).period !== null;
}
