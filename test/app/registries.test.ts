/**
 * A newcomer adds a setting or a status by adding one entry to its list: these tests add one,
 * in the test only, and find it everywhere the product uses the list.
 */
import { readSettings } from "../../src/app/read/settings";
import { addMissingSettings } from "../../src/app/write/settings";
import { setup } from "../../src/app/commands/setup";
import { openTab } from "../../src/app/write/structure";
import { t } from "../../src/core/i18n/messages";
import { SETTINGS, settingKeys, settingSchema, type SettingsRegistry } from "../../src/core/settings/registry";
import { countStatuses, STATUSES, type StatusDef, type TaskStatus } from "../../src/core/status/statuses";
import { legendLines, planColourRules } from "../../src/core/workbook/colours";
import {
  computedColumns,
  importedColumns,
  INDICATORS_TAB,
  PLAN_TAB,
  SETTINGS_TAB,
  TABS,
} from "../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../src/memory/memoryWorkbook";

const ports = () => ({
  workbook: new MemoryWorkbook(),
  clock: { today: () => ({ year: 2024, month: 11, day: 20 }), timestamp: () => "" },
  user: { email: () => "" },
});

describe("adding a setting is adding one registry entry", () => {
  const WITH_REVIEW = {
    ...SETTINGS,
    reviewEveryDays: {
      description: "setting.dueSoonDays",
      defaultText: "10",
      edit: true,
      schema: settingSchema("settings.badDays", (s) => (/^\d{1,2}$/.test(s) ? Number(s) : undefined)),
    },
  } as const satisfies SettingsRegistry;

  test("setup writes its row into Cài đặt (key, default, help text) and the settings read it, typed", () => {
    const p = ports();
    const { tabs } = setup(p);
    expect(addMissingSettings(tabs.settings, WITH_REVIEW)).toEqual(["reviewEveryDays"]);
    const sheet = p.workbook.sheet(t("tab.settings")) as MemorySheet;
    const rows = sheet.readValues();
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(["reviewEveryDays", "10", t("setting.dueSoonDays")]);
    const days: number = readSettings(tabs.settings, WITH_REVIEW).settings.reviewEveryDays;
    expect(days).toBe(10);
    // Run again: nothing added twice.
    expect(addMissingSettings(tabs.settings, WITH_REVIEW)).toEqual([]);
    // Its flag puts it in the edit trigger's cache list.
    expect(settingKeys((s) => s.edit === true, WITH_REVIEW)).toEqual([
      "planYear",
      "planStart",
      "dueSoonDays",
      "beforeMeansDayBefore",
      "reviewEveryDays",
    ]);
  });

  test("a wrong value gets the default and a problem naming its row, through the entry's schema", () => {
    const p = ports();
    const { tabs } = setup(p);
    addMissingSettings(tabs.settings, WITH_REVIEW);
    const sheet = p.workbook.sheet(t("tab.settings")) as MemorySheet;
    const row = sheet.readValues().findIndex((r) => r[0] === "reviewEveryDays") + 1;
    sheet.type(row, 2, "mười");
    const read = readSettings(openTab(p.workbook, SETTINGS_TAB, false), WITH_REVIEW);
    expect(read.settings.reviewEveryDays).toBe(10);
    expect(read.wrong.map((w) => [w.key, w.value, w.fallback])).toEqual([["reviewEveryDays", "mười", "10"]]);
    expect(read.byRow.get(row)).toBe(
      '"mười" không phải số ngày; ghi một số từ 0 đến 99. Đang dùng giá trị mặc định: 10.',
    );
  });

  test("every default the registry holds is a value its own schema reads", () => {
    for (const [key, def] of Object.entries(SETTINGS)) {
      expect([key, def.schema.safeParse(def.defaultText).success]).toEqual([key, true]);
    }
  });
});

describe("adding a status is adding one entry to the status list", () => {
  const paused = {
    key: "paused",
    label: "progress.paused",
    swatch: { background: "#d9d9d9", fontColor: "#434343" },
    legend: "help.progress",
    done: false,
    late: false,
    open: true,
  } as const satisfies StatusDef;
  const list: readonly StatusDef[] = [...STATUSES, paused];

  test("it gets a legend line, a colour rule on the status column and a count", () => {
    const lines = legendLines(list);
    expect(lines.map((l) => l.label)).toEqual([
      "Quá hạn",
      "Sắp đến hạn",
      "Hoàn thành sớm hạn / Hoàn thành đúng hạn",
      "Hoàn thành trễ hạn",
      "Tạm dừng",
      "Cần sửa",
    ]);
    expect(lines[4]).toEqual({ label: "Tạm dừng", meaning: t("help.progress"), background: "#d9d9d9" });
    const columns = new Map(PLAN_TAB.columns.map((c, i) => [c.key, i + 1]));
    expect(planColourRules(columns, list)).toContainEqual({
      col: columns.get("status"),
      when: { textEquals: "Tạm dừng" },
      ...paused.swatch,
    });
    const counts = countStatuses(["paused", "overdue", "paused"] as TaskStatus[], list);
    expect(Object.keys(counts)).toEqual([...STATUSES.map((s) => s.key), "paused"]);
    expect(counts).toMatchObject({ paused: 2, overdue: 1, dueSoon: 0 });
  });
});

describe("which columns each action writes comes from the layout alone", () => {
  test("a refresh and an import each rewrite their own computed columns; the import fills its own", () => {
    expect(computedColumns(PLAN_TAB, "refresh")).toEqual(["status", "nextDue", "daysLeft", "check"]);
    expect(computedColumns(PLAN_TAB, "import")).toEqual(["importNotes"]);
    expect(importedColumns(PLAN_TAB)).toEqual([
      "id",
      "part",
      "section",
      "number",
      "task",
      "output",
      "timeline",
      "assignment",
      "lead",
      "support",
    ]);
    expect(computedColumns(INDICATORS_TAB, "refresh")).toEqual([
      "latestPeriod",
      "latestValue",
      "appliesTarget",
      "status",
      "change",
      "check",
    ]);
  });

  test("tab flags, not tab names, say which edits are ignored, what is unprotected, what is read with formats", () => {
    expect(TABS.filter((s) => s.ignoreEdits).map((s) => s.key)).toEqual(["log", "legend", "summary"]);
    expect(TABS.filter((s) => s.unprotected).map((s) => s.key)).toEqual(["log", "legend", "summary"]);
    expect(TABS.filter((s) => s.readWithFormats).map((s) => s.key)).toEqual([
      "settings",
      "indicators",
      "indicatorData",
    ]);
    // Every tab where a person or the import puts a figure is read with its formats (90% stored as 0.9).
    const figures = TABS.filter((s) => s.columns.some((c) => c.owner !== "computed" && c.type === "number"));
    expect(figures.every((s) => s.readWithFormats)).toBe(true);
  });
});
