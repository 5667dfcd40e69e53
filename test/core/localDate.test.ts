import fc from "fast-check";
import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatIso,
  formatVi,
  fromEpochDay,
  isLeapYear,
  isValidDate,
  isWeekend,
  parseIso,
  toEpochDay,
} from "../../src/core/dates/localDate";

const anyDate = fc
  .integer({ min: toEpochDay({ year: 1900, month: 1, day: 1 }), max: toEpochDay({ year: 2100, month: 12, day: 31 }) })
  .map(fromEpochDay);

describe("plain local dates", () => {
  test("epoch days round-trip for every day 1900–2100", () => {
    fc.assert(
      fc.property(
        anyDate,
        (d) => isValidDate(d.year, d.month, d.day) && toEpochDay(fromEpochDay(toEpochDay(d))) === toEpochDay(d),
      ),
    );
  });

  test("consecutive epoch days are consecutive calendar days", () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const next = addDays(d, 1);
        return d.day < daysInMonth(d.year, d.month)
          ? next.year === d.year && next.month === d.month && next.day === d.day + 1
          : next.day === 1;
      }),
    );
  });

  test("agree with the host's UTC calendar, whatever the host's zone", () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const utc = new Date(Date.UTC(d.year, d.month - 1, d.day));
        return utc.getUTCDay() === dayOfWeek(d) && Math.round(utc.getTime() / 86400000) === toEpochDay(d);
      }),
    );
  });

  test("know the days of the plan's year", () => {
    expect(dayOfWeek({ year: 2024, month: 11, day: 20 })).toBe(3); // a Wednesday
    expect(daysBetween({ year: 2024, month: 1, day: 1 }, { year: 2025, month: 1, day: 1 })).toBe(366);
    expect(isValidDate(2024, 11, 31)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2025, 2, 29)).toBe(false);
  });

  test("format and parse as Vietnamese documents and ISO write them", () => {
    expect(formatVi({ year: 2024, month: 7, day: 5 })).toBe("05/07/2024");
    expect(formatIso({ year: 2024, month: 7, day: 5 })).toBe("2024-07-05");
    expect(parseIso("2024-11-31")).toBeNull();
    expect(parseIso("20/11/2024")).toBeNull();
    fc.assert(fc.property(anyDate, (d) => JSON.stringify(parseIso(formatIso(d))) === JSON.stringify(d)));
  });

  // The arithmetic goes through date-fns over UTC dates: these pin what a Date could get wrong.
  test("years 1 to 99 are themselves, not 1901–1999, and the range ends at 31/12/9999", () => {
    const first = { year: 1, month: 1, day: 1 };
    const last = { year: 9999, month: 12, day: 31 };
    expect(toEpochDay(first)).toBe(-719162);
    expect(toEpochDay(last)).toBe(2932896);
    expect(fromEpochDay(-719162)).toEqual(first);
    expect(dayOfWeek(first)).toBe(1); // a Monday in the proleptic Gregorian calendar
    expect(dayOfWeek(last)).toBe(5); // a Friday
    expect(daysBetween(first, last)).toBe(3652058);
    expect(addDays({ year: 99, month: 12, day: 31 }, 1)).toEqual({ year: 100, month: 1, day: 1 });
    expect(dayOfWeek({ year: 50, month: 1, day: 1 })).toBe(6); // 1950-01-01 was a Sunday
    expect(isLeapYear(0)).toBe(true); // 1900 was not
    expect(isValidDate(1, 1, 1) && isValidDate(9999, 12, 31)).toBe(true);
    expect(isValidDate(0, 12, 31) || isValidDate(10000, 1, 1)).toBe(false);
  });

  test("every day from year 1 to 9999 follows the one before, a weekday later", () => {
    const anyEra = fc.integer({ min: -719162, max: 2932895 });
    fc.assert(
      fc.property(anyEra, (n) => {
        const d = fromEpochDay(n);
        const next = addDays(d, 1);
        return (
          isValidDate(d.year, d.month, d.day) &&
          toEpochDay(d) === n &&
          toEpochDay(next) === n + 1 &&
          dayOfWeek(next) === (dayOfWeek(d) + 1) % 7 &&
          isWeekend(d) === (dayOfWeek(d) % 6 === 0) &&
          compareDates(d, next) < 0 &&
          compareDates(next, d) > 0 &&
          compareDates(d, d) === 0
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("leap days: every fourth year, not centuries, except every fourth century", () => {
    expect([2024, 2000, 1600, 4].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2023, 2100, 1900, 1].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2023, month: 2, day: 28 }, 1)).toEqual({ year: 2023, month: 3, day: 1 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(daysBetween({ year: 2100, month: 2, day: 28 }, { year: 2100, month: 3, day: 1 })).toBe(1);
  });

  test("an impossible day is carried as typed, to be shown, and counted as the day it rolls over to", () => {
    const typed = { year: 2024, month: 11, day: 31 };
    expect(formatVi(typed)).toBe("31/11/2024");
    expect(formatIso(typed)).toBe("2024-11-31");
    expect(toEpochDay(typed)).toBe(toEpochDay({ year: 2024, month: 12, day: 1 }));
  });
});
