/**
 * The province's roll-up of its communes, pure: the readings of one run (each commune's summary,
 * or why there is none) become one row per commune read, the communes not read with the reason,
 * the ranking, the communes late with their report, stale summaries, the province's totals and
 * each indicator across communes. Sheets (in batches) and the command line (a folder of
 * workbooks) both end here; neither knows how the other read.
 */
import { daysBetween, type LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
import type { IndicatorStatus } from "../indicators/compute";
import type { Unit } from "../indicators/extract";
import { parsePeriod } from "../period/period";
import { countStatuses, STATUSES, type TaskStatus } from "../status/statuses";
import { foldVietnamese } from "../text/normalize";
import { SUMMARY_SCHEMA_ID, type CommuneSummary } from "../summary/schema";
import type { CommuneReading, CommuneSource, SourceProblem } from "./model";
import { sheetKey } from "./sources";

export interface RollupOptions {
  /** The day of the month a monthly report is due (1–28). */
  readonly cutoffDay: number;
  /** A summary whose figures are more than this many days old is stale. */
  readonly staleDays: number;
}

export const DEFAULT_ROLLUP_OPTIONS: RollupOptions = { cutoffDay: 20, staleDays: 30 };

/** The figures of a commune, and of the province summed over its communes. */
export interface Figures {
  readonly tasks: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  /** Tasks done (early, on time or late). */
  readonly done: number;
  /** Done / tasks, in percent; null with no task. */
  readonly doneRate: number | null;
  /** Done on time (or early) / done, in percent; null with nothing done. The province's is pooled. */
  readonly onTimeRate: number | null;
  /** Done with an evidence link / done, in percent; null with nothing done. The province's is pooled. */
  readonly evidenceRate: number | null;
  readonly overdue: number;
}

/** One commune read: its figures as its summary gives them, and what the province derives. */
export interface CommuneRow extends Figures {
  readonly source: CommuneSource;
  readonly summary: CommuneSummary;
  readonly indicatorsMet: number;
  readonly indicatorsTotal: number;
  /** Days between the summary's figures and the roll-up's day. */
  readonly ageDays: number;
  readonly stale: boolean;
}

/** Why a commune could not be read: by its list row, in a sentence. */
export type ReadProblem = SourceProblem | "noSchema" | "otherVersion" | "badField";
export interface RollupProblem {
  readonly source: CommuneSource;
  readonly problem: ReadProblem;
  readonly message: Message;
}

/** A list row naming a sheet an earlier row already names: counted once, under the first. */
export interface DuplicateSource {
  readonly source: CommuneSource;
  readonly firstRow: number;
}

export interface RankedCommune {
  /** 1 for the first; communes equal on every key of the rule share a rank (1, 1, 3). */
  readonly rank: number;
  readonly row: CommuneRow;
}

export interface LateReport {
  readonly row: CommuneRow;
  /** The month the commune's latest report covers ("2024-10"), null with no report. */
  readonly lastMonth: string | null;
  /** Monthly reports missing up to the due period (at least 1). */
  readonly periodsLate: number;
}

export interface IndicatorAcross {
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  readonly met: number;
  readonly metFloor: number;
  readonly notMet: number;
  readonly noData: number;
  /** The communes that track it. */
  readonly communes: number;
}

export interface RollupTotals extends Figures {
  /** Rows of the list (duplicates included). */
  readonly listed: number;
  /** Distinct sheets listed. */
  readonly distinct: number;
  readonly read: number;
  readonly notRead: number;
  readonly lateReports: number;
  readonly stale: number;
}

export interface RollupResult {
  readonly today: LocalDate;
  readonly options: RollupOptions;
  /** The latest month whose report is due on `today` ("2024-10" on 19/11/2024 with cut-off 20). */
  readonly duePeriod: string;
  readonly rows: readonly CommuneRow[];
  readonly problems: readonly RollupProblem[];
  readonly duplicates: readonly DuplicateSource[];
  readonly ranking: readonly RankedCommune[];
  readonly lateReports: readonly LateReport[];
  readonly stale: readonly CommuneRow[];
  readonly totals: RollupTotals;
  readonly indicators: readonly IndicatorAcross[];
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);
const byName = (a: CommuneSource, b: CommuneSource) => a.name.localeCompare(b.name, "vi") || a.row - b.row;

/** The readings, each sheet once (the first row naming it), and the rows that named it again. */
function distinctReadings(readings: readonly CommuneReading[]): {
  kept: CommuneReading[];
  duplicates: DuplicateSource[];
} {
  const first = new Map<string, CommuneSource>();
  const kept: CommuneReading[] = [];
  const duplicates: DuplicateSource[] = [];
  for (const r of [...readings].sort((a, b) => a.source.row - b.source.row)) {
    const key = sheetKey(r.source.url);
    const seen = first.get(key);
    if (seen) duplicates.push({ source: r.source, firstRow: seen.row });
    else {
      first.set(key, r.source);
      kept.push(r);
    }
  }
  return { kept, duplicates };
}

/** The sentence for a reading that gave no summary. */
function problemMessage(source: CommuneSource, result: Exclude<CommuneReading["result"], { ok: true }>): Message {
  const base = { row: source.row, name: source.name, url: source.url };
  switch (result.problem) {
    case "otherVersion":
      return {
        key: "rollup.problem.otherVersion",
        params: { ...base, version: result.version, expected: SUMMARY_SCHEMA_ID },
      };
    case "badField":
      return result.row === null
        ? { key: "rollup.problem.missingField", params: { ...base, field: result.field } }
        : { key: "rollup.problem.badField", params: { ...base, field: result.field, cell: result.row } };
    default:
      return { key: `rollup.problem.${result.problem}`, params: base };
  }
}

function communeRow(
  source: CommuneSource,
  summary: CommuneSummary,
  today: LocalDate,
  options: RollupOptions,
): CommuneRow {
  const done = STATUSES.filter((s) => s.done).reduce((n, s) => n + summary.byStatus[s.key], 0);
  const ageDays = daysBetween(summary.asOf, today);
  return {
    source,
    summary,
    tasks: summary.tasks,
    byStatus: summary.byStatus,
    done,
    doneRate: rate(done, summary.tasks),
    onTimeRate: summary.onTimeRate,
    evidenceRate: summary.evidenceRate,
    overdue: summary.byStatus.overdue,
    indicatorsMet: summary.indicators.filter((i) => i.status === "met" || i.status === "metFloor").length,
    indicatorsTotal: summary.indicators.length,
    ageDays,
    stale: ageDays > options.staleDays,
  };
}

/** Higher first, a missing rate after every rate. */
const desc = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a);

