import type { LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
import type { TimelineKind } from "../timeline/model";

/** One row of a source table, as cells of text, with where it came from (line or sheet row). */
export interface SourceRow {
  readonly cells: readonly string[];
  /** 1-based line number (text), table row (HTML/.docx) or sheet row (grid). */
  readonly row: number;
}

/** A table read from a document: its rows, and the text that came before the first table. */
export interface SourceTable {
  readonly rows: readonly SourceRow[];
  readonly preamble: string;
}

export interface Part {
  /** "A" or "B". */
  readonly code: string;
  readonly title: string;
}

export interface Section {
  /** "III" in the seed; "3" in plans with Arabic section numbers. */
  readonly code: string;
  readonly title: string;
}

/** A heading between a section and its tasks ("III.1 Nhóm ứng dụng…", "5.1 Thương mại"). */
export interface Group {
  readonly code: string;
  readonly title: string;
}

export type Severity = "info" | "warning";

export interface ImportWarning {
  readonly severity: Severity;
  /** Source row the warning is about. */
  readonly row: number;
  readonly taskId?: string;
  readonly message: Message;
}

/** A deadline written in the text, with the words that name it ("Báo cáo năm"). */
export interface Milestone {
  readonly date: LocalDate;
  readonly label: string;
  readonly source: "timeline" | "assignment";
  readonly text: string;
}

export interface Task {
  /** Stable id: part, section, number, e.g. "A.III.14" or "B.4". */
  readonly id: string;
  readonly part: Part | null;
  readonly section: Section | null;
  /** The group headings the task is under, outermost first; [] when none. */
  readonly groups: readonly Group[];
  readonly number: string;
  readonly task: string;
  readonly output: string;
  readonly timeline: string;
  readonly assignment: string;
  readonly leadRoles: readonly string[];
  readonly supportRoles: readonly string[];
  /**
   * The bodies that lead, as the plan names them (one spelling per body across the plan): the
   * lead column split into bodies, or, in a commune plan with one assignment column, the names
   * of its lead roles.
   */
  readonly leadBodies: readonly string[];
  /** The co-operating bodies, read the same way. */
  readonly supportBodies: readonly string[];
  /** The plan's other columns, header as written → the task's text there (non-empty ones only). */
  readonly extra: Readonly<Record<string, string>>;
  readonly milestones: readonly Milestone[];
  /** How the timeline reads: fixed, period, recurring, continuous, event, external, unknown. */
  readonly timelineKind: TimelineKind;
  readonly sourceRows: readonly number[];
}

export interface Plan {
  readonly year: number;
  readonly title: string;
  /** The plan's date, from "Kèm theo Kế hoạch số … ngày 02/4/2024"; null when not written. */
  readonly issuedOn: LocalDate | null;
  /** Who signed the plan ("Nguyễn Lê Ngọc Toàn"), for the report's signer block; "" if unknown. */
  readonly signer: string;
  readonly tasks: readonly Task[];
  readonly warnings: readonly ImportWarning[];
}
