import fc from "fast-check";
import {
  addDays, dayOfWeek, daysBetween, daysInMonth, formatIso, formatVi, fromEpochDay, isValidDate, parseIso, toEpochDay,
} from "../../src/core/dates/localDate";

const anyDate = fc.integer({ min: toEpochDay({ year: 1900, month: 1, day: 1 }), max: toEpochDay({ year: 2100, month: 12, day: 31 }) }).map(fromEpochDay);

describe("plain local dates", () => {
  test("epoch days round-trip for every day 1900–2100", () => {
    fc.assert(fc.property(anyDate, (d) => isValidDate(d.year, d.month, d.day) && toEpochDay(fromEpochDay(toEpochDay(d))) === toEpochDay(d)));
  });

  test("consecutive epoch days are consecutive calendar days", () => {
    fc.assert(fc.property(anyDate, (d) => {
      const next = addDays(d, 1);
      return d.day < daysInMonth(d.year, d.month)
        ? next.year === d.year && next.month === d.month && next.day === d.day + 1
        : next.day === 1;
    }));
  });

  test("agree with the host's UTC calendar, whatever the host's zone", () => {
    fc.assert(fc.property(anyDate, (d) => {
      const utc = new Date(Date.UTC(d.year, d.month - 1, d.day));
      return utc.getUTCDay() === dayOfWeek(d) && Math.round(utc.getTime() / 86400000) === toEpochDay(d);
    }));
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
});
