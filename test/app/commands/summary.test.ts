import { generateReport } from "../../../src/app/commands/generateReport";
import { refreshAll } from "../../../src/app/commands/refresh";
import { setup } from "../../../src/app/commands/setup";
import { writeSummary } from "../../../src/app/write/summaryTab";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { overdueDays } from "../../../src/core/status/status";
import { readSummaryGrid } from "../../../src/core/summary/grid";
import { SUMMARY_TAB_NAME, type CommuneSummary } from "../../../src/core/summary/schema";
import { INDICATORS_TAB, PLAN_TAB } from "../../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

const TODAY = localDate(2024, 11, 20);
type Ports = ReturnType<typeof seededPorts>;
const sheet = (p: { workbook: MemoryWorkbook }, name: string) => p.workbook.sheet(name) as MemorySheet;
const summaryTab = (p: Ports) => sheet(p, SUMMARY_TAB_NAME);
/** The tab read as the province reads it: its values, then the schema's reader. */
function summaryOf(p: Ports): CommuneSummary {
  const reading = readSummaryGrid(summaryTab(p).readValues());
  if (!reading.ok) throw new Error(JSON.stringify(reading));
  return reading.summary;
}
const planCol = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
const indicatorCol = (key: string) => INDICATORS_TAB.columns.findIndex((c) => c.key === key) + 1;
const rowOf = (ws: MemorySheet, id: string) => ws.readValues().findIndex((r) => r[0] === id) + 1;
const logLines = (p: Ports, action: string) =>
  sheet(p, t("tab.log"))
    .readValues()
    .filter((r) => r[2] === action)
    .map((r) => String(r[3]));

