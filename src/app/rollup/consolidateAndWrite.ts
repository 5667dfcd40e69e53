/**
 * "Cập nhật tổng hợp", its last step: once every commune of the list has been read (in one run
 * in Node, in batches across executions in Sheets), consolidate the readings and write the
 * roll-up's own tabs, each rewritten whole in one block, the chart over the ranking, each list
 * row's reading in the list's status column, and one entry in Nhật ký. The province's report
 * comes back as HTML for the caller to keep (a file in Node, a PDF in Drive).
 */
import { formatVi, type LocalDate } from "../../core/dates/localDate";
import { render, t, type Message } from "../../core/i18n/messages";
import { consolidate, type RollupResult } from "../../core/rollup/consolidate";
import { renderProvinceReportHtml } from "../../core/rollup/html";
import type { CommuneReading } from "../../core/rollup/model";
import { buildProvinceReport, type ProvinceReport } from "../../core/rollup/report";
import { rollupOptions } from "../../core/rollup/settings";
import type { AppPorts, CellValue, SheetPort, WarehousePort, WorkbookPort } from "../../ports";
import { exportMessage, exportRollup } from "./export";
import { writeLog } from "../write/log";
import { replaceSheet } from "../write/writer";
import { communesGrid, indicatorsGrid, lateGrid, RANKING_CHART, rankingGrid, reportGrid } from "./grids";
import { readCommuneList, writeReadStatus } from "./list";
import { readRollupSettings } from "./settings";
import { rollupTabName, type RollupTab } from "./tabs";

export type RollupPorts = Pick<AppPorts, "workbook" | "clock" | "user"> & {
  /** Where a complete roll-up is exported when "Xuất BigQuery" is set (NO_WAREHOUSE off Sheets). */
  readonly warehouse: WarehousePort;
};

export interface RollupOutcome {
  readonly result: RollupResult;
  readonly report: ProvinceReport;
  readonly html: string;
  /** The tabs written, in order. */
  readonly tabs: readonly string[];
  /** The summary line written to Nhật ký, and the settings that fell back to their default. */
  readonly summary: Message;
  readonly settingProblems: readonly Message[];
  /** What the export to BigQuery answered, in Vietnamese; null when "Xuất BigQuery" is empty. */
  readonly exported: string | null;
}

/** Column widths of each tab made the first time (pixels, from column A). */
const WIDTHS: Partial<Record<RollupTab, readonly number[]>> = {
  communes: [40, 180, 260, 60, 100],
  ranking: [60, 200, 110, 110, 90],
  late: [60, 200, 320, 420],
  indicators: [90, 420, 80, 80],
  report: [220, 140, 110, 110, 260],
};

/** A tab the product owns, emptied and rewritten whole; made (frozen header, widths) the first time. */
function rewriteTab(
  workbook: WorkbookPort,
  tab: RollupTab,
  grid: readonly (readonly CellValue[])[],
  header = true,
): SheetPort {
  const name = rollupTabName(tab);
  let sheet = workbook.sheet(name);
  if (!sheet) {
    sheet = workbook.addSheet(name);
    if (header) {
      sheet.setFrozenRows(1);
      sheet.styleHeader(grid[0]?.length ?? 1);
    }
    const widths = WIDTHS[tab];
    if (widths) sheet.setColumnWidths(1, widths);
  }
  replaceSheet(sheet, grid);
  return sheet;
}

/** Each list row's reading, as its status cell says it. */
function statusByRow(result: RollupResult): Map<number, string> {
  const status = new Map<number, string>();
  for (const r of result.rows)
    status.set(
      r.source.row,
      t(r.stale ? "rollupList.readStale" : "rollupList.read", { date: formatVi(r.summary.asOf) }),
    );
  for (const p of result.problems) status.set(p.source.row, render(p.message));
  for (const d of result.duplicates) status.set(d.source.row, t("rollupList.duplicate", { first: d.firstRow }));
  return status;
}

/** Writes the roll-up's tabs and the chart; returns their names. */
export function writeRollupTabs(workbook: WorkbookPort, result: RollupResult, report: ProvinceReport): string[] {
  rewriteTab(workbook, "communes", communesGrid(result));
  const ranking = rewriteTab(workbook, "ranking", rankingGrid(result));
  ranking.setChart({
    title: t("rollupTab.chartTitle"),
    row: 1,
    col: RANKING_CHART.col,
    numRows: result.ranking.length + 1,
    numCols: RANKING_CHART.numCols,
    anchorRow: 2,
    anchorCol: RANKING_CHART.anchorCol,
  });
  rewriteTab(workbook, "late", lateGrid(result, report), false);
  rewriteTab(workbook, "indicators", indicatorsGrid(result));
  rewriteTab(workbook, "report", reportGrid(report), false);
  return (["communes", "ranking", "late", "indicators", "report"] as const).map(rollupTabName);
}

/**
 * consolidateAndWrite(ports, readings, today): the roll-up of the readings on `today`, by the
 * roll-up's settings, written to its tabs; the list's status column says each row's reading.
 */
export function consolidateAndWrite(
  ports: RollupPorts,
  readings: readonly CommuneReading[],
  today: LocalDate,
): RollupOutcome {
  const { settings, problems: settingProblems } = readRollupSettings(ports.workbook);
  const result = consolidate(readings, today, rollupOptions(settings));
  const report = buildProvinceReport(result, settings);
  const tabs = writeRollupTabs(ports.workbook, result, report);
  const list = readCommuneList(ports.workbook);
  if (list) writeReadStatus(list, statusByRow(result));
  const { totals } = result;
  const summary: Message = {
    key: "rollup.logSummary",
    params: { read: totals.read, distinct: totals.distinct, notRead: totals.notRead, late: totals.lateReports },
  };
  // Only a complete roll-up gets here (every listed commune read or named), so a day's export is whole.
  const exported = exportMessage(
    exportRollup(
      ports,
      result.rows.map((r) => r.summary),
      settings,
    ),
  );
  const lines = [summary, ...settingProblems, ...result.problems.map((p) => p.message)];
  writeLog(ports, t("rollup.logAction"), exported === null ? lines : [...lines, exported]);
  return { result, report, html: renderProvinceReportHtml(report), tabs, summary, settingProblems, exported };
}
