/**
 * `start --workbook`: a tracking workbook kept offline (Excel, LibreOffice, Google's download)
 * continued with the same commands as the sheet (issue 17).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT, fixture } from "../helpers";

const CLI = join(ROOT, "dist", "cli", "cli.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

const PLAN = "Kế hoạch";
const COMPLETIONS = "Hoàn thành theo kỳ";
const FIGURES = "Số liệu chỉ số";
const ADDED_TAB = "Theo dõi riêng";
/** The plan tab's columns a person fills (Người phụ trách … Ghi chú), and one a person added. */
const PERSON_COLUMNS = [11, 12, 13, 14, 15, 16, 22];

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const link = (id: string) => `https://drive.google.com/file/d/${id.replace(/\./g, "-")}/view`;
/** The example: A.I.2 (due 30/09/2024) done late on 05/11, A.II.1 and A.II.2 (due 15/11) before it. */
const THREE_DONE: Record<string, string> = { "A.I.2": "2024-11-05", "A.II.1": "2024-11-12", "A.II.2": "2024-11-14" };

/** Marks tasks done as an officer does in Excel: Trạng thái, the date (a date cell), the evidence as a link. */
function markDone(wb: ExcelJS.Workbook, done: Record<string, string>): void {
  wb.getWorksheet(PLAN)!.eachRow((row) => {
    const id = String(row.getCell(1).value);
    if (!done[id]) return;
    row.getCell(13).value = "Hoàn thành";
    row.getCell(14).value = utc(done[id]);
    row.getCell(14).numFmt = "dd/mm/yyyy";
    row.getCell(15).value = { text: `Báo cáo ${id}`, hyperlink: link(id) };
  });
}

/** The rest of what a commune types offline: occurrences, figures, a note, its own column and tab. */
function typeTheRest(wb: ExcelJS.Workbook): void {
  const completions = wb.getWorksheet(COMPLETIONS)!;
  [
    ["2024-Q1", "2024-03-01"],
    ["2024-Q2", "2024-06-01"],
    ["2024-Q3", "2024-09-02"],
  ].forEach(([period, day], i) => {
    const row = completions.getRow(i + 2);
    row.getCell(1).value = "A.I.4";
    row.getCell(2).value = period;
    row.getCell(3).value = utc(day);
    row.getCell(3).numFmt = "dd/mm/yyyy";
    row.getCell(4).value = link(`A.I.4-${period}`);
  });
  const figures = wb.getWorksheet(FIGURES)!;
  // Typed "35%" in Excel: the fraction 0.35 under a percent format.
  figures.getRow(2).values = ["A.I.2#1", "2024-Q3", null, null, 0.35, "Báo cáo kiểm tra"];
  figures.getCell(2, 5).numFmt = "0%";
  // Numbers stored as text (a green triangle in Excel): 45 of 50.
  figures.getRow(3).values = ["A.VIII.4#1", "2024-10", "45", "50", null, "Khảo sát SIPAS"];
  const plan = wb.getWorksheet(PLAN)!;
  plan.getCell(1, 22).value = "Ghi chú của xã";
  plan.getCell(3, 22).value = { richText: [{ text: "Đã " }, { font: { bold: true }, text: "họp" }] };
  plan.getCell(3, 22).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  plan.getCell(4, 16).value = "Chờ ý kiến huyện";
  const own = wb.addWorksheet(ADDED_TAB);
  own.getRow(1).values = ["Việc", "Ngày", "Xong"];
  own.getRow(2).values = ["Họp dân", utc("2024-11-02"), true];
  own.getCell(2, 2).numFmt = "dd/mm/yyyy";
  own.getCell(3, 1).value = { formula: 'A2&" (lần 2)"', result: "Họp dân (lần 2)" };
}

/** Every cell of the given columns (all when none given), as stored: what a person typed. */
function typedCells(ws: ExcelJS.Worksheet, columns?: readonly number[]): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (columns && !columns.includes(c)) return;
      if (cell.value !== null) cells[`${r},${c}`] = cell.value;
    }),
  );
  return cells;
}

