/**
 * How an .xlsx's cells read (issue 17): the same typed-value rules as the Sheets adapter
 * (core/workbook/typedValue.ts), over values as Excel, LibreOffice and Google's download store them.
 */
import ExcelJS from "exceljs";
import { formatKind, serialDate, typedValue } from "../../src/core/workbook/typedValue";
import { loadXlsx } from "../../src/node/xlsxWorkbook";
import { setup } from "../../src/app/commands/setup";
import { refreshAll } from "../../src/app/commands/refresh";
import { writeXlsx } from "../../src/node/xlsx";
import { MemoryStore, type MemoryWorkbook } from "../../src/memory/memoryWorkbook";
import { NO_DOCUMENTS, NO_MAILER } from "../../src/memory/none";
import { REFERENCE_DATE, seededPorts } from "../helpers";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ports = (workbook: MemoryWorkbook) => ({
  workbook,
  store: new MemoryStore(),
  clock: { today: () => REFERENCE_DATE, timestamp: () => "2024-11-20 08:00:00" },
  user: { email: () => "" },
  documents: NO_DOCUMENTS,
  mailer: NO_MAILER,
});

describe("typed values, one set of rules", () => {
  test("format kinds, with Excel's bracketed codes ignored", () => {
    expect(formatKind("0%")).toBe("percent");
    expect(formatKind("dd/mm/yyyy")).toBe("date");
    expect(formatKind("DD/MM/YYYY")).toBe("date");
    expect(formatKind("[$-42A]dd/mm/yyyy")).toBe("date");
    expect(formatKind("[Red]0.00")).toBe("other");
    expect(formatKind("h:mm")).toBe("time");
    expect(formatKind("[h]:mm")).toBe("time");
    expect(formatKind("mm/yyyy")).toBe("month");
    expect(formatKind('0 "ngày"')).toBe("other");
  });

  test("a serial number under a date format is that day; a percentage and a time show as typed only with formats", () => {
    expect(typedValue(45616, "dd/mm/yyyy", false)).toEqual({ year: 2024, month: 11, day: 20 });
    expect(serialDate(45616.75).time()).toBe("18:00");
    expect(typedValue(0.3333333333333333, "h:mm", true)).toBe("8:00");
    expect(typedValue(0.9, "0%", true)).toBe("90%");
    expect(typedValue(0.9, "0%", false)).toBe(0.9);
    expect(typedValue("45", "@", true)).toBe("45");
    expect(typedValue("", "General", true)).toBeNull();
    expect(typedValue(true, "General", true)).toBe(true);
  });
});

/** A tracking workbook as Google's File → Download → .xlsx writes it (see README: what is assumed). */
async function googleStyleExport(): Promise<Buffer> {
  const { workbook } = seededPorts();
  refreshAll(ports(workbook), REFERENCE_DATE);
  const file = join(mkdtempSync(join(tmpdir(), "par-gx-")), "ours.xlsx");
  await writeXlsx(workbook, file);
  const ours = new ExcelJS.Workbook();
  await ours.xlsx.readFile(file);
  // Google writes values and its own styles, none of ours: dates as serial numbers under
  // "dd/mm/yyyy", no number formats of the product's, no column formats.
  const google = new ExcelJS.Workbook();
  for (const ws of ours.worksheets) {
    const out = google.addWorksheet(ws.name);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value;
        const target = out.getCell(r, c);
        if (v instanceof Date) {
          target.value = v.getTime() / 86_400_000 + 25569;
          target.numFmt = "dd/mm/yyyy";
        } else target.value = v;
      }),
    );
  }
  const plan = google.getWorksheet("Kế hoạch")!;
  const row = plan.getRow(3); // A.I.2
  row.getCell(13).value = { richText: [{ text: "Hoàn " }, { text: "thành", font: { bold: true } }] };
  row.getCell(14).value = 45601; // 05/11/2024 as a serial
  row.getCell(14).numFmt = "dd/mm/yyyy";
  row.getCell(15).value = { text: "Biên bản", hyperlink: "https://drive.google.com/file/d/x/view" };
  // A formula whose result is an error, in a date column: a problem named, not a crash.
  plan.getCell(9, 14).value = { formula: "1/0", result: { error: "#DIV/0!" } };
  plan.getCell(9, 13).value = { formula: '"Hoàn thành"', result: "Hoàn thành" };
  plan.getCell(9, 15).value = "https://drive.google.com/file/d/y/view";
  // A merged block over two officers' cells.
  plan.mergeCells("K10:L10");
  plan.getCell("K10").value = "Chị Lan";
  const figures = google.getWorksheet("Số liệu chỉ số")!;
  figures.getRow(2).values = ["A.I.2#1", "2024-Q3", null, null, 0.35];
  figures.getCell(2, 5).numFmt = "0%";
  return Buffer.from(await google.xlsx.writeBuffer({ useSharedStrings: false } as never));
}

describe("a workbook downloaded from Google Sheets", () => {
  test("reads dates as days, rich text as text, a link in Minh chứng as its address, a % figure as typed", async () => {
    const { workbook } = await loadXlsx(await googleStyleExport());
    const plan = workbook.sheet("Kế hoạch")!;
    expect(plan.get(3, 13)).toBe("Hoàn thành");
    expect(plan.get(3, 14)).toEqual({ year: 2024, month: 11, day: 5 });
    expect(plan.get(3, 15)).toBe("https://drive.google.com/file/d/x/view");
    expect(plan.get(9, 14)).toBe("#DIV/0!");
    expect(plan.get(10, 12)).toBeNull();
    expect(plan.mergedBlocks()).toEqual([{ row: 10, col: 11, numRows: 1, numCols: 2 }]);
    const figures = workbook.sheet("Số liệu chỉ số")!;
    expect(figures.readValues()[1][4]).toBe(0.35);
    expect(figures.readValues({ withFormats: true })[1][4]).toBe("35%");
  });

  test("continues: the done task counts, the error and the merged cells are named in Cần sửa", async () => {
    const { workbook } = await loadXlsx(await googleStyleExport());
    setup(ports(workbook));
    const result = refreshAll(ports(workbook), REFERENCE_DATE);
    expect(result.counts.doneLate).toBe(1);
    const plan = workbook.sheet("Kế hoạch")!;
    const check = (row: number) => String(plan.get(row, 20) ?? "");
    expect(check(9)).not.toBe("");
    expect(check(10)).toMatch(/gộp/i);
  });
});
