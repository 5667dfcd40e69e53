import { clipboardRows, dateFromParts, displayed, userEntered, type TypingContext } from "./typing";

// Expected dates are written as explicit UTC instants, so the tests mean the same under any host
// TZ (run them with TZ=UTC, TZ=America/Sao_Paulo and TZ=Pacific/Honolulu too).
const VI: TypingContext = { locale: "vi_VN", timeZone: "Asia/Ho_Chi_Minh" };
const EN: TypingContext = { locale: "en_US", timeZone: "America/New_York" };
const at = (iso: string) => new Date(iso);

/** 5 Nov 2024 at local midnight in Vietnam (UTC+7). */
const NOV5_VN = at("2024-11-04T17:00:00Z");
/** 1 Nov 2024 at local midnight in Vietnam. */
const NOV1_VN = at("2024-10-31T17:00:00Z");

describe("userEntered: apostrophe and plain-text cells", () => {
  test("a leading apostrophe stores the rest as text and is dropped", () => {
    expect(userEntered("'05/11/2024", VI)).toEqual({ value: "05/11/2024", formula: "", numberFormat: "" });
    expect(userEntered("'007", VI).value).toBe("007");
    expect(userEntered("'=SUM(A1)", VI)).toEqual({ value: "=SUM(A1)", formula: "", numberFormat: "" });
    expect(userEntered("'+abc", EN)).toEqual({ value: "+abc", formula: "", numberFormat: "" });
    expect(userEntered("'", VI).value).toBe("");
  });

  test("an apostrophe keeps the cell's explicit format", () => {
    expect(userEntered("'12", { ...VI, numberFormat: "0.00" })).toEqual({
      value: "12",
      formula: "",
      numberFormat: "0.00",
    });
  });

  test("a plain-text cell (@) stores dates, numbers, booleans and formulas verbatim", () => {
    const plain = { ...VI, numberFormat: "@" };
    expect(userEntered("05/11/2024", plain)).toEqual({ value: "05/11/2024", formula: "", numberFormat: "@" });
    expect(userEntered("007", plain)).toEqual({ value: "007", formula: "", numberFormat: "@" });
    expect(userEntered("=SUM(A1)", plain)).toEqual({ value: "=SUM(A1)", formula: "", numberFormat: "@" });
    expect(userEntered("TRUE", plain).value).toBe("TRUE");
    expect(userEntered("90%", plain).value).toBe("90%");
    expect(userEntered("+abc", plain)).toEqual({ value: "+abc", formula: "", numberFormat: "@" });
    expect(userEntered(" 1,5 ", plain).value).toBe(" 1,5 ");
  });
});

describe("userEntered: formulas", () => {
  test("'=' starts a formula that the fake shows as #ERROR!", () => {
    expect(userEntered("=SUM(A1)", VI)).toEqual({ value: "#ERROR!", formula: "=SUM(A1)", numberFormat: "" });
    expect(userEntered("=SUM(A1)", EN).formula).toBe("=SUM(A1)");
  });

  test("'+' or '-' before something that is not a number is a failing formula", () => {
    expect(userEntered("+abc", VI)).toEqual({ value: "#ERROR!", formula: "=+abc", numberFormat: "" });
    expect(userEntered("-abc", EN)).toEqual({ value: "#ERROR!", formula: "=-abc", numberFormat: "" });
    expect(userEntered("- Rà soát thủ tục", VI)).toEqual({
      value: "#ERROR!",
      formula: "=- Rà soát thủ tục",
      numberFormat: "",
    });
    expect(userEntered("+84 912 345 678", VI).value).toBe("#ERROR!");
  });

  test("a lone '-', '+' or '=', and a space before '=', stay text", () => {
    expect(userEntered("-", VI)).toEqual({ value: "-", formula: "", numberFormat: "" });
    expect(userEntered("+", VI).value).toBe("+");
    expect(userEntered("=", VI).formula).toBe("");
    expect(userEntered(" =SUM(A1)", VI)).toEqual({ value: " =SUM(A1)", formula: "", numberFormat: "" });
  });

  test("a leading '@' is text", () => {
    expect(userEntered("@Nguyễn Văn A", VI)).toEqual({ value: "@Nguyễn Văn A", formula: "", numberFormat: "" });
  });
});

