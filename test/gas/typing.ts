/**
 * How Google Sheets turns what a person types (or pastes, or what a script writes with
 * Range.setValues, which is parsed as USER_ENTERED) into a stored value, depending on the
 * spreadsheet locale, its time zone and the cell's number format; and how getDisplayValues shows
 * a stored value again.
 *
 * The fake is deliberately strict: where Sheets turns text into a number or a date, so does this
 * module, so that tests prove the product copes with what Sheets really stores.
 *
 * Google documents only the principle, not the grammar:
 * // Google: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
 *   "USER_ENTERED: The values will be parsed as if the user typed them into the UI. Numbers will
 *   stay as numbers, but strings may be converted to numbers, dates, etc. following the same rules
 *   that are applied when entering text into a cell via the Google Sheets UI."
 * The individual rules below say where they come from; "inferred" marks a rule Google does not
 * document, modelled from observed Sheets behaviour or chosen conservatively.
 */

export type StoredValue = string | number | boolean | Date;

export interface TypingContext {
  /** Spreadsheet locale: "vi_VN", "en_US", "en_GB", "fr_FR", "de_DE"; anything else reads as en_US. */
  locale: string;
  /** IANA zone of the spreadsheet, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string;
  /** The cell's current number format; "@" is plain text; "" or undefined is automatic. */
  numberFormat?: string;
}

export interface Typed {
  value: StoredValue;
  formula: string;
  numberFormat: string;
}

// ---------------------------------------------------------------------------------------------
// Locales
// ---------------------------------------------------------------------------------------------

interface LocaleRules {
  /** Decimal mark and the grouping mark Sheets shows. */
  decimal: string;
  group: string;
  /** Grouping marks accepted when typing (fr_FR writes a space, and people type several kinds). */
  groupInputs: string[];
  /** Order of a numeric day/month/year date. */
  order: "DMY" | "MDY";
  /** Separators accepted between the numeric parts of a date. */
  dateSeparators: string[];
  /** Format Sheets applies to a typed full date and to a typed day+month. */
  dateFormat: string;
  dayMonthFormat: string;
  /** Whether "AM"/"PM" and English month names are understood when typing. */
  english: boolean;
  /** What a format's AM/PM token shows. */
  am: string;
  pm: string;
}

// Google: https://developers.google.com/sheets/api/guides/formats — "the actual rendering of the
// format depends on the spreadsheet's locale". The symbols below are the CLDR ones for each
// locale (vi_VN: decimal "," grouping "."; en_US: decimal "." grouping ","); Google publishes no
// per-locale table, so the table itself is inferred.
const EN_US: LocaleRules = {
  decimal: ".",
  group: ",",
  groupInputs: [","],
  order: "MDY",
  dateSeparators: ["/", "-"],
  dateFormat: "M/d/yyyy",
  dayMonthFormat: "M/d",
  english: true,
  am: "AM",
  pm: "PM",
};

const LOCALES: Record<string, LocaleRules> = {
  en_US: EN_US,
  en_GB: { ...EN_US, order: "DMY", dateFormat: "dd/MM/yyyy", dayMonthFormat: "dd/MM" },
  vi_VN: {
    decimal: ",",
    group: ".",
    groupInputs: ["."],
    order: "DMY",
    // Inferred, conservative: "05.11.2024" is not taken as a date in vi_VN (Google is silent).
    dateSeparators: ["/", "-"],
    dateFormat: "dd/MM/yyyy",
    dayMonthFormat: "dd/MM",
    // Inferred, conservative: vi_VN shows SA/CH (CLDR) and we do not parse "8:00 AM" there.
    english: false,
    am: "SA",
    pm: "CH",
  },
  fr_FR: {
    decimal: ",",
    group: "\u202f",
    groupInputs: [" ", "\u00a0", "\u202f"],
    order: "DMY",
    dateSeparators: ["/", "-"],
    dateFormat: "dd/MM/yyyy",
    dayMonthFormat: "dd/MM",
    english: false,
    am: "AM",
    pm: "PM",
  },
  de_DE: {
    decimal: ",",
    group: ".",
    groupInputs: ["."],
    order: "DMY",
    // Inferred: German writes dates with dots, so "05.11.2024" is a date there.
    dateSeparators: [".", "/", "-"],
    dateFormat: "dd.MM.yyyy",
    dayMonthFormat: "dd.MM",
    english: false,
    am: "AM",
    pm: "PM",
  },
};

