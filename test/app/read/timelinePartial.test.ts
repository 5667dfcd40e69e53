import { refreshAll } from "../../../src/app/commands/refresh";
import { checkSummary } from "../../../src/app/read/checkSummary";
import { localDate } from "../../../src/core/dates/localDate";
import { render, t } from "../../../src/core/i18n/messages";
import { PLAN_TAB } from "../../../src/core/workbook/layout";
import type { MemorySheet } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

/*
 * A timeline read from only part of its words keeps its dates, but the row says which words
 * were not understood and asks a person to confirm the deadline; the check's summary counts
 * these rows apart from timelines not read at all.
 */
const TODAY = localDate(2024, 11, 20);
const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;

function seededWithTimeline(id: string, timeline: string) {
  const p = seededPorts(TODAY);
  const ws = p.workbook.sheet(t("tab.plan")) as MemorySheet;
  const row = ws.readValues().findIndex((r) => r[0] === id) + 1;
  ws.type(row, col("timeline"), timeline);
  return { p, ws, row };
}

describe("a partly understood timeline", () => {
  test("keeps its due date and gets a line in Cần sửa naming the words not understood", () => {
    const { p, ws, row } = seededWithTimeline("A.I.2", "Hàng quý, trước ngày 20");
    refreshAll(p, TODAY);
    // The quarter ends are kept: the oldest one not done, 30/6 (a Sunday), moved to Monday 1/7.
    expect(ws.get(row, col("nextDue"))).toEqual(localDate(2024, 7, 1));
    expect(ws.get(row, col("check"))).toBe(
      '• Tiến độ: Tiến độ "Hàng quý, trước ngày 20" chỉ hiểu một phần (chưa hiểu "trước", "ngày", "20"); ' +
        'hãy kiểm tra hạn và xác nhận ở cột "Hạn tự đặt".',
    );
  });

  test("is counted apart in the check's summary", () => {
    const { p } = seededWithTimeline("A.I.2", "Hàng quý, trước ngày 20");
    const lines = checkSummary(refreshAll(p, TODAY), 0);
    expect(lines).toContain(t("check.kindLine", { kind: t("problemKind.timelinePartial"), count: 1 }));
    // The seed's own impossible date (A.VI.4) stays counted as a timeline problem.
    expect(lines).toContain(t("check.kindLine", { kind: t("problemKind.timeline"), count: 1 }));
  });

  test("is counted apart in the refresh's summary too (the dialog, the sidebar, Nhật ký); the seed's stays as it was", () => {
    const plain = refreshAll(seededPorts(TODAY), TODAY).summary;
    expect(plain.key).toBe("refresh.done");
    const { p } = seededWithTimeline("A.I.2", "Hàng quý, trước ngày 20");
    const { summary } = refreshAll(p, TODAY);
    expect(summary).toMatchObject({ key: "refresh.donePartial", params: { partial: 1 } });
    expect(render(summary)).toMatch(/trong đó 1 tiến độ chỉ hiểu một phần \(cần xác nhận hạn\)\.$/);
  });

  test("a deadline typed in Hạn tự đặt confirms it: the line goes", () => {
    const { p, ws, row } = seededWithTimeline("A.I.2", "Hàng quý, trước ngày 20");
    ws.type(row, col("deadline"), localDate(2024, 12, 20));
    refreshAll(p, TODAY);
    expect(String(ws.get(row, col("check")) ?? "")).not.toMatch(/một phần/);
  });
});
