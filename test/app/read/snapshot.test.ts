import { generateReport } from "../../../src/app/commands/generateReport";
import { assignmentOf, tasksFor } from "../../../src/app/read/queries";
import { readWorkbook } from "../../../src/app/commands/readWorkbook";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { DIRECTORY_TAB, PLAN_TAB } from "../../../src/core/workbook/layout";
import type { MemorySheet, MemoryWorkbook } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
const dirCol = (key: string) => DIRECTORY_TAB.columns.findIndex((c) => c.key === key) + 1;
const tab = (workbook: MemoryWorkbook, key: "tab.plan" | "tab.directory") => workbook.sheet(t(key)) as MemorySheet;

/** The seed with a person and an address for the secretariat's role and the finance role. */
function staffed() {
  const ports = seededPorts();
  const directory = tab(ports.workbook, "tab.directory");
  const rowOf = (roleKey: string) => directory.readValues().findIndex((r) => r[dirCol("roleKey") - 1] === roleKey) + 1;
  directory.type(rowOf("officeStatistics"), dirCol("person"), "Nguyễn Văn An");
  directory.type(rowOf("officeStatistics"), dirCol("email"), "an@xa.gov.vn");
  directory.type(rowOf("financeAccounting"), dirCol("person"), "Lê Thị Bình");
  directory.type(rowOf("financeAccounting"), dirCol("email"), "binh@xa.gov.vn");
  return ports;
}

describe("the snapshot: the workbook read once per action", () => {
  test("reads each of the eight tracking tabs once and writes nothing on a sheet as the product left it", () => {
    const ports = seededPorts();
    ports.workbook.counter.reset();
    const snapshot = readWorkbook(ports);
    expect(ports.workbook.counter.counts.get("readValues")).toBe(8);
    expect(ports.workbook.counter.counts.get("writeValues") ?? 0).toBe(0);
    expect(snapshot.rows).toHaveLength(77);
    expect(snapshot.settings.planYear).toBe(2024);
    expect(snapshot.calendar.isWorkingDay(localDate(2024, 9, 2))).toBe(false); // Quốc khánh
  });

  test("each day's evaluation is computed once: today's rows are the rows, another day's kept once asked", () => {
    const snapshot = readWorkbook(seededPorts());
    expect(snapshot.rowsOn(snapshot.today)).toBe(snapshot.rows);
    const earlier = snapshot.rowsOn(localDate(2024, 6, 1));
    expect(snapshot.rowsOn(localDate(2024, 6, 1))).toBe(earlier);
    expect(earlier.filter((r) => r.evaluation.status === "overdue").length).toBeLessThan(
      snapshot.rows.filter((r) => r.evaluation.status === "overdue").length,
    );
  });
});

describe("whose a task is: one answer for the reminders, the report and tasksFor", () => {
  test("a task is the lead role's holder's, by name or by address; the owner an officer names takes it over", () => {
    const ports = staffed();
    const before = readWorkbook(ports);
    const finance = tasksFor(before, "le thi binh");
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.every((r) => r.cells.lead.some((l) => /Tài chính/.test(l)))).toBe(true);
    expect(tasksFor(before, "BINH@xa.gov.vn").map((r) => r.id)).toEqual(finance.map((r) => r.id));
    expect(assignmentOf(before, finance[0].cells)).toMatchObject({
      persons: ["Lê Thị Bình"],
      emails: ["binh@xa.gov.vn"],
    });

    // An officer names someone in the owner cell: the task is theirs, and no longer the role's.
    const plan = tab(ports.workbook, "tab.plan");
    plan.type(finance[0].row, col("owner"), "Phạm Văn Cường");
    const after = readWorkbook(ports);
    expect(tasksFor(after, "Phạm Văn Cường").map((r) => r.id)).toEqual([finance[0].id]);
    expect(tasksFor(after, "Lê Thị Bình").map((r) => r.id)).toEqual(finance.slice(1).map((r) => r.id));
    // Nobody has an address for Cường: the task is not lost, the role's address stays the one reminded.
    expect(assignmentOf(after, after.rows.find((r) => r.id === finance[0].id)!.cells).emails).toEqual([
      "binh@xa.gov.vn",
    ]);
  });

  test("the report names, for each overdue task, the persons its assignment gives", () => {
    const ports = staffed();
    const snapshot = readWorkbook(ports);
    const { report } = generateReport(ports, "2024-11");
    expect(report.overdue.length).toBe(19);
    for (const o of report.overdue) {
      const row = snapshot.rows.find((r) => r.id === o.id)!;
      expect(o.person).toBe(assignmentOf(snapshot, row.cells).persons.join("; "));
    }
    expect(report.overdue.some((o) => o.person.includes("Nguyễn Văn An"))).toBe(true);
  });
});
