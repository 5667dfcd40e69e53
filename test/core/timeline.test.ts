import fc from "fast-check";
import { formatIso } from "../../src/core/dates/localDate";
import { render } from "../../src/core/i18n/messages";
import { foldVietnamese } from "../../src/core/text/normalize";
import { dueDates, occurrences } from "../../src/core/timeline/occurrences";
import { isoWeekKey as isoWeek } from "../../src/core/period/period";
import { parseTaskTimeline, parseTimeline } from "../../src/core/timeline/parse";
import { seedPlan } from "../helpers";

const YEAR_2024 = { from: { year: 2024, month: 1, day: 1 }, to: { year: 2024, month: 12, day: 31 } };
const read = (text: string, year = 2024, dayBefore = false) => {
  const timeline = parseTimeline(text, { year, beforeMeansDayBefore: dayBefore });
  const window = { from: { year, month: 1, day: 1 }, to: { year, month: 12, day: 31 } };
  return {
    ...timeline,
    due: dueDates(timeline, window, dayBefore).map(formatIso),
    said: timeline.warnings.map((w) => render(w)),
  };
};

/**
 * The seed's 77 timeline cells (with the deadline phrases of their assignment cells), the kind
 * read and the due dates in 2024 (MM-DD), reviewed against the text. Decisions:
 * - "Trong năm 2024" / "Trong quý III năm 2024" alone: due on the period's last day; when the
 *   cell or the assignment also names a date (A.II.4, A.IV.2, A.VIII.1), the dates are the
 *   deadlines and the period is context.
 * - "Thường xuyên" with a dated exception (A.III.1, A.IV.1): the dates count, kind "fixed".
 * - "Định kỳ hàng tháng" + assignment "trước ngày 05 của tháng tiếp theo" (A.I.7): monthly,
 *   each month's report due on the 5th of the next month.
 * - A bare "hàng tuần"/"hàng quý" in the assignment (A.I.5, A.III.10/11) is a habit, not a
 *   deadline: those tasks stay continuous.
 * - A.VI.4 "31/11/2024" is fixed but has no due date: a warning asks a person to set it.
 */
const SEED_TABLE: [string, string, string][] = [
  ["A.I.1", "fixed", "11-10 11-25"],
  ["A.I.2", "period", "09-30"],
  ["A.I.3", "fixed", "11-10 11-25"],
  ["A.I.4", "recurring", "03-03 06-03 09-03 12-03"],
  ["A.I.5", "continuous", ""],
  ["A.I.6", "period", "12-31"],
  ["A.I.7", "recurring", "01-05 02-05 03-05 04-05 05-05 06-05 07-05 08-05 09-05 10-05 11-05 12-05"],
  ["A.II.1", "fixed", "11-15"],
  ["A.II.2", "fixed", "11-15"],
  ["A.II.3", "fixed", "11-15"],
  ["A.II.4", "fixed", "11-15"],
  ["A.II.5", "fixed", "11-15"],
  ["A.III.1", "fixed", "05-28 07-05"],
  ["A.III.2", "continuous", ""],
  ["A.III.3", "continuous", ""],
  ["A.III.4", "continuous", ""],
  ["A.III.5", "continuous", ""],
  ["A.III.6", "continuous", ""],
  ["A.III.7", "continuous", ""],
  ["A.III.8", "continuous", ""],
  ["A.III.9", "continuous", ""],
  ["A.III.10", "continuous", ""],
  ["A.III.11", "continuous", ""],
  ["A.III.12", "continuous", ""],
  ["A.III.13", "continuous", ""],
  ["A.III.14", "event", ""],
  ["A.III.15", "recurring", "03-16 06-16 09-16 12-16"],
  ["A.IV.1", "fixed", "11-20"],
  ["A.IV.2", "fixed", "11-05 11-10"],
  ["A.V.1", "period", "12-31"],
  ["A.V.2", "period", "12-31"],
  ["A.V.3", "period", "12-31"],
  ["A.V.4", "fixed", "05-25 10-25"],
  ["A.V.5", "continuous", ""],
  ["A.V.6", "event", ""],
  ["A.V.7", "period", "12-31"],
  ["A.VI.1", "period", "12-31"],
  ["A.VI.2", "period", "12-31"],
  ["A.VI.3", "period", "12-31"],
  ["A.VI.4", "fixed", ""],
  ["A.VI.5", "period", "12-31"],
  ["A.VII.1", "external", ""],
  ["A.VII.2", "continuous", ""],
  ["A.VII.3", "continuous", ""],
  ["A.VII.4", "continuous", ""],
  ["A.VII.5", "continuous", ""],
  ["A.VII.6", "period", "12-31"],
  ["A.VII.7", "fixed", "11-10"],
  ["A.VII.8", "fixed", "11-10"],
  ["A.VII.9", "fixed", "11-10"],
  ["A.VII.10", "fixed", "10-30"],
  ["A.VIII.1", "fixed", "10-30"],
  ["A.VIII.2", "continuous", ""],
  ["A.VIII.3", "continuous", ""],
  ["A.VIII.4", "period", "12-31"],
  ["A.VIII.5", "continuous", ""],
  ["A.VIII.6", "continuous", ""],
  ["A.VIII.7", "continuous", ""],
  ["A.VIII.8", "period", "12-31"],
  ["A.IX.1", "external", ""],
  ["A.IX.2", "continuous", ""],
  ["A.IX.3", "continuous", ""],
  ["A.IX.4", "continuous", ""],
  ["A.IX.5", "continuous", ""],
  ["A.IX.6", "continuous", ""],
  ["A.IX.7", "continuous", ""],
  ["A.IX.8", "continuous", ""],
  ["B.1", "continuous", ""],
  ["B.2", "continuous", ""],
  ["B.3", "continuous", ""],
  ["B.4", "continuous", ""],
  ["B.5", "continuous", ""],
  ["B.6", "continuous", ""],
  ["B.7", "continuous", ""],
  ["B.8", "continuous", ""],
  ["B.9", "continuous", ""],
  ["B.10", "external", ""],
];