describe("userEntered: numbers in vi_VN (decimal ',' and grouping '.')", () => {
  test("a comma is the decimal mark", () => {
    expect(userEntered("1,5", VI)).toEqual({ value: 1.5, formula: "", numberFormat: "" });
    expect(userEntered("0,9", VI).value).toBe(0.9);
    expect(userEntered(",5", VI).value).toBe(0.5);
    expect(userEntered("-1,5", VI).value).toBe(-1.5);
    expect(userEntered("1,000", VI).value).toBe(1);
  });

  test("a dot groups thousands and the grouping format is applied", () => {
    expect(userEntered("1.000", VI)).toEqual({ value: 1000, formula: "", numberFormat: "#,##0" });
    expect(userEntered("1.000.000", VI).value).toBe(1_000_000);
    expect(userEntered("1.000,5", VI)).toEqual({ value: 1000.5, formula: "", numberFormat: "#,##0.00" });
  });

  test("a dot that is not a valid grouping leaves text", () => {
    expect(userEntered("1.5", VI)).toEqual({ value: "1.5", formula: "", numberFormat: "" });
    expect(userEntered("1.50", VI).value).toBe("1.50");
  });

  test("percentages are the number over 100 with a percent format", () => {
    expect(userEntered("90%", VI)).toEqual({ value: 0.9, formula: "", numberFormat: "0%" });
    expect(userEntered("12,5%", VI)).toEqual({ value: 0.125, formula: "", numberFormat: "0.00%" });
    expect(userEntered("7%", VI).value).toBe(0.07);
    expect(userEntered("12.5%", VI).value).toBe("12.5%");
  });

  test("leading zeros are dropped, exponents read, spaces around a number ignored", () => {
    expect(userEntered("007", VI)).toEqual({ value: 7, formula: "", numberFormat: "" });
    expect(userEntered("00123", VI).value).toBe(123);
    expect(userEntered("1e3", VI)).toEqual({ value: 1000, formula: "", numberFormat: "0.00E+00" });
    expect(userEntered("1E-2", VI).value).toBe(0.01);
    expect(userEntered("  1,5 ", VI).value).toBe(1.5);
    expect(userEntered("+5", VI).value).toBe(5);
    expect(userEntered("-0", VI).value).toBe(0);
    expect(Object.is(userEntered("-0", VI).value, -0)).toBe(false);
  });

  test("currency and units are not numbers", () => {
    expect(userEntered("1.000 đ", VI).value).toBe("1.000 đ");
    expect(userEntered("5 ngày", VI).value).toBe("5 ngày");
  });
});

describe("userEntered: numbers in en_US (decimal '.' and grouping ',')", () => {
  test("a dot is the decimal mark and a comma groups thousands", () => {
    expect(userEntered("1.5", EN)).toEqual({ value: 1.5, formula: "", numberFormat: "" });
    expect(userEntered(".5", EN).value).toBe(0.5);
    expect(userEntered("1,000", EN)).toEqual({ value: 1000, formula: "", numberFormat: "#,##0" });
    expect(userEntered("1,234,567.25", EN).value).toBe(1234567.25);
  });

  test("a comma that is not a valid grouping leaves text", () => {
    expect(userEntered("1,5", EN)).toEqual({ value: "1,5", formula: "", numberFormat: "" });
  });

  test("percentages", () => {
    expect(userEntered("90%", EN)).toEqual({ value: 0.9, formula: "", numberFormat: "0%" });
    expect(userEntered("12.5%", EN).value).toBe(0.125);
  });

  test("other locales: de_DE reads like vi_VN, unknown locales like en_US", () => {
    expect(userEntered("1,5", { locale: "de_DE", timeZone: "Europe/Berlin" }).value).toBe(1.5);
    expect(userEntered("1,5", { locale: "ja_JP", timeZone: "Asia/Tokyo" }).value).toBe("1,5");
    expect(userEntered("1.5", { locale: "ja_JP", timeZone: "Asia/Tokyo" }).value).toBe(1.5);
    expect(userEntered("1 000,5", { locale: "fr_FR", timeZone: "Europe/Paris" }).value).toBe(1000.5);
  });
});

