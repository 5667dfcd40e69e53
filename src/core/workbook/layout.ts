import type { MessageKey } from "../i18n/messages";
import type { ColourRule } from "./cells";
import { indicatorColourRules, planColourRules } from "./colours";

/**
 * Who owns a column. The product writes only "import" and "computed" columns (and only cells
 * that were empty or its own); "person" columns are never written once a row exists.
 */
export type ColumnOwner = "import" | "person" | "computed";
/** The action that rewrites a computed column: a refresh (statuses, checks), or an import (its reading notes). */
export type ColumnWriter = "refresh" | "import";
export type ColumnType = "text" | "date" | "progress" | "email" | "url" | "number" | "dayKind" | "unit" | "direction";

export interface ColumnSpec {
  readonly key: string;
  readonly header: MessageKey;
  readonly width: number;
  readonly owner: ColumnOwner;
  readonly type: ColumnType;
  readonly wrap?: boolean;
  /**
   * Formatted as plain text at setup: ids ("1.10"), periods ("11/2024") and settings ("8:00")
   * must reach the product as typed, not as the number, date or time Sheets would make of them.
   */
  readonly plainText?: boolean;
  /** A computed column's writer (a refresh when not said). */
  readonly writtenBy?: ColumnWriter;
  /**
   * A person's column an officer fills for their own task, which "Việc của tôi" may write on
   * their behalf (writeOfficerCells); never the owner or the deadline, which the secretariat sets.
   */
  readonly officer?: boolean;
}

export type TabKey =
  | "plan"
  | "directory"
  | "settings"
  | "log"
  | "holidays"
  | "completions"
  | "legend"
  | "indicators"
  | "indicatorData"
  | "planStats"
  | "indicatorChart"
  | "proposed"
  | "summary";

export interface TabSpec {
  readonly key: TabKey;
  readonly name: MessageKey;
  readonly columns: readonly ColumnSpec[];
  /** Conditional colours, installed with the validation rules (setup, import, a new tab). */
  readonly colours?: (columns: ReadonlyMap<string, number>) => ColourRule[];
  /** An officer's edit here changes nothing the product computes: the edit trigger ignores it. */
  readonly ignoreEdits?: boolean;
  /**
   * The product appends to or rewrites the whole tab, and people may note in it: its columns
   * get no warning-only protection.
   */
  readonly unprotected?: boolean;
  /**
   * Read with number formats, where a format changes what a value means: a time Sheets stored as
   * a date (settings), a percentage it stored as 0.9 (targets and figures a person types).
   */
  readonly readWithFormats?: boolean;
}

/** The keys of a tab's columns an import fills where empty (the plan's own text), in the tab's order. */
export const importedColumns = (spec: TabSpec): string[] =>
  spec.columns.filter((c) => c.owner === "import").map((c) => c.key);

/** The keys of a tab's computed columns `writer` rewrites, in the tab's order. */
export const computedColumns = (spec: TabSpec, writer: ColumnWriter): string[] =>
  spec.columns.filter((c) => c.owner === "computed" && (c.writtenBy ?? "refresh") === writer).map((c) => c.key);

const col = (
  key: string,
  header: MessageKey,
  width: number,
  owner: ColumnOwner,
  type: ColumnType = "text",
  wrap = false,
): ColumnSpec => ({ key, header, width, owner, type, wrap });
/** A column kept as typed text (see ColumnSpec.plainText). */
const textCol = (key: string, header: MessageKey, width: number, owner: ColumnOwner): ColumnSpec => ({
  ...col(key, header, width, owner),
  plainText: true,
});

