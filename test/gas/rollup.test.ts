import * as acorn from "acorn";
import { callCostMs } from "../../bench/costModel";
import { CHECKPOINT_KEY } from "../../src/app/rollup/update";
import { summaryGrid } from "../../src/core/summary/grid";
import * as entry from "../../src/gas/rollup/main";
import { ROLLUP_MENU } from "../../src/gas/rollup/menu";
import { STAGE_TAB } from "../../src/gas/rollup/stage";
import {
  addCommune,
  communeId,
  communeSummary,
  communeUrl,
  NOW,
  ROLLUP_CODE,
  rollupRuntime,
  typeList,
} from "./rollupFixtures";
import { createRuntime, manifest, type Runtime } from "./runtime";

const G = "https://www.googleapis.com/auth/";

/** The communes 1..n listed and in Drive, each with its summary. */
function listCommunes(runtime: Runtime, n: number): void {
  for (let i = 1; i <= n; i++) addCommune(runtime, i);
  typeList(
    runtime,
    Array.from({ length: n }, (_, i) => [`Xã ${i + 1}`, communeUrl(i + 1)] as const),
  );
}

const lastDialog = (runtime: Runtime) => runtime.ui.dialogs.at(-1)?.message ?? "";
const continuations = (runtime: Runtime) => runtime.scriptApp.oneTime("rollupContinue").length;
const stageRows = (runtime: Runtime) =>
  runtime.spreadsheet.sheets
    .find((s) => s.name === STAGE_TAB)
    ?.grid()
    .filter((r) => r[0] !== "").length ?? 0;
/** How many times each commune's sheet was opened. */
const openings = (runtime: Runtime) =>
  runtime.opened.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());

describe("the roll-up's bundle, loaded as Apps Script loads it", () => {
  test("is one classic script whose top-level functions are exactly the entry's exports", () => {
    const ast = acorn.parse(ROLLUP_CODE, { ecmaVersion: 2020, sourceType: "script" });
    expect(ast.body.some((n) => n.type.startsWith("Import") || n.type.startsWith("Export"))).toBe(false);
    const functions = ast.body
      .filter((n): n is acorn.FunctionDeclaration => n.type === "FunctionDeclaration")
      .map((n) => n.id.name)
      .sort();
    expect(functions).toEqual(Object.keys(entry).sort());
  });

  test("calls no service while loading", () => {
    const { runtime, g } = rollupRuntime();
    expect(runtime.calls.total()).toBe(0);
    for (const name of Object.keys(entry)) expect(typeof g[name]).toBe("function");
  });

  test('onOpen builds "Tổng hợp tỉnh" with Ui calls only, and every item names a function of the bundle', () => {
    const { runtime, g } = rollupRuntime();
    runtime.run("onOpen", "simple", { authMode: "LIMITED" });
    const menu = runtime.ui.menus[0];
    expect(menu).toMatchObject({ name: "Tổng hợp tỉnh", addedToUi: true });
    const items = menu.items.filter((i): i is { label: string; functionName: string } => i !== "separator");
    expect(items.map((i) => i.label)).toEqual(["Thiết lập", "Cập nhật tổng hợp", "Tạo báo cáo tỉnh", "Hướng dẫn"]);
    expect(items.map((i) => i.functionName)).toEqual(ROLLUP_MENU.filter(Boolean).map((i) => i!.handler));
    for (const item of items) expect(typeof g[item.functionName]).toBe("function");
    expect(Object.keys(runtime.calls.snapshot()).every((k) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k))).toBe(
      true,
    );
  });

  test("asks for the narrowest scopes that read other sheets; the commune's manifests are not changed by it", () => {
    expect(manifest("rollup")).toEqual({
      timeZone: "Asia/Ho_Chi_Minh",
      runtimeVersion: "V8",
      exceptionLogging: "STACKDRIVER",
      // The Drive API under drive.file, as the commune's: the province report's PDF, and no other file.
      dependencies: { enabledAdvancedServices: [{ userSymbol: "Drive", serviceId: "drive", version: "v3" }] },
      oauthScopes: [
        `${G}spreadsheets.currentonly`,
        `${G}spreadsheets.readonly`,
        `${G}script.container.ui`,
        `${G}userinfo.email`,
        `${G}script.scriptapp`,
        `${G}drive.file`,
      ],
    });
    expect(manifest("bound").oauthScopes).toContain(`${G}spreadsheets.currentonly`);
    expect(manifest("rollup").oauthScopes).not.toContain(`${G}spreadsheets`);
  });
});

