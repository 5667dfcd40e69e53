/**
 * The roll-up's tabs as grids of cells, one function a tab, from the one consolidation: the
 * table by commune with the province's totals, the ranking (whose first columns the chart
 * draws), the communes late with their report and those not read, the indicators across
 * communes, and the province's report as lines. Rates are percentages rounded to 0.1.
 */
import { formatVi } from "../../core/dates/localDate";
import { t, render, type MessageKey } from "../../core/i18n/messages";
import { parsePeriod, periodLabel } from "../../core/period/period";
import type { Figures, RollupResult } from "../../core/rollup/consolidate";
import { reportSections, type ProvinceReport } from "../../core/rollup/report";
import { STATUSES } from "../../core/status/statuses";
import type { CellValue } from "../../ports";

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
const headers = (keys: readonly MessageKey[]): string[] => keys.map((k) => t(k));
const monthText = (key: string | null): string => {
  const p = key ? parsePeriod(key) : null;
  return p ? periodLabel(p) : t("rollupReport.noReport");
};

/** Rows padded to one width: a block is written in one call. */
export function rectangular(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
}

const COMMUNE_HEADER: readonly MessageKey[] = [
  "report.colNo",
  "rollupReport.colCommune",
  "summary.plan",
  "summary.year",
  "rollupReport.colAsOf",
  "report.colTasks",
  ...STATUSES.map((s) => s.label),
  "report.colDone",
  "rollupTab.colDoneRate",
  "rollupTab.colOnTimeRate",
  "rollupTab.colEvidenceRate",
  "rollupReport.colIndicatorsMet",
  "rollupTab.colIndicators",
  "rollupReport.colLastReport",
  "rollupTab.colStale",
  "rollupTab.colListRow",
];

/** The figures' cells in the table's order: tasks, each status, done, the three rates. */
const figureCells = (f: Figures): CellValue[] => [
  f.tasks,
  ...STATUSES.map((s) => f.byStatus[s.key]),
  f.done,
  round(f.doneRate),
  round(f.onTimeRate),
  round(f.evidenceRate),
];

export function communesGrid(result: RollupResult): CellValue[][] {
  const rows: CellValue[][] = [headers(COMMUNE_HEADER)];
  result.rows.forEach((r, i) =>
    rows.push([
      i + 1,
      r.source.name,
      r.summary.plan,
      r.summary.year,
      r.summary.asOf,
      ...figureCells(r),
      r.indicatorsMet,
      r.indicatorsTotal,
      r.summary.lastReport ? r.summary.lastReport.period : t("rollupReport.noReport"),
      r.stale ? t("rollupTab.staleYes", { days: r.ageDays }) : "",
      r.source.row,
    ]),
  );
  rows.push([null, t("rollupReport.province"), null, null, result.today, ...figureCells(result.totals)]);
  return rectangular(rows);
}

/** The ranking; its columns 2–4 (name, on-time rate, done rate) are the chart's block. */
export function rankingGrid(result: RollupResult): CellValue[][] {
  const rows: CellValue[][] = [
    headers([
      "rollupReport.colRank",
      "rollupReport.colCommune",
      "rollupTab.colOnTimeRate",
      "rollupTab.colDoneRate",
      "report.colOverdue",
    ]),
    ...result.ranking.map(({ rank, row }) => [
      rank,
      row.source.name,
      round(row.onTimeRate),
      round(row.doneRate),
      row.overdue,
    ]),
    [],
    [t("rollupReport.rankRule")],
  ];
  return rectangular(rows);
}

/** The chart's block on the ranking tab: the name column and the two rates, header included. */
export const RANKING_CHART = { col: 2, numCols: 3, anchorCol: 7 } as const;

/**
 * The communes late with their report (by the cut-off day), then the sheets not read and why,
 * the stale summaries and the rows listing a sheet twice: one block each, a title row above.
 */
export function lateGrid(result: RollupResult, report: ProvinceReport): CellValue[][] {
  const { options } = result;
  const rows: CellValue[][] = [
    [
      t("rollupReport.lateRule", {
        cutoff: options.cutoffDay,
        date: formatVi(result.today),
        period: report.periodLabel,
      }),
    ],
    headers([
      "report.colNo",
      "rollupReport.colCommune",
      "rollupReport.colLastReport",
      "rollupReport.colPeriodsLate",
      "rollupTab.colListRow",
    ]),
    ...result.lateReports.map((l, i) => [
      i + 1,
      l.row.source.name,
      monthText(l.lastMonth),
      l.periodsLate,
      l.row.source.row,
    ]),
    [],
    [t("rollupReport.notReadIntro", { count: result.problems.length })],
    headers(["rollupTab.colListRow", "rollupReport.colCommune", "rollupTab.colUrl", "rollupReport.colReason"]),
    ...result.problems.map((p) => [p.source.row, p.source.name, p.source.url, render(p.message)]),
    [],
    [t("rollupTab.staleTitle", { days: options.staleDays, count: result.stale.length })],
    headers(["rollupTab.colListRow", "rollupReport.colCommune", "rollupReport.colAsOf", "rollupTab.colAgeDays"]),
    ...result.stale.map((r) => [r.source.row, r.source.name, r.summary.asOf, r.ageDays]),
    [],
    [t("rollupTab.duplicatesTitle", { count: result.duplicates.length })],
    ...result.duplicates.map((d) => [
      t("rollupReport.duplicateLine", { row: d.source.row, name: d.source.name, first: d.firstRow }),
    ]),
  ];
  return rectangular(rows);
}

export function indicatorsGrid(result: RollupResult): CellValue[][] {
  const rows: CellValue[][] = [
    headers([
      "summary.indId",
      "report.colIndicator",
      "summary.indUnit",
      "rollupReport.colCommunes",
      "indicator.met",
      "indicator.metFloor",
      "indicator.notMet",
      "indicator.noData",
    ]),
    ...result.indicators.map((i) => [
      i.id,
      i.name,
      t(`unit.${i.unit}`),
      i.communes,
      i.met,
      i.metFloor,
      i.notMet,
      i.noData,
    ]),
  ];
  return rectangular(rows);
}

/**
 * The province's report as the tab shows it, from the same sections as the document: the head
 * (issuer and motto side by side), the title, subject and addressee, each section's paragraphs
 * and tables, the closing, then "Nơi nhận" beside the signer block.
 */
export function reportGrid(report: ProvinceReport): CellValue[][] {
  const h = report.head;
  const rows: CellValue[][] = [
    [h.issuerTop, null, null, null, t("report.motto1")],
    [h.issuer, null, null, null, t("report.motto2")],
    [h.number, null, null, null, h.placeDate],
    [t("report.title")],
    [t("rollupReport.subject", { period: report.periodLabel })],
    [t("rollupReport.addressee", { addressee: h.addressee })],
  ];
  for (const section of reportSections(report)) {
    rows.push([section.heading]);
    for (const block of section.blocks) {
      if (typeof block === "string") rows.push([block]);
      else
        rows.push(
          headers(block.columns.map(([k]) => k)),
          ...block.rows.map((r) => [...r]),
          ...(block.total && block.rows.length > 0 ? [[...block.total]] : []),
        );
    }
  }
  rows.push([t("rollupReport.closing", { period: report.periodLabel })]);
  const left = [t("report.recipients"), ...h.recipients.map((r) => `- ${r}`)];
  const right = [...h.signerTitle, "", h.signerName];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    rows.push([left[i] ?? null, null, null, null, right[i] || null]);
  return rectangular(rows);
}
