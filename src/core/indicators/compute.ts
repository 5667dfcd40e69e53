import { compareDates, type LocalDate } from "../dates/localDate";
import type { MessageKey } from "../i18n/messages";
import { parsePeriod } from "../period/period";
import { STATUS, type TaskStatus } from "../status/statuses";
import type { Checkpoint, Direction, Indicator, Unit } from "./extract";

export type IndicatorStatus = "met" | "metFloor" | "notMet" | "noData";

/** One figure an officer entered for one period. */
export interface DataEntry {
  readonly indicatorId: string;
  readonly period: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
}

/**
 * entryValue({ numerator: 45, denominator: 50 }, "percent") → { value: 90 }. A zero
 * denominator gives no value (and says so unless the numerator is zero too: nothing to count);
 * a numerator larger than its denominator is reported, its ratio kept.
 */
export function entryValue(
  entry: Pick<DataEntry, "numerator" | "denominator" | "value">,
  unit: Unit,
): { value: number | null; problem: MessageKey | null } {
  if (unit === "percent" && entry.denominator !== null) {
    if (entry.numerator === null) return { value: null, problem: "indicator.noNumerator" };
    if (entry.denominator === 0)
      return { value: null, problem: entry.numerator === 0 ? null : "indicator.zeroDenominator" };
    const value = (entry.numerator / entry.denominator) * 100;
    return { value, problem: entry.numerator > entry.denominator ? "indicator.numeratorOver" : null };
  }
  const value = entry.value ?? entry.numerator;
  return { value, problem: null };
}

/**
 * The target that applies on a date: the first checkpoint on or after it (what the commune is
 * working towards now), or the last one once all have passed; the indicator's own target when
 * it has no dated checkpoint.
 */
export function applicableTarget(
  indicator: Pick<Indicator, "target" | "floor" | "checkpoints">,
  date: LocalDate,
): { target: number; floor: number | null; checkpoint: Checkpoint | null } {
  const dated = indicator.checkpoints.filter((c) => c.date !== null).sort((a, b) => compareDates(a.date!, b.date!));
  if (dated.length === 0) return { target: indicator.target, floor: indicator.floor, checkpoint: null };
  const current = dated.find((c) => compareDates(c.date!, date) >= 0) ?? dated[dated.length - 1];
  return { target: current.target, floor: null, checkpoint: current };
}

/** judge(88, "atLeast", 90, 80) → "metFloor". */
export function judge(
  value: number | null,
  direction: Direction,
  target: number,
  floor: number | null,
): IndicatorStatus {
  if (value === null) return "noData";
  const meets = (t: number) =>
    direction === "atLeast"
      ? value >= t - 1e-9
      : direction === "moreThan"
        ? value > t + 1e-9
        : direction === "atMost"
          ? value <= t + 1e-9
          : value === 0;
  if (meets(target)) return "met";
  if (floor !== null && direction !== "none" && meets(floor)) return "metFloor";
  return "notMet";
}

export interface IndicatorResult {
  readonly status: IndicatorStatus;
  readonly latest: { period: string; value: number } | null;
  /** Change since the period before the latest one, in the indicator's unit. */
  readonly change: number | null;
  readonly target: number;
  readonly floor: number | null;
  readonly checkpoint: Checkpoint | null;
}

/**
 * evaluateIndicator(indicator, its entries, {2024,11,20}): the latest figure of a period that
 * has begun by that date, judged against the target that applies then, and its change since
 * the previous period.
 */
export function evaluateIndicator(
  indicator: Indicator,
  entries: readonly DataEntry[],
  date: LocalDate,
): IndicatorResult {
  const dated = entries
    .map((e) => ({ e, period: parsePeriod(e.period), value: entryValue(e, indicator.unit).value }))
    .filter((x) => x.period !== null && x.value !== null && compareDates(x.period.start, date) <= 0)
    .sort((a, b) => compareDates(a.period!.end, b.period!.end));
  const { target, floor, checkpoint } = applicableTarget(indicator, date);
  const last = dated[dated.length - 1];
  const before = dated[dated.length - 2];
  const latest = last ? { period: last.e.period, value: last.value! } : null;
  return {
    status: judge(latest?.value ?? null, indicator.direction, target, floor),
    latest,
    change: last && before ? last.value! - before.value! : null,
    target,
    floor,
    checkpoint,
  };
}

/** Ratios of the plan itself, for a scope (the whole plan, a part, a section). */
export interface PlanRatios {
  readonly tasks: number;
  readonly done: number;
  /** Done / tasks, %. */
  readonly donePct: number | null;
  /** Done early or on time / done, %. */
  readonly onTimePct: number | null;
  /** Overdue / tasks, %. */
  readonly overduePct: number | null;
  /** Done with an evidence link / done, %. */
  readonly evidencePct: number | null;
}

const pct = (a: number, b: number) => (b === 0 ? null : (a / b) * 100);

/** planRatios([{status: "doneEarly", evidence: true}, {status: "overdue"}]) → done 50%, on time 100%, … */
export function planRatios(tasks: readonly { status: TaskStatus; evidence: boolean }[]): PlanRatios {
  const done = tasks.filter((t) => STATUS[t.status].done);
  return {
    tasks: tasks.length,
    done: done.length,
    donePct: pct(done.length, tasks.length),
    onTimePct: pct(done.filter((t) => !STATUS[t.status].late).length, done.length),
    overduePct: pct(tasks.filter((t) => t.status === "overdue").length, tasks.length),
    evidencePct: pct(done.filter((t) => t.evidence).length, done.length),
  };
}