describe("Tổng hợp, the summary the province reads", () => {
  test("the seed refreshed on 20/11/2024: the refresh's own counts, the overdue tasks the most late first", () => {
    const p = seededPorts(TODAY);
    const result = refreshAll(p, TODAY);
    const s = summaryOf(p);
    expect(s).toMatchObject({
      version: 1,
      commune: "Đại Lãnh",
      plan: "Kế hoạch khắc phục tồn tại, hạn chế, cải thiện Chỉ số CCHC và Chỉ số hài lòng năm 2024",
      year: 2024,
      asOf: TODAY,
      tasks: 77,
      lastReport: null,
    });
    expect(s.byStatus).toEqual(result.counts);
    expect(s.byStatus.overdue).toBe(19);
    // Nothing is done yet: no rate, not 0 %.
    expect([s.onTimeRate, s.evidenceRate]).toEqual([null, null]);
    const late = new Map(result.rows.map((r) => [r.id, overdueDays(r.evaluation)]));
    expect(s.overdueTasks).toHaveLength(19);
    expect(new Set(s.overdueTasks)).toEqual(
      new Set(result.rows.filter((r) => r.evaluation.status === "overdue").map((r) => r.id)),
    );
    const days = s.overdueTasks.map((id) => late.get(id)!);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBeGreaterThan(days[days.length - 1]);
    expect(s.indicators).toHaveLength(result.indicators.indicators.length);
  });

  test("the rates are the plan ratios tab's whole-plan figures, and the indicators the indicators tab's", () => {
    const p = seededPorts(TODAY);
    const plan = sheet(p, t("tab.plan"));
    // Two tasks done: one on time with evidence, one late without.
    const done = (id: string, on: ReturnType<typeof localDate>, evidence?: string) => {
      plan.type(rowOf(plan, id), planCol("progress"), "Hoàn thành");
      plan.type(rowOf(plan, id), planCol("completedOn"), on);
      if (evidence) plan.type(rowOf(plan, id), planCol("evidence"), evidence);
    };
    done("A.I.7", localDate(2024, 3, 1), "https://drive.google.com/file/d/abc");
    done("A.V.4", localDate(2024, 11, 19));
    const data = sheet(p, t("tab.indicatorData"));
    [
      ["A.VIII.4#1", "2024-Q3", 88, 100],
      ["A.VII.7#3", "2024-10", 7, 10],
    ].forEach((line, i) => line.forEach((v, j) => data.type(i + 2, j + 1, v)));
    refreshAll(p, TODAY);
    const s = summaryOf(p);
    const whole = sheet(p, t("tab.planStats")).readValues()[1];
    expect(whole[0]).toBe(t("scope.plan"));
    expect([s.onTimeRate, s.evidenceRate]).toEqual([whole[4], whole[6]]);
    expect(s.onTimeRate).not.toBeNull();
    expect(s.evidenceRate).toBe(50);
    const indicators = sheet(p, t("tab.indicators"));
    for (const id of ["A.VIII.4#1", "A.VII.7#3", "A.III.2#1"]) {
      const r = rowOf(indicators, id);
      const i = s.indicators.find((x) => x.id === id)!;
      expect([i.value, i.period, i.target, t(`indicator.${i.status}`)]).toEqual([
        indicators.get(r, indicatorCol("latestValue")),
        indicators.get(r, indicatorCol("latestPeriod")),
        indicators.get(r, indicatorCol("appliesTarget")),
        indicators.get(r, indicatorCol("status")),
      ]);
    }
    expect(s.indicators.find((x) => x.id === "A.VIII.4#1")).toMatchObject({ value: 88, status: "met" });
    expect(s.indicators.find((x) => x.id === "A.VII.7#3")).toMatchObject({ value: 70, floor: 60, status: "metFloor" });
    expect(s.indicators.find((x) => x.id === "A.III.2#1")).toMatchObject({ value: null, status: "noData" });
  });

  test("generating the November report rewrites it with that report, and later refreshes keep it from Nhật ký", () => {
    const p = seededPorts(TODAY);
    refreshAll(p, TODAY);
    generateReport(p, "T11/2024", TODAY);
    expect(summaryOf(p).lastReport).toEqual({ period: "2024-11", generatedOn: TODAY });
    // Two weeks on: the day a report was made is its log line's, the clock's.
    const later = localDate(2024, 12, 4);
    const december = { ...p, clock: { today: () => later, timestamp: () => "2024-12-04 09:30:00" } };
    refreshAll(december);
    expect(summaryOf(p)).toMatchObject({ asOf: later, lastReport: { period: "2024-11", generatedOn: TODAY } });
    generateReport(december, "2024-Q4");
    expect(summaryOf(p).lastReport).toEqual({ period: "2024-Q4", generatedOn: later });
  });

  test("what a person typed in the tab is rewritten by the next refresh, and Nhật ký says where", () => {
    const p = seededPorts(TODAY);
    refreshAll(p, TODAY);
    const tab = summaryTab(p);
    const grid = tab.readValues();
    const overdueRow = grid.findIndex((r) => r[0] === "status.overdue") + 1;
    tab.type(overdueRow, 3, 3); // a better-looking figure
    tab.type(overdueRow, 4, "đã giảm"); // a remark beside it
    tab.type(grid.length + 3, 1, "ghi chú của văn phòng");
    refreshAll(p, TODAY);
    expect(summaryTab(p).readValues()).toHaveLength(grid.length);
    expect(summaryOf(p).byStatus.overdue).toBe(19);
    expect(tab.get(overdueRow, 4) ?? "").toBe("");
    expect(logLines(p, t("tab.summary"))).toEqual([
      t("summary.overwritten", { tab: SUMMARY_TAB_NAME, cell: `D${overdueRow}` }),
    ]);
    // A tab as the product left it is rewritten without a word.
    refreshAll(p, TODAY);
    expect(logLines(p, t("tab.summary"))).toHaveLength(1);
  });

  test("fewer indicators: the rows left from the longer grid are emptied", () => {
    const p = seededPorts(TODAY);
    refreshAll(p, TODAY);
    const before = summaryTab(p).readValues().length;
    const indicators = sheet(p, t("tab.indicators"));
    for (const id of ["A.I.1#1", "A.I.2#1", "A.I.3#1"]) indicators.cells[rowOf(indicators, id) - 1] = [];
    refreshAll(p, TODAY);
    const after = summaryTab(p).readValues();
    expect(after).toHaveLength(before - 3);
    expect(after.filter((r) => r[0] === "indicator")).toHaveLength(summaryOf(p).indicators.length);
    expect(logLines(p, t("tab.summary"))).toEqual([]);
  });

  test("setup makes it once with its looks; a refresh makes it again when deleted, touching no other tab", () => {
    const p = {
      workbook: new MemoryWorkbook(),
      clock: { today: () => TODAY, timestamp: () => "" },
      user: { email: () => "" },
    };
    expect(setup(p).created).toContain(SUMMARY_TAB_NAME);
    const tab = sheet(p, SUMMARY_TAB_NAME);
    expect(tab.readValues()).toEqual([["Khoá", "Mục", "Giá trị"]]);
    expect(tab.frozenRows).toBe(1);
    expect(tab.plainText).toEqual(new Set([3]));
    expect(tab.widths.size).toBe(9);
    expect(tab.notes.get("1,1")).toMatch(/không được giữ/);
    expect(setup(p).created).toEqual([]);

    const seeded = seededPorts(TODAY);
    refreshAll(seeded, TODAY);
    const others = () =>
      seeded.workbook.sheets.filter((s) => s.name !== SUMMARY_TAB_NAME).map((s) => [s.name, s.cells]);
    const names = seeded.workbook.sheets.map((s) => s.name);
    seeded.workbook.sheets.splice(names.indexOf(SUMMARY_TAB_NAME), 1);
    const snapshot = refreshAll(seeded, TODAY).snapshot;
    expect(summaryOf(seeded).tasks).toBe(77);
    seeded.workbook.counter.reset();
    const before = JSON.stringify(others());
    writeSummary(seeded, snapshot);
    expect(JSON.stringify(others())).toBe(before);
    expect(seeded.workbook.counter.snapshotOf()).toEqual({ sheet: 1, readValues: 1, writeValues: 1 });
  });
});
