import {
  dashboardCheck,
  dashboardLoad,
  dashboardMyLink,
  dashboardRefresh,
  dashboardReminders,
  dashboardReport,
  dashboardSaveSettings,
  reportPeriods,
  type DashboardPorts,
} from "../../../src/app/api/dashboard";
import { verifyLink } from "../../../src/app/commands/officerLinks";
import { readWorkbook } from "../../../src/app/commands/readWorkbook";
import { refreshAll } from "../../../src/app/commands/refresh";
import { reportModel } from "../../../src/app/read/report";
import { WriteRefused, writeSecretariatSettings } from "../../../src/app/write/writer";
import type { SettingsAnswer } from "../../../src/bridge/contract";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { monthPeriod, parsePeriod, periodLabel } from "../../../src/core/period/period";
import { SETTINGS } from "../../../src/core/settings/registry";
import { STATUSES } from "../../../src/core/status/statuses";
import {
  INDICATOR_DATA_TAB,
  INDICATORS_TAB,
  PLAN_TAB,
  SETTINGS_TAB,
  type TabSpec,
} from "../../../src/core/workbook/layout";
import { MemoryStore, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { nodeCrypto } from "../../../src/node/crypto";
import type { LockPort, TriggersPort } from "../../../src/ports";
import { seededPorts } from "../../helpers";

const ME = "van.phong@dailanh.gov.vn";
const BASE = "https://script.google.com/macros/s/abc/exec";

/** A bound script's daily triggers (the reminders tests model the add-on case). */
class Triggers implements TriggersPort {
  readonly made = new Map<string, number>();
  private next = 1;
  daily = () => [...this.made.keys()];
  spansDocuments = () => false;
  createDaily(hour: number): string {
    const id = `t${this.next++}`;
    this.made.set(id, hour);
    return id;
  }
  remove(id: string): void {
    this.made.delete(id);
  }
}

const free: LockPort = { withLock: (fn) => fn() };
const busy: LockPort = { withLock: () => null };

/** The seed's workbook with the sidebar's ports, run by the secretariat's editor. */
function ports(options: { lock?: LockPort; email?: string } = {}) {
  const email = options.email ?? ME;
  return {
    ...seededPorts(),
    user: { email: () => email },
    lock: options.lock ?? free,
    scriptLock: free,
    triggers: new Triggers(),
    crypto: nodeCrypto,
    secrets: new MemoryStore(),
  } satisfies DashboardPorts;
}
type Ports = ReturnType<typeof ports>;

const sheet = (p: Ports, spec: TabSpec) => p.workbook.sheet(t(spec.name)) as MemorySheet;
const col = (spec: TabSpec, key: string) => spec.columns.findIndex((c) => c.key === key) + 1;
const rowWith = (ws: MemorySheet, first: string) => ws.readValues().findIndex((r) => r[0] === first) + 1;
/** A setting's cell as Cài đặt holds it. */
const settingCell = (p: Ports, key: string) => {
  const ws = sheet(p, SETTINGS_TAB);
  return ws.get(rowWith(ws, key), col(SETTINGS_TAB, "value"));
};
const logLines = (p: Ports) =>
  p.workbook
    .sheet(t("tab.log"))!
    .readValues()
    .map((r) => r.join(" | "));
const failed = (a: SettingsAnswer) => {
  if (a.ok) throw new Error(`saved: ${a.lines.join(" ")}`);
  return a;
};

describe("dashboardLoad", () => {
  it("counts every one of the plan's 77 tasks once, in the statuses' order, with their labels", () => {
    const d = dashboardLoad(ports());
    expect(d.counts.map((c) => c.status)).toEqual(STATUSES.map((s) => s.key));
    expect(d.counts.map((c) => c.label)).toEqual(STATUSES.map((s) => t(s.label)));
    expect(d.counts.reduce((n, c) => n + c.count, 0)).toBe(77);
    expect(d.counts[0]).toEqual({ status: "overdue", label: "Quá hạn", count: 19 });
    expect([d.today, d.commune, d.unavailable]).toEqual(["20/11/2024", "Đại Lãnh", undefined]);
  });

  it("gives the sections in plan order, grouped and counted as the report counts them", () => {
    const p = ports();
    const d = dashboardLoad(p);
    expect(d.sections.map((s) => s.section)).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
      "II. CẢI CÁCH THỂ CHẾ",
      "III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
      "IV. CẢI CÁCH TỔ CHỨC BỘ MÁY",
      "V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
      "VI. CẢI CÁCH TÀI CHÍNH CÔNG",
      "VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
      "VIII. CẢI THIỆN CÁC TIÊU CHÍ VỀ ĐIỂM THƯỞNG",
      "IX. PHÂN ĐẦU KHÔNG VI PHẠM CÁC NỘI DUNG ĐIỂM TRỪ",
      "Phần B",
    ]);
    expect(d.sections.map((s) => s.total)).toEqual([7, 5, 15, 2, 7, 5, 10, 8, 8, 10]);
    // The report of a period cut today counts the same sections alike.
    const snapshot = readWorkbook(p);
    const period = parsePeriod("2024")!;
    const report = reportModel(snapshot, "2024", period, "year");
    expect(d.sections.map(({ total, done, overdue }) => [total, done, overdue])).toEqual(
      report.sections.map((s) => [s.tasks, s.done, s.overdue]),
    );
    expect(d.sections.reduce((n, s) => n + s.overdue, 0)).toBe(19);
  });

  it("lists the overdue tasks, the most working days late first, with their lead, owner and deadline", () => {
    const p = ports();
    const plan = sheet(p, PLAN_TAB);
    plan.type(rowWith(plan, "A.I.2"), col(PLAN_TAB, "owner"), "Trần Thị Lan");
    const { overdue } = dashboardLoad(p);
    expect(overdue).toHaveLength(19);
    const late = overdue.map((o) => Number(/quá hạn (\d+) ngày/.exec(o.deadline)![1]));
    expect(late).toEqual([...late].sort((a, b) => b - a));
    expect(overdue[0]).toMatchObject({
      id: "A.I.7",
      row: 8,
      lead: "Công chức Văn phòng – Thống kê",
      deadline: "Hạn: 05/04/2024 (quá hạn 158 ngày làm việc)",
    });
    expect(plan.get(overdue[0].row, col(PLAN_TAB, "id"))).toBe("A.I.7");
    expect(overdue.find((o) => o.id === "A.I.2")!.lead).toBe(
      "Công chức Văn phòng – Thống kê (người phụ trách: Trần Thị Lan)",
    );
  });

  it("judges the indicators as the Chỉ số tab does, with their figures in words", () => {
    const p = ports();
    const data = sheet(p, INDICATOR_DATA_TAB);
    const lines = [
      ["A.VIII.4#1", "2024-Q3", 88, 100],
      ["A.VII.7#3", "2024-10", 7, 10],
      ["A.VI.4#1", "2024-10", 70, 100],
    ];
    lines.forEach((l, i) => l.forEach((v, j) => data.type(i + 2, j + 1, v)));
    refreshAll(p);
    const { indicators } = dashboardLoad(p);
    expect(indicators).toHaveLength(44);
    const tab = sheet(p, INDICATORS_TAB);
    const tabStatus = (name: string) => {
      const row = tab.readValues().find((r) => r[col(INDICATORS_TAB, "name") - 1] === name)!;
      return row[col(INDICATORS_TAB, "status") - 1];
    };
    for (const i of indicators) expect(i.judgement).toBe(tabStatus(i.name));
    const named = (id: string) => {
      const name = tab.get(rowWith(tab, id), col(INDICATORS_TAB, "name"));
      return indicators.find((i) => i.name === name)!;
    };
    expect(named("A.VIII.4#1")).toMatchObject({ value: "88%", judgement: "Đạt", judgementKey: "met" });
    expect(named("A.VII.7#3")).toMatchObject({
      value: "70%",
      target: "90%",
      floor: "60%",
      judgement: "Đạt mức tối thiểu",
      judgementKey: "belowTarget",
    });
    expect(named("A.VI.4#1")).toMatchObject({ value: "70%", target: "60%", floor: "—", judgementKey: "met" });
    expect(named("A.III.2#1")).toMatchObject({ value: "—", judgement: "Chưa có số liệu", judgementKey: "noData" });
    data.type(3, 3, 5); // 50%: under the floor of 60%
    const again = dashboardLoad(p).indicators.find((i) => i.name === named("A.VII.7#3").name)!;
    expect(again).toMatchObject({ value: "50%", judgement: "Chưa đạt", judgementKey: "belowFloor" });
  });

  it("offers this month first, then the plan year's earlier months, its quarters begun and the year", () => {
    const d = dashboardLoad(ports());
    const months = Array.from({ length: 10 }, (_, i) => `2024-${String(10 - i).padStart(2, "0")}`);
    expect(d.periods.map((x) => x.key)).toEqual([
      "2024-11",
      ...months,
      "2024-Q4",
      "2024-Q3",
      "2024-Q2",
      "2024-Q1",
      "2024",
    ]);
    expect(d.periods[0]).toEqual({ key: "2024-11", label: periodLabel(monthPeriod(2024, 11)) });
    expect(d.periods[0].label).toBe("tháng 11 năm 2024");
    // In January, the month is the new year's, the rest the plan's.
    const january = reportPeriods(localDate(2025, 1, 10), 2024).map((x) => x.key);
    expect(january.slice(0, 3)).toEqual(["2025-01", "2024-12", "2024-11"]);
    expect(january.slice(-5)).toEqual(["2024-Q4", "2024-Q3", "2024-Q2", "2024-Q1", "2024"]);
    const february = reportPeriods(localDate(2024, 2, 5), 2024).map((x) => x.key);
    expect(february.join(" ")).toBe("2024-02 2024-01 2024-Q1 2024");
  });

  it("has one settings field per registry entry, as Cài đặt shows it, with the problem of what is typed", () => {
    const p = ports();
    const ws = sheet(p, SETTINGS_TAB);
    ws.type(rowWith(ws, "dueSoonDays"), col(SETTINGS_TAB, "value"), "ba");
    refreshAll(p);
    const { settings } = dashboardLoad(p);
    expect(settings.map((s) => s.key)).toEqual(Object.keys(SETTINGS));
    const field = (key: string) => settings.find((s) => s.key === key)!;
    expect(field("dueSoonDays")).toEqual({
      key: "dueSoonDays",
      label: "dueSoonDays",
      help: 'Số ngày làm việc coi là "sắp đến hạn"',
      value: "ba",
      problem: ws.get(rowWith(ws, "dueSoonDays"), col(SETTINGS_TAB, "check")),
    });
    expect(field("dueSoonDays").problem).toMatch(/"ba" không phải số ngày/);
    expect(field("communeName")).toMatchObject({ value: "Đại Lãnh", problem: null });
    expect(field("sendOnDaysOff").options).toEqual(["CÓ", "KHÔNG"]);
    expect(field("reportLevel")).toMatchObject({ value: "TỰ ĐỘNG", options: ["TỰ ĐỘNG", "HUYỆN", "TỈNH"] });
    expect(field("reminderStatus").readOnly).toBe(true);
    expect(settings.filter((s) => s.readOnly).map((s) => s.key)).toEqual(["reminderStatus"]);
  });

  it("says the reminders have never been turned on", () => {
    expect(dashboardLoad(ports()).reminders).toEqual({ on: false, text: t("dashboard.remindersNever") });
  });

  it("reads each tab once and writes nothing: a handful of service calls, not one per row", () => {
    const p = ports();
    refreshAll(p);
    p.workbook.counter.reset();
    dashboardLoad(p);
    const calls = p.workbook.counter.snapshotOf();
    expect(calls.writeValues ?? 0).toBe(0);
    expect(calls.readValues).toBe(8);
    expect(p.workbook.counter.total()).toBeLessThanOrEqual(20);
  });
});

