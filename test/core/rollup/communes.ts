/**
 * Commune summaries for the roll-up's tests, from the real seed plan: the seed refreshed on its
 * reference day gives one commune's figures; others are that commune with a few changes.
 */
import { refreshAll } from "../../../src/app/commands/refresh";
import type { LocalDate } from "../../../src/core/dates/localDate";
import type { CommuneReading, CommuneSource } from "../../../src/core/rollup/model";
import type { CommuneSummary } from "../../../src/core/summary/schema";
import { readSummaryGrid } from "../../../src/core/summary/grid";
import { SUMMARY_TAB_NAME } from "../../../src/core/summary/schema";
import { REFERENCE_DATE, seededPorts } from "../../helpers";

let seed: CommuneSummary | null = null;

/**
 * The seed plan's summary on 20/11/2024 as its commune sheet keeps it: the seed refreshed, its
 * "Tổng hợp" tab read back by the roll-up's reader (the real path, writer and reader), with a
 * report for October made on 20/10.
 */
export function seedSummary(): CommuneSummary {
  if (seed) return seed;
  const ports = seededPorts();
  refreshAll(ports, REFERENCE_DATE);
  const reading = readSummaryGrid(ports.workbook.sheet(SUMMARY_TAB_NAME)!.readValues());
  if (!reading.ok) throw new Error(`the seed's summary tab does not read: ${JSON.stringify(reading)}`);
  seed = { ...reading.summary, lastReport: { period: "2024-10", generatedOn: { year: 2024, month: 10, day: 20 } } };
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