describe("the fake runtime's other spreadsheets, as Google answers for them", () => {
  const open = (runtime: Runtime, how: "openById" | "openByUrl", arg: string) => () =>
    (runtime.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)[how](arg);

  test("a missing, an unshared and a shared sheet; a URL that is not a sheet's", () => {
    const runtime = createRuntime({ deployment: "rollup" });
    runtime.addSpreadsheet("shared-sheet-id-0001");
    runtime.addSpreadsheet("private-sheet-id-001", { sharedWith: ["someone.else@example.com"] });
    expect(open(runtime, "openById", "no-such-sheet-id-01")).toThrow(
      "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
    expect(open(runtime, "openById", "private-sheet-id-001")).toThrow(
      "Exception: You do not have permission to access the requested document.",
    );
    expect(open(runtime, "openByUrl", "https://example.com/sheet")).toThrow("Exception: Invalid argument: url");
    const sheet = open(runtime, "openByUrl", "https://docs.google.com/spreadsheets/d/shared-sheet-id-0001/edit")();
    expect(sheet.getId()).toBe("shared-sheet-id-0001");
  });

  test("readonly reads another sheet but may not change it; without it openById is refused", () => {
    const runtime = createRuntime({ deployment: "rollup" });
    runtime.addSpreadsheet("shared-sheet-id-0001");
    const sheet = open(runtime, "openById", "shared-sheet-id-0001")().getSheets()[0];
    expect(sheet.getDataRange().getValues()).toEqual([[""]]);
    expect(() => sheet.getRange(1, 1).setValue("x")).toThrow(
      `You do not have permission to call Range.setValue. Required permissions: ${G}spreadsheets`,
    );
    const narrow = createRuntime({ scopes: [`${G}spreadsheets.currentonly`] });
    narrow.addSpreadsheet("shared-sheet-id-0001");
    expect(open(narrow, "openById", "shared-sheet-id-0001")).toThrow(
      "You do not have permission to call SpreadsheetApp.openById",
    );
  });

  test("a one-time trigger fires once, at its time, and stays listed until deleted", () => {
    const runtime = createRuntime({ deployment: "rollup", now: NOW });
    const ran: unknown[] = [];
    runtime.bundle = { tick: (e: unknown) => ran.push(e) }; // a handler that does nothing with its trigger
    const app = runtime.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    const id = app.newTrigger("tick").timeBased().after(60_000).create().getUniqueId();
    const before = runtime.clock.now();
    runtime.fireDue("tick");
    expect(runtime.clock.now() - before).toBe(60_000);
    expect(ran).toEqual([expect.objectContaining({ triggerUid: id, authMode: "FULL" })]);
    expect(() => runtime.fireDue("tick")).toThrow(/no one-time trigger/);
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([id]);
  });
});

describe("Cập nhật tổng hợp", () => {
  test("20 communes: the unshared, missing, tab-less, old-schema, broken and mistyped ones named, the rest read, in one run", () => {
    const { runtime, g } = rollupRuntime();
    listCommunes(runtime, 20);
    // Commune 3 not shared, 7 deleted from Drive, 11 without its tab, 15 of an older schema.
    runtime.addSpreadsheet(communeId(3), { sharedWith: ["chu.tich@xa3.gov.vn"] });
    const old = summaryGrid(communeSummary(15)).map((r) => (r[0] === "schema" ? [r[0], r[1], "par-summary/0"] : r));
    addCommune(runtime, 11, null);
    addCommune(runtime, 15, old);
    typeList(runtime, [
      ...Array.from({ length: 20 }, (_, i) => [`Xã ${i + 1}`, communeUrl(i + 1)] as const),
      ["Xã gõ nhầm", "docs.google.com/xa-khong-co"],
    ]);
    const missing = communeUrl(7).replace(communeId(7), "deleted-sheet-id-007");
    runtime.spreadsheet.tab("Danh sách xã").type(8, 2, missing);
    // Commune 19's backend fails while its tab is read: named, the roll-up goes on.
    const broken = addCommune(runtime, 19);
    const failing = broken.getSheetByName.bind(broken);
    broken.getSheetByName = (name: string) => {
      const sheet = failing(name)!;
      (sheet as unknown as { getDataRange: () => never }).getDataRange = () => {
        throw new Error(
          "Exception: Service Spreadsheets failed while accessing document with id commune-019-sheet-id.",
        );
      };
      return sheet;
    };

    g.menuRollupUpdate();
    const answer = lastDialog(runtime);
    expect(answer).toMatch(/^Đã đọc xong 21 xã trong 1 lượt: 15 xã đọc được, 6 xã không đọc được/);
    // Each commune not read, named by its list row (the header is row 1) and why.
    const named = answer.split("\n").filter((l) => l.startsWith("• "));
    expect(named).toEqual([
      expect.stringMatching(/^• Dòng 4 \(Xã 3\): .* chưa chia sẻ quyền xem/),
      expect.stringMatching(/^• Dòng 8 \(Xã 7\): không mở được bảng tính .*deleted-sheet-id-007/),
      expect.stringMatching(/^• Dòng 12 \(Xã 11\): .* không có trang "Tổng hợp"/),
      expect.stringMatching(/^• Dòng 16 \(Xã 15\): .* phiên bản par-summary\/0/),
      expect.stringMatching(/^• Dòng 20 \(Xã 19\): không mở được bảng tính/),
      expect.stringMatching(/^• Dòng 22 \(Xã gõ nhầm\): "docs.google.com\/xa-khong-co" không phải địa chỉ/),
    ]);
    // Consolidated once: one row a commune read in its table, and the list's own status column says each row's reading.
    const table = runtime.spreadsheet.tab("Tổng hợp các xã").grid();
    expect(table.filter((r) => /^Xã \d+$/.test(String(r[0])) || /^Xã \d+$/.test(String(r[1])))).toHaveLength(15);
    const list = runtime.spreadsheet.tab("Danh sách xã").grid();
    expect(list[0][2]).toBe("Tình trạng đọc");
    expect(String(list[3][2])).toMatch(/chưa chia sẻ quyền xem/);
    expect(runtime.spreadsheet.tab("Báo cáo tỉnh").grid().flat().join(" ")).toContain("SỞ NỘI VỤ");
    // The same report as a PDF in Drive, its link in the answer.
    expect(runtime.drive.files.map((f) => f.name)).toEqual(["Bao cao CCHC cac xa 2024-11.pdf"]);
    expect(runtime.drive.files[0].sourceHtml).toContain("Kính gửi: Ủy ban nhân dân tỉnh");
    expect(answer).toMatch(/Bản PDF của báo cáo tỉnh: https:\/\//);
    // Read once each; the mistyped URL never sent to Google.
    expect([...openings(runtime).values()].every((n) => n === 1)).toBe(true);
    expect(runtime.opened).toHaveLength(20);
    expect(continuations(runtime)).toBe(0);
    expect(runtime.properties.document.getProperty(CHECKPOINT_KEY)).toBeFalsy();
    expect(stageRows(runtime)).toBe(0);
    expect(runtime.locks.script.held).toBe(false);
  });

  test("interrupted when its budget is spent and resumed by the one continuation trigger: each commune read once", () => {
    // A slow network: opening a commune's sheet takes 20 s, so 4.5 minutes read 14 of 20.
    const { runtime, g } = rollupRuntime({ costModel: false });
    runtime.calls.guard = ((guard) => (name: string, foreign: boolean) => {
      runtime.clock.advance(/^SpreadsheetApp\.open/.test(name) ? 20_000 : callCostMs(name));
      guard(name, foreign);
    })(runtime.calls.guard!);
    listCommunes(runtime, 20);

    g.menuRollupUpdate();
    expect(lastDialog(runtime)).toMatch(/^Đã đọc 14\/20 xã sau 1 lượt\. .* sau khoảng 1 phút/);
    expect(continuations(runtime)).toBe(1);
    expect(stageRows(runtime)).toBe(14);
    expect(runtime.locks.script.held).toBe(false);
    expect(runtime.spreadsheet.toasts.at(-1)).toBe("Tổng hợp tỉnh: Đã đọc 14/20 xã…");

    runtime.fireDue("rollupContinue");
    expect(runtime.logs.flat().join("\n")).toMatch(/Đã đọc xong 20 xã trong 2 lượt: 20 xã đọc được, 0 xã không/);
    expect([...openings(runtime).values()]).toEqual(Array(20).fill(1));
    expect(continuations(runtime)).toBe(0);
    expect(runtime.properties.document.getProperty(CHECKPOINT_KEY)).toBeFalsy();
    expect(stageRows(runtime)).toBe(0);
  });

  test("killed at 6 minutes between two communes, resumed by the trigger it made first: every commune counted once", () => {
    const { runtime } = rollupRuntime();
    listCommunes(runtime, 20);
    // Commune 13's sheet hangs once for 7 minutes: Apps Script ends the run at its limit.
    const commune13 = addCommune(runtime, 13);
    const open = commune13.getSheetByName.bind(commune13);
    let hangs = 1;
    commune13.getSheetByName = (name: string) => {
      if (hangs-- > 0) runtime.clock.advance(7 * 60_000);
      return open(name);
    };
    runtime.allowErrors(/Exceeded maximum execution time/);

    expect(() => runtime.run("menuRollupUpdate", "menu")).toThrow("Exceeded maximum execution time");
    expect(continuations(runtime)).toBe(1); // the safety net, made before the first commune
    expect(stageRows(runtime)).toBe(10); // the first ten were kept; 11 and 12 are read again

    runtime.fireDue("rollupContinue");
    expect(runtime.logs.flat().join("\n")).toMatch(/Đã đọc xong 20 xã trong 2 lượt: 20 xã đọc được/);
    const counts = openings(runtime);
    expect([11, 12, 13].map((n) => counts.get(communeId(n)))).toEqual([2, 2, 2]);
    expect(counts.get(communeId(1))).toBe(1);
    expect(continuations(runtime)).toBe(0);
    expect(stageRows(runtime)).toBe(0);
  });

  test("a second click while a run holds the lock is told so, and nothing is read or queued", () => {
    const { runtime, g } = rollupRuntime();
    listCommunes(runtime, 3);
    runtime.locks.script.heldElsewhere = true;
    g.menuRollupUpdate();
    expect(lastDialog(runtime)).toMatch(/^Một lượt tổng hợp đang chạy/);
    expect(runtime.opened).toEqual([]);
    expect(runtime.scriptApp.triggers).toEqual([]);
  });

  test("an empty list is explained; the continuation refuses a call that no trigger of the project started", () => {
    const { runtime, g } = rollupRuntime();
    g.menuRollupUpdate();
    expect(lastDialog(runtime)).toMatch(/^Trang "Danh sách xã" chưa có xã nào/);
    expect(continuations(runtime)).toBe(0);
    listCommunes(runtime, 2);
    runtime.run("rollupContinue", "trigger", { triggerUid: "made-up" });
    expect(runtime.opened).toEqual([]);
  });

  test("the run's clock is the cost model's: 20 communes take about 25 s of the 6 minutes", () => {
    const { runtime, g } = rollupRuntime();
    listCommunes(runtime, 20);
    const start = runtime.clock.now();
    g.menuRollupUpdate();
    const seconds = (runtime.clock.now() - start) / 1000;
    expect(seconds).toBeGreaterThan(20);
    expect(seconds).toBeLessThan(40);
  });
});
