import fc from "fast-check";
import { computedDays, prefillDays, statutoryHolidays } from "../../src/core/calendar/holidays";
import { lunarToSolar, solarToLunar } from "../../src/core/calendar/lunar";
import { WorkCalendar } from "../../src/core/calendar/workCalendar";
import {
  addDays,
  dayOfWeek,
  formatIso,
  fromEpochDay,
  localDate,
  toEpochDay,
  type LocalDate,
} from "../../src/core/dates/localDate";

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);

describe("the Vietnamese lunar calendar (Hồ Ngọc Đức, UTC+7)", () => {
  test.each([
    [2024, "2024-02-10", "2024-04-18"],
    [2025, "2025-01-29", "2025-04-07"],
    [2026, "2026-02-17", "2026-04-26"],
    [2027, "2027-02-06", "2027-04-16"],
    [2028, "2028-01-26", "2028-04-04"],
    [2029, "2029-02-13", "2029-04-23"],
    [2030, "2030-02-02", "2030-04-12"],
  ])("%i: lunar new year %s, Hùng Kings %s", (year, tet, hung) => {
    expect(iso(lunarToSolar({ year, month: 1, day: 1, leap: false }))).toBe(tet);
    expect(iso(lunarToSolar({ year, month: 3, day: 10, leap: false }))).toBe(hung);
  });

  test("differs from the Chinese calendar where the new moon falls between UTC+7 and UTC+8", () => {
    // Tết 1985: 21/1 in Vietnam, 20/2 in China (the Vietnamese calendar's own famous case).
    expect(iso(lunarToSolar({ year: 1985, month: 1, day: 1, leap: false }))).toBe("1985-01-21");
  });

  test("round-trips every day from 1900 to 2100", () => {
    const first = toEpochDay(localDate(1900, 1, 1));
    const last = toEpochDay(localDate(2100, 12, 31));
    let mismatches = 0;
    for (let n = first; n <= last; n++) {
      const solar = fromEpochDay(n);
      const back = lunarToSolar(solarToLunar(solar));
      if (!back || toEpochDay(back) !== n) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(last - first + 1).toBe(73414);
  });

  test("knows leap months, and refuses one the year does not have", () => {
    // 2023 had a leap second month (22/3/2023 was 1/2 nhuận).
    expect(solarToLunar(localDate(2023, 3, 22))).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toBeNull();
  });
});

describe("holidays", () => {
  const days = (year: number) =>
    prefillDays(year).map((d) => `${formatIso(d.date).slice(5)}${d.kind === "workday" ? "+" : ""}`);

  test("2024 as announced: Tết 8–14/2, 18/4, 29/4–1/5 with Saturday 4/5 worked, 2–3/9", () => {
    expect(days(2024)).toEqual([
      "01-01",
      "02-08",
      "02-09",
      "02-12",
      "02-13",
      "02-14",
      "04-18",
      "04-29",
      "04-30",
      "05-01",
      "05-04+",
      "09-02",
      "09-03",
    ]);
    expect(prefillDays(2024).every((d) => d.confirmed)).toBe(true);
  });

  test("2025 as announced: Tết 25/1–2/2, 7/4, 30/4–2/5 with Saturday 26/4 worked, 1–2/9", () => {
    expect(days(2025)).toEqual([
      "01-01",
      "01-27",
      "01-28",
      "01-29",
      "01-30",
      "01-31",
      "04-07",
      "04-26+",
      "04-30",
      "05-01",
      "05-02",
      "09-01",
      "09-02",
    ]);
  });

  test("2026 from secondary sources, shipped to confirm", () => {
    expect(days(2026)).toEqual([
      "01-01",
      "02-16",
      "02-17",
      "02-18",
      "02-19",
      "02-20",
      "04-27",
      "04-30",
      "05-01",
      "08-22+",
      "08-31",
      "09-01",
      "09-02",
    ]);
    expect(prefillDays(2026).every((d) => !d.confirmed)).toBe(true);
  });

  test("later years by rule: weekend holidays made up on the next working day", () => {
    // 2031: Tết 23/1 (Thursday): 22–26/1, the weekend 25–26 made up on Monday 27 and Tuesday 28.
    expect(days(2031)).toEqual([
      "01-01",
      "01-22",
      "01-23",
      "01-24",
      "01-27",
      "01-28",
      "04-01",
      "04-30",
      "05-01",
      "09-01",
      "09-02",
    ]);
    expect(computedDays(2031).every((d) => !d.confirmed && dayOfWeek(d.date) !== 0 && dayOfWeek(d.date) !== 6)).toBe(
      true,
    );
    expect(statutoryHolidays(2031)).toHaveLength(11);
  });

  test("the rule gives every year 11 statutory days off, none on a weekend once made up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2099 }), (year) => {
        const list = computedDays(year);
        const distinct = new Set(list.map((d) => toEpochDay(d.date)));
        return list.length === 11 && distinct.size === 11 && list.every((d) => dayOfWeek(d.date) % 6 !== 0);
      }),
    );
  });
});

