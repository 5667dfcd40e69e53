import { addDays, dayOfWeek, daysInMonth, isValidDate, localDate, type LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
import { isoWeekPeriod } from "../period/period";
import { foldSameLength, readable, toNfc } from "../text/normalize";
import { romanToNumber } from "../plan/importer";
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
    /(?:(truoc|cham nhat(?:\s+vao)?|han)\s+)?ngay\s+(\d{1,2})\s+(?:cua\s+|trong\s+)?(thang\s+cuoi\s+(?:cua\s+)?quy|thang\s+dau\s+(?:cua\s+)?quy\s+(?:sau|tiep theo|ke tiep)|thang\s+(?:tiep theo|sau|ke tiep)|(?:hang|moi)\s+thang)/g,
  )) {
    const day = Number(m[2]);
    const at = m.index!;
    const what = m[3];
    const rule: Recurrence = /cuoi/.test(what)
      ? { freq: "quarterly", day, month: "last" }
      : /quy/.test(what)
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
    use(at, end);
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
    const phraseStart = deadlineWord ? at - before.length + deadlineWord.index : at;
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
      if (
        !found.milestones.some(
          (x) => x.date.year === date.year && x.date.month === date.month && x.date.day === date.day,
        )
      ) {
        found.milestones.push({ date, label, source, text: text.slice(phraseStart, end) });
      }
    }
    r.labelFrom = end;
  }
}

/** 3. Recurring without a day: "định kỳ hàng tháng", "hằng tuần", "hàng quý", "6 tháng một lần", "hàng năm". */
function readPlainRecurrences(r: CellReading): void {
  const { text, f, use, overlaps, setRecurrence } = r;
  const plain: [RegExp, () => Recurrence][] = [
    [
      /(?:(?:hang|moi)\s+tuan|dinh ky\s+tuan)(?![a-z])/g,
      () => {
        const named = new RegExp(`(${WEEKDAY_RE})\\s+(?:hang|moi)\\s+tuan`).exec(f);
        return { freq: "weekly", weekday: named ? (WEEKDAYS[named[1]] ?? 5) : 5 };
      },
    ],
    [/(?:(?:hang|moi)\s+thang|dinh ky\s+thang)(?![a-z])/g, () => ({ freq: "monthly", day: "last", monthOffset: 0 })],
    [
      /(?:(?:hang|moi)\s+quy|dinh ky\s+(?:hang\s+)?quy|theo\s+quy)(?![a-z])(?!\s+(?:dinh|che|trinh))/g,
      () => ({ freq: "quarterly", day: "last", month: "last" }),
    ],
    [/(?:0?6\s+thang\s+(?:mot|1)\s+lan|(?:hang|moi)\s+(?:0?6\s+thang|nua\s+nam))/g, () => ({ freq: "halfYearly" })],
    [/(?:hang|moi)\s+nam(?![a-z])(?!\s+\d)/g, () => ({ freq: "yearly", month: 12, day: 31 })],
  ];
  for (const [re, rule] of plain) {
    for (const m of f.matchAll(re)) {
      const at = m.index!;
      if (overlaps(at, at + m[0].length)) continue;
      setRecurrence(rule(), false, at, text.slice(at, at + m[0].length));
      use(at, at + m[0].length);
    }
  }
}

