import { readNumber, readPercent } from "../../src/core/numbers/figures";
import fc from "fast-check";
import { addDays, dayOfWeek, daysBetween, formatIso, fromEpochDay } from "../../src/core/dates/localDate";
import {
  isoWeekKey,
  isoWeekOf,
  isoWeekPeriod,
  nextPeriodBounds,
  parsePeriod,
  periodFromDate,
  periodLabel,
  startOfIsoWeek,
} from "../../src/core/period/period";
import { dueDates, occurrences } from "../../src/core/timeline/occurrences";
import { parseTimeline } from "../../src/core/timeline/parse";

const read = (text: string) => {
  const p = parsePeriod(text);
  return p && [p.kind, p.key, formatIso(p.start), formatIso(p.end)];
};

describe("one reader of period texts", () => {
  test.each([
    ["11/2024", "month", "2024-11"],
    ["T11/2024", "month", "2024-11"],
    ["t11/2024", "month", "2024-11"],
    ["Tháng 11/2024", "month", "2024-11"],
    ["tháng 11 năm 2024", "month", "2024-11"],
    ["thang 11 nam 2024", "month", "2024-11"],
    ["2024-11", "month", "2024-11"],
    ["2024-3", "month", "2024-03"],
    ["3/2024", "month", "2024-03"],
    ["03-2024", "month", "2024-03"],
    ["2024-Q4", "quarter", "2024-Q4"],
    ["Q4/2024", "quarter", "2024-Q4"],
    ["Quý IV/2024", "quarter", "2024-Q4"],
    ["quý 4 năm 2024", "quarter", "2024-Q4"],
    ["2024-H1", "half", "2024-H1"],
    ["H2/2024", "half", "2024-H2"],
    ["6 tháng đầu năm 2024", "half", "2024-H1"],
    ["6 tháng cuối năm 2024", "half", "2024-H2"],
    ["2024-W47", "week", "2024-W47"],
    ["Tuần 47/2024", "week", "2024-W47"],
    ["2024", "year", "2024"],
    ["Năm 2024", "year", "2024"],
    ["10/11/2024", "day", "2024-11-10"],
    ["2024-11-10", "day", "2024-11-10"],
  ])("%s is the %s %s", (text, kind, key) => {
    expect(read(text)?.slice(0, 2)).toEqual([kind, key]);
  });

  test("bounds are the first and last day of the period", () => {
    expect(read("2024-Q3")).toEqual(["quarter", "2024-Q3", "2024-07-01", "2024-09-30"]);
    expect(read("2/2024")).toEqual(["month", "2024-02", "2024-02-01", "2024-02-29"]);
    expect(read("2024-W47")).toEqual(["week", "2024-W47", "2024-11-18", "2024-11-24"]);
    expect(read("2025-W01")).toEqual(["week", "2025-W01", "2024-12-30", "2025-01-05"]);
    expect(read("2024-H2")).toEqual(["half", "2024-H2", "2024-07-01", "2024-12-31"]);
  });

  test.each([
    "13/2024",
    "2024-13",
    "T0/2024",
    "Q5/2024",
    "Quý V/2024",
    "2024-H3",
    "2024-W54",
    "2025-W53",
    "31/11/2024",
    "hôm qua",
    "",
    "11/24",
  ])("%p names no period", (text) => expect(parsePeriod(text)).toBeNull());

  test("2020 has a week 53, 2025 has none", () => {
    expect(read("2020-W53")?.[1]).toBe("2020-W53");
    expect(parsePeriod("2025-W53")).toBeNull();
  });

  test("a date Sheets made of a typed month is read as that month; any other day stays a day", () => {
    expect(periodFromDate({ year: 2024, month: 11, day: 1 })).toMatchObject({
      period: { kind: "month", key: "2024-11" },
      readAsMonth: true,
    });
    expect(periodFromDate({ year: 2024, month: 11, day: 10 })).toMatchObject({
      period: { kind: "day", key: "2024-11-10" },
      readAsMonth: false,
    });
  });

  test("the keys of recurring occurrences are the keys the reader gives", () => {
    const monthly = occurrences(parseTimeline("Định kỳ hàng tháng", { year: 2024 }), {
      from: { year: 2024, month: 1, day: 1 },
      to: { year: 2024, month: 12, day: 31 },
    });
    for (const o of monthly) expect(parsePeriod(`T${Number(o.key.slice(5))}/${o.key.slice(0, 4)}`)?.key).toBe(o.key);
    expect(monthly.map((o) => o.key)).toContain("2024-03");
    expect(
      dueDates(parseTimeline("Trước ngày 10/11/2024", { year: 2024 }), {
        from: { year: 2024, month: 1, day: 1 },
        to: { year: 2024, month: 12, day: 31 },
      }).length,
    ).toBe(1);
  });

  test("the next period has the same length", () => {
    expect(nextPeriodBounds(parsePeriod("2024-11")!).map(formatIso)).toEqual(["2024-12-01", "2024-12-31"]);
    expect(nextPeriodBounds(parsePeriod("2024-Q4")!).map(formatIso)).toEqual(["2025-01-01", "2025-03-31"]);
    expect(isoWeekKey({ year: 2024, month: 12, day: 30 })).toBe("2025-W01");
  });
});

