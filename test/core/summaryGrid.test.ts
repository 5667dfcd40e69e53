import { readSummaryGrid, summaryGrid } from "../../src/core/summary/grid";
import { SUMMARY_SCHEMA_ID, type CommuneSummary } from "../../src/core/summary/schema";
import type { CellValue } from "../../src/core/workbook/cells";

const SUMMARY: CommuneSummary = {
  version: 1,
  commune: "Đại Lãnh",
  plan: "Kế hoạch cải thiện Chỉ số CCHC năm 2024",
  year: 2024,
  asOf: { year: 2024, month: 11, day: 20 },
  tasks: 77,
  byStatus: {
    overdue: 19,
    dueSoon: 2,
    onTrack: 30,
    doneEarly: 1,
    doneOnTime: 2,
    doneLate: 1,
    continuous: 12,
    waitingEvent: 6,
    noDeadline: 4,
  },
  onTimeRate: 75,
  evidenceRate: 100,
  overdueTasks: ["A.I.7", "A.II.3"],
  lastReport: { period: "2024-10", generatedOn: { year: 2024, month: 10, day: 20 } },
  indicators: [
    {
      id: "1",
      name: "Tỷ lệ hồ sơ giải quyết đúng hạn",
      unit: "percent",
      value: 92.5,
      period: "2024-10",
      target: 100,
      floor: 90,
      status: "metFloor",
    },
    {
      id: "2",
      name: "Số buổi hướng dẫn",
      unit: "perWeek",
      value: null,
      period: null,
      target: 2,
      floor: null,
      status: "noData",
    },
  ],
};

describe("the summary tab's grid", () => {
  it("reads back what it wrote, whole", () => {
    expect(readSummaryGrid(summaryGrid(SUMMARY))).toEqual({ ok: true, summary: SUMMARY });
  });

  it("starts with its versioned schema and labels each row in Vietnamese", () => {
    const grid = summaryGrid(SUMMARY);
    expect(grid[1].slice(0, 3)).toEqual(["schema", "Lược đồ", SUMMARY_SCHEMA_ID]);
    expect(grid.find((r) => r[0] === "status.overdue")?.slice(1, 3)).toEqual(["Quá hạn", 19]);
    expect(grid.find((r) => r[0] === "indicator")?.slice(6, 8)).toEqual(["%", "Đạt mức tối thiểu"]);
    expect(new Set(grid.map((r) => r.length)).size).toBe(1);
  });

  it("reads what a spreadsheet made of the cells: dates, numbers typed as text, rows moved", () => {
    const grid: CellValue[][] = summaryGrid(SUMMARY).map((row) =>
      row[0] === "asOf"
        ? [row[0], row[1], { year: 2024, month: 11, day: 20 }]
        : row[0] === "tasks"
          ? [row[0], row[1], "77"]
          : row,
    );
    const moved = [grid[0], ...grid.slice(1).reverse(), ["ghi chú", "do người dùng thêm", "x"]];
    const read = readSummaryGrid(moved);
    expect(read.ok && read.summary.tasks).toBe(77);
    expect(read.ok && read.summary.asOf).toEqual({ year: 2024, month: 11, day: 20 });
  });

  it("names a tab that is not a summary, another version, and a wrong field with its row", () => {
    expect(readSummaryGrid([["Tên", "Giá trị"]])).toEqual({ ok: false, problem: "noSchema" });
    const grid = summaryGrid(SUMMARY);
    const v2 = grid.map((r) => (r[0] === "schema" ? [r[0], r[1], "par-summary/2"] : r));
    expect(readSummaryGrid(v2)).toEqual({ ok: false, problem: "otherVersion", version: "par-summary/2" });
    const bad = grid.map((r) => (r[0] === "tasks" ? [r[0], r[1], "bảy mươi"] : r));
    const row = grid.findIndex((r) => r[0] === "tasks") + 1;
    expect(readSummaryGrid(bad)).toEqual({ ok: false, problem: "badField", field: "tasks", row });
    const noCommune = grid.filter((r) => r[0] !== "commune");
    expect(readSummaryGrid(noCommune)).toEqual({ ok: false, problem: "badField", field: "commune", row: null });
  });

  it("lists at most 100 overdue ids in its cell", () => {
    const many = { ...SUMMARY, overdueTasks: Array.from({ length: 250 }, (_, i) => `A.${i}`) };
    const read = readSummaryGrid(summaryGrid(many));
    expect(read.ok && read.summary.overdueTasks.length).toBe(100);
  });
});