describe("userEntered: booleans", () => {
  test("TRUE/FALSE in any case, in both locales", () => {
    for (const ctx of [VI, EN]) {
      expect(userEntered("TRUE", ctx)).toEqual({ value: true, formula: "", numberFormat: "" });
      expect(userEntered("true", ctx).value).toBe(true);
      expect(userEntered("False", ctx).value).toBe(false);
      expect(userEntered(" TRUE ", ctx).value).toBe(true);
      expect(userEntered("TRUE.", ctx).value).toBe("TRUE.");
    }
  });
});

describe("userEntered: dates in vi_VN (day first)", () => {
  test("dd/MM/yyyy and its variants are local midnight in the spreadsheet's zone", () => {
    expect(userEntered("05/11/2024", VI)).toEqual({ value: NOV5_VN, formula: "", numberFormat: "dd/MM/yyyy" });
    expect(userEntered("5/11/2024", VI).value).toEqual(NOV5_VN);
    expect(userEntered("05-11-2024", VI).value).toEqual(NOV5_VN);
    expect(userEntered(" 05/11/2024 ", VI).value).toEqual(NOV5_VN);
    expect(userEntered("21/01/2024", VI).value).toEqual(at("2024-01-20T17:00:00Z"));
  });

  test("two-digit years fall in 1930-2029", () => {
    expect(userEntered("5/11/24", VI).value).toEqual(NOV5_VN);
    expect(userEntered("5/11/95", VI).value).toEqual(at("1995-11-04T17:00:00Z"));
  });

  test("ISO dates are dates in every locale", () => {
    expect(userEntered("2024-11-05", VI)).toEqual({ value: NOV5_VN, formula: "", numberFormat: "yyyy-MM-dd" });
    expect(userEntered("2024-11-05", EN).value).toEqual(at("2024-11-05T05:00:00Z"));
  });

  test("month and year are the first of the month; 'T11/2024' is text", () => {
    expect(userEntered("11/2024", VI)).toEqual({ value: NOV1_VN, formula: "", numberFormat: "MM/yyyy" });
    expect(userEntered("2024-11", VI)).toEqual({ value: NOV1_VN, formula: "", numberFormat: "yyyy-MM" });
    expect(userEntered("T11/2024", VI)).toEqual({ value: "T11/2024", formula: "", numberFormat: "" });
    expect(userEntered("13/2024", VI).value).toBe("13/2024");
  });

  test("impossible dates stay text", () => {
    for (const s of ["31/11/2024", "29/02/2023", "32/01/2024", "00/01/2024", "05/13/2024"])
      expect(userEntered(s, VI).value).toBe(s);
    expect(userEntered("29/02/2024", VI).value).toEqual(at("2024-02-28T17:00:00Z"));
  });

  test("dots are not date separators in vi_VN, but are in de_DE", () => {
    expect(userEntered("05.11.2024", VI).value).toBe("05.11.2024");
    expect(userEntered("05.11.2024", { locale: "de_DE", timeZone: "Asia/Ho_Chi_Minh" })).toEqual({
      value: NOV5_VN,
      formula: "",
      numberFormat: "dd.MM.yyyy",
    });
  });

  test("a date with a time is that local instant", () => {
    expect(userEntered("05/11/2024 8:00", VI)).toEqual({
      value: at("2024-11-05T01:00:00Z"),
      formula: "",
      numberFormat: "dd/MM/yyyy H:mm",
    });
    expect(userEntered("2024-11-05 17:30:15", VI).value).toEqual(at("2024-11-05T10:30:15Z"));
  });

  describe("day and month without a year", () => {
    afterEach(() => jest.useRealTimers());

    test("take the current year in the spreadsheet's zone, not the host's", () => {
      // 20:00 UTC on 31 Dec 2025 is already 1 Jan 2026 in Vietnam, still 2025 in New York.
      jest.useFakeTimers({ now: at("2025-12-31T20:00:00Z") });
      expect(userEntered("05/11", VI)).toEqual({
        value: at("2026-11-04T17:00:00Z"),
        formula: "",
        numberFormat: "dd/MM",
      });
      expect(userEntered("11/5", EN)).toEqual({ value: at("2025-11-05T05:00:00Z"), formula: "", numberFormat: "M/d" });
      expect(userEntered("31/11", VI).value).toBe("31/11");
    });
  });
});

