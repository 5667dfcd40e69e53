import type { LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";

/** The kinds of deadline text officers write (docs/domain.md, "Timeline text"). */
export type TimelineKind = "fixed" | "period" | "recurring" | "continuous" | "event" | "external" | "unknown";

export type Confidence = "full" | "partial" | "none";

export type Source = "timeline" | "assignment" | "person";

/** A dated deadline: "Báo cáo năm trước ngày 25/10/2024". */
export interface DatedMilestone {
  readonly date: LocalDate;
  readonly label: string;
  readonly source: Source;
  readonly text: string;
  /**
   * Due before a holiday, not on it: "trước Tết Nguyên đán" means by the last working day before
   * the break, where a deadline on a day off would otherwise move to the next working day, after it.
   */
  readonly beforeHoliday?: boolean;
}

/** A span the work falls in: "Trong quý III năm 2024" (due at its end). */
export interface Period {
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly label: string;
  readonly text: string;
}

/**
 * When a recurring task falls due. `before` marks "trước ngày N", which a setting may read as
 * the day before N.
 */
export type Recurrence =
  | { readonly freq: "weekly"; readonly weekday: number }
  | { readonly freq: "monthly"; readonly day: number | "last"; readonly monthOffset: 0 | 1 }
  | { readonly freq: "quarterly"; readonly day: number | "last"; readonly month: "last" | "nextFirst" }
  | { readonly freq: "halfYearly" }
  | { readonly freq: "yearly"; readonly month: number; readonly day: number };

export interface RecurrenceRule {
  readonly rule: Recurrence;
  readonly before: boolean;
  readonly label: string;
  readonly source: Source;
  readonly text: string;
  /**
   * Rounds only after this date: a recurrence that follows a dated part ("Trước ngày 15/6/2026,
   * sau đó cập nhật hằng quý") starts once that part is due, not at the plan's start.
   */
  readonly after?: LocalDate;
}

/** A deadline counted from an event: "Chậm nhất 02 ngày làm việc từ khi văn bản … được ban hành". */
export interface EventDeadline {
  readonly days: number;
  readonly workingDays: boolean;
  readonly text: string;
}

export interface Timeline {
  readonly text: string;
  readonly kind: TimelineKind;
  readonly milestones: readonly DatedMilestone[];
  readonly periods: readonly Period[];
  readonly recurrence: RecurrenceRule | null;
  readonly event: EventDeadline | null;
  readonly continuous: boolean;
  readonly external: boolean;
  /** False when no phrase of any family was recognised: a person must set the deadline. */
  readonly understood: boolean;
  /**
   * "full": every word that can carry a date (a number, a day, month, quarter, year, period or
   * recurrence word) was used by a phrase read. "partial": some were not (they are in `unused`):
   * the dates read are kept, but a person should confirm them. "none": nothing was understood.
   */
  readonly confidence: Confidence;
  /** The date-bearing words of the timeline cell that no phrase used, as written. */
  readonly unused: readonly string[];
  readonly warnings: readonly Message[];
}

export interface ParseOptions {
  /** The plan's year, for dates written without one. */
  readonly year: number;
  /** "Trước ngày X" means due on X (false, the default) or on the day before (true). */
  readonly beforeMeansDayBefore?: boolean;
}
