import { WorkCalendar } from "../../src/core/calendar/workCalendar";
import { prefillDays } from "../../src/core/calendar/holidays";
import { evaluateTask } from "../../src/core/status/status";
import fc from "fast-check";
import { addDays, compareDates, formatIso, localDate, type LocalDate } from "../../src/core/dates/localDate";
import { render } from "../../src/core/i18n/messages";
import { dueDates } from "../../src/core/timeline/occurrences";
import { parseTaskTimeline, parseTimeline } from "../../src/core/timeline/parse";
import { seedPlan } from "../helpers";

/*
 * Deadline phrases of the families other communes' plans write (issue 15), in phrases of our
 * own: spans, starts, a dated part beside ongoing work, "before the year", lunar anchors, other
 * documents' roadmaps, and the flag on a reading that used only part of the words.
 */
const read = (text: string, year = 2024, to = year + 6) => {
  const timeline = parseTimeline(text, { year });
  const window = { from: { year, month: 1, day: 1 }, to: { year: to, month: 12, day: 31 } };
  return { ...timeline, due: dueDates(timeline, window).map(formatIso) };
};
const kindAndDue = (text: string, year = 2024) => {
  const r = read(text, year);
  return [r.kind, r.due.join(" ")];
};
/** The kind and due dates read, with every date-bearing word used. */
const readsInFull = (text: string, kind: string, due: string) => {
  expect(kindAndDue(text)).toEqual([kind, due]);
  expect(read(text).confidence).toBe("full");
};

describe("spans and ranges are due at the span's end", () => {
  test.each([
    ["Giai đoạn 2027 - 2029", "2029-12-31"],
    ["2025-2028", "2028-12-31"],
    ["Năm 2024 – 2025", "2025-12-31"],
    ["Quý III/2024 - Quý I/2025", "2025-03-31"],
    ["Từ quý I đến quý III năm 2024", "2024-09-30"],
    ["từ tháng 4 đến tháng 9/2024", "2024-09-30"],
    ["Từ năm 2025 đến năm 2027", "2027-12-31"],
    ["2024", "2024-12-31"],
    ["Quí II-2024", "2024-06-30"],
  ])("%s → %s", (text, due) => {
    expect(kindAndDue(text)).toEqual(["period", due]);
    expect(read(text).confidence).toBe("full");
  });

  test("a span written backwards or too long is not read as one", () => {
    expect(read("2029 - 2025").kind).toBe("unknown");
    expect(read("1900 - 2100").kind).toBe("unknown");
  });
});

describe("a start is not a deadline", () => {
  test.each(["Bắt đầu từ quý II năm 2024", "Áp dụng từ năm 2025", "Mở rộng sau năm 2026", "Từ sau năm 2025"])(
    "%s → continuous, no date",
    (text) => {
      expect(read(text)).toMatchObject({ kind: "continuous", due: [], continuous: true, confidence: "full" });
    },
  );

  test("beside a dated part the start adds nothing: the dated part is the deadline", () => {
    expect(kindAndDue("Thí điểm trong năm 2025, nhân rộng từ năm 2026")).toEqual(["period", "2025-12-31"]);
    // "đầu tư" (invest) is not "từ" (from): the year stays a deadline.
    expect(kindAndDue("Hoàn thành đầu tư năm 2025")).toEqual(["period", "2025-12-31"]);
  });
});

describe("a dated part beside ongoing work keeps its date", () => {
  test.each([
    ["Xây dựng trong năm 2025, duy trì thường xuyên", "period", "2025-12-31"],
    ["Hoàn thành trong giai đoạn 2024 - 2026 và duy trì liên tục", "period", "2026-12-31"],
    ["Nâng cấp xong trong quý IV/2024. Vận hành thường xuyên, hằng năm", "period", "2024-12-31"],
    ["Lắp đặt hoàn thành trước năm 2026, sau đó vận hành liên tục", "fixed", "2025-12-31"],
  ])("%s → %s %s", readsInFull);

  test("ongoing work through a period has no deadline of its own", () => {
    expect(kindAndDue("Liên tục trong năm 2025")).toEqual(["continuous", ""]);
    expect(kindAndDue("Thường xuyên, liên tục trong quý III/2024")).toEqual(["continuous", ""]);
  });

  test("without a dated part, a yearly round of ongoing work stays a recurrence", () => {
    const r = read("Liên tục, hằng năm", 2024);
    expect([r.kind, r.due[0], r.due.length]).toEqual(["recurring", "2024-12-31", 7]);
  });
});

