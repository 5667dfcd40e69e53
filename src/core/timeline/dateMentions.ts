import { daysInMonth, isValidDate, type LocalDate } from "../dates/localDate";
import { foldSameLength, toNfc } from "../text/normalize";

/** A calendar date written in text, e.g. "25/11/2024" or "20/11" (year supplied by the plan). */
export interface DateMention {
  /** The date, or null when the text names a day that does not exist (31/11/2024). */
  readonly date: LocalDate | null;
  readonly text: string;
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly yearGiven: boolean;
  /** Offset of the match in the NFC text. */
  readonly index: number;
  /** True when a deadline word stands before it: "trước ngày", "chậm nhất", "hạn", "đến". */
  readonly isDeadline: boolean;
  /** Words before the deadline phrase, e.g. "Báo cáo 06 tháng"; empty when none. */
  readonly label: string;
}

// d/m/yyyy, d-m-yyyy, d.m.yyyy and d/m, with no digit or slash glued on either side, so
// document numbers such as "61/2018/NĐ-CP" are not read as dates.
const DATE_RE = /(?<![\d/.,-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\d/]|[.,-]\d)/g;
const DEADLINE_BEFORE = /(?<![a-z])(truoc|cham nhat(?:\s+(?:vao|la))?|han(?:\s+chot)?|den|toi|hoan thanh)(?:\s+(?:het|cuoi))?(?:\s+ngay)?\s*$/;

/**
 * findDateMentions("Báo cáo năm trước ngày 25/10/2024", 2024)
 *   → [{ date: {2024,10,25}, text: "25/10/2024", isDeadline: true, label: "Báo cáo năm", … }]
 * Dates without a year take `defaultYear`. Nothing is corrected: an impossible day stays null.
 */
export function findDateMentions(raw: string, defaultYear: number): DateMention[] {
  const text = toNfc(raw);
  const folded = foldSameLength(text);
  const offsetsAgree = folded.length === text.length;
  const out: DateMention[] = [];
  let labelStart = 0;
  for (const m of text.matchAll(DATE_RE)) {
    const index = m.index ?? 0;
    const day = Number(m[1]);
    const month = Number(m[3]);
    const yearGiven = m[4] !== undefined;
    const year = yearGiven ? Number(m[4]) : defaultYear;
    // Without a year, "1.5" or "3-4" is more likely a number or a range than a date.
    if (!yearGiven && m[2] !== "/") continue;
    if (month < 1 || month > 12 || day < 1) continue;
    const before = folded.slice(Math.max(0, index - 40), index);
    const deadline = DEADLINE_BEFORE.exec(before);
    let label = "";
    if (deadline && offsetsAgree) {
      const phraseStart = index - before.length + deadline.index;
      label = text.slice(labelStart, Math.max(labelStart, phraseStart)).replace(/\s*hoàn thành\s*$/i, "").replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, "");
      if (label.length > 60 || /\d{1,2}\/\d{1,2}/.test(label)) label = "";
    }
    out.push({
      date: isValidDate(year, month, day) ? { year, month, day } : null,
      text: m[0],
      day, month, year, yearGiven,
      index,
      isDeadline: deadline !== null,
      label,
    });
    labelStart = index + m[0].length;
  }
  return out;
}

/** describeInvalidDate({day: 31, month: 11, year: 2024}) → days in that month (30), for messages. */
export function daysInMentionMonth(m: Pick<DateMention, "month" | "year">): number {
  return daysInMonth(m.year, m.month);
}
