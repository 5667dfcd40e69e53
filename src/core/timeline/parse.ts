import {
  addDays,
  compareDates,
  dayOfWeek,
  daysInMonth,
  isValidDate,
  localDate,
  type LocalDate,
} from "../dates/localDate";
import type { Message } from "../i18n/messages";
import { isoWeekPeriod } from "../period/period";
import { foldSameLength, readable, toNfc } from "../text/normalize";
import { romanToNumber } from "../plan/importer";
import { lunarToSolar } from "../calendar/lunar";
import type {
  DatedMilestone,
  EventDeadline,
  ParseOptions,
  Period,
  Recurrence,
  RecurrenceRule,
  Source,
  Timeline,
  TimelineKind,
} from "./model";

/*
 * The timeline parser works on a folded copy of the text (lower case, no diacritics, đ → d,
 * one kind of dash) whose characters stand where the NFC text's do, so every phrase found is
 * cut from the original words for its label. Each family below reads its own phrases; what
 * none of them reads is reported, never guessed.
 */

const WEEKDAYS: Record<string, number> = {
  "chu nhat": 0,
  cn: 0,
  "thu hai": 1,
  "thu 2": 1,
  "thu ba": 2,
  "thu 3": 2,
  "thu tu": 3,
  "thu 4": 3,
  "thu nam": 4,
  "thu 5": 4,
  "thu sau": 5,
  "thu 6": 5,
  "thu bay": 6,
  "thu 7": 6,
};
const WEEKDAY_RE = "chu nhat|cn|thu (?:hai|ba|tu|nam|sau|bay|[2-7])";
const DEADLINE_WORDS =
  /(?<![a-z])(?:truoc|cham nhat(?:\s+(?:vao|la))?|han(?:\s+chot)?|den|toi|hoan thanh)(?:\s+(?:het|cuoi))?(?:\s+(?:ngay|vao ngay))?\s*$/;
const BEFORE_WORD = /(?<![a-z])truoc(?:\s+ngay)?\s*$/;
const START_WORD = /(?<![a-z])tu(?:\s+ngay)?\s*$/;

interface Found {
  milestones: DatedMilestone[];
  periods: Period[];
  recurrence: RecurrenceRule | null;
  event: EventDeadline | null;
  continuous: boolean;
  external: boolean;
  warnings: Message[];
  recognised: boolean;
  /** Deadlines written with a day that does not exist (31/11/2024): fixed, but undated. */
  invalidDates: number;
  /** Periods read as deadlines (not the extent of ongoing work, not a start). */
  datedPeriods: number;
  /** Dates written without a year ("trước ngày 15/12"): a yearly recurrence may own them. */
  yearless: DatedMilestone[];
  /** Where the recurrence's phrase starts, to find the clause it belongs to. */
  recurrenceAt: number;
  /** The recurrence names no day ("hàng năm", "định kỳ hàng tháng"). */
  dayless: boolean;
  /** Date-bearing words of the cell no step used (for the timeline column only). */
  unused: string[];
}

