import { t } from "../../core/i18n/messages";
import { computedColumns, INDICATORS_TAB, PLAN_STATS_TAB } from "../../core/workbook/layout";
import type { CellValue, WorkbookPort } from "../../ports";
import type { PlacedProblem } from "../read/check";
import type { IndicatorRow, ScopeRatios } from "../read/indicators";
import type { OpenTab } from "../read/tabs";
import { openTab } from "./structure";
import { rewriteColumns } from "./writer";

/** Figures as the tabs show them: one decimal. */
export const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** The indicators tab's columns a refresh rewrites. */
const COMPUTED = computedColumns(INDICATORS_TAB, "refresh");

/**
 * Writes the indicators tab's computed columns (one write per run): each indicator's latest
 * figure, the target that applies, its assessment and change, and what is wrong in its row.
 */
export function writeIndicatorCells(
  tab: OpenTab,
  results: readonly IndicatorRow[],
  placed: readonly PlacedProblem[],
): void {
  const byRow = new Map(results.map((r) => [r.row, r]));
  const problemsByRow = new Map<number, string[]>();
  for (const p of placed) problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p.problem]);
  const lines = tab.values.slice(1).map((_, i): Record<string, CellValue> => {
    const r = byRow.get(i + 2);
    const own = problemsByRow.get(i + 2) ?? [];
    return r
      ? {
          latestPeriod: r.result.latest?.period ?? null,
          latestValue: round(r.result.latest?.value ?? null),
          appliesTarget: r.result.target,
          status: t(`indicator.${r.result.status}`),
          change: round(r.result.change),
          check: own.length ? own.map((p) => `• ${p}`).join("\n") : null,
        }
      : {};
  });
  rewriteColumns(tab, COMPUTED, 2, lines.length, (i, key) => (key in lines[i] ? lines[i][key] : null));
}

/** Rewrites the plan ratios tab, one row per scope; rows left from a longer list (sections removed) are blanked. */
export function writePlanStats(workbook: WorkbookPort, scopes: readonly ScopeRatios[]): void {
  const stats = openTab(workbook, PLAN_STATS_TAB, false);
  const lines: CellValue[][] = scopes.map(({ scope, ratios: r }) => [
    scope,
    r.tasks,
    r.done,
    round(r.donePct),
    round(r.onTimePct),
    round(r.overduePct),
    round(r.evidencePct),
  ]);
  while (lines.length < stats.values.length - 1) lines.push([null, null, null, null, null, null, null]);
  const keys = PLAN_STATS_TAB.columns.map((c) => c.key);
  rewriteColumns(stats, keys, 2, lines.length, (i, key) => lines[i][keys.indexOf(key)]);
}
