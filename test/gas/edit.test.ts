import { PLAN_TAB } from "../../src/core/workbook/layout";
import { seedClipboard } from "./clipboard";
import { createRuntime, loadBundle, type Runtime } from "./runtime";

type Handler = (...args: unknown[]) => unknown;
const NOW = new Date("2024-11-20T01:00:00Z"); // 08:00 on 20/11/2024 in Vietnam
const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;

function boot(copies = 1): { runtime: Runtime; global: Record<string, Handler> } {
  const runtime = createRuntime({ now: NOW });
  const global = loadBundle(runtime) as Record<string, Handler>;
  runtime.spreadsheet.active.paste(1, 1, seedClipboard(copies));
  global.menuImportFromSheet();
  runtime.spreadsheet.active = runtime.spreadsheet.tab("Kế hoạch");
  return { runtime, global };
}

/** What Apps Script hands onEdit: the edited range and the spreadsheet. */
const edit = (runtime: Runtime, sheet: string, row: number, column: number, numRows = 1, numCols = 1) => ({
  range: runtime.spreadsheet.tab(sheet).range(row, column, numRows, numCols),
  source: runtime.spreadsheet.proxy,
  authMode: "LIMITED",
});

const rowOf = (runtime: Runtime, id: string) =>
  runtime.spreadsheet
    .tab("Kế hoạch")
    .grid()
    .findIndex((r) => r[0] === id) + 1;

describe("Kiểm tra dữ liệu and Cập nhật trạng thái in Sheets", () => {
  test("cost the same service calls for the seed as for a plan ten times its size", () => {
    const cost = (copies: number, handler: string) => {
      const { runtime, global } = boot(copies);
      global.menuRefresh(); // the first run creates the legend and the colour rules
      // Blank the computed statuses, so what the measured run writes shows in the sheet.
      const plan = runtime.spreadsheet.tab("Kế hoạch");
      const rows = plan.getLastRow();
      for (let r = 2; r <= rows; r++) plan.type(r, col("status"), "");
      const dialogs = runtime.ui.dialogs.length;
      runtime.calls.reset();
      global[handler]();
      const calls = runtime.calls.snapshot();
      const total = runtime.calls.total();
      const statuses = plan
        .grid()
        .slice(1)
        .map((r) => r[col("status") - 1]);
      return { rows, calls, total, statuses, answers: runtime.ui.dialogs.slice(dialogs).map((d) => d.message) };
    };
    const overdue = (statuses: unknown[]) => statuses.filter((s) => s === "Quá hạn").length;
    for (const handler of ["menuRefresh", "menuCheck"]) {
      const small = cost(1, handler);
      const large = cost(10, handler);
      expect([small.rows, large.rows]).toEqual([78, 771]);
      expect(large.calls).toEqual(small.calls);
      // The cheap run did the work: every row has its status again, and the answer says so.
      for (const run of [small, large]) expect(run.statuses.filter((s) => s === "" || s === null)).toEqual([]);
      expect([overdue(small.statuses), overdue(large.statuses)]).toEqual([19, 190]);
      expect(small.answers).toHaveLength(1);
      expect(large.answers).toHaveLength(1);
      if (handler === "menuRefresh") {
        expect(small.answers[0]).toBe(
          "Đã cập nhật 77 nhiệm vụ ngày 20/11/2024: 19 quá hạn, 1 sắp đến hạn, 10 vấn đề cần sửa.",
        );
        expect(large.answers[0]).toMatch(/^Đã cập nhật 770 nhiệm vụ ngày 20\/11\/2024: 190 quá hạn, 10 sắp đến hạn, /);
      } else {
        expect(small.answers[0]).toMatch(/^Đã kiểm tra 77 dòng: 10 vấn đề cần sửa\./);
        expect(large.answers[0]).toMatch(/^Đã kiểm tra 770 dòng: /);
      }
      // computed block, legend, indicators' computed block, plan ratios, chart data, log, Tổng hợp
      expect(small.calls["Range.setValues"]).toBeLessThanOrEqual(7);
      expect(small.total).toBeLessThan(120);
    }
  });

  test("refresh writes the statuses of 20/11/2024 and says how many are late", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    expect(runtime.ui.dialogs.at(-1)?.message).toBe(
      "Đã cập nhật 77 nhiệm vụ ngày 20/11/2024: 19 quá hạn, 1 sắp đến hạn, 10 vấn đề cần sửa.",
    );
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const row = rowOf(runtime, "A.I.1");
    expect(plan.cellAt(row, col("status")).value).toBe("Quá hạn");
    expect(plan.range(row, col("nextDue")).getDisplayValue()).toBe("11/11/2024");
    expect(plan.cellAt(row, col("daysLeft")).value).toBe(-7);
    const statusRules = plan.conditionalRules.filter((r) => r.ranges[0].col === col("status"));
    expect(statusRules.map((r) => [r.condition.values[0], r.condition.background])).toEqual([
      ["Quá hạn", "#f4c7c3"],
      ["Sắp đến hạn", "#fce8b2"],
      ["Hoàn thành sớm hạn", "#b7e1cd"],
      ["Hoàn thành đúng hạn", "#b7e1cd"],
      ["Hoàn thành trễ hạn", "#f9cb9c"],
    ]);
    expect(runtime.spreadsheet.tab("Chú giải").grid().length).toBe(6);
    global.menuRefresh();
    const charts = runtime.spreadsheet.tab("Biểu đồ chỉ số").charts;
    expect(charts).toHaveLength(1); // kept, not piled up
    expect([charts[0].type, charts[0].options.title, charts[0].ranges[0].getA1Notation()]).toEqual([
      "BAR",
      "Kết quả mới nhất so với chỉ tiêu và mức tối thiểu (%)",
      "A1:D37",
    ]); // 36 percent indicators and the header
    const indicators = runtime.spreadsheet.tab("Chỉ số");
    expect(indicators.conditionalRules.map((r) => r.condition.values[0])).toEqual([
      "Đạt",
      "Đạt mức tối thiểu",
      "Chưa đạt",
    ]);
  });

  test("Kiểm tra dữ liệu shows the counts by kind of problem", () => {
    const { runtime, global } = boot();
    runtime.spreadsheet.tab("Kế hoạch").type(rowOf(runtime, "A.I.2"), col("completedOn"), "'hôm qua");
    global.menuCheck();
    const message = runtime.ui.dialogs.at(-1)!.message;
    expect(message).toMatch(
      /^Đã kiểm tra 77 dòng: 11 vấn đề cần sửa\.\n- Email sai hoặc còn thiếu: 8\n- Ngày không hợp lệ: 1\n- Tiến độ cần người xem lại: 1\n- Chỉ số cần sửa \(mốc, đơn vị, chỉ tiêu\): 1\n/,
    );
    expect(message).toContain(
      `• Trang "Kế hoạch", dòng ${rowOf(runtime, "A.I.2")}, cột "Ngày hoàn thành": "hôm qua" không phải là ngày`,
    );
  });
});