describe("before, at the latest, end of the year, any numeral", () => {
  test.each([
    ["Trước năm 2025", "fixed", "2024-12-31"],
    ["Hoàn thành trước quý III/2024", "fixed", "2024-06-30"],
    ["Trước tháng 10/2024", "fixed", "2024-09-30"],
    ["Chậm nhất trong quý 2 năm 2024", "period", "2024-06-30"],
    ["Cuối năm 2024", "period", "2024-12-31"],
  ])("%s → %s %s", readsInFull);
});

describe("the day of a recurrence, wherever it is written", () => {
  test("monthly, the day after the frequency", () => {
    const r = read("Hằng tháng, chậm nhất ngày 18", 2024, 2024);
    expect(r.kind).toBe("recurring");
    expect(r.due.slice(0, 3)).toEqual(["2024-01-18", "2024-02-18", "2024-03-18"]);
    expect(r.confidence).toBe("full");
  });

  test("yearly, a date written without a year", () => {
    expect(read("Hàng năm, trước ngày 15/12", 2024, 2025).due).toEqual(["2024-12-15", "2025-12-15"]);
  });

  test("weekly, the weekday after the frequency", () => {
    const r = read("Hàng tuần, vào thứ Hai", 2024, 2024);
    expect(r.due.slice(0, 2)).toEqual(["2024-01-01", "2024-01-08"]);
  });

  test("a quarterly round's bare day does not say which month: kept, but flagged", () => {
    const r = read("Hàng quý, trước ngày 20", 2024, 2024);
    expect(r.due).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
    expect(r).toMatchObject({ confidence: "partial", unused: ["trước", "ngày", "20"] });
  });
});

describe("lunar anchors come from the lunar calendar", () => {
  test("Tết Nguyên đán of the year written, rằm tháng Giêng of the plan's year", () => {
    expect(kindAndDue("Trước Tết Nguyên đán năm 2025")).toEqual(["fixed", "2025-01-29"]);
    expect(kindAndDue("Hoàn thành trước rằm tháng Giêng")).toEqual(["fixed", "2024-02-24"]);
    expect(kindAndDue("Trước Tết Nguyên đán", 2026)).toEqual(["fixed", "2026-02-17"]);
  });
});

describe("another document's roadmap sets the dates", () => {
  test.each(["Theo lộ trình của Đề án 06/QĐ-TTg", "Theo lộ trình tại Kế hoạch số 15-KH/TU"])("%s", (text) => {
    expect(read(text)).toMatchObject({ kind: "external", due: [], confidence: "full", unused: [] });
  });
});

