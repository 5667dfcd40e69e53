/**
 * Careless officers and sheet accidents, through Code.js in the strict runtime: nothing lost,
 * nothing hangs, every mistake named.
 */
import fc from "fast-check";
import { DIRECTORY_TAB, PLAN_TAB } from "../../src/core/workbook/layout";
import { seedClipboard } from "./clipboard";
import { createRuntime, loadBundle, type Runtime } from "./runtime";
import { dateFromParts } from "./typing";

const colOf = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;

function boot(now: Date): Runtime {
  const runtime = createRuntime({ now });
  loadBundle(runtime);
  runtime.spreadsheet.active.paste(1, 1, seedClipboard());
  runtime.run("menuImportFromSheet", "menu");
  const directory = runtime.spreadsheet.tab("Danh bạ");
  directory.grid().forEach((_, i) => {
    if (i > 0) directory.type(i + 1, colOf(DIRECTORY_TAB, "email"), `role${i}@dailanh.gov.vn`);
  });
  return runtime;
}

describe("time", () => {
  test("the daily trigger's today is Vietnam's, whatever zone the sheet was left in", () => {
    // 07:30 on Monday 18/11/2024 in Vietnam; still Sunday afternoon in California.
    const runtime = boot(new Date("2024-11-18T00:30:00Z"));
    runtime.spreadsheet.setSpreadsheetTimeZone("America/Los_Angeles");
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent.length).toBeGreaterThan(0);
    expect(runtime.mail.sent.map((m) => m.subject).join("\n")).toContain("18/11/2024");
  });

  test("and on a Sunday in Vietnam nobody is mailed, though it is still Saturday in California", () => {
    const runtime = boot(new Date("2024-11-17T00:30:00Z"));
    runtime.spreadsheet.setSpreadsheetTimeZone("America/Los_Angeles");
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent).toHaveLength(0);
  });
});

describe("dates from year 1 to 9999", () => {
  test("a date far from today is named in Cần sửa and not computed with; one nearby is used; what was typed stays", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    runtime.run("menuRefresh", "menu");
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const col = (key: string) => colOf(PLAN_TAB, key);
    const row = plan.grid().findIndex((r) => r[0] === "A.V.1") + 1; // "Trong năm 2024": due 31/12/2024
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const typed = dateFromParts(y, m, d, 0, 0, 0, "Asia/Ho_Chi_Minh");
          plan.type(row, col("deadline"), typed);
          runtime.run("onEdit", "simple", {
            range: plan.range(row, col("deadline")),
            source: runtime.spreadsheet.proxy,
            authMode: "LIMITED",
          });
          const check = String(plan.cellAt(row, col("check")).value);
          const far = Math.abs(y - 2024) > 10;
          expect(check.includes("cách hôm nay hơn 10 năm")).toBe(far);
          expect((plan.cellAt(row, col("deadline")).value as Date).getTime()).toBe(typed.getTime());
          if (far) expect(plan.range(row, col("nextDue")).getDisplayValue()).toBe("31/12/2024");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("addresses", () => {
  test("a directory cell the check flags is mailed to nobody, not even its valid part", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    const directory = runtime.spreadsheet.tab("Danh bạ");
    const emailCol = colOf(DIRECTORY_TAB, "email");
    runtime.fire("dailyDigest");
    const everyone = runtime.mail.sent.map((m) => m.to);
    const victim = everyone.find((to) => to !== "role1@dailanh.gov.vn" && /^role\d+@/.test(to))!;
    const row = directory.grid().findIndex((r) => r[emailCol - 1] === victim) + 1;
    // Another day; a typo in that officer's cell, with an extra address.
    const next = createRuntime({ now: new Date("2024-11-21T01:00:00Z") });
    Object.assign(next.spreadsheet, { sheets: runtime.spreadsheet.sheets });
    for (const s of runtime.spreadsheet.sheets) Object.assign(s, { spreadsheet: next.spreadsheet });
    loadBundle(next);
    directory.type(row, emailCol, `${victim}; phong.noivu@huyen`);
    next.run("menuCheck", "menu");
    expect(directory.cellAt(row, emailCol).note).toContain("[Kiểm tra]");
    next.fire("dailyDigest");
    const to = next.mail.sent.map((m) => m.to);
    expect(to).not.toContain(victim);
    expect(to.join(",")).not.toContain("phong.noivu@huyen");
    expect(to.length).toBeGreaterThan(0); // the others are still mailed
  });
});

describe("the digest's own records", () => {
  test("a damaged sent-today record is reset with a line in Nhật ký, and the morning's mail still goes", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    runtime.properties.document.setProperty("digest.sent.v2.day", "2024-11-20");
    runtime.properties.document.setProperty("digest.sent.v2.n", "1");
    runtime.properties.document.setProperty("digest.sent.v2.0", '["role1@dailanh.gov.vn",');
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent.length).toBeGreaterThan(0);
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log).toContain(
      "Bản ghi thư đã gửi hôm nay bị hỏng và đã được làm mới; có thể có người nhận hai thư hôm nay.",
    );
    // And the record is whole again: a second run the same morning sends nothing twice.
    const first = runtime.mail.sent.length;
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent.length).toBe(first);
  });
});