describe("onEdit", () => {
  test("one edited cell: the row's status and checks change, in a handful of calls", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const row = rowOf(runtime, "A.II.1");
    plan.type(row, col("progress"), "Hoàn thành");
    runtime.calls.reset();
    global.onEdit(edit(runtime, "Kế hoạch", row, col("progress")));
    const calls = runtime.calls.total();
    expect(calls).toBeLessThanOrEqual(20);
    expect(runtime.calls.of("Range.getValues")).toBe(2);
    expect(runtime.calls.of("Range.setValues")).toBe(1);
    expect(plan.cellAt(row, col("status")).value).toBe("Hoàn thành đúng hạn");
    expect(plan.cellAt(row, col("check")).value).toMatch(/chưa có ngày hoàn thành[\s\S]*chưa có đường dẫn minh chứng/);
    expect(plan.cellAt(row, col("completedOn")).note).toMatch(/^\[Kiểm tra\]/);
  });

  test("costs the same on a plan ten times the size", () => {
    const cost = (copies: number) => {
      const { runtime, global } = boot(copies);
      global.menuRefresh();
      const plan = runtime.spreadsheet.tab("Kế hoạch");
      const computed = () => [
        plan.cellAt(5, col("status")).value,
        plan.range(5, col("nextDue")).getDisplayValue(),
        plan.cellAt(5, col("daysLeft")).value,
      ];
      const refreshed = computed();
      // Blank the row's computed cells, so what the edit writes shows in the sheet.
      for (const key of ["status", "nextDue", "daysLeft"]) plan.type(5, col(key), "");
      plan.type(5, col("owner"), "Chị Hoa");
      runtime.calls.reset();
      global.onEdit(edit(runtime, "Kế hoạch", 5, col("owner")));
      const calls = runtime.calls.snapshot();
      return { calls, refreshed, edited: computed(), owner: plan.cellAt(5, col("owner")).value };
    };
    const small = cost(1);
    const large = cost(10);
    expect(large.calls).toEqual(small.calls);
    // The edit re-computed the row (both row 5s are overdue tasks) and kept what was typed.
    for (const run of [small, large]) {
      expect(run.refreshed[0]).toBe("Quá hạn");
      expect(run.edited).toEqual(run.refreshed);
      expect(run.owner).toBe("Chị Hoa");
    }
  });

  test("a multi-cell paste re-checks every pasted row", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    for (let r = 10; r <= 14; r++) plan.type(r, col("deadline"), "'01/12/2024");
    global.onEdit(edit(runtime, "Kế hoạch", 10, col("deadline"), 5, 1));
    for (let r = 10; r <= 14; r++) expect(plan.cellAt(r, col("status")).value).toBe("Trong hạn");
    expect(plan.cellAt(15, col("status")).value).not.toBe("Trong hạn");
  });

  test("rows inserted and deleted by officers: computed cells follow their rows", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    plan.insertRowsAfter(10, 1);
    plan.type(11, col("id"), "A.X.1");
    plan.type(11, col("task"), "Tổ chức đối thoại với người dân");
    plan.type(11, col("timeline"), "Trước ngày 29/11/2024");
    global.onEdit(edit(runtime, "Kế hoạch", 11, col("timeline")));
    expect(plan.cellAt(11, col("status")).value).toBe("Trong hạn");
    const idBelow = plan.cellAt(12, col("id")).value;
    plan.deleteRow(5);
    global.onEdit(edit(runtime, "Kế hoạch", 11, col("notes")));
    expect(plan.cellAt(11, col("id")).value).toBe(idBelow);
    global.menuRefresh();
    expect(plan.cellAt(10, col("id")).value).toBe("A.X.1");
    expect(plan.cellAt(10, col("status")).value).toBe("Trong hạn");
  });

  test("an edit on a tab the add-on does not track costs two calls and changes nothing", () => {
    const { runtime, global } = boot();
    const before = runtime.spreadsheet.sheets.map((s) => [s.name, s.grid()]);
    const dialogs = runtime.ui.dialogs.length;
    runtime.spreadsheet.tab("Trang tính1").type(3, 2, "ghi chú riêng");
    runtime.calls.reset();
    global.onEdit(edit(runtime, "Trang tính1", 3, 2));
    expect(runtime.calls.total()).toBe(2); // Range.getSheet, Sheet.getName
    // Nothing else changed: every other tab as it was, the typed cell kept, no dialog.
    const after = runtime.spreadsheet.sheets.map((s) => [s.name, s.grid()]);
    expect(after.filter(([name]) => name !== "Trang tính1")).toEqual(before.filter(([name]) => name !== "Trang tính1"));
    expect(runtime.spreadsheet.tab("Trang tính1").cellAt(3, 2).value).toBe("ghi chú riêng");
    expect(runtime.ui.dialogs).toHaveLength(dialogs);
  });

  test("an edit on Cài đặt re-reads the settings and refreshes every row", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const settings = runtime.spreadsheet.tab("Cài đặt");
    const row = settings.grid().findIndex((r) => r[0] === "dueSoonDays") + 1;
    settings.type(row, 2, 10);
    global.onEdit(edit(runtime, "Cài đặt", row, 2));
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    expect(plan.cellAt(rowOf(runtime, "A.IV.1"), col("status")).value).toBe("Sắp đến hạn");
  });

  test("two officers editing the same row: each run reads the sheet, so neither edit is lost", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const row = rowOf(runtime, "A.II.5");
    // Both edits land before either onEdit runs; the runs are serialised by the lock.
    plan.type(row, col("progress"), "Hoàn thành");
    plan.type(row, col("completedOn"), new Date("2024-11-13T17:00:00Z"));
    const first = edit(runtime, "Kế hoạch", row, col("progress"));
    const second = edit(runtime, "Kế hoạch", row, col("completedOn"));
    global.onEdit(first);
    global.onEdit(second);
    expect(plan.cellAt(row, col("status")).value).toBe("Hoàn thành sớm hạn");
    expect(String(plan.cellAt(row, col("check")).value)).toMatch(/minh chứng/);
    expect(runtime.locks.document.held).toBe(false);
  });

  test("while the lock is held elsewhere the edit says the row waits, keeps what was typed, and the next refresh catches up", () => {
    const { runtime, global } = boot();
    global.menuRefresh();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const row = rowOf(runtime, "A.II.4");
    plan.type(row, col("deadline"), "30/11/2024");
    runtime.locks.document.heldElsewhere = true;
    runtime.run("onEdit", "simple", edit(runtime, "Kế hoạch", row, col("deadline")));
    expect(plan.cellAt(row, col("status")).value).toMatch(/^Chờ cập nhật/);
    expect(plan.range(row, col("deadline")).getDisplayValue()).toBe("30/11/2024");
    runtime.locks.document.heldElsewhere = false;
    global.menuRefresh();
    expect(plan.cellAt(row, col("status")).value).toBe("Trong hạn");
  });
});
