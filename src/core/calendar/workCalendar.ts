import { addDays, toEpochDay, type LocalDate } from "../dates/localDate";
import { prefillDays, type CalendarDay } from "./holidays";

/** Each year's prefilled days, computed once per execution (the lunar conversion is the cost). */
const prefillCache = new Map<number, readonly CalendarDay[]>();
function cachedPrefill(year: number): readonly CalendarDay[] {
  let days = prefillCache.get(year);
  if (!days) prefillCache.set(year, (days = prefillDays(year)));
  return days;
}

/**
 * weekdaysUpTo(toEpochDay({1970,1,9})) → 5: Monday-to-Friday days from a fixed Monday up to epoch
 * day e (1970-01-05 was a Monday). Integer arithmetic on purpose: date-fns's differenceInBusinessDays
 * gives the same count but made countWorkingDays about 5 times slower, and every task's status asks it.
 */
function weekdaysUpTo(e: number): number {
  const d = e - 4;
  const weeks = Math.floor(d / 7);
  const rest = d - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(rest + 1, 5);
}

/**
 * isWeekendEpochDay(toEpochDay({2024,11,23})) → true (a Saturday). On the epoch day the calendar
 * already holds, on purpose: date-fns's isWeekend needs a Date per question and made isWorkingDay
 * about 6 times slower, and each occurrence of each task asks it (1970-01-01 was a Thursday).
 */
function isWeekendEpochDay(n: number): boolean {
  const w = (((n + 4) % 7) + 7) % 7; // 0 = Sunday … 6 = Saturday
  return w === 0 || w === 6;
}

/**
 * Working days: Monday to Friday (QĐ 188/1999/QĐ-TTg), less the days off, plus the Saturdays
 * worked to bridge a holiday. Built from the holidays tab; a year the tab does not cover
 * falls back to the prefilled days for that year.
 */
export class WorkCalendar {
  private readonly off = new Set<number>();
  private readonly worked = new Set<number>();
  private readonly covered = new Set<number>();
  /** Per year: weekdays off and Saturdays/Sundays worked, as epoch days (for counting). */
  private readonly exceptions = new Map<number, { off: number[]; worked: number[] }>();

  constructor(
    days: readonly Pick<CalendarDay, "date" | "kind">[],
    private readonly fallback: (year: number) => readonly Pick<CalendarDay, "date" | "kind">[] = cachedPrefill,
  ) {
    this.addDays(days);
    for (const d of days) this.covered.add(d.date.year);
  }

  private addDays(days: readonly Pick<CalendarDay, "date" | "kind">[]): void {
    for (const d of days) {
      const n = toEpochDay(d.date);
      (d.kind === "workday" ? this.worked : this.off).add(n);
      const year = this.exceptions.get(d.date.year) ?? { off: [], worked: [] };
      // Only what differs from the plain week changes a count.
      if (d.kind === "workday" && isWeekendEpochDay(n)) year.worked.push(n);
      if (d.kind !== "workday" && !isWeekendEpochDay(n)) year.off.push(n);
      this.exceptions.set(d.date.year, year);
    }
  }

  private cover(year: number): void {
    if (this.covered.has(year)) return;
    this.covered.add(year);
    this.addDays(this.fallback(year));
  }

  /** isWorkingDay({2024,5,4}) → true: a Saturday worked in exchange for Monday 29/4. */
  isWorkingDay(d: LocalDate): boolean {
    this.cover(d.year);
    const n = toEpochDay(d);
    if (this.worked.has(n)) return true;
    if (this.off.has(n)) return false;
    return !isWeekendEpochDay(n);
  }

  /** nextWorkingDay({2024,4,26}) → {2024,5,2}: Friday 26/4 is followed by the 30/4–1/5 break. */
  nextWorkingDay(d: LocalDate): LocalDate {
    let x = addDays(d, 1);
    while (!this.isWorkingDay(x)) x = addDays(x, 1);
    return x;
  }

  /** onOrAfter({2024,9,2}) → {2024,9,4}: the day itself when it is a working day. */
  workingDayOnOrAfter(d: LocalDate): LocalDate {
    return this.isWorkingDay(d) ? d : this.nextWorkingDay(d);
  }

  /**
   * addWorkingDays({2024,11,8}, 2) → {2024,11,12}: the n-th working day after d (n ≥ 0;
   * n = 0 gives d itself). For "chậm nhất 02 ngày làm việc kể từ …".
   */
  addWorkingDays(d: LocalDate, n: number): LocalDate {
    if (n < 0) throw new RangeError("addWorkingDays takes n ≥ 0");
    let x = d;
    for (let i = 0; i < n; i++) x = this.nextWorkingDay(x);
    return x;
  }

  /**
   * countWorkingDays({2024,11,8}, {2024,11,12}) → 2: working days after `from` up to and
   * including `to`; negative when `to` is before `from`.
   */
  countWorkingDays(from: LocalDate, to: LocalDate): number {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    if (b < a) return -this.countWorkingDays(to, from);
    // Weekdays in (a, b] by arithmetic, then each year's exceptions: O(years), not O(days).
    let n = weekdaysUpTo(b) - weekdaysUpTo(a);
    for (let y = from.year; y <= to.year; y++) {
      this.cover(y);
      const ex = this.exceptions.get(y);
      if (!ex) continue;
      // A day listed twice (worked and off) counts as worked, as isWorkingDay reads it.
      for (const e of new Set(ex.off)) if (e > a && e <= b && !this.worked.has(e)) n--;
      for (const e of new Set(ex.worked)) if (e > a && e <= b) n++;
    }
    return n;
  }

  /**
   * effectiveDeadline({2024,9,2}) → {2024,9,4}: a period whose last day is a day off ends at
   * the end of the next working day (Civil Code 2015, Art. 148).
   */
  effectiveDeadline(d: LocalDate): LocalDate {
    return this.workingDayOnOrAfter(d);
  }

  /**
   * deadlineBefore({2026,2,17}) → {2026,2,13}: a deadline "before" a day that is off ("trước Tết")
   * is the last working day before it; a working day stays as it is.
   */
  deadlineBefore(d: LocalDate): LocalDate {
    let day = d;
    while (!this.isWorkingDay(day)) day = addDays(day, -1);
    return day;
  }
}
