import {
  dashboardCheck,
  dashboardLoad,
  dashboardMyLink,
  dashboardRefresh,
  dashboardReminders,
  dashboardReport,
  dashboardSaveSettings,
  type DashboardPorts,
} from "../../../src/app/api/dashboard";
import { MemoryStore } from "../../../src/memory/memoryWorkbook";
import { nodeCrypto } from "../../../src/node/crypto";
import type { TriggersPort } from "../../../src/ports";
import { STATUSES } from "../../../src/core/status/statuses";
import { seededPorts } from "../../helpers";

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

function ports(): DashboardPorts & ReturnType<typeof seededPorts> & { triggers: Triggers } {
  const lock = { withLock: <T>(fn: () => T): T | null => fn() };
  return {
    ...seededPorts(),
    user: { email: () => "van.phong@dailanh.gov.vn" },
    lock,
    scriptLock: lock,
    triggers: new Triggers(),
    crypto: nodeCrypto,
    secrets: new MemoryStore(),
  };
}

describe("dashboardLoad", () => {
  it("counts every one of the plan's 77 tasks once, in the statuses' order", () => {
    const d = dashboardLoad(ports());
    expect(d.counts.map((c) => c.status)).toEqual(STATUSES.map((s) => s.key));
    expect(d.counts.reduce((n, c) => n + c.count, 0)).toBe(77);
    expect(d.counts[0]).toEqual({ status: "overdue", label: "Quá hạn", count: 19 });
  });
});

describe("the buttons", () => {
  it("refresh and check answer in the menus' words, with the dashboard", () => {
    const p = ports();
    const refreshed = dashboardRefresh(p);
    expect(refreshed.ok).toBe(true);
    expect(refreshed.lines[0]).toMatch(/^Đã cập nhật 77 nhiệm vụ ngày 20\/11\/2024: 19 quá hạn/);
    const checked = dashboardCheck(p);
    expect(checked.lines[0]).toMatch(/^Đã kiểm tra 77 dòng/);
    expect(checked.dashboard.counts.reduce((n, c) => n + c.count, 0)).toBe(77);
  });

  it("makes the month's report tab", () => {
    const p = ports();
    const made = dashboardReport(p, "2024-11");
    expect(made).toMatchObject({ ok: true, tab: "Báo cáo 2024-11" });
    expect(p.workbook.sheet("Báo cáo 2024-11")).not.toBeNull();
  });

  it("turns reminders on, then off", () => {
    const p = ports();
    expect(dashboardReminders(p, true).dashboard.reminders.on).toBe(true);
    expect(p.triggers.made.size).toBe(1);
    expect(dashboardReminders(p, false).dashboard.reminders.on).toBe(false);
    expect(p.triggers.made.size).toBe(0);
  });

  it("saves a setting and refuses a wrong one", () => {
    const p = ports();
    expect(dashboardSaveSettings(p, { dueSoonDays: "x" }).ok).toBe(false);
    expect(dashboardSaveSettings(p, { reportCutoffDay: "25" }).ok).toBe(true);
  });

  it("gives the user's own link", () => {
    expect(dashboardMyLink(ports(), null).url).toBeNull();
    expect(dashboardMyLink(ports(), "https://example.com/exec").url).toMatch(/^https:\/\/example.com\/exec\?t=v1\./);
  });
});