describe("ISO weeks (date-fns over UTC dates)", () => {
  test("exactly the years whose 1 January is a Thursday, or a Wednesday in a leap year, have a week 53", () => {
    const long = [];
    for (let y = 2000; y <= 2040; y++) if (isoWeekPeriod(y, 53)) long.push(y);
    expect(long).toEqual([2004, 2009, 2015, 2020, 2026, 2032, 2037]);
    const w53 = isoWeekPeriod(2026, 53)!;
    expect([w53.key, formatIso(w53.start), formatIso(w53.end)]).toEqual(["2026-W53", "2026-12-28", "2027-01-03"]);
    expect(isoWeekPeriod(2024, 0)).toBeNull();
  });

  test("days at the turn of a year belong to the week of their Thursday", () => {
    expect(isoWeekOf({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf({ year: 2027, month: 1, day: 1 })).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf({ year: 2008, month: 12, day: 29 })).toEqual({ year: 2009, week: 1 });
    expect(isoWeekOf({ year: 2024, month: 12, day: 29 })).toEqual({ year: 2024, week: 52 });
  });

  test("every day lies in the Monday-to-Sunday week its key names", () => {
    const anyDay = fc.integer({ min: -25567, max: 84000 }).map(fromEpochDay); // 1900–2199
    fc.assert(
      fc.property(anyDay, (d) => {
        const { year, week } = isoWeekOf(d);
        const p = isoWeekPeriod(year, week)!;
        const offset = daysBetween(p.start, d);
        return (
          p.key === isoWeekKey(d) &&
          dayOfWeek(p.start) === 1 &&
          offset >= 0 &&
          offset <= 6 &&
          daysBetween(p.start, p.end) === 6 &&
          addDays(p.start, offset).day === d.day
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("the next period counts whole months, leap February included, whatever day the period ends on", () => {
    const jan = parsePeriod("1/2024")!;
    expect(nextPeriodBounds(jan).map(formatIso)).toEqual(["2024-02-01", "2024-02-29"]);
    expect(nextPeriodBounds(parsePeriod("2024-H2")!).map(formatIso)).toEqual(["2025-01-01", "2025-06-30"]);
    const typed = { start: { year: 2024, month: 11, day: 1 }, end: { year: 2024, month: 11, day: 31 } };
    expect(nextPeriodBounds(typed).map(formatIso)).toEqual(["2024-12-01", "2024-12-31"]);
  });
});

describe("figures as typed or stored", () => {
  test("a percentage reads the same typed 90, 90%, 0,9 or stored as the fraction 0.9", () => {
    for (const v of [90, "90", "90%", "90 %", 0.9, "0,9", "0.9"]) expect(readPercent(v)).toBe(90);
    expect(readPercent("12,5%")).toBe(12.5);
    expect(readPercent(1)).toBe(1);
    expect(readPercent("0,5%")).toBe(0.5); // typed with the sign: half a per cent
    expect(readPercent("chín mươi")).toBeNull();
  });

  test("plain numbers accept a decimal comma and refuse words and dates", () => {
    expect(readNumber("12,5")).toBe(12.5);
    expect(readNumber(" 7 ")).toBe(7);
    expect(readNumber("7 ngày")).toBeNull();
    expect(readNumber({ year: 2024, month: 1, day: 1 })).toBeNull();
    expect(readNumber(true)).toBeNull();
  });
});

/** A period's first and last day, as the indicators read a figure's period. */
const periodBounds = (text: string) => {
  const p = parsePeriod(text);
  return p ? [p.start, p.end] : null;
};

describe("the periods indicator figures name", () => {
  test("periods by month, quarter, half, year or date", () => {
    const iso = (p: string) => periodBounds(p)?.map(formatIso);
    expect(iso("2024-11")).toEqual(["2024-11-01", "2024-11-30"]);
    expect(iso("11/2024")).toEqual(["2024-11-01", "2024-11-30"]);
    expect(iso("2024-Q1")).toEqual(["2024-01-01", "2024-03-31"]);
    expect(iso("2024-H2")).toEqual(["2024-07-01", "2024-12-31"]);
    expect(iso("2024")).toEqual(["2024-01-01", "2024-12-31"]);
    expect(iso("20/11/2024")).toEqual(["2024-11-20", "2024-11-20"]);
    expect(periodBounds("tháng mười")).toBeNull();
  });
});

describe("ISO weeks as periods", () => {
  test("2024-W47 is Monday 18/11 to Sunday 24/11; week 1 of 2025 starts on 30/12/2024", () => {
    expect(periodBounds("2024-W47")?.map(formatIso)).toEqual(["2024-11-18", "2024-11-24"]);
    expect(periodBounds("2025-W01")?.map(formatIso)).toEqual(["2024-12-30", "2025-01-05"]);
    expect(periodBounds("2024-W60")).toBeNull();
  });
});

describe("a period in words: one label for the report, the log and the pages", () => {
  test.each([
    ["T11/2024", "tháng 11 năm 2024"],
    ["Quý IV/2024", "quý IV năm 2024"],
    ["2024-Q1", "quý I năm 2024"],
    ["6 tháng đầu năm 2024", "6 tháng đầu năm 2024"],
    ["2024-H2", "6 tháng cuối năm 2024"],
    ["2024", "năm 2024"],
    ["2024-W47", "tuần 47 năm 2024 (18/11/2024 – 24/11/2024)"],
    ["2025-W01", "tuần 1 năm 2025 (30/12/2024 – 05/01/2025)"],
    ["10/11/2024", "ngày 10/11/2024"],
  ])("%s → %s", (text, label) => {
    expect(periodLabel(parsePeriod(text)!)).toBe(label);
  });

  test("in English for a maintainer", () => {
    expect(periodLabel(parsePeriod("2024-Q4")!, "en")).toBe("quarter IV of 2024");
  });
});

test("startOfIsoWeek: the Monday of a date's ISO week, across a month and a year", () => {
  expect(formatIso(startOfIsoWeek({ year: 2024, month: 11, day: 20 }))).toBe("2024-11-18");
  expect(formatIso(startOfIsoWeek({ year: 2024, month: 11, day: 18 }))).toBe("2024-11-18");
  expect(formatIso(startOfIsoWeek({ year: 2025, month: 1, day: 5 }))).toBe("2024-12-30");
});
