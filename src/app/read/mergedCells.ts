import { a1, place, type PlacedProblem } from "./check";
import type { OpenTab } from "./tabs";

/**
 * Merged cells hide values from the rows they span: each block is named at its top-left cell.
 * One read per tab (the merged blocks are not among the values).
 */
export function readMergedCells(tabs: readonly OpenTab[]): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  for (const tab of tabs) {
    for (const block of tab.sheet.mergedBlocks()) {
      const column = [...tab.columns].find(([, c]) => c === block.col)?.[0] ?? "";
      const cells = { [column]: a1(block) };
      problems.push(place(tab.spec, block.row, cells, { column, code: "check.merged" }));
    }
  }
  return problems;
}