const LANGUAGE_DEFAULTS: Record<string, string> = { en: "en_US", vi: "vi_VN", fr: "fr_FR", de: "de_DE" };

function localeRules(locale: string): LocaleRules {
  const key = locale.replace("-", "_");
  return LOCALES[key] ?? LOCALES[LANGUAGE_DEFAULTS[key.split("_")[0].toLowerCase()] ?? ""] ?? EN_US;
}

// ---------------------------------------------------------------------------------------------
// Time zones and serial numbers
// ---------------------------------------------------------------------------------------------

// Google: https://developers.google.com/sheets/api/guides/formats — "The whole number portion of
// the value (left of the decimal) counts the days since December 30, 1899. The fractional portion
// counts the time as a fraction of one day." Serial numbers carry no offset; they are wall-clock
// time in the spreadsheet's timeZone (same page, and
// Google: https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

interface WallClock {
  y: number;
  mo: number; // 1-12
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    wallFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock an instant shows in a zone (never the host zone). */
function wallClock(date: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of wallFormatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const year = Number(parts.year);
  return {
    y: parts.era === "BC" || parts.era === "B" ? 1 - year : year,
    mo: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour) % 24,
    mi: Number(parts.minute),
    s: Number(parts.second),
    ms: ((date.getTime() % 1000) + 1000) % 1000,
  };
}

/** Milliseconds of a wall clock read as if it were UTC (works for years 0-99 too). */
function wallMs(w: WallClock): number {
  const t = new Date(Date.UTC(2000, 0, 1, w.h, w.mi, w.s, w.ms));
  t.setUTCFullYear(w.y, w.mo - 1, w.d);
  return t.getTime();
}

function wallFromMs(ms: number): WallClock {
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    ms: t.getUTCMilliseconds(),
  };
}

/** Offset of a zone from UTC at an instant, in ms (includes historic offsets such as LMT). */
function offsetAt(instant: number, timeZone: string): number {
  return wallMs(wallClock(new Date(instant), timeZone)) - instant;
}

/**
 * The instant at which the wall clock in `timeZone` reads y-m-d hh:mm:ss. Months are 1-based, as
 * in Sheets' DATE(year, month, day). A wall time skipped by a daylight-saving jump lands after
 * the jump, as JavaScript's own Date does.
 */
export function dateFromParts(
  y: number,
  m: number,
  d: number,
  hh: number,
  mm: number,
  ss: number,
  timeZone: string,
): Date {
  const whole = Math.floor(ss);
  const wanted = wallMs({ y, mo: m, d, h: hh, mi: mm, s: whole, ms: Math.round((ss - whole) * 1000) });
  const first = wanted - offsetAt(wanted, timeZone);
  const second = wanted - offsetAt(first, timeZone);
  if (offsetAt(second, timeZone) === wanted - second) return new Date(second);
  if (offsetAt(first, timeZone) === wanted - first) return new Date(first);
  // In a gap neither guess reads back; the later offset moves the clock forward past the jump.
  return new Date(Math.max(first, second));
}

/** Sheets' serial number of an instant in the spreadsheet's zone. */
function serialFromDate(date: Date, timeZone: string): number {
  return (wallMs(wallClock(date, timeZone)) - EPOCH_MS) / DAY_MS;
}

/** Wall clock of a serial number, rounded to the second as a display shows it (inferred). */
function wallFromSerial(serial: number): WallClock {
  return wallFromMs(EPOCH_MS + Math.round(serial * 86_400) * 1000);
}