describe("userEntered: dates in en_US (month first)", () => {
  test("03/01/2024 is 1 March, 11/5/2024 is 5 November", () => {
    expect(userEntered("03/01/2024", EN)).toEqual({
      value: at("2024-03-01T05:00:00Z"),
      formula: "",
      numberFormat: "M/d/yyyy",
    });
    expect(userEntered("11/5/2024", EN).value).toEqual(at("2024-11-05T05:00:00Z"));
  });

  test("21/01/2024 is no date in en_US and stays text", () => {
    expect(userEntered("21/01/2024", EN)).toEqual({ value: "21/01/2024", formula: "", numberFormat: "" });
  });

  test("month/year, English month names, and en_GB reading day first", () => {
    expect(userEntered("11/2024", EN).value).toEqual(at("2024-11-01T04:00:00Z"));
    expect(userEntered("Nov 5, 2024", EN)).toEqual({
      value: at("2024-11-05T05:00:00Z"),
      formula: "",
      numberFormat: "MMM d, yyyy",
    });
    expect(userEntered("5 November 2024", EN).value).toEqual(at("2024-11-05T05:00:00Z"));
    expect(userEntered("Nov 5, 2024", VI).value).toBe("Nov 5, 2024");
    expect(userEntered("03/01/2024", { locale: "en_GB", timeZone: "Europe/London" }).value).toEqual(
      at("2024-01-03T00:00:00Z"),
    );
    expect(userEntered("03/01/2024", { locale: "ja_JP", timeZone: "UTC" }).value).toEqual(at("2024-03-01T00:00:00Z"));
  });
});

describe("userEntered: times", () => {
  const UTC_VI: TypingContext = { locale: "vi_VN", timeZone: "UTC" };

  test("a time is that wall clock on 30 Dec 1899 in the spreadsheet's zone", () => {
    expect(userEntered("8:00", UTC_VI)).toEqual({
      value: at("1899-12-30T08:00:00Z"),
      formula: "",
      numberFormat: "H:mm",
    });
    expect(userEntered("08:30", UTC_VI).value).toEqual(at("1899-12-30T08:30:00Z"));
    expect(userEntered("8:00:15", UTC_VI)).toEqual({
      value: at("1899-12-30T08:00:15Z"),
      formula: "",
      numberFormat: "H:mm:ss",
    });
    expect(userEntered("23:59", UTC_VI).value).toEqual(at("1899-12-30T23:59:00Z"));
  });

  test("in Vietnam the 1899 wall clock uses the tz database offset of that day (LMT +7:06:30)", () => {
    const t = userEntered("8:00", VI).value as Date;
    expect(t).toEqual(at("1899-12-30T00:53:30Z"));
    expect(displayed(t, "HH:mm:ss", VI)).toBe("08:00:00");
  });

  test("AM/PM is read in English locales only", () => {
    expect(userEntered("8:00 PM", { ...EN, timeZone: "UTC" })).toEqual({
      value: at("1899-12-30T20:00:00Z"),
      formula: "",
      numberFormat: "h:mm AM/PM",
    });
    expect(userEntered("12:00 AM", { ...EN, timeZone: "UTC" }).value).toEqual(at("1899-12-30T00:00:00Z"));
    expect(userEntered("12:30 pm", { ...EN, timeZone: "UTC" }).value).toEqual(at("1899-12-30T12:30:00Z"));
    expect(userEntered("8:00 AM", VI).value).toBe("8:00 AM");
    expect(userEntered("11/5/2024 8:00 PM", EN).value).toEqual(at("2024-11-06T01:00:00Z"));
  });

  test("out-of-range clocks and Vietnamese '8h00' stay text", () => {
    for (const s of ["25:00", "24:00", "8:60", "8:5", "13:00 PM", "8h00"]) expect(userEntered(s, VI).value).toBe(s);
  });
});

