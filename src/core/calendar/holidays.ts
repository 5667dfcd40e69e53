import { eachDayOfInterval } from "date-fns/eachDayOfInterval";
import {
  addDays,
  compareDates,
  dayOfWeek,
  fromUtcDate,
  isWeekend,
  localDate,
  toEpochDay,
  toUtcDate,
  type LocalDate,
} from "../dates/localDate";
import type { MessageKey } from "../i18n/messages";
import { lunarToSolar } from "./lunar";

/** A day that differs from the plain Monday–Friday week: a day off, or a Saturday worked. */
export interface CalendarDay {
  readonly date: LocalDate;
  readonly kind: "holiday" | "workday";
  readonly name: MessageKey;
  /** False for days taken from secondary sources or computed by rule: to confirm. */
  readonly confirmed: boolean;
}

/** range({2024,2,8}, {2024,2,10}) → 8/2, 9/2, 10/2: every day from `from` to `to`, both included. */
function range(from: LocalDate, to: LocalDate): LocalDate[] {
  return eachDayOfInterval({ start: toUtcDate(from), end: toUtcDate(to) }).map(fromUtcDate);
}

/**
 * The statutory holidays of a year by the Labour Code 2019 (Art. 112), weekends included:
 * 1/1; Tết, 5 days (the last day of the lunar year and the first four of the new one); Hùng
 * Kings 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day (1/9, or 3/9 when 2/9 is a Monday or
 * a Thursday, so the break joins a weekend). The government fixes the exact days each year.
 */
export function statutoryHolidays(year: number): { date: LocalDate; name: MessageKey }[] {
  const tet = lunarToSolar({ year, month: 1, day: 1, leap: false })!;
  const hung = lunarToSolar({ year, month: 3, day: 10, leap: false })!;
  const national = localDate(year, 9, 2);
  const adjacent = [1, 4].includes(dayOfWeek(national)) ? localDate(year, 9, 3) : localDate(year, 9, 1);
  return [
    { date: localDate(year, 1, 1), name: "holiday.newYear" },
    ...range(addDays(tet, -1), addDays(tet, 3)).map((date) => ({ date, name: "holiday.tet" as MessageKey })),
    { date: hung, name: "holiday.hungKings" },
    { date: localDate(year, 4, 30), name: "holiday.reunification" },
    { date: localDate(year, 5, 1), name: "holiday.labour" },
    ...[national, adjacent].sort(compareDates).map((date) => ({ date, name: "holiday.national" as MessageKey })),
  ];
}

/**
 * computedDays(2031): the weekdays off a year would have by rule, each holiday that falls on
 * a weekend made up on the next working day (Art. 111(3)). Marked unconfirmed.
 */
export function computedDays(year: number): CalendarDay[] {
  const holidays = statutoryHolidays(year);
  const taken = new Set(holidays.map((h) => toEpochDay(h.date)));
  const days: CalendarDay[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) {
      days.push({ date: h.date, kind: "holiday", name: h.name, confirmed: false });
      continue;
    }
    let make = addDays(h.date, 1);
    while (isWeekend(make) || taken.has(toEpochDay(make))) make = addDays(make, 1);
    taken.add(toEpochDay(make));
    days.push({ date: make, kind: "holiday", name: "holiday.makeUp", confirmed: false });
  }
  return days.sort((a, b) => compareDates(a.date, b.date));
}

type Announced = { from: [number, number]; to?: [number, number]; name: MessageKey; kind?: "holiday" | "workday" };

/**
 * Days off announced for civil servants (docs/domain.md). 2026 comes from secondary sources and is
 * shipped unconfirmed: the secretariat corrects the holidays tab when the decision is out.
 */
const ANNOUNCED: Record<number, { confirmed: boolean; days: Announced[] }> = {
  2024: {
    confirmed: true,
    days: [
      { from: [1, 1], name: "holiday.newYear" },
      { from: [2, 8], to: [2, 14], name: "holiday.tet" },
      { from: [4, 18], name: "holiday.hungKings" },
      { from: [4, 27], to: [4, 28], name: "holiday.reunification" },
      { from: [4, 29], name: "holiday.swapOff" },
      { from: [4, 30], name: "holiday.reunification" },
      { from: [5, 1], name: "holiday.labour" },
      { from: [5, 4], name: "holiday.swapWorked", kind: "workday" },
      { from: [8, 31], to: [9, 3], name: "holiday.national" },
    ],
  },
  2025: {
    confirmed: true,
    days: [
      { from: [1, 1], name: "holiday.newYear" },
      { from: [1, 25], to: [2, 2], name: "holiday.tet" },
      { from: [4, 7], name: "holiday.hungKings" },
      { from: [4, 26], name: "holiday.swapWorked", kind: "workday" },
      { from: [4, 30], name: "holiday.reunification" },
      { from: [5, 1], name: "holiday.labour" },
      { from: [5, 2], name: "holiday.swapOff" },
      { from: [5, 3], to: [5, 4], name: "holiday.labour" },
      { from: [8, 30], to: [9, 2], name: "holiday.national" },
    ],
  },
  2026: {
    confirmed: false,
    days: [
      { from: [1, 1], name: "holiday.newYear" },
      { from: [2, 14], to: [2, 22], name: "holiday.tet" },
      { from: [4, 27], name: "holiday.hungKingsMakeUp" },
      { from: [4, 30], name: "holiday.reunification" },
      { from: [5, 1], name: "holiday.labour" },
      { from: [8, 22], name: "holiday.swapWorked", kind: "workday" },
      { from: [8, 31], name: "holiday.swapOff" },
      { from: [9, 1], to: [9, 2], name: "holiday.national" },
    ],
  },
};

/**
 * prefillDays(2024): the days the holidays tab starts with for a year: the announced ones when
 * known, else the rule. Only what differs from the plain week is listed: weekdays off, and
 * Saturdays worked. (A holiday on a Sunday changes nothing by itself; its make-up day does.)
 */
export function prefillDays(year: number): CalendarDay[] {
  const announced = ANNOUNCED[year];
  if (!announced) return computedDays(year);
  const days: CalendarDay[] = [];
  for (const a of announced.days) {
    const from = localDate(year, a.from[0], a.from[1]);
    const to = a.to ? localDate(year, a.to[0], a.to[1]) : from;
    for (const date of range(from, to)) {
      const kind = a.kind ?? "holiday";
      if (kind === "holiday" && isWeekend(date)) continue;
      days.push({ date, kind, name: a.name, confirmed: announced.confirmed });
    }
  }
  return days;
}