/**
 * The ranking's rule, in order: the higher on-time rate (tasks done on time / tasks done; a
 * commune with nothing done comes after every commune with a rate), then the higher share of
 * tasks done, then the fewer overdue tasks. Communes equal on all three share a rank and are
 * listed by name.
 */
export function compareForRanking(a: CommuneRow, b: CommuneRow): number {
  return desc(a.onTimeRate, b.onTimeRate) || desc(a.doneRate, b.doneRate) || a.overdue - b.overdue;
}

export function rank(rows: readonly CommuneRow[]): RankedCommune[] {
  const sorted = [...rows].sort((a, b) => compareForRanking(a, b) || byName(a.source, b.source));
  const ranked: RankedCommune[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    const tied = previous && compareForRanking(previous.row, row) === 0;
    ranked.push({ row, rank: tied ? previous.rank : i + 1 });
  });
  return ranked;
}

const monthIndex = (year: number, month: number) => year * 12 + (month - 1);
const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/**
 * duePeriod(19/11/2024, 20) → "2024-10"; duePeriod(20/11/2024, 20) → "2024-11": a month's report
 * is due by the cut-off day of that month, so on day D the latest one due is D's month from the
 * cut-off day on, the month before until then.
 */
export function duePeriod(today: LocalDate, cutoffDay: number): string {
  const index = monthIndex(today.year, today.month) - (today.day >= cutoffDay ? 0 : 1);
  return monthKey(index);
}

/**
 * The last month a report covers: a month's report its month; a quarter's, half's or year's
 * the month it ends, or the month it was made if that is earlier (a report made before its
 * period ends covers up to its cut-off). Null for a period the roll-up cannot read.
 */
export function reportedMonth(last: NonNullable<CommuneSummary["lastReport"]>): number | null {
  const period = parsePeriod(last.period);
  if (!period || period.kind === "day" || period.kind === "week") return null;
  const end = monthIndex(period.end.year, period.end.month);
  return Math.min(end, monthIndex(last.generatedOn.year, last.generatedOn.month));
}