/** Words before `index` back to the previous phrase, trimmed: "Báo cáo 06 tháng". */
function labelBefore(text: string, start: number, end: number): string {
  const label = text
    .slice(start, Math.max(start, end))
    .replace(/^[\s,;:.\-–+•]+|[\s,;:.\-–+•(]+$/g, "")
    .replace(/\s*(hoàn thành|thực hiện|gửi|ngày|vào)\s*$/i, "")
    .replace(/\s*(hoàn thành|thực hiện|gửi)\s*$/i, "")
    .trim();
  return label.length > 60 ? "" : label;
}

function quarterOf(text: string): number | null {
  const n = /^\d$/.test(text) ? Number(text) : romanToNumber(text.toUpperCase());
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

const yearAfter = (m: string | undefined, fallback: number) => (m ? Number(m) : fallback);

/**
 * One cell being read: its text (NFC, and folded to lower case without diacritics, same length,
 * so positions match), what has been found, the spans already used by a phrase, and where the
 * label of the next phrase starts. The steps of parseCell read and add to it in order.
 */
interface CellReading {
  readonly text: string;
  readonly f: string;
  /** The folded text has the same length as the text: labels can be cut from it. */
  readonly aligned: boolean;
  readonly source: Source;
  readonly options: ParseOptions;
  readonly found: Found;
  use(a: number, b: number): void;
  overlaps(a: number, b: number): boolean;
  setRecurrence(rule: Recurrence, before: boolean, at: number, phrase: string): void;
  labelFrom: number;
}

/** 1. Recurring days: "ngày 03 của tháng cuối quý", "ngày 05 của tháng tiếp theo", "ngày 20 hằng tháng". */
function readRecurringDays(r: CellReading): void {
  const { text, f, use, setRecurrence } = r;
  for (const m of f.matchAll(
    /(?:(truoc|cham nhat(?:\s+vao)?|han)\s+)?ngay\s+(\d{1,2})\s+(?:cua\s+|trong\s+)?(thang\s+cuoi\s+(?:cua\s+)?qu[yi]|thang\s+dau\s+(?:cua\s+)?qu[yi]\s+(?:sau|tiep theo|ke tiep)|thang\s+(?:tiep theo|sau|ke tiep)|(?:hang|moi)\s+thang)/g,
  )) {
    const day = Number(m[2]);
    const at = m.index!;
    const what = m[3];
    const rule: Recurrence = /cuoi/.test(what)
      ? { freq: "quarterly", day, month: "last" }
      : /qu[yi]/.test(what)
        ? { freq: "quarterly", day, month: "nextFirst" }
        : /tiep theo|sau|ke tiep/.test(what)
          ? { freq: "monthly", day, monthOffset: 1 }
          : { freq: "monthly", day, monthOffset: 0 };
    if (day < 1 || day > 31) continue;
    setRecurrence(rule, m[1] === "truoc", at, text.slice(at, at + m[0].length));
    use(at, at + m[0].length);
    r.labelFrom = at + m[0].length;
  }
}

/** 2. Explicit dates: "25/11/2024", "20-11-2024", "20.11.2024", "20/11", "ngày 20 tháng 11 năm 2024". */
function readDates(r: CellReading): void {
  const { text, f, aligned, source, options, found, use, overlaps, setRecurrence } = r;
  const dateRe =
    /(?<![\d/.,-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\d/]|[.,-]\d)|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g;
  for (const m of f.matchAll(dateRe)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (overlaps(at, end)) continue;
    const long = m[5] !== undefined;
    const day = Number(long ? m[5] : m[1]);
    const month = Number(long ? m[6] : m[3]);
    const yearText = long ? m[7] : m[4];
    if (!long && !yearText && m[2] !== "/") continue; // "1.5", "3-4": numbers, not dates
    if (month < 1 || month > 12 || day < 1) continue;
    const year = yearAfter(yearText, options.year);
    const before = f.slice(Math.max(0, at - 40), at);
    const deadlineWord = DEADLINE_WORDS.exec(before);
    if (source === "assignment" && !deadlineWord) continue;
    if (START_WORD.test(before)) continue; // "từ ngày 01/10": a start, not a deadline
    found.recognised = true;
    // "ngày 15/11/2024" with no deadline word: "ngày" is part of the date.
    const lead = deadlineWord ?? /(?<![a-z])(?:vao\s+)?ngay\s+$/.exec(before);
    const phraseStart = lead ? at - before.length + lead.index : at;
    use(phraseStart, end);
    const shown = text.slice(at, end);
    if (!isValidDate(year, month, day)) {
      found.warnings.push({
        key: "timeline.invalidDate",
        params: { text: shown, month, year, days: daysInMonth(year, month) },
      });
      found.invalidDates++;
      r.labelFrom = end;
      continue;
    }
    const after = f.slice(end, end + 30);
    const yearly = /^\s*(?:hang|moi)\s+nam/.exec(after);
    const label = aligned ? labelBefore(text, r.labelFrom, phraseStart) : "";
    let date: LocalDate = { year, month, day };
    const weekday = new RegExp(`^\\s*\\(?\\s*(?:ngay\\s+)?(${WEEKDAY_RE})\\b`).exec(after);
    if (weekday) {
      const said = WEEKDAYS[weekday[1].replace(/\s+/g, " ")];
      if (said !== undefined && said !== dayOfWeek(date)) {
        const saidAt = end + weekday[0].length - weekday[1].length;
        found.warnings.push({
          key: "timeline.weekdayMismatch",
          params: { text: shown, said: text.slice(saidAt, saidAt + weekday[1].length) },
        });
      }
      use(end, end + weekday[0].length);
    }
    const isBefore = BEFORE_WORD.test(before);
    if (yearly) {
      setRecurrence(
        { freq: "yearly", month, day },
        isBefore,
        phraseStart,
        text.slice(phraseStart, end + yearly[0].length),
      );
      use(end, end + yearly[0].length);
    } else {
      if (isBefore && options.beforeMeansDayBefore) date = addDays(date, -1);
      if (!found.milestones.some((x) => compareDates(x.date, date) === 0)) {
        const milestone = { date, label, source, text: text.slice(phraseStart, end) };
        found.milestones.push(milestone);
        if (!yearText) found.yearless.push(milestone);
      }
    }
    r.labelFrom = end;
  }
}

/** 3. Recurring without a day: "định kỳ hàng tháng", "hằng tuần", "hàng quý", "6 tháng một lần", "hàng năm". */
function readPlainRecurrences(r: CellReading): void {
  const { text, f, use, overlaps, setRecurrence } = r;
  // "định kỳ" before the frequency belongs to the same phrase.
  const plain: [RegExp, () => Recurrence][] = [
    [
      /(?:dinh ky\s+)?(?:(?:hang|moi)\s+tuan|dinh ky\s+tuan)(?![a-z])/g,
      () => {
        const named = new RegExp(`(?:vao\\s+)?(?:ngay\\s+)?(${WEEKDAY_RE})(?![a-z\\d])`).exec(f);
        if (named) use(named.index, named.index + named[0].length);
        return { freq: "weekly", weekday: named ? (WEEKDAYS[named[1]] ?? 5) : 5 };
      },
    ],
    [
      /(?:dinh ky\s+)?(?:(?:hang|moi)\s+thang|dinh ky\s+thang)(?![a-z])/g,
      () => ({ freq: "monthly", day: "last", monthOffset: 0 }),
    ],
    [
      /(?:dinh ky\s+)?(?:(?:hang|moi)\s+qu[yi]|dinh ky\s+(?:hang\s+)?qu[yi]|theo\s+qu[yi])(?![a-z])(?!\s+(?:dinh|che|trinh))/g,
      () => ({ freq: "quarterly", day: "last", month: "last" }),
    ],
    [
      /(?:dinh ky\s+)?(?:0?6\s+thang\s+(?:mot|1)\s+lan|(?:hang|moi)\s+(?:0?6\s+thang|nua\s+nam))/g,
      () => ({ freq: "halfYearly" }),
    ],
    [/(?:dinh ky\s+)?(?:hang|moi)\s+nam(?![a-z])(?!\s+\d)/g, () => ({ freq: "yearly", month: 12, day: 31 })],
  ];
  for (const [re, rule] of plain) {
    for (const m of f.matchAll(re)) {
      const at = m.index!;
      if (overlaps(at, at + m[0].length)) continue;
      setRecurrence(rule(), false, at, text.slice(at, at + m[0].length));
      if (r.found.recurrenceAt === at) r.found.dayless = true;
      use(at, at + m[0].length);
    }
  }
}

/*
 * What the words just before a period make of it:
 * - "từ năm 2026", "sau năm 2028", "bắt đầu từ quý III": a start, not a deadline;
 * - "trước năm 2030": before the period begins, so due the day before (31/12/2029);
 * - "thường xuyên, liên tục trong năm 2024": the extent of ongoing work, not a deadline;
 * - otherwise ("trong", "chậm nhất", "đến hết", nothing): due at the period's end.
 * "đầu tư" (to invest) ends in "tư", not "từ" folded: it is not a start.
 */
const START_BEFORE = /(?<![a-z])(?<!dau\s)(?:(?:bat dau|ke)\s+)?(?:tu(?:\s+sau)?|sau|bat dau)\s+$/;
const BEFORE_UNIT = /(?<![a-z])(?:hoan thanh\s+)?truoc\s+$/;
const ONGOING_BEFORE = /(?:thuong xuyen|lien tuc)(?:[\s,]+(?:thuong xuyen|lien tuc))*[\s,]*(?:(?:trong|suot)\s+)?$/;
const DUE_BEFORE =
  /(?<![a-z])(?:(?:hoan thanh|thuc hien)\s+)?(?:cham nhat(?:\s+(?:la|vao|trong))?|den(?:\s+het)?|toi|trong(?:\s+ca)?|vao|suot)\s+$/;

/** Years of a span: a plan's span is a few years, never "2000 - 2100". */
const plausibleYears = (from: number, to: number) => from >= 1990 && to > from && to - from <= 30;

/** "quý IV/2025" → its first and last days; null for a quarter no year has. */
function quarterSpan(q: number, year: number): [LocalDate, LocalDate] {
  return [localDate(year, 3 * q - 2, 1), localDate(year, 3 * q, daysInMonth(year, 3 * q))];
}

const monthSpan = (month: number, year: number): [LocalDate, LocalDate] => [
  localDate(year, month, 1),
  localDate(year, month, daysInMonth(year, month)),
];

const yearSpan = (year: number): [LocalDate, LocalDate] => [localDate(year, 1, 1), localDate(year, 12, 31)];

/** 4. Periods: spans, quarters, months, weeks, halves, the year; each read with the words before it. */
function readPeriods(r: CellReading): void {
  const { text, f, aligned, options, found, use, overlaps } = r;
  const period = (start: LocalDate, end: LocalDate, at: number, length: number) => {
    if (overlaps(at, at + length)) return;
    found.recognised = true;
    const before = f.slice(Math.max(0, at - 40), at);
    const opening = START_BEFORE.exec(before) ?? ONGOING_BEFORE.exec(before);
    const beforeIt = BEFORE_UNIT.exec(before);
    const prior = opening ?? beforeIt ?? DUE_BEFORE.exec(before);
    const from = prior ? at - before.length + prior.index : at;
    use(from, at + length);
    if (opening) {
      found.continuous = true; // begins then, or runs through the period: no deadline of its own
      return;
    }
    const label = aligned ? labelBefore(text, r.labelFrom, from) : "";
    if (beforeIt) {
      const date = addDays(start, -1);
      found.milestones.push({ date, label, source: r.source, text: text.slice(from, at + length) });
      return;
    }
    found.datedPeriods++;
    found.periods.push({ start, end, label, text: text.slice(from, at + length) });
  };
  // A quarter, month or week that no year has ("quý V", "tháng 13", "tuần 54") is a warning, never a date.
  const impossible = (at: number, length: number) => {
    if (overlaps(at, at + length)) return;
    use(at, at + length);
    found.recognised = true;
    found.warnings.push({ key: "timeline.invalidPeriod", params: { text: text.slice(at, at + length) } });
    found.invalidDates++;
  };
  readSpans(r, period);
  for (const m of f.matchAll(/qu[yi]\s+([ivxlc]+|\d{1,2})(?![a-z\d])(?:\s*(?:\/|-|nam)\s*(\d{4}))?/g)) {
    const q = quarterOf(m[1]);
    if (!q) {
      impossible(m.index!, m[0].length);
      continue;
    }
    period(...quarterSpan(q, yearAfter(m[2], options.year)), m.index!, m[0].length);
  }
  for (const m of f.matchAll(/(?<!\d\s)thang\s+(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?(?![\d/])/g)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) {
      impossible(m.index!, m[0].length);
      continue;
    }
    period(...monthSpan(month, yearAfter(m[2], options.year)), m.index!, m[0].length);
  }
  for (const m of f.matchAll(/tuan\s+(\d{1,2})(?![\d/])(?:\s*(?:\/|-|nam)\s*(\d{4}))?/g)) {
    const week = isoWeekPeriod(yearAfter(m[2], options.year), Number(m[1]));
    if (!week) impossible(m.index!, m[0].length);
    else period(week.start, week.end, m.index!, m[0].length);
  }
  for (const m of f.matchAll(/0?6\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?/g)) {
    const year = yearAfter(m[2], options.year);
    const first = m[1] === "dau";
    period(localDate(year, first ? 1 : 7, 1), localDate(year, first ? 6 : 12, first ? 30 : 31), m.index!, m[0].length);
  }
  for (const m of f.matchAll(/(?:(?:trong|ca|suot)\s+)?nam\s+(\d{4})|cuoi\s+nam(?:\s+(\d{4}))?/g)) {
    const year = Number(m[1] ?? m[2] ?? options.year);
    if (m[0].startsWith("cuoi")) period(localDate(year, 12, 1), localDate(year, 12, 31), m.index!, m[0].length);
    else period(...yearSpan(year), m.index!, m[0].length);
  }
  // A cell that is only a year: "2026".
  const bare = /^[\s.,;:()-]*(\d{4})[\s.,;:()]*$/.exec(f);
  if (bare && plausibleYears(Number(bare[1]) - 1, Number(bare[1])))
    period(...yearSpan(Number(bare[1])), bare.index + bare[0].indexOf(bare[1]), 4);
}

type PeriodAt = (start: LocalDate, end: LocalDate, at: number, length: number) => void;

const SPAN_JOIN = String.raw`\s*(?:-|den|toi)\s*(?:het\s+)?`;
const SPAN_YEAR = String.raw`(?:\s*(?:\/|-|nam)\s*(\d{4}))?`;

/**
 * Spans, due at the end of their last part: "Giai đoạn 2026 - 2030", "2026-2027", "Năm 2025 -
 * 2026", "Quý IV/2025 - Quý II/2026", "từ quý II đến quý IV năm 2026", "tháng 3 - tháng 6/2026".
 * A first part without a year takes the last part's year.
 */
function readSpans(r: CellReading, period: PeriodAt): void {
  const { f, options } = r;
  const years = new RegExp(
    String.raw`(?:tu\s+)?(?:(?:giai doan|nam)\s+)?(?<![\d/.-])(\d{4})${SPAN_JOIN}(?:nam\s+)?(\d{4})(?![\d/])`,
    "g",
  );
  for (const m of f.matchAll(years)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (plausibleYears(from, to)) period(yearSpan(from)[0], yearSpan(to)[1], m.index!, m[0].length);
  }
  const units: [string, string, (n: string, year: number) => [LocalDate, LocalDate] | null][] = [
    [
      String.raw`qu[yi]`,
      String.raw`([ivx]+|\d)(?![a-z\d])`,
      (n, y) => {
        const q = quarterOf(n);
        return q ? quarterSpan(q, y) : null;
      },
    ],
    [
      "thang",
      String.raw`(\d{1,2})(?![\d])`,
      (n, y) => (Number(n) >= 1 && Number(n) <= 12 ? monthSpan(Number(n), y) : null),
    ],
  ];
  for (const [word, number, span] of units) {
    const re = new RegExp(
      `(?:tu\\s+)?${word}\\s+${number}${SPAN_YEAR}${SPAN_JOIN}(?:${word}\\s+)?${number}${SPAN_YEAR}(?![\\d/])`,
      "g",
    );
    for (const m of f.matchAll(re)) {
      const lastYear = yearAfter(m[4], options.year);
      const first = span(m[1], yearAfter(m[2], lastYear));
      const last = span(m[3], lastYear);
      if (first && last && compareDates(first[0], last[1]) < 0) period(first[0], last[1], m.index!, m[0].length);
    }
  }
}

/** 5. Continuous work. */
function readContinuous(r: CellReading): void {
  const { f, found, use } = r;
  for (const m of f.matchAll(/thuong xuyen|lien tuc/g)) {
    use(m.index, m.index + m[0].length);
    found.continuous = true;
    found.recognised = true;
  }
}

/** 6. Relative to an event: "chậm nhất 02 ngày làm việc từ khi …", "trong vòng 05 ngày kể từ ngày …". */
function readEvent(r: CellReading): void {
  const { text, f, source, found, use } = r;
  const event =
    /(?:cham nhat|trong\s+(?:vong|thoi han)|khong qua|sau)\s+(\d{1,3})\s+ngay(\s+lam viec)?(?:\s+(?:ke\s+)?(?:tu|sau)\s+(?:khi|ngay))?|(\d{1,3})\s+ngay(\s+lam viec)?\s+(?:ke\s+)?tu\s+(?:khi|ngay)/.exec(
      f,
    );
  const when = /(?:sau khi|ngay khi|khi co)\s/.exec(f);
  if (event) {
    found.event = {
      days: Number(event[1] ?? event[3]),
      workingDays: Boolean(event[2] ?? event[4]),
      text: text.slice(event.index, event.index + event[0].length),
    };
    found.recognised = true;
    use(event.index, event.index + event[0].length);
  } else if (when && source === "timeline") {
    found.event = { days: 0, workingDays: false, text };
    found.recognised = true;
    use(when.index, when.index + when[0].length);
  }
}

/**
 * 7. Set from outside: "theo yêu cầu …", "theo thời gian quy định", "theo tình hình thực tế",
 * "theo lộ trình của Đề án …" (another document's roadmap sets the dates).
 */
function readExternal(r: CellReading): void {
  const { f, found, use } = r;
  const external =
    /theo\s+(?:yeu cau|thoi gian|tinh hinh|ke hoach|tien do|quy dinh|huong dan|chi dao|thong bao|lich|lo trinh)/.exec(
      f,
    );
  if (external) {
    found.external = true;
    found.recognised = true;
    use(external.index, external.index + external[0].length);
  }
}

/** Lunar anchors, by the lunar calendar: Tết (1/1), "rằm tháng Giêng" (15/1), "rằm tháng 7" (15/7). */
const LUNAR_MONTHS: Record<string, number> = { gieng: 1, chap: 12 };

/**
 * 8. Lunar anchors: "trước Tết Nguyên đán", "trước rằm tháng Giêng năm 2026". The lunar year
 * is the one written, else the plan's: its Tết and first months fall inside the plan's year.
 */
function readLunar(r: CellReading): void {
  const { text, f, options, found, use, overlaps } = r;
  const re =
    /(?:(truoc|cham nhat(?:\s+(?:la|vao))?|den|vao|dip)\s+)?(?:(tet nguyen dan|tet am lich)|ram\s+thang\s+(gieng|chap|\d{1,2}))(?:\s+(?:nam\s+)?(\d{4}))?/g;
  for (const m of f.matchAll(re)) {
    const at = m.index;
    const end = at + m[0].length;
    if (overlaps(at, end)) continue;
    const lunarMonth = m[2] ? 1 : (LUNAR_MONTHS[m[3]] ?? Number(m[3]));
    const day = m[2] ? 1 : 15;
    const year = yearAfter(m[4], options.year);
    const solar =
      lunarMonth >= 1 && lunarMonth <= 12 ? lunarToSolar({ year, month: lunarMonth, day, leap: false }) : null;
    use(at, end);
    found.recognised = true;
    if (!solar) continue;
    const date = m[1] === "truoc" && options.beforeMeansDayBefore ? addDays(solar, -1) : solar;
    const label = r.aligned ? labelBefore(text, r.labelFrom, at) : "";
    // "trước/chậm nhất Tết": by the last working day before the break, never after it.
    const beforeHoliday = Boolean(m[2]) && Boolean(m[1]) && /^(truoc|cham nhat)/.test(m[1]);
    found.milestones.push({
      date,
      label,
      source: r.source,
      text: text.slice(at, end),
      ...(beforeHoliday && { beforeHoliday }),
    });
    if (!m[4]) found.yearless.push(found.milestones[found.milestones.length - 1]);
    r.labelFrom = end;
  }
}

/**
 * 9. "Hàng tháng, trước ngày 25": the day of a monthly recurrence written apart from it. A
 * quarterly one's bare day ("hàng quý, trước ngày 20") does not say which month: left unread.
 */
function readRecurrenceDay(r: CellReading): void {
  const { text, f, found, use, overlaps, setRecurrence } = r;
  const rule = found.recurrence?.rule;
  if (!rule || rule.freq !== "monthly" || rule.day !== "last") return;
  const m = /(?:(truoc|cham nhat(?:\s+(?:la|vao))?|han(?:\s+chot)?|vao)\s+)?ngay\s+(\d{1,2})(?![\d/.-]|\s*thang)/.exec(
    f,
  );
  if (!m || overlaps(m.index, m.index + m[0].length)) return;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return;
  setRecurrence(
    { freq: "monthly", day, monthOffset: 0 },
    m[1] === "truoc",
    m.index,
    text.slice(m.index, m.index + m[0].length),
  );
  use(m.index, m.index + m[0].length);
}

/**
 * 10. Words that name without dating: a report by its period ("Báo cáo 06 tháng", "báo cáo
 * năm"), later undated years ("trong các năm tiếp theo"), a document's number ("Kế hoạch số
 * 02-KH/BCĐTW", "36/QĐ-UBND"). They are read, so they do not make the reading partial.
 */
function readNames(r: CellReading): void {
  const { f, use } = r;
  const names =
    /bao cao\s+(?:(?:0?6|9)\s+thang|thang|qu[yi]|nam|nua nam|dinh ky)(?:\s+(?:dau\s+)?nam)?(?![a-z])|(?:cac|nhung)\s+nam\s+(?:tiep theo|sau|ke tiep|toi)|(?:so\s+)?\d+(?:\/\d+)*[-/][a-z][a-z\d]*(?:[-/][a-z\d]+)*|viet nam/g;
  for (const m of f.matchAll(names)) use(m.index, m.index + m[0].length);
}

/**
 * Words that can carry a date: a number, a day, week, month, quarter, year, span, recurrence,
 * deadline or lunar word, and the words that move a date within or after a period ("sau" after,
 * "giữa" the middle of, "đầu" the start of, "cuối" the end of). "quý" counts only before a
 * numeral ("quy định" is a regulation), "đầu" not in "đầu tư" (to invest).
 */
const DATE_WORD =
  /\d+|(?<![a-z])(?:ngay|tuan|thang|nam|qu[yi](?=\s+(?:[ivx]+|\d)(?![a-z]))|dinh ky|giai doan|truoc|cham nhat|han chot|tet|ram|sau(?!\s+do(?![a-z]))|giua|dau(?!\s+tu(?![a-z]))|cuoi)(?![a-z])/g;

/** The date-bearing words no step used, as written in the cell. */
function unusedWords(text: string, f: string, used: readonly [number, number][]): string[] {
  const out: string[] = [];
  for (const m of f.matchAll(DATE_WORD)) {
    const [a, b] = [m.index, m.index + m[0].length];
    if (!used.some(([x, y]) => a < y && x < b)) out.push(text.slice(a, b));
  }
  return out;
}

/** The clause (between ".", ";" or a line break) around `at`. */
const clauseAround = (f: string, at: number) =>
  f
    .slice(0, at)
    .split(/[.;\n]/)
    .pop()! + f.slice(at).split(/[.;\n]/)[0];

/**
 * After the steps: a yearly round with no day ("hàng năm") owns a date written without a year
 * ("Hằng năm, trước ngày 15/12" → every 15/12). A round with no day written in the same clause
 * as ongoing work, beside a dated part ("Hoàn thành trong năm 2026. Thực hiện thường xuyên …
 * hàng năm"), describes the ongoing work, not a deadline: the dated part is the deadline.
 */
function settle(r: CellReading): void {
  const { f, found } = r;
  const rec = found.recurrence;
  if (!rec || !found.dayless) return;
  if (rec.rule.freq === "yearly" && found.yearless.length === 1) {
    const [m] = found.yearless;
    found.recurrence = { ...rec, rule: { freq: "yearly", month: m.date.month, day: m.date.day }, label: m.label };
    found.milestones = found.milestones.filter((x) => x !== m);
    return;
  }
  const dated = found.milestones.length > 0 || found.datedPeriods > 0;
  if (dated && /thuong xuyen|lien tuc/.test(clauseAround(f, found.recurrenceAt))) {
    found.recurrence = null;
    found.continuous = true;
  }
}

/**
 * Reads one cell. `source` says which column it came from: in the assignment column only
 * dates that follow a deadline word count ("trước ngày 25/11/2024"), since that column also
 * cites decrees and their dates.
 */
export function parseCell(raw: string, source: Source, options: ParseOptions): Found {
  const text = toNfc(readable(raw));
  const f = foldSameLength(text);
  const aligned = f.length === text.length;
  const found: Found = {
    milestones: [],
    periods: [],
    recurrence: null,
    event: null,
    continuous: false,
    external: false,
    warnings: [],
    recognised: false,
    invalidDates: 0,
    datedPeriods: 0,
    yearless: [],
    recurrenceAt: -1,
    dayless: false,
    unused: [],
  };
  const used: [number, number][] = [];
  const r: CellReading = {
    text,
    f,
    aligned,
    source,
    options,
    found,
    use: (a, b) => used.push([a, b]),
    overlaps: (a, b) => used.some(([x, y]) => a < y && x < b),
    setRecurrence: (rule, before, at, phrase) => {
      // A later, more specific phrase ("ngày 05 của tháng tiếp theo") refines "hàng tháng".
      const label = aligned ? labelBefore(text, r.labelFrom, at) : "";
      if (!found.recurrence || specificity(rule) > specificity(found.recurrence.rule)) {
        found.recurrence = { rule, before, label, source, text: phrase };
        found.recurrenceAt = at;
        found.dayless = false;
      }
      found.recognised = true;
    },
    labelFrom: 0,
  };
  // In this order: a later step skips what an earlier one used ("ngày 05 của tháng tiếp theo" is not a date).
  const steps = [
    readRecurringDays,
    readDates,
    readLunar,
    readPlainRecurrences,
    readRecurrenceDay,
    readPeriods,
    readContinuous,
    readEvent,
    readExternal,
    readNames,
    settle,
  ];
  for (const step of steps) step(r);
  startRecurrenceAfterDatedPart(found, f);
  // Only the timeline cell's words are weighed: the assignment cell is read for deadlines only.
  if (source === "timeline") found.unused = unusedWords(text, f, used);
  return found;
}

/**
 * "Trước ngày 15/6/2026, sau đó cập nhật hằng quý": a recurrence written after a dated part with
 * "sau đó" / "tiếp theo đó" / "sau khi hoàn thành" (then) has its rounds after that part's date
 * (the latest one written before it), not from the plan's start.
 */
function startRecurrenceAfterDatedPart(found: Found, f: string): void {
  const rec = found.recurrence;
  if (!rec || found.milestones.length === 0) return;
  const before = f.slice(0, found.recurrenceAt);
  if (!/(?<![a-z])(?:sau do|tiep theo do|sau khi hoan thanh)(?![a-z])/.test(before)) return;
  const after = found.milestones.map((m) => m.date).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  found.recurrence = { ...rec, after };
}

function specificity(rule: Recurrence): number {
  if (rule.freq === "monthly" || rule.freq === "quarterly") return rule.day === "last" ? 1 : 2;
  return 1;
}

function kindOf(found: Found): TimelineKind {
  if (found.recurrence) return "recurring";
  if (found.milestones.length > 0 || found.invalidDates > 0) return "fixed";
  // A dated part beside ongoing work keeps its date: "Hoàn thành trong giai đoạn 2026 - 2027 và
  // vận hành thường xuyên" is due at the span's end.
  if (found.periods.length > 0) return "period";
  if (found.continuous) return "continuous";
  if (found.event) return "event";
  if (found.external) return "external";
  return "unknown";
}

/**
 * parseTimeline("Báo cáo 06 tháng trước ngày 25/5/2024 Báo cáo năm trước ngày 25/10/2024", { year: 2024 })
 *   → { kind: "fixed", milestones: [25/5 "Báo cáo 06 tháng", 25/10 "Báo cáo năm"], … }
 * A text it cannot read comes back with kind "unknown", understood false and a warning
 * quoting the text: the deadline is left for a person to set.
 */
export function parseTimeline(text: string, options: ParseOptions): Timeline {
  return combine(text, [parseCell(text, "timeline", options)]);
}

/**
 * parseTaskTimeline(timeline cell, assignment cell): the deadlines of a task. The assignment
 * adds its own deadline phrases ("báo cáo … trước ngày 25/11/2024", "trước ngày 05 của tháng
 * tiếp theo"), so a task may have an internal and an external milestone.
 */
export function parseTaskTimeline(timelineText: string, assignmentText: string, options: ParseOptions): Timeline {
  const fromTimeline = parseCell(timelineText, "timeline", options);
  const fromAssignment = parseCell(assignmentText, "assignment", options);
  // From the assignment column only deadlines are taken: dated milestones, and recurrences
  // that name their day ("trước ngày 05 của tháng tiếp theo"). A bare "hàng tuần" there
  // describes a habit ("đôn đốc hàng tuần"), not a deadline of the task.
  const dayed =
    fromAssignment.recurrence && specificity(fromAssignment.recurrence.rule) > 1 ? fromAssignment.recurrence : null;
  const extra: Found = {
    ...fromAssignment,
    periods: [],
    continuous: false,
    external: false,
    event: null,
    recurrence: dayed,
  };
  return combine(timelineText, [fromTimeline, extra]);
}

function combine(text: string, parts: Found[]): Timeline {
  const [main] = parts;
  const merged: Found = { ...main, milestones: [...main.milestones], warnings: [...main.warnings] };
  for (const extra of parts.slice(1)) {
    for (const m of extra.milestones) {
      if (!merged.milestones.some((x) => compareDates(x.date, m.date) === 0)) merged.milestones.push(m);
    }
    merged.warnings.push(...extra.warnings);
    merged.invalidDates += extra.invalidDates;
    if (extra.recurrence) {
      const current = merged.recurrence;
      const sameFreq = current && current.rule.freq === extra.recurrence.rule.freq;
      if (!current || (sameFreq && specificity(extra.recurrence.rule) > specificity(current.rule)))
        merged.recurrence = extra.recurrence;
    }
    merged.recognised ||= extra.milestones.length > 0 || extra.recurrence !== null;
  }
  const understood = merged.recognised;
  if (!understood && text.trim() !== "")
    merged.warnings.push({ key: "timeline.notUnderstood", params: { text: text.trim().slice(0, 120) } });
  const unused = understood ? main.unused : [];
  if (unused.length > 0)
    merged.warnings.push({
      key: "timeline.partlyUnderstood",
      params: { words: unused.map((w) => `"${w}"`).join(", "), text: text.trim().slice(0, 120) },
    });
  if (text.trim() === "" && merged.milestones.length === 0 && !merged.recurrence)
    merged.warnings.push({ key: "timeline.empty" });
  return {
    text,
    kind: kindOf(merged),
    milestones: merged.milestones,
    periods: merged.periods,
    recurrence: merged.recurrence,
    event: merged.event,
    continuous: merged.continuous,
    external: merged.external,
    understood,
    confidence: !understood ? "none" : unused.length > 0 ? "partial" : "full",
    unused,
    warnings: merged.warnings,
  };
}