describe("never a confident wrong date", () => {
  test("words with a date in them that nothing read flag the reading, its dates kept", () => {
    const r = read("Trong năm 2024, riêng đợt 2 vào dịp 30/4 hoặc tháng sau");
    expect(r.confidence).toBe("partial");
    expect(r.unused).toEqual(["2", "tháng", "sau"]);
    expect(r.due).toEqual(["2024-04-30"]);
    expect(r.warnings.map((w) => render(w))).toContain(
      'Tiến độ "Trong năm 2024, riêng đợt 2 vào dịp 30/4 hoặc tháng sau" chỉ hiểu một phần (chưa hiểu "2", "tháng", "sau"); hãy kiểm tra hạn và xác nhận ở cột "Hạn tự đặt".',
    );
  });

  test.each([
    ["Sau 30/6/2026", ["Sau"]],
    ["Sau rằm tháng Giêng", ["Sau"]],
    ["Giữa năm 2026", ["Giữa"]],
    ["Đầu quý II/2026", ["Đầu"]],
    ["Cuối tháng 9/2026 hoặc giữa tháng 10", ["giữa"]],
  ])("a word that moves the date (after, middle, start, end) and was not read flags %s", (text, unused) => {
    const r = read(text, 2026);
    expect(r.confidence).toBe("partial");
    expect(r.unused).toEqual(expect.arrayContaining(unused));
  });

  test("'đầu tư' (to invest) and 'sau đó' (then) carry no date: still read in full", () => {
    expect(read("Hoàn thành đầu tư trong năm 2026", 2026)).toMatchObject({ confidence: "full", due: ["2026-12-31"] });
    expect(read("Hoàn thành trước năm 2027, sau đó vận hành liên tục", 2026).confidence).toBe("full");
  });

  test("a dated deadline after the plan's year is kept, not dropped as 'no deadline'", () => {
    const timeline = parseTimeline("Giai đoạn 2026 - 2030", { year: 2026 });
    const planYear = { from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 31 } };
    expect(dueDates(timeline, planYear).map(formatIso)).toEqual(["2030-12-31"]);
    // A recurrence's rounds stay the plan year's.
    expect(dueDates(parseTimeline("Hằng tháng, trước ngày 5", { year: 2026 }), planYear)).toHaveLength(12);
  });

  test("a period word with no number is a meaning not read", () => {
    expect(read("Ban hành trong năm 2025; định kỳ rà soát")).toMatchObject({
      confidence: "partial",
      unused: ["định kỳ"],
    });
  });

  test("report names, document numbers and later undated years are read, not flagged", () => {
    expect(read("Báo cáo quý gửi trước ngày 10/10/2024 theo Công văn 120/UBND-VP").confidence).toBe("full");
    expect(read("Hoàn thành năm 2024, cập nhật trong các năm tiếp theo").confidence).toBe("full");
  });

  test("nothing read is 'none', not 'partial'", () => {
    expect(read("Khi nào xong thì báo")).toMatchObject({ confidence: "none", unused: [] });
  });

  test("the seed's 77 timelines are read in full", () => {
    const partial = seedPlan()
      .tasks.map((task) => ({ id: task.id, t: parseTaskTimeline(task.timeline, task.assignment, { year: 2024 }) }))
      .filter((x) => x.t.confidence !== "full" && x.t.text.trim() !== "");
    expect(partial.map((x) => [x.id, x.t.unused])).toEqual([]);
  });
});

/*
 * Property: a reading never gives a date that its own words did not give. Phrases are built
 * from the families above (with or without a year, with filler words around), and for every
 * dated milestone and period read, the year of its date must be derivable from the words that
 * phrase used (its `text`): a year written there, or the year before one ("trước năm 2027" →
 * 31/12/2026, "trước quý I/2027" → 31/12/2026); when the phrase writes no year, the plan's year
 * or the one before it (the same "before" rule). Likewise a fixed date's day and month are the
 * ones written, unless "before" moved it. A second property: a number that no family reads,
 * added to any phrase, never leaves the reading "full".
 */
describe("property: no reading returns a date none of its used words gave", () => {
  const year = fc.integer({ min: 2020, max: 2035 });
  const roman = fc.constantFrom("I", "II", "III", "IV", "1", "2", "3", "4");
  const optYear = fc.option(year, { nil: undefined });
  const withYear = (y: number | undefined, sep: string) => (y === undefined ? "" : `${sep}${y}`);
  const phrase = fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), optYear)
      .map(([d, m, y]) => `trước ngày ${d}/${m}${withYear(y, "/")}`),
    fc
      .tuple(roman, optYear, fc.constantFrom("Quý", "quí", "trong quý"))
      .map(([q, y, w]) => `${w} ${q}${withYear(y, "/")}`),
    fc.tuple(fc.integer({ min: 1, max: 12 }), optYear).map(([m, y]) => `tháng ${m}${withYear(y, " năm ")}`),
    fc
      .tuple(year, fc.integer({ min: 1, max: 6 }), fc.constantFrom("Giai đoạn ", "", "Năm "))
      .map(([y, n, w]) => `${w}${y} - ${y + n}`),
    fc
      .tuple(year, fc.constantFrom("Trước năm", "Trong năm", "Từ năm", "Cuối năm", "sau năm"))
      .map(([y, w]) => `${w} ${y}`),
    fc.constantFrom("Thường xuyên", "hằng năm", "hàng tháng, trước ngày 25", "theo lộ trình của Đề án"),
  );
  const filler = fc.constantFrom("", "Hoàn thành", "và vận hành liên tục", "Xây dựng,", ". Rà soát (nếu có)");
  const cell = fc
    .array(fc.tuple(filler, phrase), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([a, b]) => `${a} ${b}`).join(" "));

  const yearsIn = (s: string) => [...s.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  const derivable = (y: number, phraseText: string, planYear: number) => {
    const named = yearsIn(phraseText);
    const from = named.length > 0 ? named : [planYear];
    return from.includes(y) || from.includes(y + 1);
  };

  test("every date's year comes from its phrase's words or the plan's year", () => {
    fc.assert(
      fc.property(cell, year, (text, planYear) => {
        const r = parseTimeline(text, { year: planYear });
        for (const m of r.milestones) {
          expect(derivable(m.date.year, m.text, planYear)).toBe(true);
          const written = /(\d{1,2})\/(\d{1,2})/.exec(m.text);
          if (written && !/trước năm|trước quý|trước tháng/i.test(m.text))
            expect([m.date.day, m.date.month]).toEqual([Number(written[1]), Number(written[2])]);
        }
        for (const p of r.periods) expect(derivable(p.end.year, p.text, planYear)).toBe(true);
      }),
    );
  });

  test("a number no family reads never leaves the reading full", () => {
    fc.assert(
      fc.property(cell, year, fc.integer({ min: 1, max: 99 }), (text, planYear, n) => {
        const r = parseTimeline(`${text}, mục ${n}`, { year: planYear });
        expect(r.confidence).not.toBe("full");
      }),
    );
  });
});

