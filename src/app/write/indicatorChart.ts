import { t } from "../../core/i18n/messages";
import { INDICATOR_CHART_TAB } from "../../core/workbook/layout";
import type { CellValue, WorkbookPort } from "../../ports";
import type { IndicatorRow } from "../read/indicators";
import { round } from "./indicators";
import { openTab } from "./structure";
import { rewriteColumns } from "./writer";

/**
 * One chart of the percent indicators: latest value, the target that applies, the floor. Its
 * data is rewritten (rows left from a longer list blanked) and the chart kept as one, both only
 * when the figures changed.
 */
export function writeIndicatorChart(workbook: WorkbookPort, results: readonly IndicatorRow[]): void {
  const chartTab = openTab(workbook, INDICATOR_CHART_TAB, false);
  const percent = results.filter((r) => r.indicator.unit === "percent");
  const lines: CellValue[][] = percent.map((r) => [
    `${r.indicator.id} ${r.indicator.name.slice(0, 40)}`,
    round(r.result.latest?.value ?? null),
    r.result.target,
    r.result.floor,
  ]);
  while (lines.length < chartTab.values.length - 1) lines.push([null, null, null, null]);
  const keys = INDICATOR_CHART_TAB.columns.map((c) => c.key);
  const wrote = rewriteColumns(chartTab, keys, 2, lines.length, (i, key) => lines[i][keys.indexOf(key)]);
  // Figures as they were: the chart drawn from them last time still shows them (three round
  // trips saved; a chart deleted by hand comes back with the next change of its figures).
  if (!wrote && !chartTab.created) return;
  const col = chartTab.columns.get("label") ?? 1;
  chartTab.sheet.setChart({
    title: t("chart.title"),
    row: 1,
    col,
    numRows: percent.length + 1,
    numCols: keys.length,
    anchorRow: 2,
    anchorCol: 6,
  });
}
