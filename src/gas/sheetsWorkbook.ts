import { isLocalDate } from "../core/dates/localDate";
import type {
  CellBlock,
  CellValue,
  ChartSpec,
  ColourRule,
  SheetPort,
  StorePort,
  ValidationRule,
  WorkbookPort,
} from "../ports";
import { dateToLocal, localToDate } from "./dates";
import { typedValue, type StoredDate, type StoredValue } from "../core/workbook/typedValue";

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_BACKGROUND = "#dde7f0";

/** "8:00" for a time Sheets stored as a date on 30/12/1899. */
function timeText(v: Date, timeZone: string): string {
  const p = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(v);
  const part = (type: string) => p.find((x) => x.type === type)?.value ?? "0";
  return `${Number(part("hour"))}:${part("minute")}`;
}

const SHEETS_WOULD_PARSE = /^[=+\-@']|^[\s\d.,/:%$€₫-]+$|^(true|false)$/i;

/** A sheet through SpreadsheetApp: whole-range reads and writes only, never a call per row. */
export class SheetsSheet implements SheetPort {
  private gridRows: number | null = null;
  private gridCols: number | null = null;

  constructor(
    private readonly sheet: GasSheet,
    readonly name: string,
    private readonly timeZone: string,
  ) {}

  /** The sheet's number of rows in its grid, asked once per action. */
  private maxRows(): number {
    return (this.gridRows ??= this.sheet.getMaxRows());
  }

  /** The sheet's number of columns in its grid, asked once per action, and only when a block reaches past those seen. */
  private maxCols(): number {
    return (this.gridCols ??= this.sheet.getMaxColumns());
  }

  /** Sheets refuses a range past the grid: add rows or columns first (one call each), exactly those needed. */
  private ensureSize(lastRow: number, lastCol: number): void {
    if (lastRow > this.seen.rows && lastRow > this.maxRows()) {
      const rows = this.maxRows();
      this.sheet.insertRowsAfter(rows, lastRow - rows);
      this.gridRows = lastRow;
    }
    if (lastCol > this.seen.cols && lastCol > this.maxCols()) {
      const cols = this.maxCols();
      this.sheet.insertColumnsAfter(cols, lastCol - cols);
      this.gridCols = lastCol;
    }
  }

  /**
   * A block's range for a write. Past the rows and columns this action has seen, the range is
   * asked for first: Sheets refuses one past the grid ("The coordinates of the range are
   * outside the dimensions of the sheet"), and only then is the grid's size asked and the grid
   * grown, so an append within the grid costs no size check.
   */
  private blockRange(row: number, col: number, rows: number, cols: number): GoogleAppsScript.Spreadsheet.Range {
    const lastRow = row + rows - 1;
    const lastCol = col + cols - 1;
    if (lastRow <= this.seen.rows && lastCol <= this.seen.cols) return this.sheet.getRange(row, col, rows, cols);
    try {
      const range = this.sheet.getRange(row, col, rows, cols);
      this.known(lastRow, lastCol);
      return range;
    } catch {
      this.ensureSize(lastRow, lastCol);
      return this.sheet.getRange(row, col, rows, cols);
    }
  }

  /**
   * The data range this action read (A1 to the last row and column with content), kept so the
   * notes and merged blocks over the same block need no second getDataRange/getRange: each
   * is a round trip in Apps Script. Forgotten when the sheet is cleared.
   */
  private data: { range: GoogleAppsScript.Spreadsheet.Range; rows: number; cols: number } | null = null;

  private dataRange(): GoogleAppsScript.Spreadsheet.Range {
    return (this.data ??= { range: this.sheet.getDataRange(), rows: 0, cols: 0 }).range;
  }

  readValues(options: { asTyped?: boolean; withFormats?: boolean } = {}): CellValue[][] {
    const range = this.sheet.getDataRange();
    const raw = range.getValues();
    this.data = { range, rows: raw.length, cols: raw[0]?.length ?? 0 };
    this.known(raw.length, raw[0]?.length ?? 0);
    // An empty sheet's data range is A1 holding "".
    if (raw.length === 1 && raw[0].length === 1 && raw[0][0] === "") return [];
    // The formats tell a percentage (0.9 shown "90%") or a time (8:00) from a plain number or
    // date: one more read for the whole block, never one per cell.
    const formats = options.withFormats ? range.getNumberFormats() : [];
    // Converted in place: the grid Sheets handed over is this action's own copy, and a second
    // grid of a 50,000-row plan would double the heap at its peak.
    const values = raw as CellValue[][];
    for (let r = 0; r < raw.length; r++) {
      const row = raw[r];
      for (let c = 0; c < row.length; c++) row[c] = this.fromSheet(row[c], formats[r]?.[c] ?? "");
    }
    if (!options.asTyped) return values;
    // Sheets reads text that starts with "-" or "+" as a formula (=- Công chức …) that fails:
    // the formula holds what was typed. It makes a number or a date of what looks like one, and
    // shows it in a format taken from the typing: "12/2026" is stored as 01/12/2026 and shown
    // "12/2026", so what the cell shows is what was typed (a deadline at the month's end, not
    // its first day). Two more reads for the whole block, never one per cell.
    const formulas = range.getFormulas();
    const shown = range.getDisplayValues();
    return values.map((row, r) =>
      row.map((v, c) => {
        const f = formulas[r]?.[c] ?? "";
        if (typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v) && /^=[-+]/.test(f)) return f.slice(1);
        return typeof v === "number" || isLocalDate(v) ? (shown[r]?.[c] ?? v) : v;
      }),
    );
  }

  readRows(row: number, count: number, width: number, withNotes = true): { values: CellValue[][]; notes: string[][] } {
    // Rows past the grid are empty. Sheets refuses a range beyond it ("The coordinates of the
    // range are outside the dimensions of the sheet"): when a read reaching past the rows known to
    // exist is refused, the grid's size is asked (once per action) and only the rows that exist are
    // read. A read within the grid costs what it always did.
    const end = row + count - 1;
    let range: GoogleAppsScript.Spreadsheet.Range | null = null;
    let last = end;
    try {
      range = this.sheet.getRange(row, 1, count, width);
    } catch (error) {
      if (end <= this.seen.rows) throw error;
      last = Math.min(end, this.maxRows());
    }
    const blank = (n: number, fill: CellValue | string) => Array.from({ length: n }, () => new Array(width).fill(fill));
    if (last < row) return { values: blank(count, null), notes: withNotes ? blank(count, "") : [] };
    range ??= this.sheet.getRange(row, 1, last - row + 1, width);
    const values = [...range.getValues().map((r) => r.map((v) => this.fromSheet(v))), ...blank(end - last, null)];
    this.known(last, width);
    return { values, notes: withNotes ? [...range.getNotes(), ...blank(end - last, "")] : [] };
  }

  /** Rows and columns seen to exist (read or written): no need to ask the sheet's size for them. */
  private seen = { rows: 0, cols: 0 };
  private known(rows: number, cols: number): void {
    this.seen = { rows: Math.max(this.seen.rows, rows), cols: Math.max(this.seen.cols, cols) };
  }

  readNotes(rows: number, cols: number): string[][] {
    if (rows < 1 || cols < 1) return [];
    // The block read with the values, when it is the one asked: no second range.
    const data = this.data;
    if (data && data.rows === rows && data.cols === cols) return data.range.getNotes();
    return this.sheet.getRange(1, 1, rows, cols).getNotes();
  }

  writeNotes(row: number, col: number, notes: readonly (readonly string[])[]): void {
    if (notes.length === 0 || notes[0].length === 0) return;
    this.ensureSize(row + notes.length - 1, col + notes[0].length - 1);
    this.sheet.getRange(row, col, notes.length, notes[0].length).setNotes(notes.map((r) => [...r]));
  }

  writeBackgrounds(row: number, col: number, colors: readonly (readonly string[])[]): void {
    if (colors.length === 0 || colors[0].length === 0) return;
    this.ensureSize(row + colors.length - 1, col + colors[0].length - 1);
    this.sheet.getRange(row, col, colors.length, colors[0].length).setBackgrounds(colors.map((r) => [...r]));
  }

  mergedBlocks(): CellBlock[] {
    return this.dataRange()
      .getMergedRanges()
      .map((r) => ({ row: r.getRow(), col: r.getColumn(), numRows: r.getNumRows(), numCols: r.getNumColumns() }));
  }

  setColourRules(rules: readonly ColourRule[]): void {
    const criteria = SpreadsheetApp.BooleanCriteria;
    const isOurs = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean => {
      const ranges = rule.getRanges();
      const condition = rule.getBooleanCondition();
      if (ranges.length !== 1 || !condition || ranges[0].getNumColumns() !== 1) return false;
      const col = ranges[0].getColumn();
      const type = condition.getCriteriaType();
      return rules.some(
        (x) =>
          x.col === col &&
          ("textEquals" in x.when
            ? type === criteria.TEXT_EQUAL_TO && String(condition.getCriteriaValues()[0]) === x.when.textEquals
            : type === criteria.CELL_NOT_EMPTY),
      );
    };
    const kept = this.sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
    const rows = Math.max(1, this.maxRows() - 1);
    const built = rules.map((x) => {
      const base = SpreadsheetApp.newConditionalFormatRule();
      const when = "textEquals" in x.when ? base.whenTextEqualTo(x.when.textEquals) : base.whenCellNotEmpty();
      return when
        .setBackground(x.background)
        .setFontColor(x.fontColor)
        .setRanges([this.sheet.getRange(2, x.col, rows, 1)])
        .build();
    });
    this.sheet.setConditionalFormatRules([...kept, ...built]);
  }

  writeValues(row: number, col: number, values: readonly (readonly CellValue[])[]): void {
    if (values.length === 0 || values[0].length === 0) return;
    const width = Math.max(...values.map((r) => r.length));
    const block = values.map((r) => {
      const out: unknown[] = r.map((v) => this.toSheet(v));
      while (out.length < width) out.push("");
      return out;
    });
    this.blockRange(row, col, block.length, width).setValues(block);
  }

  setFrozenRows(rows: number): void {
    this.sheet.setFrozenRows(rows);
  }

  setColumnWidths(fromCol: number, widths: readonly number[]): void {
    if (widths.every((w) => w === widths[0])) this.sheet.setColumnWidths(fromCol, widths.length, widths[0]);
    else widths.forEach((w, i) => this.sheet.setColumnWidth(fromCol + i, w));
  }

  styleHeader(columns: number): void {
    this.ensureSize(1, columns);
    this.sheet
      .getRange(1, 1, 1, columns)
      .setFontWeight("bold")
      .setBackground(HEADER_BACKGROUND)
      .setWrap(true)
      .setVerticalAlignment("middle");
  }

  setWrap(col: number, count: number): void {
    this.ensureSize(1, col + count - 1);
    this.sheet.getRange(1, col, this.maxRows(), count).setWrap(true).setVerticalAlignment("top");
  }

  setPlainText(col: number): void {
    this.ensureSize(2, col);
    this.sheet.getRange(2, col, Math.max(1, this.maxRows() - 1), 1).setNumberFormat("@");
  }

  setValidation(col: number, rule: ValidationRule): void {
    this.ensureSize(2, col);
    const rows = Math.max(1, this.maxRows() - 1);
    // Invalid entries are flagged, never rejected: an officer's typing is kept and explained.
    let builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(rule.help);
    switch (rule.kind) {
      case "list":
        builder = builder.requireValueInList([...rule.values], true);
        break;
      case "date":
        builder = builder.requireDate();
        break;
      case "email":
        builder = builder.requireTextIsEmail();
        break;
      case "url":
        builder = builder.requireTextIsUrl();
        break;
      case "number":
        builder = builder.requireNumberGreaterThanOrEqualTo(0);
        break;
    }
    this.sheet.getRange(2, col, rows, 1).setDataValidation(builder.build());
  }

  protectColumns(col: number, count: number, description: string): void {
    const existing = this.sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    if (existing.some((p) => p.getDescription() === description)) return;
    this.ensureSize(1, col + count - 1);
    this.sheet.getRange(1, col, this.maxRows(), count).protect().setDescription(description).setWarningOnly(true);
  }

  clear(): void {
    this.sheet.clear({ contentsOnly: true });
    this.sheet.clearNotes();
    this.seen = { rows: 0, cols: 0 };
    this.data = null;
  }

  setChart(spec: ChartSpec): void {
    this.ensureSize(spec.row + spec.numRows - 1, spec.col + spec.numCols - 1);
    const range = this.sheet.getRange(spec.row, spec.col, spec.numRows, spec.numCols);
    const [existing] = this.sheet.getCharts();
    const builder = existing ? existing.modify().clearRanges() : this.sheet.newChart();
    const chart = builder
      .setChartType(Charts.ChartType.BAR)
      .addRange(range)
      .setPosition(spec.anchorRow, spec.anchorCol, 0, 0)
      .setOption("title", spec.title)
      .build();
    if (existing) this.sheet.updateChart(chart);
    else this.sheet.insertChart(chart);
  }

  /**
   * A cell as the core reads it. Sheets stores what a person typed as a number, a date or a
   * time and shows it through the cell's format; where the format carries the meaning, the
   * value is handed on as the text the person sees: "90%" (stored 0.9), "8:00" (stored as a
   * date on 30/12/1899). A month Sheets made of "11/2024" stays a date (its first day): the
   * period columns read it as the month and say so in a note (core/period).
   */
  private fromSheet(v: unknown, format = ""): CellValue {
    // The plan tab's read has no formats: its dates go straight to their day, no object per cell.
    if (v instanceof Date && format === "") return dateToLocal(v, this.timeZone);
    const stored = v instanceof Date ? this.storedDate(v) : (v as StoredValue);
    return typedValue(stored, format, format !== "");
  }

  /** A Date Sheets handed over, taken apart in the spreadsheet's zone only when a rule asks. */
  private storedDate(v: Date): StoredDate {
    return { date: () => dateToLocal(v, this.timeZone), time: () => timeText(v, this.timeZone) };
  }

  private toSheet(v: CellValue): unknown {
    if (v === null) return "";
    if (isLocalDate(v)) return localToDate(v, this.timeZone);
    // Text that Sheets would reinterpret (a formula, a number such as the id "1.10", a date,
    // TRUE/FALSE) is written as text: the apostrophe is not stored, only the type.
    if (typeof v === "string" && SHEETS_WOULD_PARSE.test(v)) return `'${v}`;
    return v;
  }
}