describe("a recurrence after a dated part", () => {
  test("'…, sau đó … hằng quý' has its rounds after the dated part, not from the plan's start", () => {
    const r = read("Trước ngày 15/6/2026, sau đó cập nhật hằng quý", 2026, 2026);
    expect(r.kind).toBe("recurring");
    expect(r.due).toEqual(["2026-06-15", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });

  test("without 'then', a dated part and a round are both kept as written", () => {
    expect(read("Báo cáo hằng quý; tổng kết trước ngày 15/12/2026", 2026, 2026).due).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-15",
      "2026-12-31",
    ]);
  });
});

describe("a dated step and the span it is completed in", () => {
  test("both are deadlines: the step's date, then the quarter's end", () => {
    expect(read("Trước 30/4/2026 (trình UBND tỉnh), hoàn thành trong Quý III", 2026, 2026).due).toEqual([
      "2026-04-30",
      "2026-09-30",
    ]);
  });

  test("a whole year beside dated steps is their context, not one more deadline", () => {
    expect(read("Năm 2026, trước ngày 15/11", 2026, 2026).due).toEqual(["2026-11-15"]);
  });
});

describe("a deadline before Tết", () => {
  const calendar = new WorkCalendar(prefillDays(2026));
  const window = { from: localDate(2026, 1, 1), to: localDate(2026, 12, 31) };
  const facts = (text: string) => ({
    timeline: parseTimeline(text, { year: 2026 }),
    ownDeadline: null,
    done: false,
    completedOn: null,
    completions: new Map(),
  });
  const status = (text: string, today: LocalDate) =>
    evaluateTask(facts(text), today, calendar, { window, dueSoonDays: 3, beforeMeansDayBefore: false });

  test("is due by the last working day before the break, never after it", () => {
    const tet = parseTimeline("Tổng kết, trước Tết Nguyên đán", { year: 2026 });
    expect(tet.milestones.map((m) => [formatIso(m.date), m.beforeHoliday])).toEqual([["2026-02-17", true]]);
    const due = calendar.deadlineBefore(localDate(2026, 2, 17));
    expect(calendar.isWorkingDay(due)).toBe(true);
    expect(compareDates(due, localDate(2026, 2, 17))).toBeLessThan(0);
    // The day after that working day, inside the break, the task is already late.
    expect(status("Tổng kết, trước Tết Nguyên đán", addDays(due, 1)).status).toBe("overdue");
    expect(status("Tổng kết, trước Tết Nguyên đán", due).status).toBe("dueSoon");
  });

  test("a plain dated deadline on a day off still moves to the next working day (Civil Code Art. 148)", () => {
    const r = status("Trước ngày 17/02/2026", localDate(2026, 2, 18));
    expect(r.status).not.toBe("overdue");
  });
});
