import { importPlanInto } from "../../../src/app/commands/importPlan";
import { countStatuses } from "../../../src/core/status/statuses";
import { readWorkbook } from "../../../src/app/commands/readWorkbook";
import { formatIso, localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { PLAN_TAB } from "../../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import type { AppPorts } from "../../../src/ports";
import { seedPlan } from "../../helpers";

const TODAY = localDate(2024, 11, 20);
function seeded(): Pick<AppPorts, "workbook" | "clock" | "user"> & { workbook: MemoryWorkbook } {
  const workbook = new MemoryWorkbook();
  const ports = {
    workbook,
    clock: { today: () => TODAY, timestamp: () => "2024-11-20 08:00:00" },
    user: { email: () => "" },
  };
  importPlanInto(ports, seedPlan());
  return ports;
}
const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
const rowOf = (ws: MemorySheet, id: string) => ws.readValues().findIndex((r) => r[0] === id) + 1;
/** Every task's status on the clock's day, read from the workbook as an action reads it. */
function evaluatePlan(ports: Pick<AppPorts, "workbook" | "clock" | "user">) {
  const { rows, settings, settingProblems, calendarProblems } = readWorkbook(ports);
  const counts = countStatuses(rows.map((r) => r.evaluation.status));
  return { rows, settings, counts, problems: [...settingProblems, ...calendarProblems] };
}

describe("evaluating the seed plan on 20/11/2024", () => {
  test("counts every task once, by status", () => {
    const result = evaluatePlan(seeded());
    expect(result.rows).toHaveLength(77);
    expect(result.counts).toEqual({
      overdue: 19,
      dueSoon: 1,
      onTrack: 12,
      doneEarly: 0,
      doneOnTime: 0,
      doneLate: 0,
      continuous: 39,
      waitingEvent: 2,
      noDeadline: 4,
    });
    const sum = Object.values(result.counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(77);
  });

  test("the import prefilled the holidays for 2024 and the plan's start date", () => {
    const p = seeded();
    const holidays = (p.workbook.sheet(t("tab.holidays")) as MemorySheet).readValues();
    expect(holidays).toHaveLength(14);
    expect(holidays[1]).toEqual([{ year: 2024, month: 1, day: 1 }, "Nghỉ", "Tết Dương lịch", null]);
    expect(holidays.slice(1).every((r) => r[3] === null)).toBe(true); // 2024 is confirmed
    const settings = (p.workbook.sheet(t("tab.settings")) as MemorySheet).readValues();
    expect(settings.find((r) => r[0] === "planStart")?.[1]).toEqual({ year: 2024, month: 4, day: 2 });
    expect(evaluatePlan(p).settings.planStart).toEqual(localDate(2024, 4, 2));
  });

  test("an officer's completion and own deadline change the status; the completion log counts occurrences", () => {
    const p = seeded();
    const plan = p.workbook.sheet(t("tab.plan")) as MemorySheet;
    const ii1 = rowOf(plan, "A.II.1");
    plan.type(ii1, col("progress"), "Hoàn thành");
    plan.type(ii1, col("completedOn"), localDate(2024, 11, 14));
    const vi4 = rowOf(plan, "A.VI.4");
    plan.type(vi4, col("deadline"), "29/11/2024");
    const log = p.workbook.sheet(t("tab.completions")) as MemorySheet;
    log.type(2, 1, "A.I.4");
    log.type(2, 2, "2024-Q2");
    log.type(2, 3, localDate(2024, 6, 1));
    log.type(3, 1, "A.I.4");
    log.type(3, 2, "Q3/2024");
    log.type(3, 3, "03/09/2024");
    const byId = new Map(evaluatePlan(p).rows.map((r) => [r.id, r.evaluation]));
    expect(byId.get("A.II.1")!.status).toBe("doneEarly");
    expect(byId.get("A.VI.4")!.status).toBe("onTrack");
    expect(formatIso(byId.get("A.VI.4")!.nextDue!)).toBe("2024-11-29");
    expect(byId.get("A.I.4")!.status).toBe("onTrack");
    expect(byId.get("A.I.4")!.occurrences.map((o) => o.status)).toEqual(["doneEarly", "doneOnTime", "onTrack"]);
  });

  test("reads the holidays tab: a day the secretariat adds there moves a deadline", () => {
    const p = seeded();
    const before = evaluatePlan(p).rows.find((r) => r.id === "A.VII.7")!.evaluation;
    const holidays = p.workbook.sheet(t("tab.holidays")) as MemorySheet;
    const next = holidays.readValues().length + 1;
    holidays.type(next, 1, localDate(2024, 11, 11));
    holidays.type(next, 2, "Nghỉ");
    const after = evaluatePlan(p).rows.find((r) => r.id === "A.VII.7")!.evaluation;
    // 10/11 is a Sunday: due Monday 11/11, or Tuesday 12/11 once 11/11 is a day off.
    expect(formatIso(before.nextDue!)).toBe("2024-11-11");
    expect(formatIso(after.nextDue!)).toBe("2024-11-12");
    holidays.type(next + 1, 1, "32/13/2024");
    expect(evaluatePlan(p).problems.map((m) => m.params?.row)).toEqual([next + 1]);
  });
});
