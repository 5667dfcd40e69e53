/**
 * The product through Code.js in a runtime as strict as Google's: what officers type parsed by
 * the sheet's locale, the manifest's scopes on every call, simple triggers in LIMITED mode with
 * 30 s, locks that make a run wait, the mail quota, an add-on's menu and triggers.
 */
import { t } from "../../src/core/i18n/messages";
import {
  COMPLETIONS_TAB,
  DIRECTORY_TAB,
  INDICATORS_TAB,
  INDICATOR_DATA_TAB,
  LOG_TAB,
  PLAN_TAB,
  SETTINGS_TAB,
} from "../../src/core/workbook/layout";
import { seedClipboard } from "./clipboard";
import { createRuntime, loadBundle, manifest, type Runtime, type RuntimeOptions } from "./runtime";
import { FakeDriveApp } from "./services";
import type { FakeSheet } from "./spreadsheet";

const NOW = new Date("2024-11-20T01:00:00Z"); // 08:00 on 20/11/2024 in Vietnam
const colOf = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;

/** A sheet as a commune gets it: the plan pasted from Word into the first tab, then imported. */
function boot(options: RuntimeOptions = {}): Runtime {
  const runtime = createRuntime({ now: NOW, ...options });
  loadBundle(runtime);
  // The appendix copied from the Word document: the clipboard's block, no apostrophes.
  runtime.spreadsheet.active.paste(1, 1, seedClipboard());
  runtime.run("menuImportFromSheet", "menu");
  return runtime;
}

const tab = (runtime: Runtime, name: string): FakeSheet => runtime.spreadsheet.tab(name);
const rowOf = (sheet: FakeSheet, id: string) => sheet.grid().findIndex((r) => r[0] === id) + 1;
const lastDialog = (runtime: Runtime) => runtime.ui.dialogs.at(-1)?.message ?? "";
const editEvent = (runtime: Runtime, sheet: string, row: number, col: number) => ({
  range: tab(runtime, sheet).range(row, col),
  source: runtime.spreadsheet.proxy,
  authMode: "LIMITED",
});

/** The bound manifest's scopes without `spreadsheets`, which only its web page needs (README). */
const withoutWebPageScope = () =>
  manifest("bound").oauthScopes!.filter((s) => s !== "https://www.googleapis.com/auth/spreadsheets");