export const PLAN_TAB: TabSpec = {
  key: "plan",
  name: "tab.plan",
  colours: planColourRules,
  columns: [
    textCol("id", "col.id", 80, "import"),
    col("part", "col.part", 50, "import"),
    col("section", "col.section", 150, "import", "text", true),
    textCol("number", "col.number", 40, "import"),
    col("task", "col.task", 320, "import", "text", true),
    col("output", "col.output", 260, "import", "text", true),
    col("timeline", "col.timeline", 180, "import", "text", true),
    col("assignment", "col.assignment", 320, "import", "text", true),
    col("lead", "col.lead", 170, "import", "text", true),
    col("support", "col.support", 170, "import", "text", true),
    col("owner", "col.owner", 150, "person"),
    col("deadline", "col.deadline", 100, "person", "date"),
    { ...col("progress", "col.progress", 120, "person", "progress"), officer: true },
    { ...col("completedOn", "col.completedOn", 110, "person", "date"), officer: true },
    { ...col("evidence", "col.evidence", 200, "person", "url"), officer: true },
    { ...col("notes", "col.notes", 220, "person", "text", true), officer: true },
    col("status", "col.status", 150, "computed"),
    col("nextDue", "col.nextDue", 110, "computed", "date"),
    col("daysLeft", "col.daysLeft", 90, "computed", "number"),
    col("check", "col.check", 300, "computed", "text", true),
    { ...col("importNotes", "col.importNotes", 260, "computed", "text", true), writtenBy: "import" },
  ],
};

export const DIRECTORY_TAB: TabSpec = {
  key: "directory",
  name: "tab.directory",
  columns: [
    col("roleKey", "col.roleKey", 130, "import"),
    col("role", "col.role", 280, "import", "text", true),
    col("aliases", "col.aliases", 240, "person", "text", true),
    col("person", "col.person", 180, "person"),
    col("email", "col.email", 220, "person", "email"),
    col("notes", "col.remarks", 200, "person", "text", true),
  ],
};

export const SETTINGS_TAB: TabSpec = {
  key: "settings",
  name: "tab.settings",
  readWithFormats: true,
  columns: [
    col("key", "col.key", 180, "import"),
    textCol("value", "col.value", 200, "person"),
    col("description", "col.description", 440, "import", "text", true),
    col("check", "col.check", 300, "computed", "text", true),
  ],
};

export const LOG_TAB: TabSpec = {
  key: "log",
  name: "tab.log",
  ignoreEdits: true,
  unprotected: true,
  columns: [
    col("time", "col.time", 150, "computed"),
    col("user", "col.user", 180, "computed"),
    col("action", "col.action", 140, "computed"),
    col("details", "col.details", 600, "computed", "text", true),
  ],
};

/** Days off and Saturdays worked: prefilled for the plan's year, corrected by the secretariat. */
export const HOLIDAYS_TAB: TabSpec = {
  key: "holidays",
  name: "tab.holidays",
  columns: [
    col("date", "col.date", 110, "person", "date"),
    col("kind", "col.dayKind", 100, "person", "dayKind"),
    col("name", "col.dayName", 280, "person"),
    col("note", "col.notes", 300, "person", "text", true),
  ],
};

/** One row per occurrence of a recurring task (or milestone) done: the history is kept. */
export const COMPLETIONS_TAB: TabSpec = {
  key: "completions",
  name: "tab.completions",
  columns: [
    textCol("taskId", "col.taskId", 100, "person"),
    textCol("period", "col.period", 120, "person"),
    col("completedOn", "col.completedOn", 120, "person", "date"),
    col("evidence", "col.evidence", 240, "person", "url"),
    col("notes", "col.notes", 260, "person", "text", true),
  ],
};

/** The plan's targets: proposed by the import, then the secretariat's to add, edit or delete. */
export const INDICATORS_TAB: TabSpec = {
  key: "indicators",
  name: "tab.indicators",
  readWithFormats: true,
  colours: indicatorColourRules,
  columns: [
    textCol("id", "col.indicatorId", 100, "import"),
    textCol("taskId", "col.taskId", 90, "import"),
    col("name", "col.indicatorName", 320, "import", "text", true),
    col("unit", "col.unit", 80, "import", "unit"),
    col("direction", "col.direction", 120, "import", "direction"),
    col("target", "col.target", 80, "import", "number"),
    col("floor", "col.floor", 80, "import", "number"),
    col("checkpoints", "col.checkpoints", 200, "import", "text", true),
    col("latestPeriod", "col.latestPeriod", 100, "computed"),
    col("latestValue", "col.latestValue", 90, "computed", "number"),
    col("appliesTarget", "col.appliesTarget", 90, "computed", "number"),
    col("status", "col.indicatorStatus", 140, "computed"),
    col("change", "col.change", 90, "computed", "number"),
    col("check", "col.check", 280, "computed", "text", true),
  ],
};