describe("working days", () => {
  const calendar = new WorkCalendar(prefillDays(2024));
  const anyDay = fc
    .integer({ min: toEpochDay(localDate(2024, 1, 1)), max: toEpochDay(localDate(2026, 12, 31)) })
    .map(fromEpochDay);
  const holidays = new Set(
    [2024, 2025, 2026, 2027]
      .flatMap((y) => prefillDays(y))
      .filter((d) => d.kind === "holiday")
      .map((d) => toEpochDay(d.date)),
  );
  const worked = new Set(
    [2024, 2025, 2026]
      .flatMap((y) => prefillDays(y))
      .filter((d) => d.kind === "workday")
      .map((d) => toEpochDay(d.date)),
  );

  test("adding then counting working days round-trips", () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: 0, max: 200 }),
        (d, n) => calendar.countWorkingDays(d, calendar.addWorkingDays(d, n)) === n,
      ),
    );
  });

  test("no holiday or weekend is ever counted as a working day (a Saturday worked is)", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 120 }), (d, span) => {
        let expected = 0;
        for (let i = 1; i <= span; i++) {
          const x = addDays(d, i);
          const n = toEpochDay(x);
          const weekend = dayOfWeek(x) === 0 || dayOfWeek(x) === 6;
          if (worked.has(n) || (!weekend && !holidays.has(n))) expected++;
        }
        return calendar.countWorkingDays(d, addDays(d, span)) === expected;
      }),
    );
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const x = calendar.addWorkingDays(d, n);
        return !holidays.has(toEpochDay(x)) && (worked.has(toEpochDay(x)) || dayOfWeek(x) % 6 !== 0);
      }),
    );
  });

  test("counting by weeks and each year's exceptions agrees with asking day by day, a tab's own days included", () => {
    // The secretariat's tab: a Sunday worked, a weekday off, and a day listed both ways (worked wins).
    const own = new WorkCalendar([
      { date: localDate(2024, 11, 17), kind: "workday" },
      { date: localDate(2024, 11, 21), kind: "holiday" },
      { date: localDate(2024, 11, 22), kind: "holiday" },
      { date: localDate(2024, 11, 22), kind: "workday" },
    ]);
    const wide = fc
      .integer({ min: toEpochDay(localDate(2020, 1, 1)), max: toEpochDay(localDate(2032, 12, 31)) })
      .map(fromEpochDay);
    for (const cal of [calendar, own]) {
      fc.assert(
        fc.property(wide, fc.integer({ min: -800, max: 800 }), (d, span) => {
          const to = addDays(d, span);
          let expected = 0;
          for (let i = 1; i <= Math.abs(span); i++) if (cal.isWorkingDay(addDays(span >= 0 ? d : to, i))) expected++;
          return cal.countWorkingDays(d, to) === (span >= 0 ? expected : -expected);
        }),
        { numRuns: 300 },
      );
    }
  });

  test("a count across centuries takes a year's work per year, not a day's per day", () => {
    // 31/12/9999 typed in a date column: about 2.9 million days, 7,976 years.
    const far = calendar.countWorkingDays(localDate(2024, 11, 20), localDate(9999, 12, 31));
    expect(far).toBeGreaterThan(1_900_000);
    expect(far).toBeLessThan(2_100_000);
  });

  test("counts the plan's examples", () => {
    expect(calendar.countWorkingDays(localDate(2024, 11, 8), localDate(2024, 11, 12))).toBe(2);
    expect(calendar.countWorkingDays(localDate(2024, 11, 12), localDate(2024, 11, 8))).toBe(-2);
    expect(iso(calendar.addWorkingDays(localDate(2024, 2, 7), 1))).toBe("2024-02-15"); // over Tết
    expect(iso(calendar.nextWorkingDay(localDate(2024, 4, 26)))).toBe("2024-05-02");
    expect(calendar.isWorkingDay(localDate(2024, 5, 4))).toBe(true);
  });

  test("a period ending on a day off ends on the next working day (Civil Code Art. 148)", () => {
    expect(iso(calendar.effectiveDeadline(localDate(2024, 11, 10)))).toBe("2024-11-11"); // a Sunday
    expect(iso(calendar.effectiveDeadline(localDate(2024, 9, 2)))).toBe("2024-09-04"); // National Day
    expect(iso(calendar.effectiveDeadline(localDate(2024, 11, 15)))).toBe("2024-11-15");
  });

  test("reads the holidays tab, not the code: a day the secretariat adds is off", () => {
    const edited = new WorkCalendar([...prefillDays(2024), { date: localDate(2024, 11, 15), kind: "holiday" }]);
    expect(edited.isWorkingDay(localDate(2024, 11, 15))).toBe(false);
    expect(iso(edited.effectiveDeadline(localDate(2024, 11, 15)))).toBe("2024-11-18");
    // Years the tab does not cover fall back to the prefilled days.
    expect(edited.isWorkingDay(localDate(2025, 1, 28))).toBe(false);
  });
});