export class SheetsWorkbook implements WorkbookPort {
  private readonly cache = new Map<string, SheetsSheet>();
  /** The spreadsheet's zone as Sheets says it (empty when unset), asked once per action. */
  readonly sheetZone: string;
  /** The zone cells are read and written in. */
  readonly timeZone: string;

  constructor(readonly spreadsheet: GasSpreadsheet) {
    this.sheetZone = spreadsheet.getSpreadsheetTimeZone();
    this.timeZone = this.sheetZone || "Asia/Ho_Chi_Minh";
  }

  sheet(name: string): SheetsSheet | null {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return null;
    const wrapped = new SheetsSheet(sheet, name, this.timeZone);
    this.cache.set(name, wrapped);
    return wrapped;
  }

  addSheet(name: string): SheetsSheet {
    const wrapped = new SheetsSheet(this.spreadsheet.insertSheet(name), name, this.timeZone);
    this.cache.set(name, wrapped);
    return wrapped;
  }

  /** The sheet an event already handed over (onEdit's range), so it is not looked up again. */
  adopt(sheet: GasSheet, name: string): void {
    if (!this.cache.has(name)) this.cache.set(name, new SheetsSheet(sheet, name, this.timeZone));
  }

  activeSheet(): SheetsSheet {
    const sheet = this.spreadsheet.getActiveSheet();
    const name = sheet.getName();
    return this.cache.get(name) ?? new SheetsSheet(sheet, name, this.timeZone);
  }
}

/** Document properties: the cache that keeps an edit down to a few service calls. */
export class DocumentStore implements StorePort {
  private props: GoogleAppsScript.Properties.Properties | null = null;
  constructor(
    private readonly open: () => GoogleAppsScript.Properties.Properties = () =>
      PropertiesService.getDocumentProperties(),
  ) {}
  private get properties(): GoogleAppsScript.Properties.Properties {
    return (this.props ??= this.open());
  }
  get(key: string): string | null {
    return this.properties.getProperty(key);
  }
  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
  }
  /** One call for several keys; the others are kept (setProperties' deleteAllOthers is false). */
  setAll(entries: Readonly<Record<string, string>>): void {
    this.properties.setProperties({ ...entries });
  }
}

/**
 * Script properties: seen only by the script and its editors, never shown in the sheet, shared
 * by every user of the script (developers.google.com/apps-script/guides/properties). Where the
 * personal links' secret is kept.
 */
export const scriptStore = (): StorePort => new DocumentStore(() => PropertiesService.getScriptProperties());
