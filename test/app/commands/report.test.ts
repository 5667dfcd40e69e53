import { refreshAll } from "../../../src/app/commands/refresh";
import { askedPeriod, generateReport } from "../../../src/app/commands/generateReport";
import { recipientsToConfirm } from "../../../src/app/commands/sendReport";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { escapeHtml } from "../../../src/core/report/html";
import { statusLabel, type TaskStatus } from "../../../src/core/status/statuses";
import { PLAN_TAB, SETTINGS_TAB } from "../../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

const TODAY = localDate(2024, 11, 20);
const seeded = () => seededPorts(TODAY);
const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
const plan = (p: { workbook: MemoryWorkbook }) => p.workbook.sheet(t("tab.plan")) as MemorySheet;
const rowOf = (p: { workbook: MemoryWorkbook }, id: string) =>
  plan(p)
    .readValues()
    .findIndex((r) => r[0] === id) + 1;

describe("the monthly report", () => {
  test("counts reconcile with the plan tab on the cut-off date", () => {
    const p = seeded();
    // The statuses officers see: the plan tab's status column after a refresh on the cut-off date.
    refreshAll(p, TODAY);
    const values = plan(p).readValues();
    const statusColumn = values[0].indexOf(t("col.status"));
    expect(statusColumn).toBeGreaterThan(0);
    const onSheet: Record<string, number> = {};
    for (const row of values.slice(1))
      onSheet[String(row[statusColumn])] = (onSheet[String(row[statusColumn])] ?? 0) + 1;
    expect(onSheet[t("status.overdue")]).toBe(19);

    const { report, tabName } = generateReport(p, "2024-11", TODAY);
    expect(report.cutoff).toEqual(TODAY);
    expect(report.totals.tasks).toBe(77);
    expect(report.totals.tasks).toBe(values.length - 1);
    const byLabel = Object.fromEntries(
      Object.entries(report.totals.byStatus)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => [t(statusLabel(s as TaskStatus)), n]),
    );
    expect(byLabel).toEqual(onSheet);
    // The report tab shows the same figures, one row per status.
    const grid = (p.workbook.sheet(tabName) as MemorySheet).readValues();
    const first = grid.findIndex((r) => r[0] === t("report.s1")) + 1;
    const last = grid.findIndex((r) => r[0] === t("report.colOnTime"));
    expect(first).toBeGreaterThan(0);
    expect(
      Object.fromEntries(
        grid
          .slice(first, last)
          .filter((r) => r[1] !== 0)
          .map((r) => [r[0], r[1]]),
      ),
    ).toEqual(onSheet);
    expect(report.sections.reduce((n, s) => n + s.tasks, 0)).toBe(77);
    expect(report.sections.map((s) => s.done + s.overdue + s.dueSoon + s.open).reduce((a, b) => a + b, 0)).toBe(77);
    expect(report.overdue.map((o) => o.id)).toHaveLength(onSheet[t("status.overdue")]);
    expect(report.overdue[0]).toMatchObject({ id: "A.I.7", lead: "Công chức Văn phòng – Thống kê" });
    expect(report.settings).toMatchObject({ commune: "Đại Lãnh", signerName: "Nguyễn Lê Ngọc Toàn" });
  });

  test("lists what was completed in the period, the difficulties on overdue rows, and what is due next", () => {
    const p = seeded();
    const ws = plan(p);
    const done = rowOf(p, "A.II.1");
    ws.type(done, col("progress"), "Hoàn thành");
    ws.type(done, col("completedOn"), localDate(2024, 11, 14));
    ws.type(done, col("evidence"), "https://drive.google.com/file/d/abc");
    ws.type(rowOf(p, "A.I.3"), col("notes"), "Chờ Phòng Nội vụ hướng dẫn mẫu báo cáo");
    const { report, html } = generateReport(p, "2024-11", TODAY);
    expect(report.completed).toEqual([
      {
        id: "A.II.1",
        task: expect.any(String),
        what: "",
        completedOn: localDate(2024, 11, 14),
        evidence: "https://drive.google.com/file/d/abc",
        late: false,
      },
    ]);
    expect(report.difficulties).toEqual([
      { id: "A.I.3", task: expect.any(String), note: "Chờ Phòng Nội vụ hướng dẫn mẫu báo cáo" },
    ]);
    // Due from the cut-off to the end of next month, not yet overdue: A.IV.1 (20/11), A.I.6 (31/12).
    expect(report.upcoming.map((u) => u.id)).toEqual(expect.arrayContaining(["A.IV.1", "A.I.6"]));
    expect(report.upcoming.map((u) => u.id)).not.toContain("A.I.1"); // overdue: listed in section III
    expect(html).toContain('<a href="https://drive.google.com/file/d/abc">');
    expect(html).toContain("Chờ Phòng Nội vụ hướng dẫn mẫu báo cáo");
  });

  test("task text holding HTML or a formula appears as text in the HTML and in the report tab", () => {
    const p = seeded();
    const ws = plan(p);
    const r = rowOf(p, "A.I.2");
    ws.type(r, col("task"), '<script>alert("x")</script> & =HYPERLINK("http://evil","bấm")');
    const { html, tabName } = generateReport(p, "2024-11", TODAY);
    expect(html).not.toContain("<script>");
    expect(html).toContain(escapeHtml('<script>alert("x")</script> & =HYPERLINK("http://evil","bấm")'));
    const tab = p.workbook.sheet(tabName) as MemorySheet;
    expect(tab.readValues().flat()).toContain('<script>alert("x")</script> & =HYPERLINK("http://evil","bấm")');
  });

  test("a second run for the same period replaces the tab instead of adding one", () => {
    const p = seeded();
    generateReport(p, "2024-11", TODAY);
    const tab = p.workbook.sheet("Báo cáo 2024-11") as MemorySheet;
    tab.type(200, 1, "dòng cũ");
    generateReport(p, "2024-11", TODAY);
    expect(p.workbook.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toHaveLength(1);
    expect(tab.get(200, 1)).toBeNull();
  });

  test("quarters, halves and years; a bad period is a Vietnamese message", () => {
    const p = seeded();
    expect(generateReport(p, "2024-Q4", TODAY).report).toMatchObject({ kind: "quarter", cutoff: TODAY });
    expect(generateReport(p, "2024-H1", TODAY).report.cutoff).toEqual(localDate(2024, 6, 30));
    expect(generateReport(p, "2024", TODAY).html).toContain("năm 2024");
    expect(() => generateReport(p, "tháng 11", TODAY)).toThrow(/Kỳ báo cáo "tháng 11" không hợp lệ/);
  });
});

describe("mailing the report: what is asked first", () => {
  const typeEmails = (p: ReturnType<typeof seeded>, value: string) => {
    const sheet = p.workbook.sheet(t(SETTINGS_TAB.name)) as MemorySheet;
    sheet.type(sheet.readValues().findIndex((r) => r[0] === "reportEmails") + 1, 2, value);
  };

  test("asked only when Cài đặt names someone and every address is one", () => {
    const p = seeded();
    expect(recipientsToConfirm(p)).toBeNull(); // nobody: mailReport says so without asking
    typeEmails(p, "a@b.vn; c@d.vn");
    expect(recipientsToConfirm(p)).toEqual(["a@b.vn", "c@d.vn"]);
    typeEmails(p, "a@b.vn; noivu@huyen");
    expect(recipientsToConfirm(p)).toBeNull(); // a wrong address: mailReport names it
  });

  test("the period asked for, or this month when nothing was typed", () => {
    expect(askedPeriod("  ", TODAY)).toBe("2024-11");
    expect(askedPeriod(" 2024-Q4 ", TODAY)).toBe("2024-Q4");
  });
});
