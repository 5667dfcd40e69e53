import { addDays, compareDates, daysInMonth, localDate, toEpochDay, type LocalDate } from "../dates/localDate";
import {
  dayPeriod,
  halfPeriod,
  isoWeekKey,
  monthPeriod,
  quarterPeriod,
  startOfIsoWeek,
  yearPeriod,
} from "../period/period";
import type { Recurrence, Timeline } from "./model";

/** One time a task falls due, with the key the completion log uses for it. */
export interface Occurrence {
  /** "2024-11" (a month), "2024-Q4", "2024-H2", "2024-W47", "2024" (a year), or "2024-11-10" (a date). */
  readonly key: string;
  readonly due: LocalDate;
  readonly label: string;
  /** Due by the last working day before `due` when `due` is a day off (DatedMilestone.beforeHoliday). */
  readonly beforeHoliday?: boolean;
}

export interface Window {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const clampDay = (year: number, month: number, day: number | "last") =>
  localDate(year, month, day === "last" ? daysInMonth(year, month) : Math.min(day, daysInMonth(year, month)));

/** monthAfter(2024, 12, 1) → [2025, 1]. */
function monthAfter(year: number, month: number, n: number): [number, number] {
  const i = year * 12 + (month - 1) + n;
  return [Math.floor(i / 12), (i % 12) + 1];
}

/** Every due date of a recurrence whose period starts or ends in the window's years. */
function expand(rule: Recurrence, window: Window): Occurrence[] {
  const out: Occurrence[] = [];
  const years: number[] = [];
  for (let y = window.from.year - 1; y <= window.to.year; y++) years.push(y);
  switch (rule.freq) {
    case "weekly": {
      // The named weekday of each week from the window's first Monday.
      let monday = startOfIsoWeek(window.from);
      while (compareDates(monday, window.to) <= 0) {
        const due = addDays(monday, (rule.weekday + 6) % 7);
        out.push({ key: isoWeekKey(due), due, label: "" });
        monday = addDays(monday, 7);
      }
      break;
    }
    case "monthly":
      for (const y of years) {
        for (let m = 1; m <= 12; m++) {
          const [dy, dm] = monthAfter(y, m, rule.monthOffset);
          out.push({ key: monthPeriod(y, m).key, due: clampDay(dy, dm, rule.day), label: "" });
        }
      }
      break;
    case "quarterly":
      for (const y of years) {
        for (let q = 1; q <= 4; q++) {
          const [dy, dm] = rule.month === "last" ? [y, 3 * q] : monthAfter(y, 3 * q, 1);
          out.push({ key: quarterPeriod(y, q).key, due: clampDay(dy, dm, rule.day), label: "" });
        }
      }
      break;
    case "halfYearly":
      for (const y of years) {
        out.push({ key: halfPeriod(y, 1).key, due: localDate(y, 6, 30), label: "" });
        out.push({ key: halfPeriod(y, 2).key, due: localDate(y, 12, 31), label: "" });
      }
      break;
    case "yearly":
      for (const y of years) out.push({ key: yearPeriod(y).key, due: clampDay(y, rule.month, rule.day), label: "" });
      break;
  }
  return out;
}

const inWindow = (d: LocalDate, w: Window) => compareDates(d, w.from) >= 0 && compareDates(d, w.to) <= 0;

/**
 * occurrences(parseTimeline("trước ngày 03 của tháng cuối quý", …), whole 2024)
 *   → 2024-Q1 due 03/03, 2024-Q2 due 03/06, 2024-Q3 due 03/09, 2024-Q4 due 03/12.
 * Dated milestones count as they are; a period counts by its last day only when it is the
 * text's only deadline ("Trong quý III năm 2024" → 30/09); recurrences are expanded.
 * "Trước ngày N" of a recurrence moves to N − 1 when the setting asks for it (dated
 * milestones were moved by the parser already).
 */
export function occurrences(timeline: Timeline, window: Window, beforeMeansDayBefore = false): Occurrence[] {
  const out: Occurrence[] = [];
  // A dated deadline is the task's whatever year it falls in: one after the plan's year ("Giai
  // đoạn 2026 - 2030" in a 2026 plan) is kept, where dropping it would say "no deadline" with
  // confidence. Only a recurrence is bounded by the window (its rounds are the plan year's).
  const oneOff: Occurrence[] = [];
  for (const m of timeline.milestones)
    oneOff.push({
      key: dayPeriod(m.date).key,
      due: m.date,
      label: m.label,
      ...(m.beforeHoliday && { beforeHoliday: true }),
    });
  // A quarter, half or month beside a dated step ("Trước 30/4/2026 (trình UBND tỉnh), hoàn thành
  // trong Quý III") is the completion: both count, the span due at its end, after the step's date.
  const latestStep = timeline.milestones.reduce<LocalDate | null>(
    (a, m) => (a && compareDates(a, m.date) >= 0 ? a : m.date),
    null,
  );
  // A whole year beside dated steps ("Năm 2024, trước ngày 15/11") is their context, not a deadline.
  const wholeYear = (p: { start: LocalDate; end: LocalDate }) =>
    p.start.month === 1 && p.start.day === 1 && p.end.month === 12 && p.end.day === 31;
  const completion = (p: { start: LocalDate; end: LocalDate }) =>
    latestStep !== null && !wholeYear(p) && compareDates(p.end, latestStep) > 0;
  const periods =
    timeline.kind === "period"
      ? timeline.periods
      : timeline.kind === "fixed"
        ? timeline.periods.filter(completion)
        : [];
  for (const p of periods) oneOff.push({ key: dayPeriod(p.end).key, due: p.end, label: p.label || p.text });
  if (timeline.recurrence) {
    const shift = timeline.recurrence.before && beforeMeansDayBefore ? -1 : 0;
    for (const o of expand(timeline.recurrence.rule, {
      from: addDays(window.from, -shift),
      to: addDays(window.to, -shift),
    })) {
      const after = timeline.recurrence.after;
      if (after && compareDates(o.due, after) <= 0) continue;
      out.push({ ...o, due: addDays(o.due, shift), label: timeline.recurrence.label });
    }
  }
  const seen = new Set<string>();
  return [...oneOff.filter((o) => compareDates(o.due, window.from) >= 0), ...out.filter((o) => inWindow(o.due, window))]
    .sort((a, b) => compareDates(a.due, b.due) || a.key.localeCompare(b.key))
    .filter((o) => (seen.has(o.key) ? false : (seen.add(o.key), true)));
}

/** dueDates(timeline, window) → the distinct due dates, in order (the CLI's "dueDates"). */
export function dueDates(timeline: Timeline, window: Window, beforeMeansDayBefore = false): LocalDate[] {
  const seen = new Set<number>();
  return occurrences(timeline, window, beforeMeansDayBefore)
    .map((o) => o.due)
    .filter((d) => (seen.has(toEpochDay(d)) ? false : (seen.add(toEpochDay(d)), true)));
}
