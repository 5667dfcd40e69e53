import { DIRECTORY_TAB } from "../../src/core/workbook/layout";
import { seedClipboard } from "./clipboard";
import { createRuntime, loadBundle, type Runtime } from "./runtime";

type Handler = (...args: unknown[]) => unknown;
const WEDNESDAY = new Date("2024-11-20T00:00:00Z"); // 07:00 on Wednesday 20/11/2024 in Vietnam
const dcol = (key: string) => DIRECTORY_TAB.columns.findIndex((c) => c.key === key) + 1;

/** The seed imported, every role of the directory given an address (and a person's name). */
function boot(now = WEDNESDAY, copies = 1): { runtime: Runtime; global: Record<string, Handler> } {
  const runtime = createRuntime({ now });
  const global = loadBundle(runtime) as Record<string, Handler>;
  if (copies === 1) global.menuImportSamplePlan();
  else {
    runtime.spreadsheet.active.paste(1, 1, seedClipboard(copies));
    global.menuImportFromSheet();
  }
  const directory = runtime.spreadsheet.tab("Danh bạ");
  directory.grid().forEach((row, i) => {
    if (i === 0 || !row[0]) return;
    directory.type(i + 1, dcol("email"), `${String(row[0]).toLowerCase()}@dailanh.gov.vn`);
  });
  return { runtime, global };
}

const recipients = (runtime: Runtime) => runtime.mail.sent.map((m) => m.to);

describe("daily reminders through the time-driven trigger", () => {
  test("one digest per person with something to act on; the secretariat gets the overdue summary", () => {
    const { runtime } = boot();
    runtime.fire("dailyDigest");
    expect(recipients(runtime)).toEqual([
      "officestatistics@dailanh.gov.vn",
      "counciloffice@dailanh.gov.vn",
      "justicecivil@dailanh.gov.vn",
      "financeaccounting@dailanh.gov.vn",
    ]);
    const secretariat = runtime.mail.sent[0] as unknown as { subject: string; body: string; htmlBody: string };
    // The impossible date of A.VI.4 is the finance officer's to fix, not the secretariat's.
    expect(secretariat.subject).toBe("[Kế hoạch CCHC] 19 việc quá hạn, 1 sắp đến hạn, 0 cần sửa – ngày 20/11/2024");
    const finance = runtime.mail.sent[3] as unknown as { subject: string };
    expect(finance.subject).toMatch(/1 cần sửa/);
    expect(secretariat.htmlBody).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit#gid=1&amp;range=A',
    );
    expect(secretariat.body).toContain("Quá hạn (19)");
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log.filter((l) => l.startsWith("Đã gửi nhắc việc tới"))).toHaveLength(4);
  });

  test("two fires on one day send nothing the second time", () => {
    const { runtime } = boot();
    runtime.fire("dailyDigest");
    const first = runtime.mail.sent.length;
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent).toHaveLength(first);
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log.at(-1)).toMatch(/^Nhắc việc ngày 20\/11\/2024: 0 thư đã gửi, 4 người đã nhận hôm nay/);
  });

  test("quota 3 with more recipients: the most urgent first, the rest first on the next run", () => {
    const { runtime } = boot();
    // More recipients: owners with their own addresses on tasks of different urgency.
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const header = plan.grid()[0] as string[];
    const owner = header.indexOf("Người phụ trách") + 1;
    const directory = runtime.spreadsheet.tab("Danh bạ");
    const ids = ["A.I.7", "A.V.4", "A.III.1", "A.VII.10"];
    ids.forEach((id, i) => {
      const row = plan.grid().findIndex((r) => r[0] === id) + 1;
      plan.type(row, owner, `Cán bộ ${i + 1}`);
      const at = directory.getLastRow() + 1;
      directory.type(at, dcol("role"), `Cán bộ ${i + 1}`);
      directory.type(at, dcol("person"), `Cán bộ ${i + 1}`);
      directory.type(at, dcol("email"), `canbo${i + 1}@gmail.com`);
    });
    runtime.mail.quota = 3;
    runtime.fire("dailyDigest");
    // Most urgent first: the secretariat (A.I.7, 158 working days late, and one due soon), then
    // the owner of A.I.7 (158 days), then the owner of A.V.4 (125 days).
    expect(recipients(runtime)).toEqual(["officestatistics@dailanh.gov.vn", "canbo1@gmail.com", "canbo2@gmail.com"]);
    const pending = JSON.parse(runtime.properties.document.getProperty("digest.pending.v2.0")!);
    expect(pending).toHaveLength(5);
    // The next day: a fresh quota; yesterday's five go first.
    const next = createRuntime({ now: new Date("2024-11-21T00:00:00Z") });
    Object.assign(next.spreadsheet, { sheets: runtime.spreadsheet.sheets });
    for (const s of runtime.spreadsheet.sheets) Object.assign(s, { spreadsheet: next.spreadsheet });
    for (const [k, v] of runtime.properties.document.store) next.properties.document.store.set(k, v);
    loadBundle(next);
    next.fire("dailyDigest");
    expect(recipients(next).slice(0, 5).sort()).toEqual([...pending].sort());
  });

  test("one failed send leaves the others sent and is logged", () => {
    const { runtime } = boot();
    runtime.mail.failing.add("counciloffice@dailanh.gov.vn");
    runtime.fire("dailyDigest");
    expect(recipients(runtime)).toEqual([
      "officestatistics@dailanh.gov.vn",
      "justicecivil@dailanh.gov.vn",
      "financeaccounting@dailanh.gov.vn",
    ]);
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log.some((l) => l.startsWith("Không gửi được nhắc việc tới counciloffice@dailanh.gov.vn"))).toBe(true);
  });

  test("nothing is sent on a day off", () => {
    const { runtime } = boot(new Date("2024-11-23T00:00:00Z")); // a Saturday
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent).toHaveLength(0);
    expect(
      runtime.spreadsheet
        .tab("Nhật ký")
        .grid()
        .map((r) => String(r[3]))
        .at(-1),
    ).toBe("Hôm nay (23/11/2024) là ngày nghỉ: không gửi nhắc việc.");
  });

  test("on Monday the chairman hears about what stays late", () => {
    const { runtime } = boot(new Date("2024-11-25T00:00:00Z"));
    runtime.fire("dailyDigest");
    const chairman = runtime.mail.sent.find((m) => m.to === "chairman@dailanh.gov.vn") as unknown as
      { subject: string } | undefined;
    expect(chairman?.subject).toMatch(
      /^\[Kế hoạch CCHC\] Báo cáo Chủ tịch: \d+ việc quá hạn kéo dài – ngày 25\/11\/2024$/,
    );
  });

  test("the service calls of a daily run do not grow with the number of rows", () => {
    const cost = (copies: number) => {
      const { runtime, global } = boot(WEDNESDAY, copies);
      global.menuRefresh();
      runtime.calls.reset();
      runtime.fire("dailyDigest");
      const subjects = runtime.mail.sent.map((m) => (m as unknown as { subject: string }).subject);
      const log = runtime.spreadsheet
        .tab("Nhật ký")
        .grid()
        .map((r) => String(r[3]));
      return {
        sends: runtime.calls.of("MailApp.sendEmail"),
        total: runtime.calls.total(),
        to: recipients(runtime),
        subjects,
        log,
      };
    };
    const small = cost(1);
    const large = cost(10);
    expect(large.sends).toBe(small.sends);
    expect(large.total).toBe(small.total);
    // Both runs did the work: the same four people got their digest, counting every row.
    const everyone = [
      "officestatistics@dailanh.gov.vn",
      "counciloffice@dailanh.gov.vn",
      "justicecivil@dailanh.gov.vn",
      "financeaccounting@dailanh.gov.vn",
    ];
    expect(small.to).toEqual(everyone);
    expect(large.to).toEqual(everyone);
    expect(small.sends).toBe(4);
    expect(small.subjects[0]).toMatch(/^\[Kế hoạch CCHC\] 19 việc quá hạn, 1 sắp đến hạn/);
    expect(large.subjects[0]).toMatch(/^\[Kế hoạch CCHC\] 190 việc quá hạn, 10 sắp đến hạn/);
    for (const run of [small, large])
      expect(run.log.filter((l) => l.startsWith("Đã gửi nhắc việc tới"))).toHaveLength(4);
  });
});