describe("the seed's 77 timeline cells", () => {
  test.each(SEED_TABLE)("%s reads as %s, due %s", (id, kind, due) => {
    const task = seedPlan().tasks.find((t) => t.id === id)!;
    const timeline = parseTaskTimeline(task.timeline, task.assignment, { year: 2024 });
    expect(timeline.kind).toBe(kind);
    expect(
      dueDates(timeline, YEAR_2024)
        .map((d) => formatIso(d).slice(5))
        .join(" "),
    ).toBe(due);
    expect(timeline.understood).toBe(true);
  });

  test("cover every task", () => {
    expect(SEED_TABLE.map((r) => r[0])).toEqual(seedPlan().tasks.map((t) => t.id));
  });

  test("every family is present in the seed", () => {
    expect(new Set(SEED_TABLE.map((r) => r[1]))).toEqual(
      new Set(["fixed", "period", "recurring", "continuous", "event", "external"]),
    );
  });
});

describe("families of timeline text", () => {
  test("fixed dates, with their labels, several to a cell", () => {
    const r = read("Báo cáo 06 tháng trước ngày 25/5/2024 Báo cáo năm trước ngày 25/10/2024");
    expect(r.kind).toBe("fixed");
    expect(r.due).toEqual(["2024-05-25", "2024-10-25"]);
    expect(r.milestones.map((m) => m.label)).toEqual(["Báo cáo 06 tháng", "Báo cáo năm"]);
  });

  test.each([
    ["Trước ngày 10/11/2024", "2024-11-10"],
    ["trước ngày 20/11", "2024-11-20"],
    ["Hoàn thành trước 20/11/2024", "2024-11-20"],
    ["trước ngày 20-11-2024", "2024-11-20"],
    ["trước ngày 20.11.2024", "2024-11-20"],
    ["Chậm nhất ngày 5/12", "2024-12-05"],
    ["Hạn chót: ngày 20 tháng 11 năm 2024", "2024-11-20"],
    ["Trước ngày 15/01/2025", "2025-01-15"],
  ])("%s → %s", (text, date) => {
    const r = parseTimeline(text, { year: 2024 });
    expect(r.kind).toBe("fixed");
    expect(r.milestones.map((m) => formatIso(m.date))).toEqual([date]);
  });

  test("a date with 'hàng năm' recurs every year", () => {
    const r = read("trước ngày 20/11 hàng năm");
    expect(r.kind).toBe("recurring");
    expect(r.recurrence?.rule).toEqual({ freq: "yearly", month: 11, day: 20 });
    expect(r.due).toEqual(["2024-11-20"]);
  });

  test.each([
    ["Trong quý III năm 2024", "2024-09-30"],
    ["Trong quý IV/2024", "2024-12-31"],
    ["Quý 3", "2024-09-30"],
    ["quý 1/2024", "2024-03-31"],
    ["Trong quý II", "2024-06-30"],
    ["tháng 12/2024", "2024-12-31"],
    ["Trong tháng 2 năm 2024", "2024-02-29"],
    ["6 tháng đầu năm", "2024-06-30"],
    ["06 tháng cuối năm 2024", "2024-12-31"],
    ["Trong năm 2024", "2024-12-31"],
    ["Cuối năm", "2024-12-31"],
  ])("period %s → due %s", (text, date) => {
    const r = read(text);
    expect(r.kind).toBe("period");
    expect(r.due).toEqual([date]);
  });

  test("recurring: the last month of each quarter, on a day", () => {
    expect(read("trước ngày 03 của tháng cuối quý").due).toEqual([
      "2024-03-03",
      "2024-06-03",
      "2024-09-03",
      "2024-12-03",
    ]);
    expect(read("chậm nhất vào ngày 16 của tháng cuối quý thuộc kỳ báo cáo").due).toEqual([
      "2024-03-16",
      "2024-06-16",
      "2024-09-16",
      "2024-12-16",
    ]);
  });

  test("recurring: monthly, on a day or at the month's end, 'hàng' or 'hằng'", () => {
    expect(read("Định kỳ hàng tháng").due).toHaveLength(12);
    expect(read("Định kỳ hằng tháng").due[1]).toBe("2024-02-29");
    expect(read("ngày 20 hằng tháng").due.slice(0, 2)).toEqual(["2024-01-20", "2024-02-20"]);
    const next = read("trước ngày 05 của tháng tiếp theo");
    expect(next.recurrence?.rule).toEqual({ freq: "monthly", day: 5, monthOffset: 1 });
    const keyed = occurrences(next, YEAR_2024).find((o) => o.key === "2024-10");
    expect(keyed && formatIso(keyed.due)).toBe("2024-11-05");
  });

  test("recurring: weekly (Friday unless a day is named), quarterly, half-yearly", () => {
    const weekly = read("Thứ hai hằng tuần");
    expect(weekly.recurrence?.rule).toEqual({ freq: "weekly", weekday: 1 });
    expect(weekly.due[0]).toBe("2024-01-01");
    expect(read("Báo cáo hàng tuần").due[0]).toBe("2024-01-05");
    expect(read("Báo cáo hàng quý").due).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
    expect(read("6 tháng một lần").due).toEqual(["2024-06-30", "2024-12-31"]);
    expect(isoWeek({ year: 2024, month: 11, day: 20 })).toBe("2024-W47");
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toBe("2025-W01");
  });

  test("continuous work, events and deadlines set from outside have no date", () => {
    for (const text of ["Thường xuyên", "Thực hiện liên tục, thường xuyên", "Thường xuyên trong năm 2024"]) {
      expect(read(text)).toMatchObject({ kind: "continuous", due: [], continuous: true, understood: true });
    }
    expect(read("Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành")).toMatchObject({
      kind: "event",
      event: { days: 2, workingDays: true },
      due: [],
    });
    expect(read("Trong vòng 05 ngày kể từ ngày thay đổi thông tin")).toMatchObject({
      kind: "event",
      event: { days: 5, workingDays: false },
    });
    for (const text of [
      "Theo yêu cầu tại kế hoạch của UBND huyện",
      "Theo thời gian quy định",
      "Theo tình hình thực tế",
    ]) {
      expect(read(text)).toMatchObject({ kind: "external", due: [], understood: true });
    }
  });

  test("an impossible date is a warning and no due date, never a guess", () => {
    const nov = read("Hoàn thành trước ngày 31/11/2024");
    expect(nov.due).toEqual([]);
    expect(nov.said).toEqual([
      'Ngày 31/11/2024 không tồn tại (tháng 11 năm 2024 chỉ có 30 ngày); hãy đặt hạn bằng tay ở cột "Hạn tự đặt".',
    ]);
    const feb = read("trước ngày 29/02/2025", 2025);
    expect(feb.due).toEqual([]);
    expect(feb.said[0]).toMatch(/29\/02\/2025 không tồn tại \(tháng 2 năm 2025 chỉ có 28 ngày\)/);
    expect(read("trước ngày 29/02/2024").due).toEqual(["2024-02-29"]);
  });

  test("a weekday note is checked against the date", () => {
    expect(read("Trước ngày 10/11/2024 (chủ nhật)").said).toEqual([]);
    expect(read("Trước ngày 10/11/2024 (thứ Hai)").said).toEqual([
      'Ngày 10/11/2024 không phải là "thứ Hai" như văn bản ghi; hãy kiểm tra lại ngày.',
    ]);
    expect(read("ngày 15/11/2024 thứ 6").said).toEqual([]);
  });

  test("text it does not understand is reported with the text, and no date is invented", () => {
    const r = read("Khi nào xong thì báo");
    expect(r).toMatchObject({ kind: "unknown", understood: false, due: [] });
    expect(r.said).toEqual(['Chưa hiểu tiến độ "Khi nào xong thì báo"; hãy đặt hạn bằng tay ở cột "Hạn tự đặt".']);
  });

  test("document numbers and references are not dates", () => {
    expect(read("Theo Nghị định số 61/2018/NĐ-CP").due).toEqual([]);
    expect(read("Theo Quyết định 09/2021/QĐ-UBND").due).toEqual([]);
    expect(read("Thực hiện theo quy định").recurrence).toBeNull();
    const assignment = parseTaskTimeline(
      "Thường xuyên",
      "theo Quyết định số 09/2021/QĐ-UBND ngày 23/8/2021 của UBND tỉnh",
      { year: 2024 },
    );
    expect(assignment.milestones).toEqual([]);
  });

  test("a setting reads 'trước ngày X' as due the day before", () => {
    expect(read("Trước ngày 10/11/2024", 2024, true).due).toEqual(["2024-11-09"]);
    expect(read("trước ngày 03 của tháng cuối quý", 2024, true).due).toEqual([
      "2024-03-02",
      "2024-06-02",
      "2024-09-02",
      "2024-12-02",
    ]);
    expect(read("Chậm nhất ngày 10/11/2024", 2024, true).due).toEqual(["2024-11-10"]);
  });
});