describe("userEntered: text and explicit formats", () => {
  test("text is stored exactly as typed: spaces kept, Unicode form kept", () => {
    const nfd = "Cải cách hành chính".normalize("NFD");
    expect(userEntered(nfd, VI).value).toBe(nfd);
    expect(userEntered(nfd, VI).value).not.toBe(nfd.normalize("NFC"));
    expect(userEntered("  Kế hoạch  ", VI)).toEqual({ value: "  Kế hoạch  ", formula: "", numberFormat: "" });
    expect(userEntered("", VI).value).toBe("");
    expect(userEntered("   ", VI).value).toBe("   ");
  });

  test("an explicit format survives typing; automatic formats do not", () => {
    const dated = { ...VI, numberFormat: "dd/MM/yyyy" };
    const typed = userEntered("11/2024", dated);
    expect(typed).toEqual({ value: NOV1_VN, formula: "", numberFormat: "dd/MM/yyyy" });
    expect(displayed(typed.value, typed.numberFormat, VI)).toBe("01/11/2024");
    expect(userEntered("1,5", { ...VI, numberFormat: "0.00" }).numberFormat).toBe("0.00");
    expect(userEntered("abc", { ...VI, numberFormat: "0.00" })).toEqual({
      value: "abc",
      formula: "",
      numberFormat: "0.00",
    });
    expect(userEntered("90%", { ...VI, numberFormat: "General" }).numberFormat).toBe("0%");
    expect(userEntered("90%", { ...VI, numberFormat: "" }).numberFormat).toBe("0%");
  });
});