describe("the buttons", () => {
  it("refresh and check answer in the menus' words, with the dashboard", () => {
    const p = ports();
    const refreshed = dashboardRefresh(p);
    expect(refreshed.ok).toBe(true);
    expect(refreshed.lines).toEqual([
      "Đã cập nhật 77 nhiệm vụ ngày 20/11/2024: 19 quá hạn, 1 sắp đến hạn, 10 vấn đề cần sửa.",
    ]);
    expect(sheet(p, PLAN_TAB).get(8, col(PLAN_TAB, "status"))).toBe("Quá hạn");
    const checked = dashboardCheck(p);
    expect(checked.lines[0]).toBe("Đã kiểm tra 77 dòng: 10 vấn đề cần sửa.");
    expect(checked.lines.filter((l) => l.startsWith("•"))).toHaveLength(8);
    expect(checked.dashboard.counts.reduce((n, c) => n + c.count, 0)).toBe(77);
    expect(logLines(p).some((l) => l.includes(t("log.check")))).toBe(true);
  });

  it("makes the report tab of a month the picker offered, and says the menu can mail it", () => {
    const p = ports();
    const key = dashboardLoad(p).periods[0].key;
    const made = dashboardReport(p, key);
    expect(made).toMatchObject({ ok: true, tab: "Báo cáo 2024-11" });
    expect(made.pdfUrl).toBeUndefined(); // no PDF kept in Node
    expect(made.lines).toEqual(['Đã tạo báo cáo tháng 11 năm 2024: trang "Báo cáo 2024-11", bản PDF: —']);
    expect(p.workbook.sheet("Báo cáo 2024-11")!.readValues().length).toBeGreaterThan(10);
    const ws = sheet(p, SETTINGS_TAB);
    ws.type(rowWith(ws, "reportEmails"), col(SETTINGS_TAB, "value"), "noivu@huyen.gov.vn");
    const withPdf = { ...p, documents: { savePdf: () => ({ id: "f1", url: "https://drive.example/f1" }) } };
    const again = dashboardReport(withPdf, "T11/2024");
    expect(again).toMatchObject({ ok: true, tab: "Báo cáo 2024-11", pdfUrl: "https://drive.example/f1" });
    expect(again.lines[1]).toBe(
      'Có thể gửi bản PDF qua email tới noivu@huyen.gov.vn bằng menu "Kế hoạch CCHC → Tạo báo cáo".',
    );
  });

  it.each([["2024-W47"], ["tháng mười"], [42], [null]])("refuses the report period %p, making no tab", (period) => {
    const p = ports();
    const before = p.workbook.sheets.length;
    const refused = dashboardReport(p, period);
    expect(refused.ok).toBe(false);
    expect(refused.lines[0]).toMatch(/^Kỳ báo cáo ".*" không hợp lệ/);
    expect(refused.tab).toBeUndefined();
    expect(p.workbook.sheets.length).toBe(before);
    expect(refused.dashboard.counts.length).toBe(STATUSES.length);
  });

  it("turns reminders on, then off, showing the status Cài đặt shows", () => {
    const p = ports();
    const on = dashboardReminders(p, true);
    expect(on.lines).toEqual([t("reminders.installed", { hour: 7 })]);
    expect(on.dashboard.reminders).toEqual({ on: true, text: settingCell(p, "reminderStatus") });
    expect(on.dashboard.reminders.text).toMatch(/^Đang bật: gửi lúc 7 giờ/);
    expect([...p.triggers.made.values()]).toEqual([7]);
    const off = dashboardReminders(p, false);
    expect(off.dashboard.reminders).toEqual({ on: false, text: settingCell(p, "reminderStatus") });
    expect(p.triggers.made.size).toBe(0);
    expect(off.dashboard.settings.find((s) => s.key === "reminderStatus")!.value).toBe(off.dashboard.reminders.text);
  });

  it("refuses reminders asked with anything but a boolean", () => {
    const p = ports();
    const refused = dashboardReminders(p, "true");
    expect(refused).toMatchObject({ ok: false, lines: [t("dashboard.remindersBad")] });
    expect(p.triggers.made.size).toBe(0);
  });
});

