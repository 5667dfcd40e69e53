import { legendLines } from "../../core/workbook/colours";
import { LEGEND_TAB } from "../../core/workbook/layout";
import type { WorkbookPort } from "../../ports";
import { openTab } from "./structure";
import { writeBackgrounds, rewriteColumns } from "./writer";

/**
 * Rewrites the legend tab: a swatch and its meaning per colour. Each column is painted on its
 * own, where the product's header is: a column a person inserted between the two, or beside
 * them, keeps its cells and its colours. Nothing is written when the legend's words are already
 * there (a refresh then costs the legend one read).
 */
export function writeLegend(workbook: WorkbookPort): void {
  const legend = openTab(workbook, LEGEND_TAB, false);
  const lines = legendLines();
  const cell = (i: number, key: string) => (key === "colour" ? lines[i].label : lines[i].meaning);
  // The swatches are painted with their words: words already there were painted last time.
  if (!rewriteColumns(legend, ["colour", "meaning"], 2, lines.length, cell)) return;
  writeBackgrounds(
    legend,
    2,
    legend.columns.get("colour")!,
    lines.map((l) => [l.background]),
  );
  writeBackgrounds(
    legend,
    2,
    legend.columns.get("meaning")!,
    lines.map(() => ["#ffffff"]),
  );
}