function currentYear(timeZone: string): number {
  return wallClock(new Date(), timeZone).y;
}

// ---------------------------------------------------------------------------------------------
// userEntered
// ---------------------------------------------------------------------------------------------

/** A value recognised in typed text, with the format Sheets applies to it automatically. */
interface Recognised {
  value: number | boolean | Date;
  format: string;
}

/** Formats that mean "automatic" rather than a format someone chose. */
function isAutomatic(format: string | undefined): boolean {
  return format === undefined || format === "" || /^general$/i.test(format) || format === "0.###############";
}

const text = (value: string, numberFormat: string): Typed => ({ value, formula: "", numberFormat });

/** What Sheets stores when a person types `input` into a cell (USER_ENTERED). */
export function userEntered(input: string, ctx: TypingContext): Typed {
  const kept = isAutomatic(ctx.numberFormat) ? "" : (ctx.numberFormat as string);

  // Rule 1. A leading apostrophe forces text and is not stored.
  // Google: https://support.google.com/docs/answer/3094285 — "TO_TEXT is equivalent to prefixing
  // a number with an apostrophe (')". Applied before the plain-text check (inferred).
  if (input.startsWith("'")) return text(input.slice(1), kept);

  // Rule 2. A cell formatted as plain text stores exactly what was typed, even "=..." (inferred
  // from the UI: Format > Number > Plain text shows formulas as typed; Google does not document it).
  if (ctx.numberFormat === "@") return text(input, "@");

  // Rule 3a. "=" starts a formula. The fake does not evaluate formulas, so their value is an error.
  // Google: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption — USER_ENTERED
  // input is parsed as typed in the UI, where "=" starts a formula. A lone "=" and text with a
  // space before "=" stay text (inferred).
  if (input.startsWith("=") && input.length > 1) return { value: "#ERROR!", formula: input, numberFormat: kept };

  // Rules 4-6. Numbers, percentages, booleans, dates and times; surrounding spaces do not matter
  // for these (inferred), though text keeps them.
  const recognised = recognise(input.trim(), localeRules(ctx.locale), ctx.timeZone);
  if (recognised) return { value: recognised.value, formula: "", numberFormat: kept || recognised.format };

  // Rule 3b. "+" or "-" followed by anything that is not a number starts a formula too, which
  // fails: "+abc" -> =+abc -> #ERROR!, "- text" likewise. A lone "-" or "+" stays text.
  // Google does not document this; it is widely reported, e.g. (issue threads)
  // https://github.com/OWOX/owox-data-marts/pull/1535 ("Google Sheets parses a cell value that starts
  // with + as the beginning of a formula ... #ERROR! Formula parse error" with USER_ENTERED) and
  // https://github.com/robin900/gspread-dataframe/issues/16 ("+" and "-" become #ERROR).
  if (/^[+-]./s.test(input)) return { value: "#ERROR!", formula: `=${input}`, numberFormat: kept };

  // Rule 7. Everything else is text exactly as typed: no trimming, no Unicode normalisation.
  // A leading "@" is text too: in the UI it opens the smart-chip menu, but the value typed or
  // written stays text (inferred; Google is silent).
  return text(input, kept);
}

function recognise(s: string, rules: LocaleRules, timeZone: string): Recognised | null {
  if (s === "") return null;
  // Every number, date and time below needs a digit: text without one is only looked at as a
  // boolean (the same result, without building the locale's patterns for every text cell).
  if (!/\d/.test(s)) return parseBoolean(s);
  return parseBoolean(s) ?? parseNumber(s, rules) ?? parseDateTime(s, rules, timeZone);
}

/**
 * TRUE / FALSE in any case become booleans. vi_VN Sheets shows them as TRUE/FALSE too; we do not
 * accept translated words (inferred, conservative).
 * Google: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption ("strings may
 * be converted to numbers, dates, etc.").
 */