describe("what officers type, as Sheets stores it", () => {
  test("the plan pasted from Word without apostrophes imports all 77 tasks with their ids as text", () => {
    const runtime = boot();
    const plan = tab(runtime, "Kế hoạch");
    const ids = plan
      .grid()
      .slice(1)
      .map((r) => r[0]);
    expect(ids).toHaveLength(77);
    expect(ids).toContain("A.III.15");
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    // The same statuses as the seed imported from its text: nothing misread on the way in.
    runtime.run("menuRefresh", "menu");
    expect(lastDialog(runtime)).toBe(
      "Đã cập nhật 77 nhiệm vụ ngày 20/11/2024: 19 quá hạn, 1 sắp đến hạn, 10 vấn đề cần sửa.",
    );
    // Setup formats the id, period and setting columns as plain text.
    expect(plan.formatAt(2, colOf(PLAN_TAB, "id"))).toBe("@");
    expect(tab(runtime, "Hoàn thành theo kỳ").formatAt(5, colOf(COMPLETIONS_TAB, "period"))).toBe("@");
    expect(tab(runtime, "Cài đặt").formatAt(5, colOf(SETTINGS_TAB, "value"))).toBe("@");
  });

  /** A.I.7 is the monthly report, due the 5th of the next month: November's is due 05/12/2024. */
  function logMonthly(runtime: Runtime, novemberAs: string, asDateCell = false): string {
    const log = tab(runtime, "Hoàn thành theo kỳ");
    const [id, period, done] = ["taskId", "period", "completedOn"].map((k) => colOf(COMPLETIONS_TAB, k));
    // Every earlier month's report logged, so November's is the one in question.
    const months = [
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      novemberAs,
    ];
    months.forEach((m, i) => {
      log.type(i + 2, id, "A.I.7");
      // A column whose format someone cleared (pasted over, say): Sheets makes a date of "11/2024".
      if (asDateCell && m === novemberAs) log.setFormatAt(i + 2, period, "");
      log.type(i + 2, period, m);
      log.type(i + 2, done, "18/11/2024");
    });
    runtime.run("menuRefresh", "menu");
    const plan = tab(runtime, "Kế hoạch");
    return plan.range(rowOf(plan, "A.I.7"), colOf(PLAN_TAB, "nextDue")).getDisplayValue();
  }

  test("without November logged, A.I.7's next due date is November's report, 05/12/2024", () => {
    expect(logMonthly(boot(), "")).toBe("05/12/2024");
  });

  test.each(["11/2024", "T11/2024", "2024-11", "tháng 11/2024"])(
    "typing %s in Hoàn thành theo kỳ completes the November occurrence",
    (typed) => {
      const runtime = boot();
      expect(logMonthly(runtime, typed)).not.toBe("05/12/2024");
      expect(tab(runtime, "Hoàn thành theo kỳ").cellAt(14, colOf(COMPLETIONS_TAB, "period")).value).toBe(typed); // kept as typed
    },
  );

  test("a month Sheets turned into a date in an unformatted cell still completes November, with a note saying so", () => {
    const runtime = boot();
    expect(logMonthly(runtime, "11/2024", true)).not.toBe("05/12/2024");
    const log = tab(runtime, "Hoàn thành theo kỳ");
    expect(log.cellAt(14, colOf(COMPLETIONS_TAB, "period")).value).toBeInstanceOf(Date);
    expect(log.cellAt(14, colOf(COMPLETIONS_TAB, "period")).note).toContain("đã hiểu là tháng 11/2024");
  });

  test("90% typed as a target and 85% as a value: 85 < 90, not met", () => {
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    const indicators = tab(runtime, "Chỉ số");
    const row = rowOf(indicators, "A.I.2#1");
    expect(row).toBeGreaterThan(1);
    indicators.type(row, colOf(INDICATORS_TAB, "target"), "90%");
    expect(indicators.cellAt(row, colOf(INDICATORS_TAB, "target")).value).toBe(0.9); // what Sheets stores
    const data = tab(runtime, "Số liệu chỉ số");
    data.type(2, colOf(INDICATOR_DATA_TAB, "indicatorId"), "A.I.2#1");
    data.type(2, colOf(INDICATOR_DATA_TAB, "period"), "11/2024");
    data.type(2, colOf(INDICATOR_DATA_TAB, "value"), "85%");
    runtime.run("menuRefresh", "menu");
    expect(indicators.cellAt(row, colOf(INDICATORS_TAB, "appliesTarget")).value).toBe(90);
    expect(indicators.cellAt(row, colOf(INDICATORS_TAB, "latestValue")).value).toBe(85);
    expect(indicators.cellAt(row, colOf(INDICATORS_TAB, "status")).value).toBe(t("indicator.notMet"));
  });

  test("a sheet created in en_US is set to vi_VN and Vietnam time at setup, and says so", () => {
    const runtime = createRuntime({ now: NOW, locale: "en_US", timeZone: "America/New_York" });
    loadBundle(runtime);
    const scratch = runtime.spreadsheet.active;
    scratch.type(1, 1, "21/01/2024");
    expect(scratch.cellAt(1, 1).value).toBe("21/01/2024"); // en_US: not a date, stays text
    scratch.type(1, 2, "03/01/2024");
    expect(scratch.range(1, 2).getDisplayValue()).toBe("3/1/2024"); // 1 March, month first
    runtime.run("menuSetup", "menu");
    expect(runtime.spreadsheet.getSpreadsheetLocale()).toBe("vi_VN");
    expect(runtime.spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
    expect(lastDialog(runtime)).toContain("Đã đặt vùng của bảng tính thành Việt Nam (vi_VN), trước đó là en_US");
    expect(lastDialog(runtime)).toContain(
      "Đã đặt múi giờ của bảng tính thành Asia/Ho_Chi_Minh, trước đó là America/New_York",
    );
    // The date typed before keeps its day: 1 March 2024 is still 1 March, now midnight in Vietnam.
    expect(scratch.cellAt(1, 2).value).toEqual(new Date("2024-02-29T17:00:00Z"));
    scratch.type(2, 1, "21/01/2024");
    expect(scratch.cellAt(2, 1).value).toBeInstanceOf(Date);
  });

  test("a refresh warns when the locale was changed back", () => {
    const runtime = boot();
    runtime.spreadsheet.setSpreadsheetLocale("en_US");
    runtime.run("menuRefresh", "menu");
    expect(lastDialog(runtime)).toContain("Vùng của bảng tính là en_US, không phải Việt Nam (vi_VN)");
    expect(runtime.spreadsheet.getSpreadsheetLocale()).toBe("en_US"); // a refresh only warns
  });

  test("reminderHour typed 8:00 installs the trigger at 8; 99 is named and 7 is used", () => {
    const runtime = boot();
    const settings = tab(runtime, "Cài đặt");
    const row = rowOf(settings, "reminderHour");
    settings.type(row, colOf(SETTINGS_TAB, "value"), "8:00");
    runtime.run("menuRemindersOn", "menu");
    expect(runtime.scriptApp.triggers.map((x) => x.atHour)).toEqual([8]);
    settings.type(row, colOf(SETTINGS_TAB, "value"), "99");
    runtime.run("menuRemindersOn", "menu");
    expect(runtime.scriptApp.triggers.map((x) => x.atHour)).toEqual([7]);
    expect(lastDialog(runtime)).toContain('Giờ gửi nhắc việc "99" trong Cài đặt không đọc được');
  });
});

describe("scopes as the manifest grants them", () => {
  test("the report's PDF is made, then replaced, with only the manifest's scopes", () => {
    const runtime = boot();
    expect([...runtime.scopes]).toEqual(manifest().oauthScopes);
    expect(runtime.scopes.has("https://www.googleapis.com/auth/drive")).toBe(false);
    for (let i = 0; i < 2; i++) {
      runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" });
      runtime.run("menuReport", "menu");
    }
    expect(runtime.drive.files.map((f) => [f.name.endsWith(" 2024-11.pdf"), f.trashed])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(runtime.drive.files[1].sourceHtml).toContain("BÁO CÁO");
    expect(runtime.calls.matching("DriveApp.")).toBe(0);
  });

  test("DriveApp itself is refused with drive.file only, with Google's message", () => {
    const runtime = createRuntime({ now: NOW });
    const driveApp = runtime.globals.DriveApp as FakeDriveApp;
    expect(() => driveApp.createFile({} as GoogleAppsScript.Base.Blob)).toThrow(
      "You do not have permission to call DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive",
    );
  });

  test("a simple trigger may not send mail, and does not know who is typing", () => {
    const runtime = boot();
    runtime.bundle!.probe = () => {
      const email = (runtime.globals.Session as GoogleAppsScript.Base.Session).getActiveUser().getEmail();
      (runtime.globals.MailApp as GoogleAppsScript.Mail.MailApp).sendEmail("a@b.vn", "x", "y");
      return email;
    };
    expect(() => runtime.run("probe", "simple")).toThrow("You do not have permission to call MailApp.sendEmail");
  });

  test("an edit's full refresh in a simple trigger writes the user as unknown in Nhật ký", () => {
    const runtime = boot();
    const settings = tab(runtime, "Cài đặt");
    const row = rowOf(settings, "dueSoonDays");
    settings.type(row, colOf(SETTINGS_TAB, "value"), "5");
    runtime.run("onEdit", "simple", editEvent(runtime, "Cài đặt", row, colOf(SETTINGS_TAB, "value")));
    const log = tab(runtime, "Nhật ký").grid();
    expect(log.at(-1)?.[colOf(LOG_TAB, "user") - 1]).toBe("(không rõ người dùng)");
    expect(log.at(-1)?.[colOf(LOG_TAB, "action") - 1]).toBe(t("log.refresh"));
  });

  test("outside a document there is no document lock: actions take the script lock instead", () => {
    const runtime = boot();
    runtime.locks.bound = false;
    runtime.run("menuRefresh", "menu");
    expect(lastDialog(runtime)).toMatch(/^Đã cập nhật 77 nhiệm vụ/);
    expect(runtime.locks.script.held).toBe(false); // taken and given back
  });
});

describe("onEdit within a simple trigger's 30 seconds", () => {
  test("while the daily digest holds the lock, an edit returns in seconds and the row says it waits; the next refresh catches up", () => {
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    const plan = tab(runtime, "Kế hoạch");
    const row = rowOf(plan, "A.II.1");
    const status = colOf(PLAN_TAB, "status");
    expect(plan.cellAt(row, status).value).toBe("Quá hạn");
    // The digest took the lock a moment ago and keeps it for minutes.
    runtime.locks.document.heldElsewhereUntil = runtime.clock.now() + 4 * 60_000;
    plan.type(row, colOf(PLAN_TAB, "progress"), "Hoàn thành");
    plan.type(row, colOf(PLAN_TAB, "completedOn"), "12/11/2024");
    const before = runtime.clock.now();
    runtime.locks.document.longestWaitMs = 0;
    runtime.run("onEdit", "simple", editEvent(runtime, "Kế hoạch", row, colOf(PLAN_TAB, "completedOn")));
    expect(runtime.clock.now() - before).toBeLessThanOrEqual(5_000);
    expect(runtime.locks.document.longestWaitMs).toBeLessThanOrEqual(5_000);
    expect(plan.cellAt(row, status).value).toBe(t("edit.waiting"));
    // What the officer typed is kept.
    expect(plan.range(row, colOf(PLAN_TAB, "completedOn")).getDisplayValue()).toBe("12/11/2024");
    // The digest lets go; the next refresh recomputes the row.
    runtime.locks.document.heldElsewhereUntil = 0;
    runtime.run("menuRefresh", "menu");
    expect(plan.cellAt(row, status).value).toBe("Hoàn thành sớm hạn");
    expect(runtime.properties.document.getProperty("parPlan.pending.v1")).toBe("");
  });

  test("with a column inserted since the last refresh, a waiting edit writes nothing: the officer's note stays", () => {
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    const plan = tab(runtime, "Kế hoạch");
    plan.insertColumnsAfter(1, 1); // an officer's own column after Mã: every cached position is off by one
    const row = rowOf(plan, "A.II.1");
    const notes = colOf(PLAN_TAB, "notes") + 1;
    runtime.locks.document.heldElsewhereUntil = runtime.clock.now() + 60_000;
    plan.type(row, notes, "chờ UBND huyện duyệt");
    runtime.run("onEdit", "simple", editEvent(runtime, "Kế hoạch", row, notes));
    expect(plan.cellAt(row, notes).value).toBe("chờ UBND huyện duyệt");
    expect(plan.grid().flat()).not.toContain(t("edit.waiting"));
    // Recorded all the same: the next refresh recomputes the row, in the columns where they are now.
    runtime.locks.document.heldElsewhereUntil = 0;
    runtime.run("menuRefresh", "menu");
    expect(plan.cellAt(row, notes).value).toBe("chờ UBND huyện duyệt");
    expect(plan.cellAt(row, colOf(PLAN_TAB, "status") + 1).value).toBe("Quá hạn");
  });

  test("a plan too big for a full refresh in 30 s: a settings edit waits, and so does the next row edit, saying so", () => {
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    runtime.properties.document.setProperty("parPlan.size.v1", "2500"); // as if the plan had 2,500 rows
    const settings = tab(runtime, "Cài đặt");
    const srow = rowOf(settings, "dueSoonDays");
    settings.type(srow, colOf(SETTINGS_TAB, "value"), "10");
    const logRows = tab(runtime, "Nhật ký").grid().length;
    runtime.run("onEdit", "simple", editEvent(runtime, "Cài đặt", srow, colOf(SETTINGS_TAB, "value")));
    expect(tab(runtime, "Nhật ký").grid().length).toBe(logRows); // no refresh ran
    const plan = tab(runtime, "Kế hoạch");
    const row = rowOf(plan, "A.II.1");
    plan.type(row, colOf(PLAN_TAB, "notes"), "đang làm");
    runtime.run("onEdit", "simple", editEvent(runtime, "Kế hoạch", row, colOf(PLAN_TAB, "notes")));
    expect(plan.cellAt(row, colOf(PLAN_TAB, "status")).value).toBe(t("edit.waiting"));
    expect(JSON.parse(runtime.properties.document.getProperty("parPlan.pending.v1")!)).toMatchObject({ full: true });
    runtime.run("menuRefresh", "menu");
    expect(plan.cellAt(row, colOf(PLAN_TAB, "status")).value).toBe("Quá hạn");
    expect(runtime.properties.document.getProperty("parPlan.pending.v1")).toBe("");
  });

  test("waiting edits and a new settings edit: one full refresh in the trigger, not two", () => {
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    const settings = tab(runtime, "Cài đặt");
    const srow = rowOf(settings, "dueSoonDays");
    runtime.locks.document.heldElsewhereUntil = runtime.clock.now() + 60_000;
    settings.type(srow, colOf(SETTINGS_TAB, "value"), "4");
    runtime.run("onEdit", "simple", editEvent(runtime, "Cài đặt", srow, colOf(SETTINGS_TAB, "value")));
    runtime.locks.document.heldElsewhereUntil = 0;
    settings.type(srow, colOf(SETTINGS_TAB, "value"), "5");
    const refreshes = () =>
      tab(runtime, "Nhật ký")
        .grid()
        .filter(
          (r) =>
            r[colOf(LOG_TAB, "action") - 1] === t("log.refresh") &&
            String(r[colOf(LOG_TAB, "details") - 1]).startsWith("Đã cập nhật"),
        ).length;
    const before = refreshes();
    runtime.run("onEdit", "simple", editEvent(runtime, "Cài đặt", srow, colOf(SETTINGS_TAB, "value")));
    expect(refreshes() - before).toBe(1);
    expect(runtime.properties.document.getProperty("parPlan.context.v1")).toContain('"dueSoonDays":"5"');
  });

  test("the next edit that gets the lock catches up the rows left waiting", () => {
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    const plan = tab(runtime, "Kế hoạch");
    const [a, b] = [rowOf(plan, "A.II.1"), rowOf(plan, "A.II.2")];
    runtime.locks.document.heldElsewhereUntil = runtime.clock.now() + 60_000;
    plan.type(a, colOf(PLAN_TAB, "progress"), "Hoàn thành");
    plan.type(a, colOf(PLAN_TAB, "completedOn"), "12/11/2024");
    runtime.run("onEdit", "simple", editEvent(runtime, "Kế hoạch", a, colOf(PLAN_TAB, "completedOn")));
    runtime.locks.document.heldElsewhereUntil = 0;
    plan.type(b, colOf(PLAN_TAB, "notes"), "đang làm");
    runtime.run("onEdit", "simple", editEvent(runtime, "Kế hoạch", b, colOf(PLAN_TAB, "notes")));
    expect(plan.cellAt(a, colOf(PLAN_TAB, "status")).value).toBe("Hoàn thành sớm hạn");
    expect(plan.cellAt(b, colOf(PLAN_TAB, "status")).value).toBe("Quá hạn");
  });

  test("a full refresh cut short by the 30 s limit leaves no stale cache: the next refresh catches up", () => {
    // Each call takes a second here, so a whole refresh (about 90 calls) cannot finish in 30 s.
    const runtime = boot();
    runtime.run("menuRefresh", "menu");
    const settings = tab(runtime, "Cài đặt");
    const row = rowOf(settings, "dueSoonDays");
    settings.type(row, colOf(SETTINGS_TAB, "value"), "10");
    runtime.allowErrors(/Exceeded maximum execution time/);
    const tick = setPerCall(runtime, 1000);
    expect(() =>
      runtime.run("onEdit", "simple", editEvent(runtime, "Cài đặt", row, colOf(SETTINGS_TAB, "value"))),
    ).toThrow("Exceeded maximum execution time");
    tick.stop();
    expect(runtime.properties.document.getProperty("parPlan.context.v1")).toBe(""); // no cache from before the edit
    expect(JSON.parse(runtime.properties.document.getProperty("parPlan.pending.v1")!)).toMatchObject({ full: true });
    runtime.run("menuRefresh", "menu");
    expect(runtime.properties.document.getProperty("parPlan.pending.v1")).toBe("");
    expect(runtime.properties.document.getProperty("parPlan.context.v1")).toContain('"dueSoonDays":"10"');
  });
});

/** Makes every service call take `ms` on the runtime's clock from now on (the run's budget then runs out). */
function setPerCall(runtime: Runtime, ms: number): { stop(): void } {
  const guard = runtime.calls.guard!;
  runtime.calls.guard = (name, foreign) => {
    runtime.clock.advance(ms);
    guard(name, foreign);
  };
  return {
    stop: () => {
      runtime.calls.guard = guard;
    },
  };
}

describe("the report e-mail", () => {
  function report(runtime: Runtime, emails: string): void {
    const settings = tab(runtime, "Cài đặt");
    settings.type(rowOf(settings, "reportEmails"), colOf(SETTINGS_TAB, "value"), emails);
    runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" }, { button: "YES" }, { button: "OK" });
    runtime.run("menuReport", "menu");
  }

  test("addresses separated by a semicolon are both mailed, and the answer is in Vietnamese", () => {
    const runtime = boot();
    report(runtime, "a@b.vn; c@d.vn");
    expect(runtime.mail.sent.map((m) => m.to)).toEqual(["a@b.vn,c@d.vn"]);
    expect(lastDialog(runtime)).toBe("Đã gửi báo cáo tới a@b.vn, c@d.vn.");
  });

  test("with no quota left nothing is sent and the answer names the PDF to send by hand", () => {
    const runtime = boot();
    runtime.mail.quota = 0;
    report(runtime, "a@b.vn; c@d.vn");
    expect(runtime.mail.sent).toHaveLength(0);
    expect(lastDialog(runtime)).toMatch(
      /^Không gửi báo cáo: hôm nay Google chỉ cho gửi thêm tới 0 người nhận, báo cáo cần gửi tới 2\..*https:\/\/drive\.google\.com\/file\/d\/file-1\//,
    );
  });

  test("an address that is not one is named, and nothing is sent", () => {
    const runtime = boot();
    report(runtime, "a@b.vn; noivu@huyen");
    expect(runtime.mail.sent).toHaveLength(0);
    expect(lastDialog(runtime)).toContain("địa chỉ không hợp lệ trong Cài đặt (reportEmails): noivu@huyen");
  });

  test("a refusal from the mail service is answered in Vietnamese, the PDF kept", () => {
    const runtime = boot();
    runtime.mail.failing.add("c@d.vn");
    report(runtime, "a@b.vn, c@d.vn");
    expect(lastDialog(runtime)).toMatch(
      /^Không gửi được báo cáo \(Google không nhận địa chỉ c@d\.vn\)\. Tệp PDF vẫn ở: https:/,
    );
  });
});

describe("as an Editor add-on", () => {
  test("before it is used in the document (AuthMode.NONE) onOpen adds its menu under Extensions and calls nothing else", () => {
    const runtime = createRuntime({ now: NOW });
    runtime.scriptApp.installationSource = "WEB_STORE_ADD_ON";
    loadBundle(runtime);
    runtime.run("onOpen", "addonNone", { authMode: "NONE" });
    expect(runtime.ui.menus.map((m) => [m.name, m.addedToUi])).toEqual([["Add-on", true]]);
    expect(runtime.ui.menus[0].items).toContainEqual({ label: "Kiểm tra cài đặt", functionName: "menuSelfCheck" });
    expect(
      Object.keys(runtime.calls.snapshot()).filter((k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k)),
    ).toEqual([]);
  });

  test("bound to the sheet, onOpen (LIMITED) puts the menu in the menu bar", () => {
    const runtime = createRuntime({ now: NOW });
    loadBundle(runtime);
    runtime.run("onOpen", "simple", { authMode: "LIMITED" });
    expect(runtime.ui.menus.map((m) => m.name)).toEqual(["Kế hoạch CCHC"]);
  });

  test("onInstall shows the menu at once", () => {
    const runtime = createRuntime({ now: NOW });
    runtime.scriptApp.installationSource = "WEB_STORE_ADD_ON";
    loadBundle(runtime);
    runtime.run("onInstall", "menu", { authMode: "FULL" });
    expect(runtime.ui.menus.map((m) => m.name)).toEqual(["Add-on"]);
  });

  test("reminders touch only this document's trigger: another document's is left alone", () => {
    const runtime = boot();
    runtime.scriptApp.installationSource = "WEB_STORE_ADD_ON";
    // The same user's trigger for another commune's sheet, made by the add-on there.
    runtime.scriptApp.triggers.push({
      id: "trigger-other",
      handler: "dailyDigest",
      kind: "CLOCK",
      owner: runtime.session.activeUser,
      sourceId: "other-sheet",
    });
    runtime.run("menuRemindersOn", "menu");
    runtime.run("menuRemindersOn", "menu");
    expect(runtime.scriptApp.triggers.map((x) => x.sourceId).sort()).toEqual(["fake-spreadsheet-id", "other-sheet"]);
    runtime.run("menuRemindersOff", "menu");
    expect(runtime.scriptApp.triggers.map((x) => x.id)).toEqual(["trigger-other"]);
  });

  test("the add-on's daily run opens its document by the trigger's id and mails, with the add-on's manifest", () => {
    const runtime = createRuntime({ now: NOW, deployment: "addon" });
    loadBundle(runtime);
    runtime.spreadsheet.active.paste(1, 1, seedClipboard());
    runtime.run("menuImportFromSheet", "menu");
    const directory = tab(runtime, "Danh bạ");
    directory.grid().forEach((r, i) => {
      if (i > 0) directory.type(i + 1, colOf(DIRECTORY_TAB, "email"), `role${i}@dailanh.gov.vn`);
    });
    runtime.run("menuRemindersOn", "menu");
    const [trigger] = runtime.scriptApp.triggers;
    runtime.run("dailyDigest", "trigger", { triggerUid: trigger.id });
    expect(runtime.calls.of("SpreadsheetApp.openById")).toBe(1);
    expect(runtime.mail.sent.length).toBeGreaterThan(0);
  });

  test("the bound manifest without its web page's scope could not do that: openById is refused with currentonly", () => {
    const runtime = createRuntime({ now: NOW, deployment: "addon", scopes: withoutWebPageScope() });
    loadBundle(runtime);
    runtime.spreadsheet.active.paste(1, 1, seedClipboard());
    runtime.run("menuImportFromSheet", "menu");
    runtime.run("menuRemindersOn", "menu");
    expect(() => runtime.run("dailyDigest", "trigger", { triggerUid: runtime.scriptApp.triggers[0].id })).toThrow(
      "You do not have permission to call SpreadsheetApp.openById",
    );
    expect(runtime.mail.sent).toHaveLength(0);
  });

  test("Kiểm tra cài đặt in an add-on with reminders on passes without a second trigger", () => {
    const runtime = createRuntime({ now: NOW, deployment: "addon" });
    loadBundle(runtime);
    runtime.run("menuSetup", "menu");
    runtime.run("menuRemindersOn", "menu");
    runtime.run("menuSelfCheck", "menu");
    expect(lastDialog(runtime)).toMatch(/^Kiểm tra cài đặt: 9\/9 mục đạt/);
    expect(runtime.scriptApp.triggers).toHaveLength(1);
  });

  test("getProjectTriggers shows each user only their own", () => {
    const runtime = boot();
    runtime.run("menuRemindersOn", "menu");
    runtime.session.activeUser = "chu.tich@example.com";
    const seen = (runtime.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).getProjectTriggers();
    expect(seen).toHaveLength(0);
    expect(runtime.scriptApp.triggers).toHaveLength(1);
  });
});

describe("Kiểm tra cài đặt", () => {
  test("exercises each capability, leaves nothing behind, and writes a pass/fail table to Nhật ký", () => {
    const runtime = boot();
    runtime.run("menuSelfCheck", "menu");
    const rows = tab(runtime, "Nhật ký")
      .grid()
      .filter((r) => r[colOf(LOG_TAB, "action") - 1] === "Kiểm tra cài đặt")
      .map((r) => String(r[colOf(LOG_TAB, "details") - 1]));
    expect(rows[0]).toBe('Kiểm tra cài đặt: 9/9 mục đạt. Chi tiết ở trang "Nhật ký".');
    expect(rows.slice(1).map((r) => r.split(" | ")[0])).toEqual(Array(9).fill("Đạt"));
    expect(rows.slice(1).map((r) => r.split(" | ")[1])).toEqual([
      "Đọc và ghi bảng tính này",
      "Vùng và múi giờ của bảng tính",
      "Biết người đang dùng (ghi Nhật ký)",
      "Lưu tệp PDF báo cáo vào Drive",
      "Gửi thư (nhắc việc, báo cáo)",
      "Đặt lịch chạy hằng ngày",
      "Khoá bảng tính khi cập nhật",
      "Lưu trạng thái (thuộc tính tài liệu)",
      "Trang Việc của tôi (đường link trong thư nhắc việc)",
    ]);
    // Harmless: the scratch PDF is in the trash, no trigger or property is left, no mail sent.
    expect(runtime.drive.files.map((f) => f.trashed)).toEqual([true]);
    expect(runtime.scriptApp.triggers).toHaveLength(0);
    expect(runtime.properties.document.getProperty("selfCheck.scratch")).toBeNull();
    expect(runtime.mail.sent).toHaveLength(0);
  });

  test("a missing scope is named with Google's own words", () => {
    const runtime = boot({ scopes: manifest().oauthScopes!.filter((s) => !s.endsWith("/drive.file")) });
    runtime.run("menuSelfCheck", "menu");
    const drive = tab(runtime, "Nhật ký")
      .grid()
      .map((r) => String(r[colOf(LOG_TAB, "details") - 1]))
      .find((d) => d.includes("Lưu tệp PDF"));
    expect(drive).toMatch(
      /^Không đạt \| Lưu tệp PDF báo cáo vào Drive \| Google từ chối \(You do not have permission to call Drive\.Files\.create/,
    );
  });
});

describe("the fake keeps Google's limits", () => {
  test("a property store holds 500 KB in all, 9 KB a value", () => {
    const runtime = createRuntime();
    const props = runtime.properties.document;
    expect(() => props.setProperty("big", "x".repeat(9 * 1024))).toThrow("exceeded the property storage quota");
    for (let i = 0; i < 63; i++) props.setProperty(`k${i}`, "x".repeat(8000));
    expect(() => props.setProperty("one-more", "x".repeat(8000))).toThrow("exceeded the property storage quota");
  });

  test("openById needs the spreadsheets scope: currentonly alone does not reach it", () => {
    const runtime = createRuntime({ scopes: withoutWebPageScope() });
    const app = runtime.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.openById("fake-spreadsheet-id")).toThrow(
      "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    );
    expect(app.getActiveSpreadsheet().getName()).toBe("Kế hoạch CCHC 2024"); // currentonly reaches this one
  });

  test("a PDF made from HTML is opaque to the script", () => {
    const runtime = createRuntime();
    const blob = (runtime.globals.Utilities as GoogleAppsScript.Utilities.Utilities)
      .newBlob("<p>Xin chào</p>", "text/html", "a.html")
      .getAs("application/pdf");
    expect(blob.getDataAsString()).toMatch(/^%PDF-1\.4/);
    expect(blob.getDataAsString()).not.toContain("Xin chào");
  });
});
