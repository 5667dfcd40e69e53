import { readSummaryGrid } from "../../src/core/summary/grid";
import { SUMMARY_TAB_NAME } from "../../src/core/summary/schema";
import { createRuntime, loadBundle, type Runtime } from "./runtime";

type Handler = (...args: unknown[]) => unknown;
const NOW = new Date("2024-11-20T01:00:00Z"); // 08:00 on 20/11/2024 in Vietnam

function boot(): { runtime: Runtime; global: Record<string, Handler> } {
  const runtime = createRuntime({ now: NOW });
  const global = loadBundle(runtime) as Record<string, Handler>;
  global.menuImportSamplePlan();
  return { runtime, global };
}

/** What the province's roll-up does with a commune's sheet: open it by id, one read of the tab. */
function readAsProvince(runtime: Runtime): unknown[][] {
  const app = runtime.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.openById(runtime.spreadsheet.getId()).getSheetByName(SUMMARY_TAB_NAME)!.getDataRange().getValues();
}

describe("Tổng hợp in Sheets", () => {
  test("a refresh writes it in one block the province reads back in one read, dates kept as text", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    runtime.calls.reset();
    const values = readAsProvince(runtime);
    expect(runtime.calls.of("Range.getValues")).toBe(1);
    const reading = readSummaryGrid(values as never);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.summary).toMatchObject({ commune: "Đại Lãnh", year: 2024, tasks: 77 });
    expect(reading.summary.byStatus.overdue).toBe(19);
    expect(reading.summary.overdueTasks).toHaveLength(19);
    // Sheets would have made a date of "2024-11-20": it is the schema's ISO text, in a plain-text column.
    const tab = runtime.spreadsheet.tab(SUMMARY_TAB_NAME);
    const asOf = values.findIndex((r) => r[0] === "asOf") + 1;
    expect(tab.cellAt(asOf, 3).value).toBe("2024-11-20");
    expect(tab.formatAt(asOf, 3)).toBe("@");
    expect(tab.cellAt(1, 1).fontWeight).toBe("bold");
    expect(tab.cellAt(1, 1).note).toMatch(/không được giữ/);
    expect(tab.frozenRows).toBe(1);
    expect(tab.widths.get(2)).toBe(320);
  });

  test("a refresh rewrites it in one write and formats nothing once the tab exists", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    runtime.calls.reset();
    global.menuRefresh();
    const calls = runtime.calls.snapshot();
    // At most 7 writes: the plan's computed block, legend, indicators, plan ratios, chart data, log, Tổng hợp.
    expect(calls["Range.setValues"]).toBeLessThanOrEqual(7);
    for (const format of ["Sheet.setColumnWidth", "Sheet.setColumnWidths", "Sheet.setFrozenRows", "Range.setNotes"])
      expect(calls[format] ?? 0).toBe(0);
  });

  test("a report rewrites it with the report just made; a person's typing there is rewritten and logged", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const tab = runtime.spreadsheet.tab(SUMMARY_TAB_NAME);
    const overdue = tab.grid().findIndex((r) => r[0] === "status.overdue") + 1;
    tab.type(overdue, 5, "đã báo cáo miệng");
    runtime.ui.answers.push({ button: "OK", text: "2024-11" });
    global.menuReport();
    const reading = readSummaryGrid(readAsProvince(runtime) as never);
    expect(reading.ok && reading.summary.lastReport).toEqual({
      period: "2024-11",
      generatedOn: { year: 2024, month: 11, day: 20 },
    });
    expect(tab.cellAt(overdue, 5).value).toBe("");
    const log = runtime.spreadsheet.tab("Nhật ký").grid();
    expect(log.filter((r) => r[2] === "Tổng hợp").map((r) => r[3])).toEqual([
      `Trang "Tổng hợp" có nội dung khác với bản phần mềm ghi lần trước (từ ô E${overdue}); đã ghi lại toàn bộ. ` +
        "Trang này chỉ để tổng hợp, nội dung gõ vào đó không được giữ.",
    ]);
  });

  test("an edit in it is ignored by the edit trigger", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const tab = runtime.spreadsheet.tab(SUMMARY_TAB_NAME);
    tab.type(3, 3, "Xã khác");
    runtime.calls.reset();
    global.onEdit({ range: tab.range(3, 3), source: runtime.spreadsheet.proxy, authMode: "LIMITED" });
    expect(runtime.calls.total()).toBe(2); // Range.getSheet, Sheet.getName
  });
});