/** 4. Periods: quarters, months, halves, the year. */
function readPeriods(r: CellReading): void {
  const { text, f, aligned, options, found, use, overlaps } = r;
  const period = (start: LocalDate, end: LocalDate, at: number, length: number) => {
    if (overlaps(at, at + length)) return;
    use(at, at + length);
    found.recognised = true;
    found.periods.push({
      start,
      end,
      label: aligned ? labelBefore(text, r.labelFrom, at) : "",
      text: text.slice(at, at + length),
    });
  };
  // A quarter, month or week that no year has ("quý V", "tháng 13", "tuần 54") is a warning, never a date.
  const impossible = (at: number, length: number) => {
    if (overlaps(at, at + length)) return;
    use(at, at + length);
    found.recognised = true;
    found.warnings.push({ key: "timeline.invalidPeriod", params: { text: text.slice(at, at + length) } });
    found.invalidDates++;
  };
  for (const m of f.matchAll(/quy\s+([ivxlc]+|\d{1,2})(?![a-z\d])(?:\s*(?:\/|-|nam)\s*(\d{4}))?/g)) {
    const q = quarterOf(m[1]);
    if (!q) {
      impossible(m.index!, m[0].length);
      continue;
    }
    const year = yearAfter(m[2], options.year);
    period(localDate(year, 3 * q - 2, 1), localDate(year, 3 * q, daysInMonth(year, 3 * q)), m.index!, m[0].length);
  }
  for (const m of f.matchAll(/(?<!\d\s)thang\s+(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?(?![\d/])/g)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) {
      impossible(m.index!, m[0].length);
      continue;
    }
    const year = yearAfter(m[2], options.year);
    period(localDate(year, month, 1), localDate(year, month, daysInMonth(year, month)), m.index!, m[0].length);
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
    else period(localDate(year, 1, 1), localDate(year, 12, 31), m.index!, m[0].length);
  }
}

/** 5. Continuous work. */
function readContinuous(r: CellReading): void {
  const { f, found } = r;
  if (/thuong xuyen|lien tuc/.test(f)) {
    found.continuous = true;
    found.recognised = true;
  }
}

/** 6. Relative to an event: "chậm nhất 02 ngày làm việc từ khi …", "trong vòng 05 ngày kể từ ngày …". */
function readEvent(r: CellReading): void {
  const { text, f, source, found } = r;
  const event =
    /(?:cham nhat|trong\s+(?:vong|thoi han)|khong qua|sau)\s+(\d{1,3})\s+ngay(\s+lam viec)?(?:\s+(?:ke\s+)?(?:tu|sau)\s+(?:khi|ngay))?|(\d{1,3})\s+ngay(\s+lam viec)?\s+(?:ke\s+)?tu\s+(?:khi|ngay)/.exec(
      f,
    );
  if (event) {
    found.event = {
      days: Number(event[1] ?? event[3]),
      workingDays: Boolean(event[2] ?? event[4]),
      text: text.slice(event.index, event.index + event[0].length),
    };
    found.recognised = true;
  } else if (/(?:sau khi|ngay khi|khi co)\s/.test(f) && source === "timeline") {
    found.event = { days: 0, workingDays: false, text };
    found.recognised = true;
  }
}

/** 7. Set from outside: "theo yêu cầu …", "theo thời gian quy định", "theo tình hình thực tế". */
function readExternal(r: CellReading): void {
  const { f, found } = r;
  if (/theo\s+(?:yeu cau|thoi gian|tinh hinh|ke hoach|tien do|quy dinh|huong dan|chi dao|thong bao|lich)/.test(f)) {
    found.external = true;
    found.recognised = true;
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
      }
      found.recognised = true;
    },
    labelFrom: 0,
  };
  // In this order: a later step skips what an earlier one used ("ngày 05 của tháng tiếp theo" is not a date).
  const steps = [
    readRecurringDays,
    readDates,
    readPlainRecurrences,
    readPeriods,
    readContinuous,
    readEvent,
    readExternal,
  ];
  for (const step of steps) step(r);
  return found;
}

function specificity(rule: Recurrence): number {
  if (rule.freq === "monthly" || rule.freq === "quarterly") return rule.day === "last" ? 1 : 2;
  return 1;
}

function kindOf(found: Found): TimelineKind {
  if (found.recurrence) return "recurring";
  if (found.milestones.length > 0 || found.invalidDates > 0) return "fixed";
  if (found.continuous) return "continuous";
  if (found.periods.length > 0) return "period";
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
      if (
        !merged.milestones.some(
          (x) => x.date.year === m.date.year && x.date.month === m.date.month && x.date.day === m.date.day,
        )
      )
        merged.milestones.push(m);
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
    warnings: merged.warnings,
  };
}