async function expectTypedCellsKept(edited: string, written: string): Promise<void> {
  const [before, after] = [await open(edited), await open(written)];
  for (const [name, columns] of [
    [PLAN, PERSON_COLUMNS],
    [COMPLETIONS, undefined],
    [FIGURES, undefined],
    [ADDED_TAB, undefined],
    ["Danh bạ", [3, 4, 5, 6]],
  ] as const) {
    const typed = typedCells(before.getWorksheet(name)!, columns);
    expect(Object.keys(typed).length).toBeGreaterThan(0);
    expect(typedCells(after.getWorksheet(name)!, columns)).toEqual(typed);
  }
  // A date stays a date (not its text, not a serial number), on the same day in any zone.
  const done = after.getWorksheet(PLAN)!.getCell(3, 14).value;
  expect(done).toEqual(utc("2024-11-05"));
  expect(after.getWorksheet(PLAN)!.getCell(3, 15).value).toEqual({ text: "Báo cáo A.I.2", hyperlink: link("A.I.2") });
  expect(after.getWorksheet(FIGURES)!.getCell(2, 5).numFmt).toBe("0%");
  expect(after.getWorksheet(PLAN)!.getCell(3, 22).fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
}

/** The report's section between two headings, as text. */
function section(html: string, from: string, to: string): string {
  const start = html.indexOf(`<h2>${from}`);
  const end = html.indexOf(`<h2>${to}`, start);
  expect(start).toBeGreaterThan(0);
  return html.slice(start, end);
}

let base: string;
beforeAll(() => {
  base = tmp("par-wb-base-");
  expect(run("start", "--out", base).status).toBe(0);
});

async function edited(edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await open(join(base, "bang-theo-doi.xlsx"));
  edit(wb);
  const file = join(tmp("par-wb-edit-"), "edited.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("start --workbook", () => {
  test("the issue's three tasks: 3 done (A.I.2 late), 16 overdue, the report lists them with their links", async () => {
    const file = await edited((wb) => markDone(wb, THREE_DONE));
    const out = tmp("par-wb-out-");
    const r = run("start", "--workbook", file, "--today", "2024-11-20", "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Quá hạn\s+16\n/);
    expect(r.stdout).toMatch(/Hoàn thành sớm hạn\s+2\n/);
    expect(r.stdout).toMatch(/Hoàn thành trễ hạn\s+1\n/);
    expect(r.stdout).toMatch(/3\/77 nhiệm vụ đã hoàn thành/);
    const html = readFileSync(join(out, "bao-cao-2024-11.html"), "utf8");
    const done = section(html, "II.", "III.");
    for (const id of Object.keys(THREE_DONE)) expect(done).toContain(`<a href="${link(id)}">`);
    expect(section(html, "III.", "IV.")).toMatch(/QUÁ HẠN \(16\)/);
    const wb = await open(join(out, "bang-theo-doi.xlsx"));
    const a12 = wb.getWorksheet(PLAN)!.getRow(3);
    expect([a12.getCell(1).value, a12.getCell(17).value]).toEqual(["A.I.2", "Hoàn thành trễ hạn"]);
    expect(readdirSync(join(out, "outbox")).length).toBeGreaterThan(0);
  });

  test("occurrences, figures, notes and a commune's own column and tab: counted, reported, kept as typed", async () => {
    const file = await edited((wb) => {
      markDone(wb, THREE_DONE);
      typeTheRest(wb);
    });
    const out = tmp("par-wb-out-");
    const r = run("start", "--workbook", file, "--today", "2024-11-20", "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // A.I.4's three quarters logged: no longer overdue.
    expect(r.stdout).toMatch(/Quá hạn\s+15\n/);
    expect(r.stdout).toMatch(/A\.I\.2#1 .* 35 {2}Đạt/);
    expect(r.stdout).toMatch(/A\.VIII\.4#1 .* 90 {2}Đạt/);
    const html = readFileSync(join(out, "bao-cao-2024-11.html"), "utf8");
    const figures = section(html, "IV.", "V.");
    expect(figures).toMatch(/tối thiểu 30% số công chức xã trong năm 2024<\/td><td>≥ 30%<\/td><td>35%<\/td><td>Đạt/);
    expect(figures).toMatch(/Chỉ số hài lòng của xã trong năm 2024<\/td><td>≥ 87%<\/td><td>90%<\/td><td>Đạt/);
    await expectTypedCellsKept(file, join(out, "bang-theo-doi.xlsx"));
  });

  test("the product's own rules are written again: dropdowns, colour rules, frozen header", async () => {
    const file = await edited((wb) => markDone(wb, THREE_DONE));
    const out = tmp("par-wb-out-");
    expect(run("start", "--workbook", file, "--out", out).status).toBe(0);
    const ws = (await open(join(out, "bang-theo-doi.xlsx"))).getWorksheet(PLAN)!;
    expect(ws.getCell("M2").dataValidation).toMatchObject({ type: "list" });
    const rules = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(rules.map((r) => r.ref)).toContain("Q2:Q1000");
    expect(ws.getCell(2, 17).value).toBe("Quá hạn");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("never writes over the file read unless --in-place; --in-place does", async () => {
    const dir = tmp("par-wb-inplace-");
    const file = join(dir, "bang-theo-doi.xlsx");
    copyFileSync(await edited((wb) => markDone(wb, THREE_DONE)), file);
    const before = statSync(file).mtimeMs;
    const refused = run("start", "--workbook", file, "--out", dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--in-place/);
    expect(statSync(file).mtimeMs).toBe(before);
    const r = run("start", "--workbook", file, "--out", dir, "--in-place");
    expect(r.status).toBe(0);
    const ws = (await open(file)).getWorksheet(PLAN)!;
    expect(ws.getCell(3, 17).value).toBe("Hoàn thành trễ hạn");
  });

  test("--plan given a tracking workbook says --workbook is meant; --workbook takes only an .xlsx", async () => {
    const file = await edited((wb) => markDone(wb, THREE_DONE));
    const r = run("start", "--plan", file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/là một bảng theo dõi.*dùng --workbook/);
    const plan = run("start", "--workbook", fixture("other-commune.html"));
    expect(plan.status).toBe(1);
    expect(plan.stderr).toMatch(/phải là tệp \.xlsx/);
  });

  test("the same through the CLI: npm run cli -- start --workbook", async () => {
    const file = await edited((wb) => markDone(wb, THREE_DONE));
    const out = tmp("par-wb-out-");
    const r = spawnSync("npm", ["run", "--silent", "cli", "--", "start", "--workbook", file, "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Quá hạn\s+16\n/);
    expect(existsSync(join(out, "bang-theo-doi.xlsx"))).toBe(true);
  });
});