describe("displayed", () => {
  test("numbers in the locale's notation", () => {
    expect(displayed(1.5, "", VI)).toBe("1,5");
    expect(displayed(1.5, "", EN)).toBe("1.5");
    expect(displayed(1000, "#,##0", VI)).toBe("1.000");
    expect(displayed(1234.5, "#,##0.00", VI)).toBe("1.234,50");
    expect(displayed(1234.5, "#,##0.00", EN)).toBe("1,234.50");
    expect(displayed(1.5, "0.00", VI)).toBe("1,50");
    expect(displayed(2.5, "0", VI)).toBe("3");
    expect(displayed(1.005, "0.00", EN)).toBe("1.01");
    expect(displayed(-0.001, "0.00", EN)).toBe("0.00");
    expect(displayed(-1234.5, "#,##0.00", EN)).toBe("-1,234.50");
    expect(displayed(1000, "0.00E+00", VI)).toBe("1,00E+03");
  });

  test("automatic format: up to ten decimals, no trailing zeros, no float noise", () => {
    expect(displayed(1 / 3, "", VI)).toBe("0,3333333333");
    expect(displayed(0.1 + 0.2, "", EN)).toBe("0.3");
    expect(displayed(1234567, "", EN)).toBe("1234567");
    expect(displayed(-2.5, "General", VI)).toBe("-2,5");
    // eslint-disable-next-line no-loss-of-precision -- a 20-digit number as typed: Sheets keeps 15 digits too
    expect(displayed(12345678901234567890, "", EN)).toBe("1.23457E+19");
  });

  test("percentages", () => {
    expect(displayed(0.9, "0%", VI)).toBe("90%");
    expect(displayed(0.125, "0.0%", VI)).toBe("12,5%");
    expect(displayed(0.125, "0.00%", EN)).toBe("12.50%");
    expect(displayed(0.07, "0%", EN)).toBe("7%");
  });

  test("dates and times by their format in the spreadsheet's zone", () => {
    expect(displayed(NOV5_VN, "dd/MM/yyyy", VI)).toBe("05/11/2024");
    expect(displayed(NOV5_VN, "d/M/yyyy", VI)).toBe("5/11/2024");
    expect(displayed(NOV5_VN, "yyyy-MM-dd", VI)).toBe("2024-11-05");
    expect(displayed(NOV5_VN, "MM/yyyy", VI)).toBe("11/2024");
    expect(displayed(NOV5_VN, "", VI)).toBe("05/11/2024");
    expect(displayed(at("2024-11-05T05:00:00Z"), "M/d/yyyy", EN)).toBe("11/5/2024");
    expect(displayed(at("2024-11-05T05:00:00Z"), "", EN)).toBe("11/5/2024");
    // The same instant is another day in another zone.
    expect(displayed(NOV5_VN, "dd/MM/yyyy", { ...VI, timeZone: "UTC" })).toBe("04/11/2024");
    const evening = dateFromParts(1899, 12, 30, 20, 5, 9, VI.timeZone);
    expect(displayed(evening, "H:mm", VI)).toBe("20:05");
    expect(displayed(evening, "HH:mm:ss", VI)).toBe("20:05:09");
    expect(displayed(evening, "h:mm AM/PM", { ...EN, timeZone: VI.timeZone })).toBe("8:05 PM");
    expect(displayed(evening, "h:mm AM/PM", VI)).toBe("8:05 CH");
    expect(displayed(evening, "", VI)).toBe("20:05:09");
  });

  test("the minute/month 'm' rule and month names", () => {
    const d = at("2024-11-05T01:07:00Z"); // 08:07 on 5 Nov 2024 in Vietnam
    expect(displayed(d, "d/m/yyyy h:mm", VI)).toBe("5/11/2024 8:07");
    expect(displayed(d, "mmm d, yyyy", VI)).toBe("Nov 5, 2024");
    expect(displayed(d, "dddd", VI)).toBe("Tuesday");
  });

  test("numbers under a date format and dates under a number format use serial days from 30 Dec 1899", () => {
    expect(displayed(45601, "dd/MM/yyyy", VI)).toBe("05/11/2024");
    expect(displayed(45601.5, "dd/MM/yyyy HH:mm", VI)).toBe("05/11/2024 12:00");
    expect(displayed(NOV5_VN, "0", VI)).toBe("45601");
    expect(displayed(at("2024-11-05T13:00:00Z"), "0.00", VI)).toBe("45601,83");
  });

  test("booleans, formula errors, text and plain-text numbers", () => {
    expect(displayed(true, "", VI)).toBe("TRUE");
    expect(displayed(false, "0.00", EN)).toBe("FALSE");
    expect(displayed("#ERROR!", "", VI)).toBe("#ERROR!");
    expect(displayed("  Kế hoạch ", "0.00", VI)).toBe("  Kế hoạch ");
    expect(displayed(1.5, "@", VI)).toBe("1.5");
  });
});