/** One row per indicator per period: the history of the figures. */
export const INDICATOR_DATA_TAB: TabSpec = {
  key: "indicatorData",
  name: "tab.indicatorData",
  readWithFormats: true,
  columns: [
    textCol("indicatorId", "col.indicatorId", 110, "person"),
    textCol("period", "col.period", 130, "person"),
    col("numerator", "col.numerator", 90, "person", "number"),
    col("denominator", "col.denominator", 90, "person", "number"),
    col("value", "col.value", 90, "person", "number"),
    col("source", "col.source", 200, "person", "text", true),
    col("evidence", "col.evidence", 220, "person", "url"),
    col("notes", "col.notes", 220, "person", "text", true),
  ],
};

/** The plan's own ratios, for the whole plan, each part and each section: rewritten on refresh. */
export const PLAN_STATS_TAB: TabSpec = {
  key: "planStats",
  name: "tab.planStats",
  columns: [
    col("scope", "col.scope", 320, "computed", "text", true),
    col("tasks", "col.tasks", 80, "computed", "number"),
    col("done", "col.doneCount", 90, "computed", "number"),
    col("donePct", "col.donePct", 110, "computed", "number"),
    col("onTimePct", "col.onTimePct", 120, "computed", "number"),
    col("overduePct", "col.overduePct", 110, "computed", "number"),
    col("evidencePct", "col.evidencePct", 130, "computed", "number"),
  ],
};

/**
 * The indicator ids the import has proposed, one per row, so an indicator the secretariat
 * deleted is not proposed again. Kept in a tab (not in a setting or document properties): a
 * large plan's list outgrows a cell's 50,000 characters and a property's 9 KB.
 */
export const PROPOSED_TAB: TabSpec = {
  key: "proposed",
  name: "tab.proposed",
  columns: [col("indicatorId", "col.indicatorId", 140, "computed")],
};

/** The data of the indicators' chart (percent indicators): rewritten on refresh, chart beside it. */
export const INDICATOR_CHART_TAB: TabSpec = {
  key: "indicatorChart",
  name: "tab.indicatorChart",
  columns: [
    col("label", "col.indicatorName", 260, "computed"),
    col("value", "col.latestValue", 90, "computed", "number"),
    col("target", "col.appliesTarget", 90, "computed", "number"),
    col("floor", "col.floor", 90, "computed", "number"),
  ],
};

/** What each colour on the plan tab means: rewritten by the product on every setup. */
export const LEGEND_TAB: TabSpec = {
  key: "legend",
  name: "tab.legend",
  ignoreEdits: true,
  unprotected: true,
  columns: [col("colour", "col.colour", 160, "computed"), col("meaning", "col.meaning", 520, "computed", "text", true)],
};

/**
 * The commune's summary for the province's roll-up (core/summary/schema.ts): key, label and value
 * rows, then the indicators' block, rewritten whole by every refresh and report (what a person
 * types here is not kept, its header note says so). Its indicators' columns D… have no header
 * in row 1: the block's own header row names them (write/summaryTab.ts sets their widths).
 */
export const SUMMARY_TAB: TabSpec = {
  key: "summary",
  name: "tab.summary",
  ignoreEdits: true,
  unprotected: true,
  columns: [
    col("key", "summary.colKey", 150, "computed"),
    col("label", "summary.colLabel", 320, "computed", "text", true),
    // Plain text: the ISO dates ("2024-11-20") stay the text the schema says they are.
    textCol("value", "summary.colValue", 200, "computed"),
  ],
};

export const TABS: readonly TabSpec[] = [
  PLAN_TAB,
  DIRECTORY_TAB,
  SETTINGS_TAB,
  HOLIDAYS_TAB,
  COMPLETIONS_TAB,
  INDICATORS_TAB,
  INDICATOR_DATA_TAB,
  PLAN_STATS_TAB,
  INDICATOR_CHART_TAB,
  LOG_TAB,
  LEGEND_TAB,
  SUMMARY_TAB,
];

/** Progress values an officer can pick; the first is the default. */
export const PROGRESS_VALUES = [
  "progress.notStarted",
  "progress.inProgress",
  "progress.done",
  "progress.paused",
] as const satisfies readonly MessageKey[];

/** A progress value, by its label's message key. */
export type Progress = (typeof PROGRESS_VALUES)[number];
