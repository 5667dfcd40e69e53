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
  readonly number: string;
  readonly task: string;
  readonly output: string;
  readonly timeline: string;
  readonly assignment: string;
  readonly leadRoles: readonly string[];
  readonly supportRoles: readonly string[];
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