describe("displayed(userEntered(x)) round trips", () => {
  const roundTrip = (input: string, ctx: TypingContext) => {
    const t = userEntered(input, ctx);
    return displayed(t.value, t.numberFormat, ctx);
  };

  test("vi_VN", () => {
    const cases: Array<[string, string]> = [
      ["05/11/2024", "05/11/2024"],
      ["5/11/2024", "05/11/2024"],
      ["5/11/24", "05/11/2024"],
      ["11/2024", "11/2024"],
      ["2024-11", "2024-11"],
      ["2024-11-05", "2024-11-05"],
      ["T11/2024", "T11/2024"],
      ["90%", "90%"],
      ["12,5%", "12,50%"],
      ["0,9", "0,9"],
      ["1,5", "1,5"],
      ["1.000", "1.000"],
      ["1.5", "1.5"],
      ["8:00", "8:00"],
      ["8:00:15", "8:00:15"],
      ["05/11/2024 8:00", "05/11/2024 8:00"],
      ["007", "7"],
      ["TRUE", "TRUE"],
      ["=SUM(A1)", "#ERROR!"],
      ["+abc", "#ERROR!"],
      ["'05/11/2024", "05/11/2024"],
    ];
    for (const [input, shown] of cases) expect([input, roundTrip(input, VI)]).toEqual([input, shown]);
  });

  test("en_US", () => {
    const cases: Array<[string, string]> = [
      ["11/5/2024", "11/5/2024"],
      ["03/01/2024", "3/1/2024"],
      ["21/01/2024", "21/01/2024"],
      ["1.5", "1.5"],
      ["1,000", "1,000"],
      ["90%", "90%"],
      ["8:00 AM", "8:00 AM"],
      ["Nov 5, 2024", "Nov 5, 2024"],
      ["1e3", "1.00E+03"],
      ["false", "FALSE"],
    ];
    for (const [input, shown] of cases) expect([input, roundTrip(input, EN)]).toEqual([input, shown]);
  });

  test("a plain-text cell shows exactly what was typed", () => {
    for (const input of ["05/11/2024", "007", "=SUM(A1)", "1,5"])
      expect(roundTrip(input, { ...VI, numberFormat: "@" })).toBe(input);
  });
});

describe("dateFromParts", () => {
  test("builds the instant from the zone's wall clock, whatever the host zone", () => {
    expect(dateFromParts(2024, 11, 5, 0, 0, 0, "Asia/Ho_Chi_Minh")).toEqual(NOV5_VN);
    expect(dateFromParts(2024, 7, 1, 9, 30, 0, "America/New_York")).toEqual(at("2024-07-01T13:30:00Z"));
    expect(dateFromParts(2024, 1, 1, 9, 30, 0, "America/New_York")).toEqual(at("2024-01-01T14:30:00Z"));
    expect(dateFromParts(2024, 11, 5, 0, 0, 0, "UTC")).toEqual(at("2024-11-05T00:00:00Z"));
  });

  test("a wall time skipped by daylight saving lands after the jump", () => {
    // São Paulo moved clocks from 00:00 to 01:00 (UTC-3 to UTC-2) on 4 Nov 2018.
    expect(dateFromParts(2018, 11, 4, 0, 30, 0, "America/Sao_Paulo")).toEqual(at("2018-11-04T03:30:00Z"));
    expect(dateFromParts(2018, 11, 4, 1, 30, 0, "America/Sao_Paulo")).toEqual(at("2018-11-04T03:30:00Z"));
  });
});

describe("clipboardRows", () => {
  test("rows on CRLF or LF, cells on tabs, trailing line end dropped", () => {
    expect(clipboardRows("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(clipboardRows("a\tb\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(clipboardRows("a\t\tc\nx\t")).toEqual([
      ["a", "", "c"],
      ["x", ""],
    ]);
    expect(clipboardRows("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
    expect(clipboardRows("")).toEqual([]);
  });

  test("quoted cells carry line breaks, tabs and doubled quotes", () => {
    expect(clipboardRows('"Dòng 1\r\nDòng 2"\tx\r\n')).toEqual([["Dòng 1\nDòng 2", "x"]]);
    expect(clipboardRows('"a ""trích"" b"\t"tab\there"\n')).toEqual([['a "trích" b', "tab\there"]]);
    expect(clipboardRows('""\tb')).toEqual([["", "b"]]);
  });

  test("quotes that do not wrap a whole cell are ordinary characters", () => {
    expect(clipboardRows('Quyết định "số 5"\tx')).toEqual([['Quyết định "số 5"', "x"]]);
    expect(clipboardRows('"Quyết định" số 5\tx\ny')).toEqual([['"Quyết định" số 5', "x"], ["y"]]);
    expect(clipboardRows('"unclosed\tx\ny')).toEqual([['"unclosed', "x"], ["y"]]);
  });
});