describe("dashboardSaveSettings", () => {
  it("writes what changed to Cài đặt, logs who changed what, refreshes, and shows it", () => {
    const p = ports();
    const ws = sheet(p, SETTINGS_TAB);
    ws.type(rowWith(ws, "dueSoonDays"), col(SETTINGS_TAB, "value"), "ba");
    refreshAll(p);
    expect(ws.get(rowWith(ws, "dueSoonDays"), col(SETTINGS_TAB, "check"))).toMatch(/"ba" không phải số ngày/);
    const saved = dashboardSaveSettings(p, { dueSoonDays: " 10 ", communeName: "Đại Lãnh", sendOnDaysOff: "CÓ" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(settingCell(p, "dueSoonDays")).toBe("10");
    expect(settingCell(p, "sendOnDaysOff")).toBe("CÓ");
    expect(saved.lines[0]).toBe('Đã lưu 2 cài đặt vào trang "Cài đặt".');
    expect(saved.lines[1]).toMatch(/^Đã cập nhật 77 nhiệm vụ/);
    const logged = logLines(p).filter((l) => l.includes("Sửa cài đặt (bảng điều khiển)"));
    expect(logged).toEqual([
      `2024-11-20 08:00:00 | ${ME} | Sửa cài đặt (bảng điều khiển) | dueSoonDays: "ba" → "10"`,
      `2024-11-20 08:00:00 | ${ME} | Sửa cài đặt (bảng điều khiển) | sendOnDaysOff: "KHÔNG" → "CÓ"`,
    ]);
    const field = saved.dashboard.settings.find((s) => s.key === "dueSoonDays")!;
    expect(field).toMatchObject({ value: "10", problem: null });
    // The refresh ran with the new value: the wrong one typed before is no longer named.
    expect(sheet(p, SETTINGS_TAB).get(rowWith(sheet(p, SETTINGS_TAB), "dueSoonDays"), col(SETTINGS_TAB, "check"))).toBe(
      null,
    );
  });

  it("keeps what someone typed in the sheet since the form opened: a field left as shown is not written", () => {
    const p = ports();
    const shown = Object.fromEntries(dashboardLoad(p).settings.map((f) => [f.key, f.value]));
    const ws = sheet(p, SETTINGS_TAB);
    ws.type(rowWith(ws, "communeName"), col(SETTINGS_TAB, "value"), "Xã Đại Lãnh");
    // The form sends back every field it lets the secretariat edit, as shown but for the one edited.
    const { reminderStatus: _own, ...editable } = shown;
    const again = dashboardSaveSettings(p, { ...editable, signerName: "Lê Văn B" }, shown);
    expect(again.ok && again.lines[0]).toBe(t("dashboard.settingsSaved", { count: 1, tab: "Cài đặt" }));
    expect(settingCell(p, "communeName")).toBe("Xã Đại Lãnh");
    expect(settingCell(p, "signerName")).toBe("Lê Văn B");
  });

  it("refuses a field edited in the form whose cell was changed in the sheet since, writing nothing", () => {
    const p = ports();
    const shown = Object.fromEntries(dashboardLoad(p).settings.map((f) => [f.key, f.value]));
    const ws = sheet(p, SETTINGS_TAB);
    ws.type(rowWith(ws, "dueSoonDays"), col(SETTINGS_TAB, "value"), "4");
    const answer = failed(dashboardSaveSettings(p, { dueSoonDays: "10", signerName: "Lê Văn B" }, shown));
    expect(answer.errors).toEqual({
      dueSoonDays:
        'Cài đặt "dueSoonDays" đã được sửa trên trang "Cài đặt" thành "4" sau khi mở bảng điều khiển; ' +
        "hãy tải lại rồi sửa.",
    });
    expect([settingCell(p, "dueSoonDays"), settingCell(p, "signerName")]).toEqual(["4", "Nguyễn Lê Ngọc Toàn"]);
  });

  it("writes nothing when nothing changed", () => {
    const p = ports();
    p.workbook.counter.reset();
    const same = dashboardSaveSettings(p, { reportCutoffDay: "20" });
    expect(same).toMatchObject({ ok: true, lines: [t("dashboard.settingsSame")] });
    expect(p.workbook.counter.snapshotOf().writeValues ?? 0).toBe(0);
  });

  it("refuses the whole form when one value is wrong, naming each refused field in Vietnamese", () => {
    const p = ports();
    p.workbook.counter.reset();
    const answer = failed(
      dashboardSaveSettings(p, {
        communeName: "Xã Mới",
        reportCutoffDay: "31",
        reportEmails: "noivu@huyen, ai@",
        beforeMeansDayBefore: "có lẽ",
      }),
    );
    expect(answer.errors).toEqual({
      reportCutoffDay: 'Cài đặt "reportCutoffDay": "31" không phải ngày chốt hợp lệ; ghi một số từ 1 đến 28.',
      reportEmails: expect.stringMatching(/^Cài đặt "reportEmails": .*không hợp lệ/),
      beforeMeansDayBefore: 'Cài đặt "beforeMeansDayBefore": "có lẽ" không hợp lệ; ghi CÓ hoặc KHÔNG.',
    });
    expect(p.workbook.counter.snapshotOf().writeValues ?? 0).toBe(0);
    expect(settingCell(p, "communeName")).toBe("Đại Lãnh");
  });

  it.each([
    ["an unknown key", { bogus: "1" }, "bogus", 'Không có cài đặt "bogus" trên trang "Cài đặt".'],
    ["a prototype key", JSON.parse('{"__proto__": "x"}'), "__proto__", 'Không có cài đặt "__proto__"'],
    ["the product's own", { reminderStatus: "Đang bật" }, "reminderStatus", "do tiện ích tự ghi"],
    ["a number", { dueSoonDays: 5 }, "dueSoonDays", 'Cài đặt "dueSoonDays": giá trị phải là chữ.'],
    ["an over-long text", { signerName: "a".repeat(501) }, "signerName", "dài quá 500 ký tự"],
    ["a line break", { signerName: "Nguyễn\nVăn A" }, "signerName", "ghi trên một dòng"],
    ["a hidden character", { signerName: "Nguyễn\u200bVăn A" }, "signerName", "ký tự lạ"],
  ])("refuses %s, by key, writing nothing", (_name, values, key, words) => {
    const p = ports();
    p.workbook.counter.reset();
    const answer = failed(dashboardSaveSettings(p, { communeName: "Xã Mới", ...values }));
    expect(Object.keys(answer.errors)).toEqual([key]);
    expect(answer.errors[key]).toContain(words);
    expect(p.workbook.counter.total()).toBe(0);
  });

  it.each([
    [null],
    ["communeName=X"],
    [["communeName", "X"]],
    [
      Object.fromEntries(
        Object.keys(SETTINGS)
          .map((k, i) => [`${k}${i}`, ""])
          .concat([["x", ""]]),
      ),
    ],
  ])("refuses a form that is not a few named values: %p", (values) => {
    const p = ports();
    p.workbook.counter.reset();
    expect(dashboardSaveSettings(p, values)).toEqual({ ok: false, errors: {}, message: t("dashboard.formBad") });
    expect(p.workbook.counter.total()).toBe(0);
  });
});

describe("the writer's exception for the settings form", () => {
  it("writes only the secretariat's settings, on the row that still holds the key", () => {
    const p = ports();
    const tab = readWorkbook(p).tabs.settings;
    const ws = sheet(p, SETTINGS_TAB);
    expect(() => writeSecretariatSettings(tab, new Map([["reminderStatus", "Đang bật"]]))).toThrow(WriteRefused);
    // Someone sorted the tab after it was read: the row now holds another key.
    const row = rowWith(ws, "signerName");
    ws.type(row, col(SETTINGS_TAB, "key"), "reportNumber");
    expect(() => writeSecretariatSettings(tab, new Map([["signerName", "Lê Văn B"]]))).toThrow(WriteRefused);
    expect(ws.get(row, col(SETTINGS_TAB, "value"))).toBe("Nguyễn Lê Ngọc Toàn");
  });
});

describe("a busy sheet and a broken one", () => {
  it("answers every button with the busy message and writes nothing", () => {
    const p = ports({ lock: busy });
    p.workbook.counter.reset();
    const busyText = t("error.busy");
    for (const answer of [
      dashboardRefresh(p),
      dashboardCheck(p),
      dashboardReport(p, "2024-11"),
      dashboardReminders(p, true),
    ]) {
      expect(answer).toMatchObject({ ok: false, lines: [busyText] });
      expect(answer.dashboard.unavailable).toBe(t("dashboard.unavailable", { reason: busyText }));
      expect(answer.dashboard.counts).toEqual([]);
    }
    expect(dashboardLoad(p).unavailable).toContain(busyText);
    expect(dashboardSaveSettings(p, { communeName: "Xã Mới" })).toEqual({ ok: false, errors: {}, message: busyText });
    expect(p.workbook.counter.total()).toBe(0);
    expect(p.triggers.made.size).toBe(0);
  });

  it("names a tab not as the product left it in the menus' words, and an unexpected error without its stack", () => {
    const p = ports();
    p.workbook.sheets.splice(p.workbook.sheets.indexOf(sheet(p, PLAN_TAB)), 1);
    const gone = dashboardRefresh(p);
    expect(gone.ok).toBe(false);
    expect(gone.lines[0]).toContain('"Kế hoạch"');
    expect(gone.dashboard.unavailable).toContain(gone.lines[0]);

    const q = ports();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const settings = sheet(q, SETTINGS_TAB);
    settings.readValues = () => {
      throw new Error("Service Spreadsheets timed out");
    };
    const broken = dashboardCheck(q);
    expect(broken.lines).toEqual([t("error.unexpected", { message: "Service Spreadsheets timed out" })]);
    expect(broken.lines[0]).not.toMatch(/\n\s+at /);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("dashboardMyLink", () => {
  it("gives the editor's own link, which verifies and names them", () => {
    const p = ports();
    const mine = dashboardMyLink(p, BASE);
    expect(mine.url!.startsWith(`${BASE}?t=v1.`)).toBe(true);
    expect(mine.message).toContain(ME);
    const token = new URL(mine.url!).searchParams.get("t");
    expect(verifyLink(p, token)).toEqual({ ok: true, person: ME });
  });

  it("gives no link while the page is not deployed, or when Google does not say who is asking", () => {
    expect(dashboardMyLink(ports(), null)).toEqual({ url: null, message: t("dashboard.linkNoPage") });
    expect(dashboardMyLink(ports({ email: "" }), BASE)).toEqual({ url: null, message: t("dashboard.linkNoUser") });
  });
});
