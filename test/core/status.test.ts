import { prefillDays } from "../../src/core/calendar/holidays";
import { WorkCalendar } from "../../src/core/calendar/workCalendar";
import { formatIso, localDate, type LocalDate } from "../../src/core/dates/localDate";
import { evaluateTask, overdueDays, type TaskFacts } from "../../src/core/status/status";
import { parseTimeline } from "../../src/core/timeline/parse";

const calendar = new WorkCalendar(prefillDays(2024));
const window = { from: localDate(2024, 4, 2), to: localDate(2024, 12, 31) };
const d = (text: string) => {
  const [dd, mm, yy] = text.split("/").map(Number);
  return localDate(yy, mm, dd);
};
const facts = (timeline: string, more: Partial<TaskFacts> = {}): TaskFacts => ({
  timeline: parseTimeline(timeline, { year: 2024 }),
  ownDeadline: null,
  done: false,
  completedOn: null,
  completions: new Map(),
  ...more,
});
const on = (f: TaskFacts, today: LocalDate, dueSoonDays = 3) =>
  evaluateTask(f, today, calendar, { window, dueSoonDays });

describe("the status of a task on a day", () => {
  test("open and not yet due: on track, then due soon within the window of working days", () => {
    const f = facts("Trước ngày 15/11/2024");
    expect(on(f, d("01/11/2024"))).toMatchObject({ status: "onTrack", workingDaysLeft: 10 });
    expect(on(f, d("12/11/2024"))).toMatchObject({ status: "dueSoon", workingDaysLeft: 3 });
    expect(on(f, d("15/11/2024"))).toMatchObject({ status: "dueSoon", workingDaysLeft: 0 });
    expect(on(f, d("12/11/2024"), 2).status).toBe("onTrack");
  });

  test("past its due date and not done: overdue, by working days", () => {
    const e = on(facts("Trước ngày 15/11/2024"), d("20/11/2024"));
    expect(e.status).toBe("overdue");
    expect(overdueDays(e)).toBe(3);
    expect(e.workingDaysLeft).toBe(-3);
    expect(formatIso(e.nextDue!)).toBe("2024-11-15");
  });

  test("a deadline on a day off moves to the next working day (Art. 148)", () => {
    const f = facts("Trước ngày 10/11/2024"); // a Sunday
    expect(on(f, d("11/11/2024")).status).toBe("dueSoon");
    expect(on(f, d("12/11/2024"))).toMatchObject({ status: "overdue" });
    expect(overdueDays(on(f, d("12/11/2024")))).toBe(1);
  });

  test("done before, on or after the due date: early, on time, late", () => {
    const f = (completed: string) => facts("Trước ngày 15/11/2024", { done: true, completedOn: d(completed) });
    expect(on(f("14/11/2024"), d("20/11/2024")).status).toBe("doneEarly");
    expect(on(f("15/11/2024"), d("20/11/2024")).status).toBe("doneOnTime");
    const late = on(f("19/11/2024"), d("20/11/2024"));
    expect(late.status).toBe("doneLate");
    expect(late.occurrences[0].daysLate).toBe(2);
    expect(
      on(facts("Trước ngày 10/11/2024", { done: true, completedOn: d("11/11/2024") }), d("20/11/2024")).status,
    ).toBe("doneOnTime");
  });

  test("a deadline typed by a person wins over the text", () => {
    const f = facts("Trước ngày 15/11/2024", { ownDeadline: d("30/11/2024") });
    expect(on(f, d("20/11/2024"))).toMatchObject({ status: "onTrack" });
    expect(formatIso(on(f, d("20/11/2024")).nextDue!)).toBe("2024-12-02"); // 30/11 is a Saturday: Monday 2/12 (Art. 148)
    expect(
      on(facts("Hoàn thành trước ngày 31/11/2024", { ownDeadline: d("29/11/2024") }), d("20/11/2024")).status,
    ).toBe("onTrack");
  });

  test("no date: continuous work, waiting for an event, or no deadline", () => {
    expect(on(facts("Thường xuyên"), d("20/11/2024"))).toMatchObject({
      status: "continuous",
      nextDue: null,
      workingDaysLeft: null,
    });
    expect(on(facts("Chậm nhất 02 ngày làm việc từ khi văn bản được ban hành"), d("20/11/2024")).status).toBe(
      "waitingEvent",
    );
    expect(on(facts("Theo thời gian quy định"), d("20/11/2024")).status).toBe("noDeadline");
    expect(on(facts("Hoàn thành trước ngày 31/11/2024"), d("20/11/2024")).status).toBe("noDeadline");
  });

  test("recurring: each occurrence since the plan's start, the completion log marks them done", () => {
    const quarterly = "trước ngày 03 của tháng cuối quý";
    const open = on(facts(quarterly), d("20/11/2024"));
    // Occurrences from the plan's start (2/4/2024): 3/6, 3/9, 3/12.
    expect(open.occurrences.map((o) => [o.key, o.status])).toEqual([
      ["2024-Q2", "overdue"],
      ["2024-Q3", "overdue"],
      ["2024-Q4", "onTrack"],
    ]);
    expect(open.status).toBe("overdue");
    // 3/9/2024 is a holiday, so the Q3 report was due on 4/9: done on 4/9 is on time, on 5/9 late.
    const onTime = on(facts(quarterly, { completions: new Map([["2024-Q3", d("04/09/2024")]]) }), d("20/11/2024"));
    expect(onTime.occurrences[1]).toMatchObject({ key: "2024-Q3", status: "doneOnTime" });
    const logged = on(
      facts(quarterly, {
        completions: new Map([
          ["2024-Q2", d("31/05/2024")],
          ["2024-Q3", d("05/09/2024")],
        ]),
      }),
      d("20/11/2024"),
    );
    expect(logged.occurrences.map((o) => o.status)).toEqual(["doneEarly", "doneLate", "onTrack"]);
    expect(logged.occurrences[1].daysLate).toBe(1);
    expect(logged.status).toBe("onTrack");
    expect(formatIso(logged.nextDue!)).toBe("2024-12-03");
    expect(logged.workingDaysLeft).toBe(9);
    const all = on(
      facts(quarterly, {
        completions: new Map([
          ["2024-Q2", d("31/05/2024")],
          ["2024-Q3", d("03/09/2024")],
          ["2024-Q4", d("02/12/2024")],
        ]),
      }),
      d("20/12/2024"),
    );
    // Q2 early, Q3 on its day, Q4 early: done on time overall (not every occurrence was early).
    expect(all.status).toBe("doneOnTime");
  });

  test("a monthly report due the 5th of the next month is logged by the month it reports on", () => {
    const f = facts("trước ngày 05 của tháng tiếp theo", { completions: new Map([["2024-10", d("04/11/2024")]]) });
    const e = on(f, d("20/11/2024"));
    const oct = e.occurrences.find((o) => o.key === "2024-10")!;
    expect([formatIso(oct.due), oct.status]).toEqual(["2024-11-05", "doneEarly"]);
    expect(e.occurrences.find((o) => o.key === "2024-09")!.status).toBe("overdue");
  });
});