describe("sheet accidents and columns that look like the product's", () => {
  const planCol = (key: string) => colOf(PLAN_TAB, key);

  test.each(["tinh trang", "Status", "TÌNH TRẠNG", "Tình trạng (ghi chú riêng)", "Cần sửa gấp"])(
    "an officer's column headed %p is never written by refresh or import",
    (header) => {
      const runtime = boot(new Date("2024-11-20T01:00:00Z"));
      runtime.run("menuRefresh", "menu");
      const plan = runtime.spreadsheet.tab("Kế hoạch");
      plan.insertColumnsAfter(1, 1);
      plan.type(1, 2, header);
      const rows = plan.grid().length;
      for (let r = 2; r <= rows; r++) plan.type(r, 2, `ghi chú ${r}`);
      runtime.run("menuRefresh", "menu");
      runtime.run("menuImportSamplePlan", "menu");
      for (let r = 2; r <= rows; r++) expect(plan.cellAt(r, 2).value).toBe(`ghi chú ${r}`);
      expect(plan.cellAt(1, 2).value).toBe(header);
      // And the product's own status column still got the statuses.
      const status = plan.grid()[0].indexOf("Tình trạng") + 1;
      expect(plan.grid().filter((r) => r[status - 1] === "Quá hạn")).toHaveLength(19);
    },
  );

  test("a second column with the product's exact header: every action stops, names both columns, writes nothing", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    runtime.run("menuRefresh", "menu");
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    plan.insertColumnsAfter(1, 1);
    plan.type(1, 2, "Tình trạng");
    plan.type(2, 2, "việc của tôi");
    const before = plan.grid();
    runtime.run("menuRefresh", "menu");
    expect(runtime.ui.dialogs.at(-1)?.message).toBe(
      'Trang "Kế hoạch" có nhiều cột tên "Tình trạng" (cột B, R): tiện ích không biết cột nào là của ' +
        "mình nên dừng, không ghi gì. Hãy đổi tên cột do người thêm vào rồi chạy lại.",
    );
    expect(plan.grid()).toEqual(before);
    runtime.run("onEdit", "simple", {
      range: plan.range(2, 2),
      source: runtime.spreadsheet.proxy,
      authMode: "LIMITED",
    });
    expect(plan.grid()).toEqual(before);
    expect(runtime.spreadsheet.toasts.at(-1)).toContain('có nhiều cột tên "Tình trạng"');
  });

  test("the header row deleted: refresh and a re-import stop; no task is doubled", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    plan.deleteRow(1);
    const before = plan.grid();
    runtime.run("menuImportSamplePlan", "menu");
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/^Trang "Kế hoạch" không còn dòng tiêu đề/);
    runtime.run("menuRefresh", "menu");
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/^Trang "Kế hoạch" không còn dòng tiêu đề/);
    expect(plan.grid()).toEqual(before);
  });

  test("a column officers fill, renamed: no finished task flips to overdue, nobody is mailed from the half sheet, Nhật ký says why", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const row = plan.grid().findIndex((r) => r[0] === "A.II.1") + 1;
    plan.type(row, planCol("progress"), "Hoàn thành");
    plan.type(row, planCol("completedOn"), "12/11/2024");
    plan.type(row, planCol("evidence"), "https://dailanh.gov.vn/vb/1");
    runtime.run("menuRefresh", "menu");
    expect(plan.cellAt(row, planCol("status")).value).toBe("Hoàn thành sớm hạn");
    plan.type(1, planCol("completedOn"), "Ngày xong");
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent).toHaveLength(0);
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log.at(-1)).toBe(
      'Trang "Kế hoạch" không còn cột "Ngày hoàn thành" (có lẽ đã bị đổi tên hoặc xoá). Tiện ích dừng ' +
        'để không tính sai hay gửi nhắc việc sai. Hãy đặt lại tên cột như cũ, hoặc chạy "Khởi tạo bảng ' +
        'theo dõi" để thêm cột mới.',
    );
    expect(plan.cellAt(row, planCol("status")).value).toBe("Hoàn thành sớm hạn");
  });

  test("the plan tab renamed: the digest sends nothing and says why; a refresh makes no empty plan tab", () => {
    const runtime = boot(new Date("2024-11-20T01:00:00Z"));
    runtime.spreadsheet.tab("Kế hoạch").setName("Kế hoạch 2024");
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent).toHaveLength(0);
    expect(
      runtime.spreadsheet
        .tab("Nhật ký")
        .grid()
        .map((r) => String(r[3]))
        .at(-1),
    ).toMatch(/^Không tìm thấy trang "Kế hoạch"/);
    runtime.run("menuRefresh", "menu");
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/^Không tìm thấy trang "Kế hoạch"/);
    expect(runtime.spreadsheet.sheets.map((s) => s.name)).not.toContain("Kế hoạch");
  });
});

