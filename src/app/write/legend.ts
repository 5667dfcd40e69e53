import { legendLines } from "../../core/workbook/colours";
import { LEGEND_TAB } from "../../core/workbook/layout";
import type { WorkbookPort } from "../../ports";
import { openTab } from "./structure";
import { writeBackgrounds, writeColumns } from "./writer";

/**
 * Rewrites the legend tab: a swatch and its meaning per colour. Each column is painted on its
 * own, where the product's header is: a column a person inserted between the two, or beside
 * them, keeps its cells and its colours.
 */
export function writeLegend(workbook: WorkbookPort): void {
  const legend = openTab(workbook, LEGEND_TAB, false);
  const lines = legendLines();
  const cell = (i: number, key: string) => (key === "colour" ? lines[i].label : lines[i].meaning);
  writeColumns(legend, ["colour", "meaning"], 2, lines.length, cell);
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
