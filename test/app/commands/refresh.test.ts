import fc from "fast-check";
import { applyEdit } from "../../../src/app/commands/applyEdit";
import { refreshAll } from "../../../src/app/commands/refresh";
import { importPlanInto } from "../../../src/app/commands/importPlan";
import { setup } from "../../../src/app/commands/setup";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { DIRECTORY_TAB, PLAN_TAB } from "../../../src/core/workbook/layout";
import { MemoryStore, MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import type { AppPorts, CellValue } from "../../../src/ports";
import { seededPorts, seedPlan } from "../../helpers";

const TODAY = localDate(2024, 11, 20);
const seeded = () => seededPorts(TODAY);
const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
const plan = (p: { workbook: MemoryWorkbook }) => p.workbook.sheet(t("tab.plan")) as MemorySheet;
const rowOf = (p: { workbook: MemoryWorkbook }, id: string) =>
  plan(p)
    .readValues()
    .findIndex((r) => r[0] === id) + 1;
const messages = (p: AppPorts) => refreshAll(p, TODAY).problems.map((x) => x.message);

describe("refresh", () => {
  test("fills status, next due date, working days left and the check column for every row", () => {
    const p = seeded();
    const result = refreshAll(p, TODAY);
    expect(result.counts.overdue).toBe(19);
    const ws = plan(p);
    const i1 = rowOf(p, "A.I.1");
    expect([ws.get(i1, col("status")), ws.get(i1, col("nextDue")), ws.get(i1, col("daysLeft"))]).toEqual([
      "Quá hạn",
      localDate(2024, 11, 11),
      -7,
    ]);
    const vi4 = rowOf(p, "A.VI.4");
    expect(ws.get(vi4, col("status"))).toBe("Chưa có hạn");
    expect(ws.get(vi4, col("check"))).toBe(
      '• Tiến độ: Ngày 31/11/2024 không tồn tại (tháng 11 năm 2024 chỉ có 30 ngày); hãy đặt hạn bằng tay ở cột "Hạn tự đặt".',
    );
    expect(ws.notes.get(`${vi4},${col("timeline")}`)).toMatch(/^\[Kiểm tra\] Ngày 31\/11\/2024 không tồn tại/);
    expect(ws.get(rowOf(p, "B.1"), col("status"))).toBe("Thường xuyên");
  });

  test("installs the colour rules once, keeping a rule an officer added", () => {
    const p = seeded();
    refreshAll(p, TODAY);
    const ws = plan(p);
    const officerRule = {
      col: col("owner"),
      when: { textEquals: "Anh Minh" },
      background: "#cfe2f3",
      fontColor: "#000000",
    };
    ws.colourRules.push(officerRule);
    refreshAll(p, TODAY);
    refreshAll(p, TODAY);
    expect(ws.colourRules).toHaveLength(7);
    expect(ws.colourRules).toContainEqual(officerRule);
    expect(
      ws.colourRules.filter((r) => r.col === col("status")).map((r) => "textEquals" in r.when && r.when.textEquals),
    ).toEqual(["Quá hạn", "Sắp đến hạn", "Hoàn thành sớm hạn", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn"]);
    const legend = p.workbook.sheet(t("tab.legend")) as MemorySheet;
    expect(legend.readValues().map((r) => r[0])).toEqual([
      "Màu",
      "Quá hạn",
      "Sắp đến hạn",
      "Hoàn thành sớm hạn / Hoàn thành đúng hạn",
      "Hoàn thành trễ hạn",
      "Cần sửa",
    ]);
    expect(legend.backgrounds.get("2,1")).toBe("#f4c7c3");
  });

  test("keeps an officer's own note on a cell while adding and removing its own", () => {
    const p = seeded();
    const ws = plan(p);
    const r = rowOf(p, "A.II.1");
    ws.notes.set(`${r},${col("completedOn")}`, "Đã nộp bản giấy ngày 14/11");
    ws.type(r, col("progress"), "Hoàn thành");
    refreshAll(p, TODAY);
    expect(ws.notes.get(`${r},${col("completedOn")}`)).toBe(
      '[Kiểm tra] nhiệm vụ đã "Hoàn thành" nhưng chưa có ngày hoàn thành (chấm điểm CCHC cần ngày này).\nĐã nộp bản giấy ngày 14/11',
    );
    ws.type(r, col("completedOn"), localDate(2024, 11, 14));
    ws.type(r, col("evidence"), "https://drive.google.com/file/d/xyz");
    refreshAll(p, TODAY);
    expect(ws.notes.get(`${r},${col("completedOn")}`)).toBe("Đã nộp bản giấy ngày 14/11");
    expect(ws.get(r, col("status"))).toBe("Hoàn thành sớm hạn");
    expect(ws.get(r, col("check"))).toBeNull();
  });
});

describe("bad input gets a clear message naming tab, row and column", () => {
  test("an impossible date, text in a date column, a date in the future", () => {
    const p = seeded();
    const ws = plan(p);
    ws.type(rowOf(p, "A.I.2"), col("completedOn"), "31/11/2024");
    ws.type(rowOf(p, "A.I.3"), col("deadline"), "tuần sau");
    ws.type(rowOf(p, "A.I.4"), col("completedOn"), localDate(2024, 12, 25));
    ws.type(rowOf(p, "A.I.4"), col("progress"), "Hoàn thành");
    const all = messages(p);
    expect(all).toContain(
      `Trang "Kế hoạch", dòng ${rowOf(p, "A.I.2")}, cột "Ngày hoàn thành": "31/11/2024" không phải là ngày; hãy nhập ngày/tháng/năm, ví dụ 20/11/2024.`,
    );
    expect(all).toContain(
      `Trang "Kế hoạch", dòng ${rowOf(p, "A.I.3")}, cột "Hạn tự đặt": "tuần sau" không phải là ngày; hãy nhập ngày/tháng/năm, ví dụ 20/11/2024.`,
    );
    expect(all).toContain(
      `Trang "Kế hoạch", dòng ${rowOf(p, "A.I.4")}, cột "Ngày hoàn thành": ngày 25/12/2024 còn ở tương lai; ngày hoàn thành không thể sau hôm nay.`,
    );
    expect(ws.get(rowOf(p, "A.I.2"), col("completedOn"))).toBe("31/11/2024"); // kept as typed
  });

  test("an unknown role and a malformed email", () => {
    const p = seeded();
    plan(p).type(rowOf(p, "A.I.2"), col("lead"), "Công chức Văn phòng – Thống kê; Công chức Địa chính");
    const dir = p.workbook.sheet(t("tab.directory")) as MemorySheet;
    dir.type(2, DIRECTORY_TAB.columns.findIndex((c) => c.key === "email") + 1, "vanphong@gmail");
    const all = messages(p);
    expect(all).toContain(
      `Trang "Kế hoạch", dòng ${rowOf(p, "A.I.2")}, cột "Chủ trì": vai trò "Công chức Địa chính" không có trong trang "Danh bạ"; hãy sửa cách viết hoặc thêm vai trò vào Danh bạ.`,
    );
    expect(all).toContain(
      `Trang "Danh bạ", dòng 2, cột "Email": "vanphong@gmail" không phải địa chỉ email; ví dụ ten@gmail.com.`,
    );
  });

  test("an empty row in the middle, a row with data but no task, a merged cell, a 5,000-character cell", () => {
    const p = seeded();
    const ws = plan(p);
    ws.type(80, col("owner"), "Chị Lan"); // row 79 stays empty between the plan and this row
    ws.type(rowOf(p, "A.I.5"), col("notes"), "x".repeat(5000));
    ws.merges.push({ row: 10, col: col("owner"), numRows: 2, numCols: 1 });
    const result = refreshAll(p, TODAY);
    const all = result.problems.map((x) => x.message);
    expect(all).toContain(
      `Trang "Kế hoạch", dòng 80, cột "Nhiệm vụ": dòng có dữ liệu nhưng chưa có nhiệm vụ; hãy ghi nhiệm vụ hoặc xóa dòng.`,
    );
    expect(all).toContain(
      `Trang "Kế hoạch", dòng ${rowOf(p, "A.I.5")}, cột "Ghi chú, khó khăn": nội dung dài 5000 ký tự, quá 4000; hãy rút gọn hoặc đưa phần chi tiết vào tài liệu minh chứng.`,
    );
    expect(all).toContain(
      `Trang "Kế hoạch", dòng 10, cột "Người phụ trách": các ô ${String.fromCharCode(64 + col("owner"))}10:${String.fromCharCode(64 + col("owner"))}11 đang bị gộp; hãy bỏ gộp (Định dạng → Gộp ô → Hủy gộp) để mỗi ô một giá trị.`,
    );
    expect(result.notices.map((n) => t(n.key, n.params))).toContain(
      'Có 1 dòng trống giữa bảng "Kế hoạch" (dòng 79); không ảnh hưởng tới việc tính, có thể xóa.',
    );
    expect(ws.get(rowOf(p, "A.I.5"), col("notes"))).toBe("x".repeat(5000));
  });

  test("a completion log row for a task that does not exist, or a period no one can read", () => {
    const p = seeded();
    const log = p.workbook.sheet(t("tab.completions")) as MemorySheet;
    log.type(2, 1, "A.XX.1");
    log.type(2, 2, "2024-11");
    log.type(2, 3, localDate(2024, 11, 5));
    log.type(3, 1, "A.I.7");
    log.type(3, 2, "tháng mười");
    log.type(3, 3, localDate(2024, 11, 5));
    const all = messages(p);
    expect(all).toContain(
      'Trang "Hoàn thành theo kỳ", dòng 2, cột "Mã nhiệm vụ": mã nhiệm vụ "A.XX.1" không có trên trang "Kế hoạch".',
    );
    expect(all).toContain(
      'Trang "Hoàn thành theo kỳ", dòng 3, cột "Kỳ (2024-11, 2024-Q4, 2024-11-10)": kỳ "tháng mười" ' +
        "không rõ; ghi như 2024-11 (tháng), 2024-Q4 (quý), 2024-H1 (6 tháng), 2024 (năm) hoặc một ngày.",
    );
  });
});

describe("an officer's edit", () => {
  test("recomputes only the edited rows", () => {
    const p = seeded();
    refreshAll(p, TODAY);
    const ws = plan(p);
    const r = rowOf(p, "A.II.2");
    ws.type(r, col("progress"), "Hoàn thành");
    ws.type(r, col("completedOn"), localDate(2024, 11, 18));
    ws.type(r, col("evidence"), "https://drive.google.com/x");
    ws.type(rowOf(p, "A.II.3"), col("progress"), "Hoàn thành"); // another row, not in this edit
    const other = rowOf(p, "A.II.3");
    p.workbook.counter.reset();
    expect(applyEdit(p, { sheetName: "Kế hoạch", row: r, numRows: 1 }, TODAY)).toBe("rows");
    // The header and the edited row read, the computed cells written: nothing else touched.
    expect(p.workbook.counter.snapshotOf()).toEqual({ sheet: 1, readRows: 2, writeValues: 1 });
    expect(ws.get(r, col("status"))).toBe("Hoàn thành trễ hạn");
    expect(ws.get(other, col("status"))).toBe("Quá hạn");
  });

  test("a large plan keeps its edit context cached: an edit stays a rows-only update", () => {
    // 40 copies of the seed (3,080 tasks, 1,760 indicators): the cache must stay under the
    // 9 KB a document property holds, whatever the plan's size.
    const workbook = new MemoryWorkbook();
    const p = {
      workbook,
      store: new MemoryStore(),
      clock: { today: () => TODAY, timestamp: () => "" },
      user: { email: () => "" },
    };
    const seed = seedPlan();
    importPlanInto(p, {
      ...seed,
      tasks: Array.from({ length: 40 }, (_, k) => seed.tasks.map((x) => ({ ...x, id: `${x.id}.${k}` }))).flat(),
    });
    refreshAll(p, TODAY);
    expect(p.store.get("parPlan.context.v1")!.length).toBeGreaterThan(100);
    expect(applyEdit(p, { sheetName: "Kế hoạch", row: 5, numRows: 1 }, TODAY)).toBe("rows");
  });

  test("an edit to the settings refreshes everything; an edit elsewhere does nothing", () => {
    const p = seeded();
    refreshAll(p, TODAY);
    const settings = p.workbook.sheet(t("tab.settings")) as MemorySheet;
    const row = settings.readValues().findIndex((r) => r[0] === "dueSoonDays") + 1;
    settings.type(row, 2, "10");
    expect(applyEdit(p, { sheetName: "Cài đặt", row, numRows: 1 }, TODAY)).toBe("full");
    expect(plan(p).get(rowOf(p, "A.I.6"), col("status"))).toBe("Trong hạn");
    expect(plan(p).get(rowOf(p, "A.IV.1"), col("status"))).toBe("Sắp đến hạn");
    expect(applyEdit(p, { sheetName: "Trang tính riêng", row: 3, numRows: 1 }, TODAY)).toBe("ignored");
    expect(applyEdit(p, { sheetName: "Nhật ký", row: 3, numRows: 1 }, TODAY)).toBe("ignored");
  });

  test("a moved column is noticed before anything is written", () => {
    const p = seeded();
    refreshAll(p, TODAY);
    const ws = plan(p);
    // The officer inserted a column before "Tình trạng": every later column moved right by one.
    for (const line of ws.cells) line.splice(col("status") - 1, 0, null);
    ws.type(1, col("status"), "Cột mới của tôi");
    ws.type(5, col("status"), "giữ nguyên");
    expect(applyEdit(p, { sheetName: "Kế hoạch", row: 5, numRows: 1 }, TODAY)).toBe("full");
    expect(ws.get(5, col("status"))).toBe("giữ nguyên");
  });
});

describe("what a person typed survives", () => {
  test("property: any sequence of import, setup, check, refresh and edits leaves typed cells as typed", () => {
    const personCols = PLAN_TAB.columns.filter((c) => c.owner === "person").map((c) => col(c.key));
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ maxLength: 20 }).filter((s) => s.trim() !== ""),
      fc.constantFrom("Hoàn thành", "Đang thực hiện", "31/11/2024", "=SUM(A1:A3)", "- gạch đầu dòng", "https://x.vn/a"),
      fc.record({
        year: fc.constant(2024),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.integer({ min: -5, max: 5000 }),
    );
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("type" as const),
        row: fc.integer({ min: 2, max: 85 }),
        col: fc.constantFrom(...personCols),
        value,
      }),
      fc.constantFrom(
        { kind: "import" as const },
        { kind: "setup" as const },
        { kind: "refresh" as const },
        { kind: "edit" as const },
      ),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const p = seeded();
        const ws = plan(p);
        const typed = new Map<string, CellValue>();
        let lastRow = 2;
        for (const s of steps) {
          if (s.kind === "type") {
            ws.type(s.row, s.col, s.value);
            typed.set(`${s.row},${s.col}`, s.value);
            lastRow = s.row;
          } else if (s.kind === "import") importPlanInto(p, seedPlan());
          else if (s.kind === "setup") setup(p);
          else if (s.kind === "refresh") refreshAll(p, TODAY);
          else applyEdit(p, { sheetName: "Kế hoạch", row: lastRow, numRows: 1 }, TODAY);
        }
        refreshAll(p, TODAY);
        return [...typed].every(([key, v]) => {
          const [r, c] = key.split(",").map(Number);
          return JSON.stringify(ws.get(r, c)) === JSON.stringify(v);
        });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 30) },
    );
  });
});