describe("turning reminders on and off", () => {
  test("installing twice leaves one trigger, and the sheet shows who and when", () => {
    const { runtime, global } = boot();
    global.menuRemindersOn();
    global.menuRemindersOn();
    expect(runtime.scriptApp.triggers).toEqual([
      expect.objectContaining({ handler: "dailyDigest", atHour: 7, everyDays: 1, timeZone: "Asia/Ho_Chi_Minh" }),
    ]);
    const status = runtime.spreadsheet
      .tab("Cài đặt")
      .grid()
      .find((r) => r[0] === "reminderStatus")?.[1];
    expect(status).toBe(
      "Đang bật: gửi lúc 7 giờ mỗi ngày làm việc; bật bởi van.phong@example.com lúc 2024-11-20 07:00:00.",
    );
  });

  test("a second editor clicking does not add another", () => {
    const { runtime, global } = boot();
    global.menuRemindersOn();
    runtime.session.activeUser = "chu.tich@example.com";
    global.menuRemindersOn();
    expect(runtime.scriptApp.triggers).toHaveLength(1);
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/bật bởi van\.phong@example\.com/);
  });

  test("turning off removes the trigger; a trigger left by another editor then sends nothing", () => {
    const { runtime, global } = boot();
    global.menuRemindersOn();
    global.menuRemindersOff();
    expect(runtime.scriptApp.triggers).toHaveLength(0);
    runtime.fire("dailyDigest");
    expect(runtime.mail.sent).toHaveLength(0);
  });

  test("'Gửi thử cho tôi' sends the caller's own digest now", () => {
    const { runtime, global } = boot();
    runtime.session.activeUser = "justicecivil@dailanh.gov.vn";
    global.menuTestDigest();
    expect(recipients(runtime)).toEqual(["justicecivil@dailanh.gov.vn"]);
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/^Đã gửi thư thử tới justicecivil@dailanh\.gov\.vn/);
  });
});
