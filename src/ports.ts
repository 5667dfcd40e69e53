/**
 * The narrow interfaces between the use cases (src/app) and the world. Sheets implements them
 * in src/gas, Node in src/node and src/memory, tests with in-memory fakes. The core never
 * learns which one it runs on.
 */
import type { LocalDate } from "./core/dates/localDate";
import type { CommuneReading, SourceProblem } from "./core/rollup/model";
import type { CellValue, ColourRule } from "./core/workbook/cells";
import type { WarehouseLoad } from "./core/export/warehouse";
import type { Message } from "./core/i18n/messages";

export type { CellValue, ColourRule };

/** A data-validation rule for a column, as Sheets and Excel both understand it. */
export type ValidationRule =
  | { readonly kind: "list"; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: "date"; readonly help: string }
  | { readonly kind: "email"; readonly help: string }
  | { readonly kind: "url"; readonly help: string }
  | { readonly kind: "number"; readonly help: string };

/** A merged block of cells, 1-based. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

/** One bar chart over a block of the sheet (first column labels, then series). */
export interface ChartSpec {
  readonly title: string;
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
  readonly anchorRow: number;
  readonly anchorCol: number;
}

/**
 * A sheet's cells: values, notes, merged blocks. What a use case reads and writes; a use case
 * that only reads or fills cells is given this side alone.
 */
export interface SheetData {
  readonly name: string;
  /**
   * Every value from A1 to the last row and column with content, in one read. With
   * `asTyped`, text a spreadsheet mistook for a formula (a Word bullet "- Công chức …" pasted
   * into Sheets becomes "=- Công chức …" and shows #ERROR!) comes back as the text typed, and
   * a number or date Sheets made of typed text as the text it shows ("12/2026", not 01/12/2026). With
   * `withFormats`, a value whose format carries its meaning comes as the text a person sees:
   * "90%" (stored 0.9), "8:00" (stored as a date on 30/12/1899).
   */
  readValues(options?: { asTyped?: boolean; withFormats?: boolean }): CellValue[][];
  /** The values (and notes, unless `withNotes` is false) of `count` rows from `row`, `width` columns wide. */
  readRows(
    row: number,
    count: number,
    width: number,
    withNotes?: boolean,
  ): { values: CellValue[][]; notes: string[][] };
  /** Notes over rows 1..rows and columns 1..cols. */
  readNotes(rows: number, cols: number): string[][];
  /** Merged blocks within the data. */
  mergedBlocks(): CellBlock[];
  /** Writes a rectangular block whose top-left cell is (row, col), 1-based. */
  writeValues(row: number, col: number, values: readonly (readonly CellValue[])[]): void;
  /** Writes notes over a block whose top-left cell is (row, col). */
  writeNotes(row: number, col: number, notes: readonly (readonly string[])[]): void;
  /** Empties the sheet's values and notes (only the product's own tabs, such as a report tab). */
  clear(): void;
}

/**
 * How a sheet looks and what it checks: colours, chart, frozen rows, widths, wrapping, plain
 * text, validation, protection. Setup, the refresh's legend and chart, and the report tab use it.
 */
export interface SheetFormat {
  /** Background colours over a block (only on the product's own tabs). */
  writeBackgrounds(row: number, col: number, colors: readonly (readonly string[])[]): void;
  /**
   * Installs the product's colour rules on whole columns (from row 2). Rules already there
   * with the same conditions on the same columns are replaced; any other rule is kept.
   */
  setColourRules(rules: readonly ColourRule[]): void;
  /** Keeps exactly one chart on the sheet, drawn from the given block (created or updated). */
  setChart(spec: ChartSpec): void;
  /** Freezes the header rows. */
  setFrozenRows(rows: number): void;
  /** Column widths in pixels, from column `fromCol` on. */
  setColumnWidths(fromCol: number, widths: readonly number[]): void;
  /** Bold, shaded, wrapped header row over `columns` columns. */
  styleHeader(columns: number): void;
  /** Wraps text in the given columns (whole column). */
  setWrap(col: number, count: number): void;
  /**
   * Formats a column as plain text from row 2 down, so what an officer types there is kept as
   * typed: Sheets would otherwise turn "11/2024" into a date and "1.10" into a number.
   */
  setPlainText(col: number): void;
  /** Validation on a column from row 2 down; replaces any rule there. */
  setValidation(col: number, rule: ValidationRule): void;
  /** Warning-only protection on columns; a second call with the same description changes nothing. */
  protectColumns(col: number, count: number, description: string): void;
}

/**
 * A sheet with both sides. Two interfaces over one object, not `sheet.data` and `sheet.format`:
 * the two halves share what the adapter knows of the grid (its size, grown before a write or a
 * format past its edge), every call keeps reading `sheet.writeValues(…)`, and a function that
 * declares `SheetData` or `SheetFormat` is held to that side by the compiler.
 */
export interface SheetPort extends SheetData, SheetFormat {}

/** The workbook as a use case that only reads (or fills cells) sees it: sheets, data side only. */
export interface DataWorkbookPort {
  sheet(name: string): SheetData | null;
  /** The tab the person is looking at. */
  activeSheet(): SheetData;
}

export interface WorkbookPort extends DataWorkbookPort {
  sheet(name: string): SheetPort | null;
  addSheet(name: string): SheetPort;
  activeSheet(): SheetPort;
}

