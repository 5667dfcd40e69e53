/**
 * A plan's extra columns ("Kinh phí", "Văn bản giao nhiệm vụ") shown in Kế hoạch: added after the
 * product's columns at import, headed as the plan heads them, filled where empty on re-import,
 * and never taken from a column a person made, whatever its header.
 */
import { readFileSync } from "node:fs";
import { importPlanInto, importTableInto } from "../../../src/app/commands/importPlan";
import { setup } from "../../../src/app/commands/setup";
import { extraKey } from "../../../src/app/write/extraColumns";
import { extraColumnMark, writeCells, WriteRefused } from "../../../src/app/write/writer";
import { t } from "../../../src/core/i18n/messages";
import { PLAN_TAB } from "../../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { readHtmlTables } from "../../../src/node/readers/html";
import type { AppPorts } from "../../../src/ports";
import { fixture, seedPlan } from "../../helpers";

type ImportPorts = Pick<AppPorts, "workbook" | "clock" | "user"> & { workbook: MemoryWorkbook };

const ports = (): ImportPorts => ({
  workbook: new MemoryWorkbook(),
  clock: { today: () => ({ year: 2025, month: 3, day: 1 }), timestamp: () => "2025-03-01 08:00:00" },
  user: { email: () => "van.phong@example.com" },
});

const table = () => readHtmlTables(readFileSync(fixture("extra-columns.html"), "utf8"));
const planTab = (wb: MemoryWorkbook) => wb.sheet(t("tab.plan")) as MemorySheet;
const LAYOUT = PLAN_TAB.columns.length;
const BUDGET = LAYOUT + 1;
const ASSIGNED_BY = LAYOUT + 2;
const column = (sheet: MemorySheet, col: number) =>
  sheet
    .readValues()
    .slice(1)
    .map((r) => r[col - 1] ?? "");

describe("a plan's extra columns in the plan tab", () => {
  test("are added after the product's columns, headed and marked as the plan's, their texts in row order", () => {
    const p = ports();
    const { outcome } = importTableInto(p, table());
    const sheet = planTab(p.workbook);
    expect(sheet.readValues()[0]).toEqual([
      ...PLAN_TAB.columns.map((c) => t(c.header)),
      "Kinh phí",
      "Văn bản giao nhiệm vụ",
    ]);
    expect(column(sheet, 1)).toEqual(["I.1", "I.2", "II.1"]);
    expect(column(sheet, BUDGET)).toEqual(["Ngân sách xã", "", "Nguồn chi thường xuyên"]);
    expect(column(sheet, ASSIGNED_BY)).toEqual(["Quyết định số 12/QĐ-UBND", "Công văn số 45/UBND-VP", ""]);
    expect(sheet.readNotes(1, ASSIGNED_BY)[0].slice(LAYOUT)).toEqual([
      extraColumnMark("Kinh phí"),
      extraColumnMark("Văn bản giao nhiệm vụ"),
    ]);
    expect(sheet.wrapped.has(BUDGET) && sheet.wrapped.has(ASSIGNED_BY)).toBe(true);
    expect(outcome.warnings).toEqual([]);
  });

  test("the seed, which has none, imports as before: the layout's header only, no note on it", () => {
    const p = ports();
    importPlanInto(p, seedPlan());
    const sheet = planTab(p.workbook);
    expect(sheet.readValues()[0]).toEqual(PLAN_TAB.columns.map((c) => t(c.header)));
    expect(sheet.readNotes(1, LAYOUT)[0].every((n) => n === "")).toBe(true);
  });

  test("re-import fills an emptied cell, keeps a changed one (named by the plan's header) and adds no column", () => {
    const p = ports();
    importTableInto(p, table());
    const sheet = planTab(p.workbook);
    sheet.type(2, BUDGET, "Ngân sách tỉnh hỗ trợ");
    sheet.type(3, ASSIGNED_BY, null);
    const { outcome } = importTableInto(p, table());
    expect(column(sheet, BUDGET)).toEqual(["Ngân sách tỉnh hỗ trợ", "", "Nguồn chi thường xuyên"]);
    expect(column(sheet, ASSIGNED_BY)).toEqual(["Quyết định số 12/QĐ-UBND", "Công văn số 45/UBND-VP", ""]);
    expect(outcome.conflicts.map((m) => m.params)).toEqual([{ row: 2, column: "Kinh phí" }]);
    expect(outcome.filled).toBe(1);
    expect(sheet.readValues()[0]).toHaveLength(ASSIGNED_BY);
  });

  test("a person's column headed like one is never written: before the import it blocks that column, after it is left alone", () => {
    const p = ports();
    importPlanInto(p, seedPlan());
    const sheet = planTab(p.workbook);
    // A column of the officer's own, headed as the plan heads one of its columns.
    sheet.type(1, BUDGET, "Kinh phí");
    sheet.type(2, BUDGET, "tự ghi");
    const { outcome } = importTableInto(p, table());
    expect(outcome.warnings.map((m) => m.key)).toEqual(["import.extraColumnClash"]);
    expect(outcome.warnings[0].params).toMatchObject({ column: "Kinh phí", at: "V" });
    expect(sheet.readValues()[0].slice(LAYOUT)).toEqual(["Kinh phí", "Văn bản giao nhiệm vụ"]);
    expect(column(sheet, BUDGET).slice(0, 1)).toEqual(["tự ghi"]);
    expect(column(sheet, BUDGET).slice(77)).toEqual(["", "", ""]);
    // After: another lookalike at the end; only the product's marked column is written.
    sheet.type(1, ASSIGNED_BY + 1, "Văn bản giao nhiệm vụ");
    sheet.type(78, ASSIGNED_BY, null);
    const again = importTableInto(p, table()).outcome;
    expect(again.warnings.map((m) => m.key)).toEqual(["import.extraColumnClash"]);
    expect(column(sheet, ASSIGNED_BY).slice(77)).toEqual(["Quyết định số 12/QĐ-UBND", "Công văn số 45/UBND-VP", ""]);
    expect(column(sheet, ASSIGNED_BY + 1).every((v) => v === "")).toBe(true);
  });

  test("a marked column copied by a person: neither copy is written", () => {
    const p = ports();
    importTableInto(p, table());
    const sheet = planTab(p.workbook);
    sheet.type(1, ASSIGNED_BY + 1, "Kinh phí");
    sheet.writeNotes(1, ASSIGNED_BY + 1, [[extraColumnMark("Kinh phí")]]);
    sheet.type(3, BUDGET, null);
    const { outcome } = importTableInto(p, table());
    expect(outcome.warnings.map((m) => m.key)).toEqual(["import.extraColumnTwice"]);
    expect(sheet.get(3, BUDGET)).toBeNull();
    expect(sheet.get(3, ASSIGNED_BY + 1)).toBeNull();
  });

  test("the writer refuses a column claimed as an extra whose header cell lacks the product's mark", () => {
    const p = ports();
    importTableInto(p, table());
    const sheet = planTab(p.workbook);
    sheet.writeNotes(1, BUDGET, [["ghi chú của tôi"]]);
    const tab = setup(p).tabs.plan;
    const claimed = {
      ...tab,
      columns: new Map([...tab.columns, [extraKey("Kinh phí"), BUDGET]]),
      extras: { headers: new Map([[BUDGET, "Kinh phí"]]), notes: sheet.readNotes(1, ASSIGNED_BY)[0] },
    };
    expect(() => writeCells(claimed, 2, BUDGET, [["x"]])).toThrow(WriteRefused);
    expect(sheet.get(2, BUDGET)).toBe("Ngân sách xã");
  });
});
