import * as acorn from "acorn";
import { readFileSync } from "node:fs";
import * as entry from "../../src/gas/main";
import { MENU } from "../../src/gas/menu";
import { seedClipboard } from "./clipboard";
import { BUNDLE, createRuntime, loadBundle, type Runtime } from "./runtime";

const code = readFileSync(BUNDLE, "utf8");
type Handler = (...args: unknown[]) => unknown;

function boot(runtime = createRuntime()): { runtime: Runtime; global: Record<string, Handler> } {
  const global = loadBundle(runtime, code) as Record<string, Handler>;
  return { runtime, global };
}

/** The seed's appendix table as an officer pastes it from Word into a tab. */
function pasteSeed(runtime: Runtime, copies = 1): void {
  runtime.spreadsheet.active.paste(1, 1, seedClipboard(copies));
}

describe("the built bundle, loaded as Apps Script loads it", () => {
  test("parses as one classic ES2020 script with no import or export", () => {
    const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" });
    expect(ast.body.some((n) => n.type.startsWith("Import") || n.type.startsWith("Export"))).toBe(false);
    expect(() => acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
  });

  test("declares every export of the entry module as a top-level function, and nothing else", () => {
    const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" });
    const functions = ast.body
      .filter((n): n is acorn.FunctionDeclaration => n.type === "FunctionDeclaration")
      .map((n) => n.id.name)
      .sort();
    expect(functions).toEqual(Object.keys(entry).sort());
    expect(functions).toEqual(
      expect.arrayContaining([
        "onOpen",
        "onInstall",
        "onEdit",
        "menuSetup",
        "menuImportFromSheet",
        "menuImportSamplePlan",
        "menuRefresh",
        "menuCheck",
        "menuReport",
        "doGet",
        "menuRotateLinkSecret",
      ]),
    );
  });

  test("stays small: Apps Script loads the whole bundle on every click, edit and trigger", () => {
    // ~471 K characters now: ~104 K the embedded plan, ~70 K the message catalogue, ~30 K
    // zod/mini, the rest the product (the pages' server side and guards of issue 14 added ~60 K,
    // reading any plan's table and deadlines in issue 15 ~25 K). The ceiling is there to catch a
    // dependency that blows the bundle up, not the product's growth: the classic zod entry, or zod
    // re-exported as a namespace, would add hundreds of KB (it once took Code.js from 128 to 796 KB).
    expect(code.length).toBeLessThan(520 * 1024);
    expect(code).not.toMatch(/ZodEffects|ZodDiscriminatedUnion/);
  });

  test("calls no service while loading, and needs no code generation from strings", () => {
    const { runtime, global } = boot();
    expect(runtime.calls.total()).toBe(0);
    for (const name of Object.keys(entry)) expect(typeof global[name]).toBe("function");
  });

  test("onOpen builds the menu, and every item names a top-level function that exists", () => {
    const { runtime, global } = boot();
    runtime.run("onOpen", "simple", { authMode: "LIMITED" }); // a script bound to the sheet
    expect(runtime.ui.menus).toHaveLength(1);
    const menu = runtime.ui.menus[0];
    expect(menu.name).toBe("Kế hoạch CCHC");
    expect(menu.addedToUi).toBe(true);
    const items = menu.items.filter((i): i is { label: string; functionName: string } => i !== "separator");
    expect(items.map((i) => i.label)).toEqual([
      "Bảng điều khiển",
      "Cập nhật trạng thái",
      "Kiểm tra dữ liệu",
      "Tạo báo cáo",
      "Bật nhắc việc hằng ngày",
      "Tắt nhắc việc",
      "Gửi thử cho tôi",
      "Đổi khoá liên kết",
      "Khởi tạo bảng theo dõi",
      "Nhập kế hoạch từ trang tính này",
      "Nhập kế hoạch mẫu (xã Đại Lãnh 2024)",
      "Kiểm tra cài đặt",
    ]);
    for (const item of items) expect(typeof global[item.functionName]).toBe("function");
    expect(items.map((i) => i.functionName)).toEqual(MENU.filter(Boolean).map((i) => i!.handler));
    // A simple trigger: only the Ui, and the question whether this is an add-on (no scope needed).
    expect(
      Object.keys(runtime.calls.snapshot()).every((k) =>
        /^(SpreadsheetApp\.getUi|Ui\.|Menu\.|ScriptApp\.getInstallationSource)/.test(k),
      ),
    ).toBe(true);
  });

  test("menuSetup creates the tracking tabs and says so", () => {
    const { runtime, global } = boot();
    global.menuSetup();
    expect(runtime.spreadsheet.sheets.map((s) => s.name)).toEqual([
      "Trang tính1",
      "Kế hoạch",
      "Danh bạ",
      "Cài đặt",
      "Ngày nghỉ",
      "Hoàn thành theo kỳ",
      "Chỉ số",
      "Số liệu chỉ số",
      "Nhật ký",
      "Tổng hợp",
    ]);
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    expect(plan.frozenRows).toBe(1);
    expect(plan.protections.map((p) => [p.description, p.warningOnly])).toEqual([
      [expect.stringContaining('"Tình trạng", "Hạn kế tiếp"'), true],
    ]);
    const progressCol = (plan.grid()[0] as string[]).indexOf("Trạng thái") + 1;
    const rule = plan.range(2, progressCol).getDataValidation() as unknown as {
      criteria: string;
      values: unknown[];
      allowInvalid: boolean;
    } | null;
    expect(rule ?? plan.columnValidations.get(`${progressCol}:1:2`)).toMatchObject({
      criteria: "VALUE_IN_LIST",
      allowInvalid: true,
    });
    expect(runtime.ui.dialogs.at(-1)).toMatchObject({
      kind: "alert",
      title: "Khởi tạo bảng theo dõi",
      message: expect.stringContaining("9 trang mới"),
    });
    expect(runtime.locks.document.held).toBe(false);
  });

  test("menuImportSamplePlan imports the 77 tasks of the embedded plan", () => {
    const { runtime, global } = boot();
    global.menuImportSamplePlan();
    const grid = runtime.spreadsheet.tab("Kế hoạch").grid();
    expect(grid).toHaveLength(78);
    expect(grid[1][0]).toBe("A.I.1");
    expect(grid[77][0]).toBe("B.10");
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/^Đã nhập 77 nhiệm vụ: 77 dòng mới/);
    // Cells starting with "- " are written as text, never as formulas.
    const formulas = runtime.spreadsheet.tab("Kế hoạch").range(1, 1, 78, 17).getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
    expect(grid.find((r) => r[0] === "A.III.1")?.[6]).toMatch(/^- Thường xuyên\n- Riêng báo cáo/);
  });

  test("menuImportFromSheet imports the appendix table pasted into a tab", () => {
    const { runtime, global } = boot();
    pasteSeed(runtime);
    global.menuImportFromSheet();
    const grid = runtime.spreadsheet.tab("Kế hoạch").grid();
    expect(grid.slice(1).map((r) => r[0])).toHaveLength(77);
    expect(grid.find((r) => r[0] === "A.VII.7")?.[5]).toContain("Tối thiểu 30% hồ sơ");
    expect(runtime.ui.dialogs.at(-1)?.message).toContain("31/11/2024");
  });

  test("menuImportFromSheet on an empty tab or on the plan tab explains what to do", () => {
    const { runtime, global } = boot();
    global.menuImportFromSheet();
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/đang trống\. Hãy dán bảng phụ lục/);
    global.menuSetup();
    runtime.spreadsheet.active = runtime.spreadsheet.tab("Kế hoạch");
    global.menuImportFromSheet();
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/là trang do tiện ích quản lý/);
  });

  test("a pasted table with no header gets a Vietnamese message and changes nothing", () => {
    const { runtime, global } = boot();
    runtime.spreadsheet.active.type(1, 1, "Danh sách cán bộ");
    runtime.spreadsheet.active.type(2, 1, "Nguyễn Văn A");
    global.menuImportFromSheet();
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/Không tìm thấy dòng tiêu đề/);
    expect(runtime.spreadsheet.sheets.map((s) => s.name)).toEqual(["Trang tính1"]);
  });

  test("uses the plan year set in Cài đặt and reports a wrong setting by row and column", () => {
    const { runtime, global } = boot();
    global.menuSetup();
    const settings = runtime.spreadsheet.tab("Cài đặt");
    const keys = settings.grid().map((r) => r[0]);
    settings.type(keys.indexOf("planYear") + 1, 2, "2025");
    settings.type(keys.indexOf("dueSoonDays") + 1, 2, "ba");
    runtime.spreadsheet.active = runtime.spreadsheet.tab("Trang tính1");
    const sheet = runtime.spreadsheet.active;
    [
      ["TT", "Nhiệm vụ", "Tiến độ", "Phân công"],
      ["1", "Báo cáo quý", "trước ngày 15/3", "Công chức Tư pháp – Hộ tịch thực hiện"],
    ].forEach((row, r) => row.forEach((v, c) => sheet.type(r + 1, c + 1, v)));
    global.menuImportFromSheet();
    const message = runtime.ui.dialogs.at(-1)?.message ?? "";
    expect(message).toMatch(/Đã nhập 1 nhiệm vụ/);
    expect(message).toContain(
      `Trang "Cài đặt", dòng ${keys.indexOf("dueSoonDays") + 1}, cột "Giá trị" (dueSoonDays): "ba" không phải số ngày`,
    );
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log.some((l) => l.includes('"ba" không phải số ngày'))).toBe(true);
    // The year 2025 from the settings, not a year guessed from "15/3".
    expect(runtime.spreadsheet.tab("Kế hoạch").grid()[1][0]).toBe("1");
  });

  test("recognises a role spelling an officer added to Danh bạ", () => {
    const { runtime, global } = boot();
    global.menuSetup();
    const directory = runtime.spreadsheet.tab("Danh bạ");
    const next = directory.getLastRow() + 1;
    directory.type(next, 2, "Công chức Địa chính – Xây dựng");
    directory.type(next, 3, "ĐC-XD; Địa chính xã");
    runtime.spreadsheet.active = runtime.spreadsheet.tab("Trang tính1");
    const sheet = runtime.spreadsheet.active;
    [
      ["TT", "Nhiệm vụ", "Tiến độ", "Phân công"],
      ["1", "Rà soát đất công", "Trong năm 2025", "Địa chính xã chủ trì, phối hợp với Công chức Tư pháp – Hộ tịch"],
    ].forEach((row, r) => row.forEach((v, c) => sheet.type(r + 1, c + 1, v)));
    global.menuImportFromSheet();
    const plan = runtime.spreadsheet.tab("Kế hoạch").grid();
    const header = plan[0] as string[];
    expect(plan[1][header.indexOf("Chủ trì")]).toBe("Công chức Địa chính – Xây dựng");
    expect(plan[1][header.indexOf("Phối hợp")]).toBe("Công chức Tư pháp – Hộ tịch");
  });

  test("when another person holds the lock, the action waits its turn and writes nothing", () => {
    const { runtime, global } = boot();
    runtime.locks.document.heldElsewhere = true;
    global.menuImportSamplePlan();
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/Một người khác đang cập nhật/);
    expect(runtime.spreadsheet.sheets).toHaveLength(1);
  });

  test("dates officers type survive a re-import in the sheet's time zone", () => {
    const { runtime, global } = boot();
    global.menuImportSamplePlan();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const header = plan.grid()[0] as string[];
    const done = header.indexOf("Ngày hoàn thành") + 1;
    const typed = new Date("2024-11-07T17:00:00Z"); // 8/11/2024 00:00 in Vietnam
    plan.type(3, done, typed);
    global.menuImportSamplePlan();
    expect((plan.cellAt(3, done).value as Date).getTime()).toBe(typed.getTime());
    expect(plan.range(3, done).getDisplayValue()).toBe("08/11/2024");
  });

  test("a re-import costs the same service calls for the seed as for a plan ten times its size", () => {
    const cost = (copies: number) => {
      const { runtime, global } = boot();
      pasteSeed(runtime, copies);
      global.menuImportFromSheet();
      const rows = runtime.spreadsheet.tab("Kế hoạch").getLastRow();
      const plan = runtime.spreadsheet.tab("Kế hoạch");
      const before = plan.grid();
      // An imported cell emptied by mistake: the re-import fills it back.
      const output = (before[0] as string[]).indexOf("Sản phẩm") + 1;
      plan.type(2, output, "");
      runtime.spreadsheet.active = runtime.spreadsheet.tab("Trang tính1");
      const dialogs = runtime.ui.dialogs.length;
      runtime.calls.reset();
      global.menuImportFromSheet();
      const calls = runtime.calls.snapshot();
      return {
        rows,
        calls,
        answers: runtime.ui.dialogs.slice(dialogs).map((d) => d.message),
        same: JSON.stringify(plan.grid()) === JSON.stringify(before),
        after: plan.getLastRow(),
      };
    };
    const small = cost(1);
    const large = cost(10);
    expect(small.rows).toBe(78);
    expect(large.rows).toBe(771);
    expect(large.calls).toEqual(small.calls);
    // The re-import read every task, found each row already there, and filled the emptied cell.
    expect(small.answers).toEqual([
      expect.stringMatching(/^Đã nhập 77 nhiệm vụ: 0 dòng mới, 1 ô được điền, 76 dòng không đổi/),
    ]);
    expect(large.answers).toEqual([
      expect.stringMatching(/^Đã nhập 770 nhiệm vụ: 0 dòng mới, 1 ô được điền, 769 dòng không đổi/),
    ]);
    expect([small.after, small.same, large.after, large.same]).toEqual([78, true, 771, true]);
    expect(small.calls["Range.getValues"]).toBe(10); // the pasted tab, the eight tracking tabs, the proposed-ids tab
  });
});