/** Small persistent key-value storage (document properties in Sheets): the edit cache, the reminders' state. */
export interface StorePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  /** Several keys at once, where the store writes them in one call (document properties' setProperties). */
  setAll?(entries: Readonly<Record<string, string>>): void;
}

/** The clock, read at the edge: today's date and a timestamp in the spreadsheet's time zone. */
export interface Clock {
  today(): LocalDate;
  /** "2024-11-20 08:15:00", for logs. */
  timestamp(): string;
}

/** Who is running the action, for the log; empty when the platform will not say. */
export interface UserPort {
  email(): string;
}

/** One at a time: the document lock for the tracking tabs, the script lock for the reminders' trigger. */
export interface LockPort {
  /** Runs `fn` holding the lock; returns null when the lock could not be had in time. */
  withLock<T>(fn: () => T): T | null;
}

/**
 * The daily time-driven triggers that send the reminders (ScriptApp in Sheets). The platform
 * shows each user only the triggers that user made.
 */
export interface TriggersPort {
  /** Ids of the current user's daily reminder triggers, whichever document each was made for. */
  daily(): string[];
  /**
   * Whether one user's triggers span several documents (an add-on, used in many), so that only
   * the trigger recorded for a document is that document's. A bound script has one document.
   */
  spansDocuments(): boolean;
  /**
   * Makes a daily trigger for this document at `hour` o'clock of the plan's day, in the zone the
   * clock reads today in (the adapter keeps that zone, in one place with the clock's); its id.
   */
  createDaily(hour: number): string;
  /** Removes one of the current user's triggers, and what the platform kept to find its document. */
  remove(id: string): void;
}

/** Where finished documents go: Drive in Sheets; nowhere on the command line, which writes the HTML itself. */
export interface DocumentsPort {
  /**
   * Saves an HTML document as PDF under `name`; a file saved before under the same `key` is
   * replaced (moved to the trash), so re-running a report does not pile up copies. Null where
   * no PDF is kept (src/memory/none.ts says so).
   */
  savePdf(name: string, html: string, key: string): { id: string; url: string } | null;
}

export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  /** An HTML document sent as a PDF attachment. */
  readonly pdf?: { readonly name: string; readonly html: string };
}

export interface MailerPort {
  /** Recipients that can still be mailed today (Apps Script's daily quota). */
  remaining(): number;
  send(mail: OutgoingMail): void;
}

/**
 * Every port a use case may need, each always given: a platform without one of them says so
 * with an explicit "none" implementation (src/memory/none.ts), never by leaving it out. A use
 * case declares the ones it uses with a Pick of this type.
 */
export interface AppPorts {
  readonly workbook: WorkbookPort;
  readonly clock: Clock;
  readonly user: UserPort;
  readonly store: StorePort;
  readonly documents: DocumentsPort;
  readonly mailer: MailerPort;
}

/** The keyed hash and the secrets of the personal links: node:crypto in Node, Utilities in Apps Script. */
export interface CryptoPort {
  hmacSha256(key: string, message: string): Uint8Array;
  randomSecret(): string;
}

/**
 * The ports of "Việc của tôi" (the officer's page and its commands): every app port, the
 * document lock, the keyed hash, and `secrets`, the script properties (shared by every user of
 * the script, never shown in the sheet) where the links' secret is kept. A type of its own, not
 * fields of AppPorts, so the menus and triggers that never sign a link need not build them.
 */
export type OfficerPorts = AppPorts & {
  readonly crypto: CryptoPort;
  readonly secrets: StorePort;
  readonly lock: LockPort;
};

/** What a load into the warehouse answered: the job BigQuery ran, or why nothing was loaded. */
export type WarehouseResult =
  | { readonly ok: true; readonly jobId: string; readonly state: "DONE"; readonly rows: number }
  | { readonly ok: false; readonly jobId: string | null; readonly error: Message };

/**
 * The national warehouse (BigQuery through the Apps Script advanced service; docs/national.md):
 * one load job per call, waited for within a bounded number of polls. Never throws for what
 * BigQuery refuses: the answer names it.
 */
export interface WarehousePort {
  load(load: WarehouseLoad): WarehouseResult;
}

// The province's roll-up (issue 16): reading the communes' sheets in batches across executions.

/** The communes' own sheets, each opened by its URL: the roll-up's only way out of its own workbook. */
export interface CommuneSheetsPort {
  /** Every value of the sheet's summary tab ("Tổng hợp"), read at once, or why it could not be. */
  readSummaryTab(
    url: string,
  ): { readonly ok: true; readonly values: CellValue[][] } | { readonly ok: false; readonly problem: SourceProblem };
}

/** The readings a roll-up has made so far, kept between its executions (a hidden tab in Sheets). */
export interface ReadingsStagePort {
  /** The readings kept, by their key (see app/rollup/update.ts, readingKey). */
  readAll(): Map<string, CommuneReading>;
  append(readings: readonly { readonly key: string; readonly reading: CommuneReading }[]): void;
  /** Forgets every reading (a roll-up finished, or one left from another day). */
  forget(): void;
}

/** How long this execution has run: a batch must stop well before the platform's limit. */
export interface RunTimerPort {
  elapsedMs(): number;
}

/** The one time-driven trigger that continues a roll-up in a later execution (ScriptApp in Sheets). */
export interface ContinuationPort {
  /** Leaves exactly one continuation waiting, to run no sooner than `afterMs` from now. */
  schedule(afterMs: number): void;
  /** Removes every waiting continuation. */
  cancel(): void;
}
