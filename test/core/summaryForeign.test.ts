import { foreignCell } from "../../src/core/summary/foreign";
import { summaryGrid, summaryHeader } from "../../src/core/summary/grid";
import type { CommuneSummary } from "../../src/core/summary/schema";
import { STATUSES } from "../../src/core/status/statuses";
import type { CellValue } from "../../src/core/workbook/cells";

const indicator = (id: string): CommuneSummary["indicators"][number] => ({
  id,
  name: `Chỉ số ${id}`,
  unit: "percent",
  value: 90,
  period: "2024-10",
  target: 100,
  floor: 80,
  status: "metFloor",
});
/** A small commune: every status 0 but one overdue, one on track, one done on time. */
const byStatus = { ...Object.fromEntries(STATUSES.map((x) => [x.key, 0])), overdue: 1, onTrack: 1, doneOnTime: 1 };
const SUMMARY: CommuneSummary = {
  ...{ version: 1, commune: "Đại Lãnh", plan: "Kế hoạch", year: 2024, asOf: { year: 2024, month: 11, day: 20 } },
  tasks: 3,
  byStatus: byStatus as CommuneSummary["byStatus"],
  ...{ onTimeRate: 100, evidenceRate: null, overdueTasks: ["A.1"], lastReport: null },
  indicators: [indicator("1"), indicator("2")],
};
const edit = (grid: CellValue[][], row: number, col: number, v: CellValue) =>
  grid.map((r, i) => (i === row - 1 ? Object.assign([...r], { [col - 1]: v }) : r));

describe("what a person typed in Tổng hợp", () => {
  const grid = summaryGrid(SUMMARY);

  it("is nothing in a tab as the product writes it, whatever its figures and number of indicators", () => {
    const other = summaryGrid({ ...SUMMARY, tasks: 9, commune: "", indicators: [indicator("3")] });
    expect(foreignCell(other, grid)).toBeNull();
    expect(foreignCell(grid, summaryGrid({ ...SUMMARY, indicators: [] }))).toBeNull();
    expect(foreignCell([], grid)).toBeNull();
    expect(foreignCell([summaryHeader()], grid)).toBeNull();
    const v2 = grid.map((r) => (r[0] === "schema" ? [r[0], r[1], "par-summary/2", "x"] : r));
    expect(foreignCell(v2, grid)).toBeNull();
  });

  it("names the first cell the product would not have written", () => {
    expect(foreignCell(edit(grid, 3, 2, "Phường"), grid)).toBe("B3");
    expect(foreignCell(edit(grid, 5, 6, "ghi chú"), grid)).toBe("F5");
    expect(foreignCell(edit(grid, 2, 10, "x"), grid)).toBe("J2");
    expect(foreignCell([...grid, ["ghi chú"]], grid)).toBe(`A${grid.length + 1}`);
    expect(foreignCell(edit(grid, 1, 1, "Mã"), grid)).toBe("A1");
  });
});
