import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readSummaryGrid } from "../../src/core/summary/grid";
import { SUMMARY_TAB_NAME } from "../../src/core/summary/schema";
import type { CellValue } from "../../src/core/workbook/cells";
import { ROOT } from "../helpers";

const CLI = join(ROOT, "dist", "cli", "cli.js");

test("npm start's .xlsx carries Tổng hợp, read back by the schema's reader as the roll-up reads it", async () => {
  const out = mkdtempSync(join(tmpdir(), "par-summary-"));
  const r = spawnSync(process.execPath, [CLI, "start", "--out", out], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  expect(r.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, "bang-theo-doi.xlsx"));
  const ws = wb.getWorksheet(SUMMARY_TAB_NAME)!;
  const grid: CellValue[][] = [];
  ws.eachRow((row, n) => {
    grid[n - 1] = Array.from({ length: ws.columnCount }, (_, c) => (row.getCell(c + 1).value as CellValue) ?? null);
  });
  const reading = readSummaryGrid(Array.from(grid, (row) => row ?? []));
  expect(reading.ok).toBe(true);
  if (!reading.ok) return;
  expect(reading.summary).toMatchObject({
    commune: "Đại Lãnh",
    year: 2024,
    asOf: { year: 2024, month: 11, day: 20 },
    tasks: 77,
    // start makes the November report after its refresh: the summary names it.
    lastReport: { period: "2024-11" },
  });
  // Made on the day the command ran (the log line's time), whatever reference date it used.
  const log = wb.getWorksheet("Nhật ký")!;
  const made = log.getColumn(1).values.filter((_, n) => log.getCell(n, 3).value === "Báo cáo");
  const [year, month, day] = String(made.at(-1)).slice(0, 10).split("-").map(Number);
  expect(reading.summary.lastReport?.generatedOn).toEqual({ year, month, day });
  expect(reading.summary.byStatus.overdue).toBe(19);
  expect(reading.summary.indicators.length).toBeGreaterThan(40);
  // The ISO date is text in a text-formatted cell: Excel shows it as written.
  const asOf = grid.findIndex((row) => row[0] === "asOf") + 1;
  expect(ws.getCell(asOf, 3).value).toBe("2024-11-20");
  expect(ws.getCell(asOf, 3).numFmt).toBe("@");
  expect(ws.getCell(1, 1).font?.bold).toBe(true);
  expect(ws.getCell(1, 1).note).toBeTruthy();
});