describe("settings", () => {
  test("a cut-off day of -3 is named in Cần sửa of Cài đặt with the default used, and the report says the 20th", () => {
    const runtime = boot(new Date("2024-11-25T01:00:00Z"));
    const settings = runtime.spreadsheet.tab("Cài đặt");
    const header = settings.grid()[0].map(String);
    const row = settings.grid().findIndex((r) => r[0] === "reportCutoffDay") + 1;
    settings.type(row, header.indexOf("Giá trị") + 1, "-3");
    runtime.run("menuCheck", "menu");
    const check =
      header.indexOf("Cần sửa") >= 0
        ? header.indexOf("Cần sửa") + 1
        : settings.grid()[0].map(String).indexOf("Cần sửa") + 1;
    expect(check).toBeGreaterThan(0);
    expect(settings.cellAt(row, check).value).toBe(
      '"-3" không phải ngày chốt hợp lệ; ghi một số từ 1 đến 28. Đang dùng giá trị mặc định: 20.',
    );
    expect(settings.cellAt(row, header.indexOf("Giá trị") + 1).value).toBe("-3"); // what was typed stays
    runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" });
    runtime.run("menuReport", "menu");
    expect(runtime.drive.files.at(-1)?.sourceHtml).toContain("ngày 20 tháng 11 năm 2024");
    expect(runtime.drive.files.at(-1)?.sourceHtml).not.toContain("ngày -3");
    // Corrected, the cell is cleared at the next refresh.
    settings.type(row, header.indexOf("Giá trị") + 1, "18");
    runtime.run("menuRefresh", "menu");
    expect(settings.cellAt(row, check).value).toBe("");
  });
});