/**
 * A commune late with its report: its last report covers a month before the due period (or it
 * has none, or one the roll-up cannot read). Periods late: the months from the one after its
 * last report to the due one; with no report, from January of its plan's year (at least 1).
 */
function lateReport(row: CommuneRow, due: string): LateReport | null {
  const [y, m] = due.split("-").map(Number);
  const dueIndex = monthIndex(y, m);
  const last = row.summary.lastReport ? reportedMonth(row.summary.lastReport) : null;
  if (last !== null && last >= dueIndex) return null;
  const from = last ?? monthIndex(row.summary.year, 1) - 1;
  return { row, lastMonth: last === null ? null : monthKey(last), periodsLate: Math.max(1, dueIndex - from) };
}

/** Each indicator across the communes that track it: by id, or by name when it has none. */
function indicatorsAcross(rows: readonly CommuneRow[]): IndicatorAcross[] {
  const byKey = new Map<string, { id: string; name: string; unit: Unit; counts: Record<IndicatorStatus, number> }>();
  for (const row of rows)
    for (const i of row.summary.indicators) {
      const key = i.id.trim() !== "" ? `id:${i.id.trim()}` : `name:${foldVietnamese(i.name)}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { id: i.id, name: i.name, unit: i.unit, counts: { met: 0, metFloor: 0, notMet: 0, noData: 0 } };
        byKey.set(key, entry);
      }
      entry.counts[i.status] += 1;
    }
  return [...byKey.values()].map(({ id, name, unit, counts }) => ({
    id,
    name,
    unit,
    ...counts,
    communes: counts.met + counts.metFloor + counts.notMet + counts.noData,
  }));
}

function totalsOf(
  listed: number,
  distinct: number,
  rows: readonly CommuneRow[],
  late: number,
  stale: number,
): RollupTotals {
  const byStatus = countStatuses([]);
  for (const row of rows) for (const s of STATUSES) byStatus[s.key] += row.byStatus[s.key];
  const tasks = rows.reduce((n, r) => n + r.tasks, 0);
  const done = STATUSES.filter((s) => s.done).reduce((n, s) => n + byStatus[s.key], 0);
  const onTime = STATUSES.filter((s) => s.done && !s.late).reduce((n, s) => n + byStatus[s.key], 0);
  // A commune's evidence rate is over its own tasks done: weighed back into tasks, then pooled.
  const withRate = rows.filter((r) => r.evidenceRate !== null);
  const evidenced = withRate.reduce((n, r) => n + ((r.evidenceRate ?? 0) * r.done) / 100, 0);
  return {
    listed,
    distinct,
    read: rows.length,
    notRead: distinct - rows.length,
    tasks,
    byStatus,
    done,
    doneRate: rate(done, tasks),
    onTimeRate: rate(onTime, done),
    evidenceRate: rate(
      evidenced,
      withRate.reduce((n, r) => n + r.done, 0),
    ),
    overdue: byStatus.overdue,
    lateReports: late,
    stale,
  };
}

/**
 * consolidate(readings, today, options) → the roll-up. Each sheet counts once however many list
 * rows name it (the first row; the others are said); the rows, the problems and the late list
 * come in the list's order, the ranking by its rule.
 */
export function consolidate(
  readings: readonly CommuneReading[],
  today: LocalDate,
  options: RollupOptions = DEFAULT_ROLLUP_OPTIONS,
): RollupResult {
  const { kept, duplicates } = distinctReadings(readings);
  const rows: CommuneRow[] = [];
  const problems: RollupProblem[] = [];
  for (const { source, result } of kept) {
    if (result.ok) rows.push(communeRow(source, result.summary, today, options));
    else problems.push({ source, problem: result.problem, message: problemMessage(source, result) });
  }
  const due = duePeriod(today, options.cutoffDay);
  const lateReports = rows.map((r) => lateReport(r, due)).filter((x): x is LateReport => x !== null);
  const stale = rows.filter((r) => r.stale);
  return {
    today,
    options,
    duePeriod: due,
    rows,
    problems,
    duplicates,
    ranking: rank(rows),
    lateReports,
    stale,
    totals: totalsOf(readings.length, kept.length, rows, lateReports.length, stale.length),
    indicators: indicatorsAcross(rows),
  };
}