function parseBoolean(s: string): Recognised | null {
  if (/^true$/i.test(s)) return { value: true, format: "" };
  if (/^false$/i.test(s)) return { value: false, format: "" };
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A locale's pattern, compiled once (the bench writes a million cells through these). */
const compiled = new Map<string, RegExp>();
const pattern = (source: string, flags = ""): RegExp => {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(source, flags)));
  return re;
};

/**
 * Numbers in the locale's notation.
 * - vi_VN: "1,5" -> 1.5, "1.000" -> 1000 (groups of three), "1.5" -> text (a dot followed by fewer
 *   than three digits is neither a decimal mark nor a valid grouping; inferred, conservative).
 * - en_US: "1.5" -> 1.5, "1,000" -> 1000, "1,5" -> text (inferred, same reasoning).
 * - Leading zeros are dropped ("007" -> 7): a number keeps no digits that are not significant
 *   (inferred from the UI; Google is silent). Scientific notation "1e3" -> 1000.
 * - "90%" -> 0.9: a percentage is the number divided by 100, as Sheets' percent format shows 1 as
 *   100%. Google: https://support.google.com/docs/answer/3094284 (TO_PERCENT: "1 = 100%").
 * - Currency symbols are not modelled: "1.000 đ" stays text.
 * Auto-applied formats (inferred): "0%" / "0.00%" for percentages, "#,##0" / "#,##0.00" when the
 * input used grouping, "0.00E+00" for scientific input, "" (unchanged) otherwise.
 */
