/**
 * Commune summaries for the roll-up's tests, from the real seed plan: the seed refreshed on its
 * reference day gives one commune's figures; others are that commune with a few changes.
 */
import { refreshAll } from "../../../src/app/commands/refresh";
import type { LocalDate } from "../../../src/core/dates/localDate";
import type { CommuneReading, CommuneSource } from "../../../src/core/rollup/model";
import type { CommuneSummary } from "../../../src/core/summary/schema";
import { STATUS, type TaskStatus } from "../../../src/core/status/statuses";
import { REFERENCE_DATE, seededPorts } from "../../helpers";

let seed: CommuneSummary | null = null;

/** The seed plan's summary on 20/11/2024, as a commune sheet would write it. */
export function seedSummary(): CommuneSummary {
  if (seed) return seed;
  const refreshed = refreshAll(seededPorts(), REFERENCE_DATE);
  const done = refreshed.rows.filter((r) => STATUS[r.evaluation.status].done);
  const onTime = done.filter((r) => !STATUS[r.evaluation.status].late).length;
  const overdue = refreshed.rows.filter((r) => r.evaluation.status === "overdue");
  seed = {
    version: 1,
    commune: "Đại Lãnh",
    plan: "Kế hoạch cải thiện Chỉ số CCHC năm 2024",
    year: 2024,
    asOf: REFERENCE_DATE,
    tasks: refreshed.rows.length,
    byStatus: refreshed.counts as Record<TaskStatus, number>,
    onTimeRate: done.length === 0 ? null : (onTime / done.length) * 100,
    evidenceRate: done.length === 0 ? null : 100,
    overdueTasks: overdue.map((r) => r.id),
    lastReport: { period: "2024-10", generatedOn: { year: 2024, month: 10, day: 20 } },
    indicators: refreshed.indicators.indicators.map(({ indicator: i, result: r }) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      value: r.latest?.value ?? null,
      period: r.latest?.period ?? null,
      target: r.target,
      floor: r.floor,
      status: r.status,
    })),
  };
  return seed;
}

/** The seed's summary as another commune: its name and the changes given. */
export function communeSummary(commune: string, changes: Partial<CommuneSummary> = {}): CommuneSummary {
  return { ...seedSummary(), commune, ...changes };
}

export const source = (
  row: number,
  name: string,
  url = `https://docs.google.com/spreadsheets/d/sheet-${row}-abcdefghijklmnopq/edit`,
): CommuneSource => ({
  row,
  name,
  url,
});

export const read = (
  src: CommuneSource,
  summary: CommuneSummary,
  readOn: LocalDate = REFERENCE_DATE,
): CommuneReading => ({ source: src, readOn, result: { ok: true, summary } });

export const failed = (
  src: CommuneSource,
  result: Exclude<CommuneReading["result"], { ok: true }>,
): CommuneReading => ({
  source: src,
  readOn: REFERENCE_DATE,
  result,
});

/**
 * The seed's summary as a commune further on: `onTime` and `late` of its overdue tasks done (on
 * time, late), `evidenced` of those done with an evidence link; the rates follow.
 */
export function communeWithDone(
  commune: string,
  onTime: number,
  late: number,
  evidenced = onTime + late,
  changes: Partial<CommuneSummary> = {},
): CommuneSummary {
  const s = seedSummary();
  const done = onTime + late;
  return {
    ...s,
    commune,
    byStatus: { ...s.byStatus, overdue: s.byStatus.overdue - done, doneOnTime: onTime, doneLate: late },
    onTimeRate: done === 0 ? null : (onTime / done) * 100,
    evidenceRate: done === 0 ? null : (evidenced / done) * 100,
    overdueTasks: s.overdueTasks.slice(done),
    ...changes,
  };
}
