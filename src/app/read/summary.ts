import { isLocalDate, parseIso, type LocalDate } from "../../core/dates/localDate";
import { catalogue, t, type MessageKey } from "../../core/i18n/messages";
import { parsePeriod } from "../../core/period/period";
import { overdueDays } from "../../core/status/status";
import { countStatuses, type TaskStatus } from "../../core/status/statuses";
import { SUMMARY_VERSION, type CommuneSummary, type SummaryIndicator } from "../../core/summary/schema";
import type { RowEvaluation } from "./evaluate";
import { judgeIndicators, planScopes, type IndicatorRefresh, type IndicatorRow } from "./indicators";
import type { Snapshot } from "./snapshot";
import { textAt, type OpenTab } from "./tabs";

/**
 * What a summary is made of, as a refresh already has it (a RefreshResult is one): the rows
 * evaluated on the snapshot's day, their counts by status, and the indicators judged with the
 * plan's ratios (the whole plan's first, as planScopes lists them).
 */
export interface SummaryFigures {
  readonly rows: readonly RowEvaluation[];
  readonly counts: Readonly<Record<TaskStatus, number>>;
  readonly indicators: Pick<IndicatorRefresh, "indicators" | "ratios">;
}

/**
 * The figures of an action that did not refresh (a report): the same functions a refresh
 * uses, over the same snapshot, so the two cannot count differently. Reads nothing more.
 */
export function figuresOf(snapshot: Snapshot): SummaryFigures {
  const { rows } = snapshot;
  const { results } = judgeIndicators(snapshot.tabs, snapshot.today);
  return {
    rows,
    counts: countStatuses(rows.map((r) => r.evaluation.status)),
    indicators: { indicators: results, ratios: planScopes(rows) },
  };
}

/** A percentage or a figure as the tabs show it: one decimal. */
const tenth = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/** The overdue tasks' ids, the most days late first; equal lateness in the plan's order. */
function overdueIds(rows: readonly RowEvaluation[]): string[] {
  return rows
    .filter((r) => r.evaluation.status === "overdue")
    .map((r, order) => ({ id: r.id, late: overdueDays(r.evaluation), order }))
    .sort((a, b) => b.late - a.late || a.order - b.order)
    .map((r) => r.id);
}

function summaryIndicator({ indicator: i, result: r }: IndicatorRow): SummaryIndicator {
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    value: tenth(r.latest?.value ?? null),
    period: r.latest?.period ?? null,
    target: r.target,
    floor: r.floor,
    status: r.status,
  };
}

/**
 * A message's Vietnamese template as a pattern that gives back its placeholders' values:
 * 'Đã tạo báo cáo {period}: trang "{tab}", …' reads the tab's name out of a log line.
 */
function templatePattern(key: MessageKey): RegExp {
  const escaped = catalogue[key].vi.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\\\{(\w+)\\\}/g, "(?<$1>.*?)")}$`, "s");
}

/** The day of a log line: a date Sheets made of the timestamp "2024-11-20 08:15:00", or its text. */
function logDay(v: unknown): LocalDate | null {
  if (isLocalDate(v)) return v;
  return typeof v === "string" ? parseIso(v.trim().slice(0, 10)) : null;
}

/**
 * The last report the commune generated, from Nhật ký (so a copy of the workbook, the .xlsx
 * included, carries it): the latest "Báo cáo" line saying a report was made, its period read
 * from the report tab it names ("Báo cáo 2024-11"), its day from the line's time.
 */
export function lastReportOf(log: Pick<OpenTab, "values" | "columns">): CommuneSummary["lastReport"] {
  const done = templatePattern("report.done");
  const tabName = templatePattern("report.tabName");
  const timeCol = (log.columns.get("time") ?? 1) - 1;
  for (let i = log.values.length - 1; i >= 1; i--) {
    const row = log.values[i];
    if (textAt(log, row, "action") !== t("log.report")) continue;
    const tab = done.exec(textAt(log, row, "details"))?.groups?.tab;
    const period = parsePeriod(tabName.exec(tab ?? "")?.groups?.period ?? "");
    const generatedOn = logDay(row[timeCol]);
    if (period && generatedOn) return { period: period.key, generatedOn };
  }
  return null;
}

/**
 * communeSummary(snapshot, figures) → the commune's plan on the snapshot's day, as "Tổng hợp"
 * keeps it for the province: the commune's name from Cài đặt, the plan named as the report names
 * it with its year (the import keeps no title in the sheet), the counts by status, the whole
 * plan's on-time and evidence rates as "Tỷ lệ hoàn thành" shows them, the overdue tasks the most
 * late first, the last report made, and each indicator's latest figure judged. Pure.
 */
export function communeSummary(snapshot: Snapshot, figures: SummaryFigures = figuresOf(snapshot)): CommuneSummary {
  const { settings, today } = snapshot;
  const year = settings.planYear ?? today.year;
  const whole = figures.indicators.ratios[0]?.ratios;
  return {
    version: SUMMARY_VERSION,
    commune: settings.communeName,
    plan: t("summary.planTitle", { year }),
    year,
    asOf: today,
    tasks: figures.rows.length,
    byStatus: figures.counts,
    onTimeRate: tenth(whole?.onTimePct ?? null),
    evidenceRate: tenth(whole?.evidencePct ?? null),
    overdueTasks: overdueIds(figures.rows),
    lastReport: lastReportOf(snapshot.tabs.log),
    indicators: figures.indicators.indicators.map(summaryIndicator),
  };
}