function parseNumber(s: string, rules: LocaleRules): Recognised | null {
  const D = escapeRe(rules.decimal);
  const G = `[${rules.groupInputs.map(escapeRe).join("")}]`;
  const re = pattern(`^([+-]?)(?:(\\d{1,3}(?:${G}\\d{3})+)|(\\d*))(?:${D}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
  const m = re.exec(s);
  if (!m) return null;
  const [, sign, grouped, plain, fraction, exponent, percent] = m;
  const whole = grouped !== undefined ? grouped.replace(pattern(G, "g"), "") : plain;
  if (whole === "" && fraction === undefined) return null;
  if (exponent !== undefined && (grouped !== undefined || percent)) return null;
  // Shift the decimal exponent instead of dividing, so "7%" is exactly 0.07.
  const shift = Number(exponent ?? 0) - (percent ? 2 : 0);
  const value = Number(`${sign}${whole || "0"}.${fraction ?? "0"}e${shift}`);
  if (!Number.isFinite(value)) return null;
  return {
    value: value === 0 ? 0 : value,
    format: numberFormatFor(fraction !== undefined, grouped !== undefined, !!percent, exponent !== undefined),
  };
}

function numberFormatFor(hasFraction: boolean, grouped: boolean, percent: boolean, scientific: boolean): string {
  if (percent) return hasFraction ? "0.00%" : "0%";
  if (scientific) return "0.00E+00";
  if (grouped) return hasFraction ? "#,##0.00" : "#,##0";
  return "";
}

interface DatePart {
  y: number;
  m: number;
  d: number;
  format: string;
}

interface TimePart {
  h: number;
  mi: number;
  s: number;
  format: string;
}

/**
 * Dates, times and date-times. A date is stored as a Date at local midnight in the spreadsheet's
 * zone, a time as a Date on 30 Dec 1899 (serial day 0) at that time, a date-time at that local
 * instant. Google: https://developers.google.com/sheets/api/guides/formats (epoch and time zone).
 */
function parseDateTime(s: string, rules: LocaleRules, timeZone: string): Recognised | null {
  const time = parseTime(s, rules);
  if (time) return { value: dateFromParts(1899, 12, 30, time.h, time.mi, time.s, timeZone), format: time.format };

  const date = parseDate(s, rules, timeZone);
  if (date) return { value: dateFromParts(date.y, date.m, date.d, 0, 0, 0, timeZone), format: date.format };

  // A full date, spaces, then a time: "05/11/2024 8:00". Month/year or day/month with a time is
  // left as text (inferred, conservative).
  const split = /^(\S+)\s+(.+)$/.exec(s);
  if (!split) return null;
  const day = parseFullNumericDate(split[1], rules);
  const clock = parseTime(split[2], rules);
  if (!day || !clock) return null;
  return {
    value: dateFromParts(day.y, day.m, day.d, clock.h, clock.mi, clock.s, timeZone),
    format: `${day.format} ${clock.format}`,
  };
}

/**
 * "8:00", "08:30", "8:00:15", "23:59"; "8:00 AM" only in English locales. Hours beyond 23 ("25:00")
 * would be a duration in Sheets' UI at best; Google does not document it, so it stays text
 * (inferred, conservative). Minutes and seconds need two digits (inferred).
 */
function parseTime(s: string, rules: LocaleRules): TimePart | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?$/i.exec(s);
  if (!m) return null;
  const [, hh, mm, ss, meridiem] = m;
  let h = Number(hh);
  const mi = Number(mm);
  const sec = Number(ss ?? 0);
  if (mi > 59 || sec > 59) return null;
  const seconds = ss !== undefined ? ":ss" : "";
  if (meridiem) {
    if (!rules.english || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
    return { h, mi, s: sec, format: `h:mm${seconds} AM/PM` };
  }
  if (h > 23) return null;
  return { h, mi, s: sec, format: `H:mm${seconds}` };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Impossible dates ("31/11/2024", "29/02/2023") are not dates, so they stay text. */
function validDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Two-digit years: 00-29 -> 2000s, 30-99 -> 1900s (inferred: the spreadsheet convention Sheets
 * shares with Excel; Google does not document the pivot). "5/11/24" -> 2024.
 */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function parseDate(s: string, rules: LocaleRules, timeZone: string): DatePart | null {
  return (
    parseFullNumericDate(s, rules) ??
    parseMonthYear(s, rules) ??
    parseDayMonth(s, rules, timeZone) ??
    parseEnglishDate(s, rules)
  );
}

/**
 * "05/11/2024", "5/11/24", "05-11-2024" in the locale's order (vi_VN day first, en_US month
 * first: "03/01/2024" is 1 March in en_US and "21/01/2024" is no date there), and ISO
 * "2024-11-05" in every locale.
 * Sheets applies the locale's date format, or "yyyy-MM-dd" when the input was ISO (inferred: the
 * UI keeps the ISO layout).
 * Evidence for the locale order: https://onlinejournalismblog.com/2016/07/19/how-to-fix-spreadsheet-dates-that-are-in-both-us-and-uk-formats/
 * (en_US Sheets stores 03/01 as March 1 and keeps 21/01/2013 as text).
 */
function parseFullNumericDate(s: string, rules: LocaleRules): DatePart | null {
  const iso = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (iso) {
    const [, y, sep, m, d] = iso;
    return checked(Number(y), Number(m), Number(d), `yyyy${sep}MM${sep}dd`);
  }
  const seps = rules.dateSeparators.map(escapeRe).join("|");
  const numeric = pattern(`^(\\d{1,2})(${seps})(\\d{1,2})\\2(\\d{4}|\\d{2})$`).exec(s);
  if (!numeric) return null;
  const [, a, , b, y] = numeric;
  const [d, m] = rules.order === "DMY" ? [a, b] : [b, a];
  return checked(fullYear(y), Number(m), Number(d), rules.dateFormat);
}

/**
 * Month and year: "11/2024" and "2024-11" are the first of that month in every locale; "T11/2024"
 * matches nothing and stays text. Format "MM/yyyy" or "yyyy-MM" after the input (inferred).
 */
function parseMonthYear(s: string, rules: LocaleRules): DatePart | null {
  const iso = /^(\d{4})([-/])(\d{1,2})$/.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[3]), 1, `yyyy${iso[2]}MM`);
  const seps = rules.dateSeparators.map(escapeRe).join("|");
  const m = pattern(`^(\\d{1,2})(${seps})(\\d{4})$`).exec(s);
  if (!m) return null;
  return checked(Number(m[3]), Number(m[1]), 1, `MM${m[2]}yyyy`);
}

/**
 * Day and month without a year: "05/11" in vi_VN is 5 November of the current year in the
 * spreadsheet's zone ("11/5" in en_US). Inferred from the UI; Google is silent.
 */
function parseDayMonth(s: string, rules: LocaleRules, timeZone: string): DatePart | null {
  const seps = rules.dateSeparators.map(escapeRe).join("|");
  const m = pattern(`^(\\d{1,2})(?:${seps})(\\d{1,2})$`).exec(s);
  if (!m) return null;
  const [d, mo] = rules.order === "DMY" ? [m[1], m[2]] : [m[2], m[1]];
  return checked(currentYear(timeZone), Number(mo), Number(d), rules.dayMonthFormat);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return (
    MONTHS.findIndex(
      (full) => full.toLowerCase().startsWith(lower) && (lower.length === 3 || lower === full.toLowerCase()),
    ) + 1
  );
}

/** English month names, English locales only: "Nov 5, 2024", "November 5, 2024", "5 Nov 2024" (inferred). */
function parseEnglishDate(s: string, rules: LocaleRules): DatePart | null {
  if (!rules.english) return null;
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (monthFirst) {
    const m = monthNumber(monthFirst[1]);
    return m
      ? checked(
          Number(monthFirst[3]),
          m,
          Number(monthFirst[2]),
          monthFirst[1].length > 3 ? "MMMM d, yyyy" : "MMM d, yyyy",
        )
      : null;
  }
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (dayFirst) {
    const m = monthNumber(dayFirst[2]);
    return m ? checked(Number(dayFirst[3]), m, Number(dayFirst[1]), "d MMM yyyy") : null;
  }
  return null;
}

function checked(y: number, m: number, d: number, format: string): DatePart | null {
  return validDate(y, m, d) ? { y, m, d, format } : null;
}

// ---------------------------------------------------------------------------------------------
// displayed
// ---------------------------------------------------------------------------------------------

/** What getDisplayValue shows for a stored value with a number format in a locale. */
export function displayed(value: StoredValue, numberFormat: string, ctx: TypingContext): string {
  const rules = localeRules(ctx.locale);
  // Booleans show as TRUE/FALSE whatever the format; text (including a formula's "#ERROR!") as is.
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  // A number in a plain-text cell shows as its plain string (per the brief; inferred).
  if (numberFormat === "@" && typeof value === "number") return String(value);

  const isDate = value instanceof Date;
  const serial = isDate ? serialFromDate(value, ctx.timeZone) : value;
  if (isAutomatic(numberFormat) || numberFormat === "@") {
    return isDate
      ? formatDateTime(wallClock(value, ctx.timeZone), automaticDateFormat(serial, rules), rules)
      : generalNumber(value, rules);
  }
  if (isDateTimeFormat(numberFormat)) {
    const wall = isDate ? wallClock(value, ctx.timeZone) : wallFromSerial(serial);
    return formatDateTime(wall, numberFormat, rules);
  }
  return formatNumber(serial, numberFormat, rules);
}

/** The locale's own date, time or date-time format for a date shown with an automatic format. */
function automaticDateFormat(serial: number, rules: LocaleRules): string {
  const time = rules.english ? "h:mm:ss AM/PM" : "H:mm:ss";
  if (serial >= 0 && serial < 1) return time;
  if (Number.isInteger(serial)) return rules.dateFormat;
  return `${rules.dateFormat} H:mm:ss`;
}

/** Strip quoted literals and escapes, so the letters left are format tokens. */
function formatTokensOnly(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

function isDateTimeFormat(format: string): boolean {
  const tokens = formatTokensOnly(format).replace(/am\/pm|a\/p/gi, "");
  return /[dmyhs]/i.test(tokens) && !/[0#]/.test(tokens);
}

// ---- date and time formats ----

type DateToken =
  | { kind: "literal"; text: string }
  | { kind: "y" | "month" | "d" | "h" | "minute" | "s"; n: number }
  | { kind: "ampm" }
  | { kind: "m"; n: number };

/**
 * Google: https://developers.google.com/sheets/api/guides/formats — date-time tokens: "h" switches
 * between 12 and 24 hours depending on whether an AM/PM indicator is present; "m" is minutes "if the
 * previous non-literal token was hours or the subsequent one is seconds", otherwise the month;
 * "mmm" / "mmmm" month names; "d"/"dd" day, "ddd"/"dddd" weekday; "y"/"yy" two-digit year,
 * "yyy"/"yyyy" full year; text in quotes and after "\" is literal. Letters are case-insensitive.
 */
function tokenizeDateFormat(format: string): DateToken[] {
  const out: DateToken[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      out.push({ kind: "literal", text: format.slice(i + 1, end < 0 ? format.length : end) });
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (c === "\\") {
      out.push({ kind: "literal", text: format[i + 1] ?? "" });
      i += 2;
      continue;
    }
    const ampm = /^(am\/pm|a\/p)/i.exec(format.slice(i));
    if (ampm) {
      out.push({ kind: "ampm" });
      i += ampm[0].length;
      continue;
    }
    const letter = c.toLowerCase();
    if ("ymdhs".includes(letter)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === letter) j++;
      out.push({ kind: letter as "y" | "m" | "d" | "h" | "s", n: j - i });
      i = j;
      continue;
    }
    out.push({ kind: "literal", text: c });
    i++;
  }
  return resolveMinutes(out);
}

/** Decide for each short "m" token whether it is the month or minutes (rule quoted above). */
function resolveMinutes(tokens: DateToken[]): DateToken[] {
  const fields = tokens.filter((t) => t.kind !== "literal");
  return tokens.map((t) => {
    if (t.kind !== "m") return t;
    if (t.n > 2) return { kind: "month", n: t.n };
    const at = fields.indexOf(t);
    const before = fields[at - 1];
    const after = fields[at + 1];
    const minutes = before?.kind === "h" || after?.kind === "s";
    return { kind: minutes ? "minute" : "month", n: t.n };
  });
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function formatDateTime(w: WallClock, format: string, rules: LocaleRules): string {
  const tokens = tokenizeDateFormat(format);
  const twelveHour = tokens.some((t) => t.kind === "ampm");
  const weekday = new Date(wallMs(w)).getUTCDay();
  return tokens
    .map((t) => {
      switch (t.kind) {
        case "literal":
          return t.text;
        case "y":
          return t.n <= 2 ? pad(((w.y % 100) + 100) % 100, 2) : pad(w.y, 4);
        case "month":
          if (t.n >= 4) return MONTHS[w.mo - 1];
          if (t.n === 3) return MONTHS[w.mo - 1].slice(0, 3);
          return pad(w.mo, t.n);
        case "d":
          if (t.n >= 4) return WEEKDAYS[weekday];
          if (t.n === 3) return WEEKDAYS[weekday].slice(0, 3);
          return pad(w.d, t.n);
        case "h":
          return pad(twelveHour ? w.h % 12 || 12 : w.h, Math.min(t.n, 2));
        case "minute":
          return pad(w.mi, t.n);
        case "s":
          return pad(w.s, Math.min(t.n, 2));
        case "ampm":
          return w.h < 12 ? rules.am : rules.pm;
        default:
          return "";
      }
    })
    .join("");
}

// ---- number formats ----

/** Decimal rounding of a non-negative number, half away from zero on its decimal digits. */
function roundDecimal(v: number, digits: number): string {
  const clean = Number(v.toPrecision(15));
  if (clean >= 1e15) return clean.toFixed(digits);
  const [mantissa, exponent] = clean.toExponential().split("e");
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  return (scaled / 10 ** digits).toFixed(digits);
}

function groupThousands(digits: string, mark: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

/**
 * Number format patterns: "0", "0.00", "#,##0", "#,##0.00", "0%", "0.0%", "0.00E+00" (first
 * section only). Patterns are written with "." and "," as in en_US and rendered with the locale's
 * marks. Google: https://developers.google.com/sheets/api/guides/formats ("0" digit, "#" optional
 * digit, "," grouping, "%" percent, "E+" scientific; rendering depends on the locale).
 */
function formatNumber(n: number, format: string, rules: LocaleRules): string {
  const section = formatTokensOnly(format.split(";")[0]);
  const scientific = /E[+-](0+)/i.exec(section);
  const percent = section.includes("%");
  const body = section.replace(/E[+-]0+/i, "").replace(/%/g, "");
  const [intPattern, fracPattern = ""] = body.split(".");
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = minFrac + (fracPattern.match(/#/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const negative = n < 0;
  const abs = Math.abs(percent ? n * 100 : n);

  let mantissa = abs;
  let exponentText = "";
  if (scientific) {
    const [m, e] = abs.toExponential(maxFrac).split("e");
    mantissa = Number(m);
    const e10 = Number(e);
    exponentText = `E${e10 < 0 ? "-" : "+"}${pad(Math.abs(e10), scientific[1].length)}`;
  }

  let [whole, fraction = ""] = roundDecimal(mantissa, maxFrac).split(".");
  while (fraction.length > minFrac && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  if (minInt === 0 && whole === "0") whole = "";
  whole = whole.padStart(minInt, "0");
  if (intPattern.includes(",")) whole = groupThousands(whole, rules.group);
  const digits = `${whole}${fraction ? rules.decimal + fraction : ""}${exponentText}${percent ? "%" : ""}`;
  // A negative number that rounds to zero shows no minus sign (inferred).
  return negative && /[1-9]/.test(whole + fraction) ? `-${digits}` : digits;
}

/**
 * The automatic format: no grouping, up to ten decimals without trailing zeros, scientific
 * notation for very large or very small magnitudes (inferred from the UI; Google is silent).
 */
function generalNumber(n: number, rules: LocaleRules): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  if (abs >= 1e15 || abs < 1e-10) {
    const [m, e] = abs.toExponential(5).split("e");
    const mantissa = m.replace(/\.?0+$/, "").replace(".", rules.decimal);
    const e10 = Number(e);
    return `${sign}${mantissa}E${e10 < 0 ? "-" : "+"}${pad(Math.abs(e10), 2)}`;
  }
  const fixed = roundDecimal(abs, 10).replace(/\.?0+$/, "");
  if (fixed === "0" || fixed === "") return "0";
  return sign + fixed.replace(".", rules.decimal);
}

// ---------------------------------------------------------------------------------------------
// clipboardRows
// ---------------------------------------------------------------------------------------------

/**
 * Splits a block copied from Word/Excel/a web table as the clipboard carries it into rows of cell
 * texts: rows end at CRLF, LF or a lone CR; cells end at a tab; a cell that starts with a double
 * quote and whose closing quote is followed by a tab, a line end or the end of the text is quoted
 * and may hold tabs, line breaks (CRLF inside becomes LF, as a cell stores line breaks) and doubled
 * quotes. A quote anywhere else is an ordinary character. A trailing line end adds no empty row.
 * This is the text/plain convention Excel writes (inferred; Google does not document paste).
 */
export function clipboardRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let cellStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (cellStart && c === '"') {
      const quoted = readQuoted(text, i);
      if (quoted) {
        cell = quoted.text;
        i = quoted.end;
        cellStart = false;
        continue;
      }
    }
    if (c === "\t") {
      row.push(cell);
      cell = "";
      cellStart = true;
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      cellStart = true;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    cell += c;
    cellStart = false;
    i++;
  }
  if (!cellStart || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A quoted cell starting at `start`, or null when the quote does not close at a cell boundary. */
function readQuoted(text: string, start: number): { text: string; end: number } | null {
  let out = "";
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        out += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined || next === "\t" || next === "\r" || next === "\n")
        return { text: out.replace(/\r\n/g, "\n"), end: i + 1 };
      return null;
    }
    out += text[i];
    i++;
  }
  return null;
}