describe("what people type", () => {
  const phrases = [
    ...SEED_TABLE.map(([id]) => seedPlan().tasks.find((t) => t.id === id)!.timeline),
    "trước ngày 20/11 hàng năm",
    "Trong quý IV/2024",
    "Định kỳ hằng tháng",
    "Chậm nhất ngày 5/12 (thứ năm)",
    "6 tháng đầu năm",
    "Thứ hai hằng tuần",
    "Hoàn thành trước ngày 31/11/2024",
    "Quý 3",
  ];
  const summary = (text: string) => {
    const r = read(text);
    return JSON.stringify([
      r.kind,
      r.due,
      r.recurrence?.rule ?? null,
      r.continuous,
      r.event && [r.event.days, r.event.workingDays],
      r.external,
      r.warnings.map((w) => w.key),
    ]);
  };

  test("NFD input parses exactly like NFC", () => {
    fc.assert(fc.property(fc.constantFrom(...phrases), (text) => summary(text.normalize("NFD")) === summary(text)));
  });

  test("text typed without diacritics parses exactly like the same text with them", () => {
    fc.assert(fc.property(fc.constantFrom(...phrases), (text) => summary(foldVietnamese(text)) === summary(text)));
    fc.assert(fc.property(fc.constantFrom(...phrases), (text) => summary(text.toUpperCase()) === summary(text)));
  });
});
