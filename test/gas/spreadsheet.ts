/**
 * In-memory SpreadsheetApp: spreadsheets, sheets, ranges with values, display values,
 * backgrounds, notes, data validation, conditional-format rules, protections and frozen rows.
 * It behaves as Sheets does where the product could trip: ranges outside the sheet throw,
 * setValues checks its dimensions, and text written by a script or typed by a person is parsed
 * by the spreadsheet's locale and the cell's number format (typing.ts): "11/2024" becomes a
 * date, "90%" the fraction 0.9, "8:00" a time, "1.10" a number, unless the cell is plain text
 * ("@") or the text starts with an apostrophe.
 */
import { counted, type ServiceCalls } from "./counter";
import { clipboardRows, dateFromParts, displayed, userEntered, type TypingContext } from "./typing";

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface FakeCell {
  value: unknown;
  formula: string;
  note: string;
  background: string;
  fontWeight: string;
  wrap: boolean;
  validation: FakeDataValidation | null;
  /** The cell's own number format ("" = automatic), and when it was set (see FakeSheet.formatAt). */
  numberFormat: string;
  formatStamp: number;
}

const emptyCell = (): FakeCell => ({
  value: "",
  formula: "",
  note: "",
  background: "#ffffff",
  fontWeight: "normal",
  wrap: false,
  validation: null,
  numberFormat: "",
  formatStamp: 0,
});

const EMPTY_CELL: FakeCell = Object.freeze(emptyCell());

/** Orders format changes: the later of a cell's own format and a range's format wins. */
let formatClock = 0;

/**
 * What Sheets stores when a script writes `v` with setValues or a person types it: strings are
 * parsed as if typed into the UI, by the spreadsheet's locale and the cell's format
 * (developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues: "values"
 * are interpreted as typed; ValueInputOption USER_ENTERED:
 * developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
 */
export function storedValue(
  v: unknown,
  ctx: TypingContext = { locale: "vi_VN", timeZone: "Asia/Ho_Chi_Minh" },
): { value: unknown; formula: string; numberFormat?: string } {
  if (v === null || v === undefined) return { value: "", formula: "" };
  if (v instanceof Date) return { value: new Date(v.getTime()), formula: "" };
  if (typeof v === "number" || typeof v === "boolean") return { value: v, formula: "" };
  const s = String(v);
  // Sheets refuses a cell over 50,000 characters
  // (support.google.com/docs/answer/37603: "Up to 50,000 characters" in a cell).
  if (s.length > 50000)
    throw new Error("Exception: Your input contains more than the maximum of 50000 characters in a single cell.");
  const typed = userEntered(s, ctx);
  return { value: typed.value, formula: typed.formula, numberFormat: typed.numberFormat };
}

export function columnToLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function letterToColumn(s: string): number {
  return [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export class FakeDataValidation {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    return this.values as unknown[] as object[];
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
  copy() {
    return new FakeDataValidationBuilder(
      this.criteria,
      this.values,
      this.allowInvalid,
      this.helpText,
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
}

export class FakeDataValidationBuilder {
  constructor(
    private criteria = "",
    private values: unknown[] = [],
    private allowInvalid = true,
    private helpText = "",
  ) {}
  private set(criteria: string, values: unknown[]) {
    this.criteria = criteria;
    this.values = values;
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  requireValueInList(values: string[], showDropdown?: boolean) {
    return this.set("VALUE_IN_LIST", [values, showDropdown ?? true]);
  }
  requireDate() {
    return this.set("DATE_IS_VALID_DATE", []);
  }
  requireTextIsEmail() {
    return this.set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl() {
    return this.set("TEXT_IS_VALID_URL", []);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberBetween(a: number, b: number) {
    return this.set("NUMBER_BETWEEN", [a, b]);
  }
  requireCheckbox() {
    return this.set("CHECKBOX", []);
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  setHelpText(text: string) {
    this.helpText = text;
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  build() {
    if (!this.criteria) throw new Error("Exception: A data validation rule needs criteria.");
    return new FakeDataValidation(
      this.criteria,
      this.values,
      this.allowInvalid,
      this.helpText,
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

export interface BooleanConditionSpec {
  type: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export class FakeConditionalFormatRule {
  constructor(
    readonly condition: BooleanConditionSpec,
    readonly ranges: FakeRange[],
  ) {}
  getRanges() {
    return this.ranges as unknown as Range[];
  }
  getBooleanCondition() {
    const c = this.condition;
    return {
      getCriteriaType: () => c.type,
      getCriteriaValues: () => c.values,
      getBackground: () => c.background,
      getFontColor: () => c.fontColor,
      getBold: () => c.bold,
    } as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
  copy() {
    return new FakeConditionalFormatRuleBuilder({ ...this.condition }, [
      ...this.ranges,
    ]) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}

export class FakeConditionalFormatRuleBuilder {
  constructor(
    private condition: BooleanConditionSpec = { type: "", values: [], background: null, fontColor: null, bold: null },
    private ranges: FakeRange[] = [],
  ) {}
  private self() {
    return this as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  whenTextEqualTo(text: string) {
    this.condition.type = "TEXT_EQUAL_TO";
    this.condition.values = [text];
    return this.self();
  }
  whenTextContains(text: string) {
    this.condition.type = "TEXT_CONTAINS";
    this.condition.values = [text];
    return this.self();
  }
  whenTextStartsWith(text: string) {
    this.condition.type = "TEXT_STARTS_WITH";
    this.condition.values = [text];
    return this.self();
  }
  whenFormulaSatisfied(formula: string) {
    this.condition.type = "CUSTOM_FORMULA";
    this.condition.values = [formula];
    return this.self();
  }
  whenCellNotEmpty() {
    this.condition.type = "CELL_NOT_EMPTY";
    this.condition.values = [];
    return this.self();
  }
  setBackground(color: string | null) {
    this.condition.background = color;
    return this.self();
  }
  setFontColor(color: string | null) {
    this.condition.fontColor = color;
    return this.self();
  }
  setBold(bold: boolean | null) {
    this.condition.bold = bold;
    return this.self();
  }
  setRanges(ranges: Range[]) {
    this.ranges = ranges as unknown as FakeRange[];
    return this.self();
  }
  build() {
    if (!this.condition.type) throw new Error("Exception: A conditional format rule needs a condition.");
    return new FakeConditionalFormatRule({ ...this.condition }, [
      ...this.ranges,
    ]) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

export class FakeProtection {
  description = "";
  warningOnly = false;
  removed = false;
  constructor(
    readonly range: FakeRange | null,
    readonly sheet: FakeSheet,
  ) {}
  setDescription(d: string) {
    this.description = d;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  getDescription() {
    return this.description;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = w;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  getRange() {
    return this.range as unknown as Range;
  }
  remove() {
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1)
      throw new Error(
        "Exception: The starting row and column of the range must be at least 1, and the number of rows and columns must be at least 1.",
      );
    if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
  }
  private self() {
    return this as unknown as Range;
  }
  private each<T>(fn: (cell: FakeCell, r: number, c: number) => T): T[][] {
    this.sheet.spreadsheet.calls.cellsRead += this.numRows * this.numCols;
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numCols; c++) line.push(fn(this.sheet.cellAt(this.row + r, this.col + c), r, c));
      out.push(line);
    }
    return out;
  }
  /** Like each, with the cell's sheet row and column. */
  private eachAt<T>(fn: (cell: FakeCell, row: number, col: number) => T): T[][] {
    return this.each((cell, r, c) => fn(cell, this.row + r, this.col + c));
  }
  private checkShape(values: unknown[][], what: string) {
    if (values.length !== this.numRows)
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    for (const line of values) {
      if (line.length !== this.numCols)
        throw new Error(
          `Exception: The number of columns in the ${what} does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numCols}.`,
        );
    }
  }
  private mutate(values: unknown[][], apply: (cell: FakeCell, v: unknown) => void) {
    this.sheet.spreadsheet.calls.cellsWritten += this.numRows * this.numCols;
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++) apply(this.sheet.touch(this.row + r, this.col + c), values[r][c]);
    }
  }

  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getLastRow() {
    return this.row + this.numRows - 1;
  }
  getLastColumn() {
    return this.col + this.numCols - 1;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numCols;
  }
  getSheet() {
    return this.sheet.proxy;
  }
  getA1Notation() {
    const a = `${columnToLetter(this.col)}${this.row}`;
    return this.numRows === 1 && this.numCols === 1
      ? a
      : `${a}:${columnToLetter(this.col + this.numCols - 1)}${this.row + this.numRows - 1}`;
  }

  getValues() {
    return this.each((cell) => (cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value));
  }
  getValue() {
    return this.getValues()[0][0];
  }
  /** What the cell shows: the value through its number format, in the spreadsheet's locale. */
  getDisplayValues() {
    return this.eachAt((cell, r, c) => this.sheet.display(cell, r, c));
  }
  getDisplayValue() {
    return this.getDisplayValues()[0][0];
  }
  getFormulas() {
    return this.each((cell) => cell.formula);
  }
  setValues(values: unknown[][]) {
    this.checkShape(values, "data");
    this.sheet.spreadsheet.calls.cellsWritten += this.numRows * this.numCols;
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numCols; c++) this.sheet.store(this.row + r, this.col + c, values[r][c]);
    return this.self();
  }
  setValue(v: unknown) {
    return this.setValues(Array.from({ length: this.numRows }, () => Array(this.numCols).fill(v)));
  }
  /**
   * Number formats: "" is automatic; "@" plain text
   * (developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat).
   */
  getNumberFormats() {
    return this.eachAt((_cell, r, c) => this.sheet.formatAt(r, c) || "0.###############");
  }
  getNumberFormat() {
    return this.getNumberFormats()[0][0];
  }
  setNumberFormat(format: string) {
    this.sheet.formatRules.push({
      row: this.row,
      col: this.col,
      numRows: this.numRows,
      numCols: this.numCols,
      format,
      stamp: ++formatClock,
    });
    return this.self();
  }
  setNumberFormats(formats: string[][]) {
    this.checkShape(formats, "formats");
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numCols; c++) {
        Object.assign(this.sheet.touch(this.row + r, this.col + c), {
          numberFormat: formats[r][c],
          formatStamp: ++formatClock,
        });
      }
    return this.self();
  }
  clearContent() {
    this.mutate(
      Array.from({ length: this.numRows }, () => Array(this.numCols).fill("")),
      (cell) => Object.assign(cell, { value: "", formula: "" }),
    );
    return this.self();
  }
  getNotes() {
    return this.each((cell) => cell.note);
  }
  getNote() {
    return this.getNotes()[0][0];
  }
  setNotes(notes: (string | null)[][]) {
    this.checkShape(notes, "notes");
    this.mutate(notes, (cell, n) => (cell.note = n == null ? "" : String(n)));
    return this.self();
  }
  setNote(note: string | null) {
    this.mutate(
      Array.from({ length: this.numRows }, () => Array(this.numCols).fill(note)),
      (cell, n) => (cell.note = n == null ? "" : String(n)),
    );
    return this.self();
  }
  getBackgrounds() {
    return this.each((cell) => cell.background);
  }
  getBackground() {
    return this.getBackgrounds()[0][0];
  }
  setBackgrounds(colors: (string | null)[][]) {
    this.checkShape(colors, "colors");
    this.mutate(colors, (cell, c) => (cell.background = c == null ? "#ffffff" : String(c)));
    return this.self();
  }
  setBackground(color: string | null) {
    this.mutate(
      Array.from({ length: this.numRows }, () => Array(this.numCols).fill(color)),
      (cell, c) => (cell.background = c == null ? "#ffffff" : String(c)),
    );
    return this.self();
  }
  setFontWeight(weight: string | null) {
    this.mutate(
      Array.from({ length: this.numRows }, () => Array(this.numCols).fill(weight)),
      (cell, w) => (cell.fontWeight = w == null ? "normal" : String(w)),
    );
    return this.self();
  }
  getFontWeights() {
    return this.each((cell) => cell.fontWeight);
  }
  setWrap(wrap: boolean) {
    // Formatting a whole column is one call in Sheets; recorded per column, not per cell.
    for (let c = this.col; c < this.col + this.numCols; c++) this.sheet.wrappedColumns.add(c);
    void wrap;
    return this.self();
  }
  setVerticalAlignment(_a: string | null) {
    return this.self();
  }
  setHorizontalAlignment(_a: string | null) {
    return this.self();
  }
  setFontColor(_c: string | null) {
    return this.self();
  }
  getDataValidations() {
    return this.each((cell) => cell.validation as unknown as GoogleAppsScript.Spreadsheet.DataValidation | null);
  }
  getDataValidation() {
    return this.getDataValidations()[0][0];
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    this.sheet.columnValidations.set(
      `${this.col}:${this.numCols}:${this.row}`,
      rule as unknown as FakeDataValidation | null,
    );
    for (let r = this.row; r < this.row + this.numRows && r <= this.sheet.materialisedRows(); r++) {
      for (let c = this.col; c < this.col + this.numCols; c++)
        this.sheet.touch(r, c).validation = rule as unknown as FakeDataValidation | null;
    }
    return this.self();
  }
  protect() {
    const p = new FakeProtection(this, this.sheet);
    this.sheet.protections.push(p);
    return counted(p, "Protection", this.sheet.spreadsheet.calls) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  merge() {
    this.sheet.merges.push(this);
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numCols; c++)
        if (r || c) Object.assign(this.sheet.touch(this.row + r, this.col + c), { value: "", formula: "" });
    return this.self();
  }
  getMergedRanges() {
    return this.sheet.merges
      .filter(
        (m) =>
          m.row <= this.getLastRow() &&
          this.row <= m.getLastRow() &&
          m.col <= this.getLastColumn() &&
          this.col <= m.getLastColumn(),
      )
      .map((m) => this.sheet.range(m.row, m.col, m.numRows, m.numCols));
  }
  /** Selects the range (developers.google.com/apps-script/reference/spreadsheet/range#activate): its tab becomes the active one. */
  activate() {
    this.sheet.spreadsheet.active = this.sheet;
    this.sheet.spreadsheet.selection = {
      sheet: this.sheet.name,
      row: this.row,
      col: this.col,
      numRows: this.numRows,
      numCols: this.numCols,
    };
    return this.self();
  }
}

export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: number[],
  ) {}
  modify() {
    return new FakeChartBuilder(
      this.type,
      [...this.ranges],
      { ...this.options },
      this.position,
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  getRanges() {
    return this.ranges as unknown as Range[];
  }
  getOptions() {
    return { get: (k: string) => this.options[k] } as unknown as ReturnType<
      GoogleAppsScript.Spreadsheet.EmbeddedChart["getOptions"]
    >;
  }
}

export class FakeChartBuilder {
  constructor(
    private type = "",
    private ranges: FakeRange[] = [],
    private options: Record<string, unknown> = {},
    private position: number[] = [1, 1, 0, 0],
  ) {}
  private self() {
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  setChartType(type: string) {
    this.type = type;
    return this.self();
  }
  addRange(range: Range) {
    this.ranges.push(range as unknown as FakeRange);
    return this.self();
  }
  clearRanges() {
    this.ranges = [];
    return this.self();
  }
  setPosition(row: number, col: number, x: number, y: number) {
    this.position = [row, col, x, y];
    return this.self();
  }
  setOption(key: string, value: unknown) {
    this.options[key] = value;
    return this.self();
  }
  build() {
    return new FakeChart(
      this.type,
      this.ranges,
      this.options,
      this.position,
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

export class FakeSheet {
  rows: (FakeCell | undefined)[][] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  readonly wrappedColumns = new Set<number>();
  readonly columnValidations = new Map<string, FakeDataValidation | null>();
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  merges: FakeRange[] = [];
  charts: FakeChart[] = [];
  /** Number formats set on ranges (whole columns included), in the order they were set. */
  readonly formatRules: {
    row: number;
    col: number;
    numRows: number;
    numCols: number;
    format: string;
    stamp: number;
  }[] = [];
  readonly proxy: Sheet;

  constructor(
    public name: string,
    readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
  ) {
    this.proxy = counted(this, "Sheet", spreadsheet.calls) as unknown as Sheet;
  }

  /**
   * A cell as read: a cell never written is one shared, frozen empty cell, so reading a large
   * empty block (a plan's notes) allocates nothing per cell; writes go through `touch`.
   */
  cellAt(row: number, col: number): FakeCell {
    return this.rows[row - 1]?.[col - 1] ?? EMPTY_CELL;
  }
  touch(row: number, col: number): FakeCell {
    while (this.rows.length < row) this.rows.push([]);
    const line = this.rows[row - 1];
    while (line.length < col) line.push(undefined);
    return (line[col - 1] ??= emptyCell());
  }
  /** The number format in force at a cell: its own, or the latest range format covering it. */
  formatAt(row: number, col: number): string {
    const cell = this.rows[row - 1]?.[col - 1];
    let format = cell?.numberFormat ?? "";
    let stamp = cell?.formatStamp ?? 0;
    for (const f of this.formatRules) {
      if (f.stamp > stamp && row >= f.row && row < f.row + f.numRows && col >= f.col && col < f.col + f.numCols) {
        format = f.format;
        stamp = f.stamp;
      }
    }
    return format;
  }
  /** Test helper: a person sets (or, with "", clears) one cell's number format. */
  setFormatAt(row: number, col: number, format: string): void {
    Object.assign(this.touch(row, col), { numberFormat: format, formatStamp: ++formatClock });
  }
  /** The typing context of a cell: the spreadsheet's locale and zone, the cell's format. */
  typingAt(row: number, col: number): TypingContext {
    return {
      locale: this.spreadsheet.locale,
      timeZone: this.spreadsheet.timeZone,
      numberFormat: this.formatAt(row, col),
    };
  }
  /** Stores a value as Sheets does (setValues or typing): parsed, and the format Sheets picks applied. */
  store(row: number, col: number, v: unknown): void {
    const ctx = this.typingAt(row, col);
    const stored = storedValue(v, ctx);
    const cell = this.touch(row, col);
    cell.value = stored.value;
    cell.formula = stored.formula;
    // Sheets applies a format to what it parsed ("90%" → 0%, a date → the locale's date) only
    // where the cell had none of its own.
    if (stored.numberFormat && !ctx.numberFormat)
      Object.assign(cell, { numberFormat: stored.numberFormat, formatStamp: ++formatClock });
  }
  /** What a cell shows (getDisplayValues). */
  display(cell: FakeCell, row: number, col: number): string {
    if (cell.value === "" || cell.value === null || cell.value === undefined) return "";
    return displayed(cell.value as string | number | boolean | Date, this.formatAt(row, col), this.typingAt(row, col));
  }
  materialisedRows(): number {
    return this.rows.length;
  }
  range(row: number, col: number, numRows = 1, numCols = 1): Range {
    return counted(
      new FakeRange(this, row, col, numRows, numCols),
      "Range",
      this.spreadsheet.calls,
    ) as unknown as Range;
  }

  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this.proxy;
  }
  getSheetId() {
    return this.id;
  }
  getParent() {
    return this.spreadsheet.proxy;
  }
  getLastRow() {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1].some((c) => c && c.value !== "")) return r;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    for (const line of this.rows)
      line.forEach((c, i) => {
        if (c && c.value !== "") last = Math.max(last, i + 1);
      });
    return last;
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  insertRowsAfter(after: number, howMany: number) {
    if (after > this.maxRows) throw new Error("Exception: Those rows are out of bounds.");
    this.rows.splice(
      after,
      0,
      ...Array.from({ length: Math.max(0, Math.min(howMany, this.rows.length - after)) }, () => []),
    );
    this.maxRows += howMany;
    return this.proxy;
  }
  insertColumnsAfter(after: number, howMany: number) {
    for (const line of this.rows) if (line.length > after) line.splice(after, 0, ...Array(howMany).fill(undefined));
    this.maxCols += howMany;
    return this.proxy;
  }
  deleteRow(row: number) {
    this.rows.splice(row - 1, 1);
    this.maxRows -= 1;
    return this.proxy;
  }
  getRange(a: number | string, b?: number, c?: number, d?: number): Range {
    if (typeof a === "string") {
      const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/i.exec(a.trim());
      if (!m) throw new Error(`Exception: Range not found: ${a}`);
      const col1 = letterToColumn(m[1]);
      const row1 = m[2] ? Number(m[2]) : 1;
      const col2 = m[3] ? letterToColumn(m[3]) : col1;
      const row2 = m[4] ? Number(m[4]) : m[2] && !m[3] ? row1 : this.maxRows;
      return this.range(row1, col1, row2 - row1 + 1, col2 - col1 + 1);
    }
    return this.range(a, b ?? 1, c ?? 1, d ?? 1);
  }
  getDataRange() {
    return this.range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
    return this.proxy;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  setColumnWidth(col: number, width: number) {
    this.widths.set(col, width);
    return this.proxy;
  }
  setColumnWidths(col: number, count: number, width: number) {
    for (let i = 0; i < count; i++) this.widths.set(col + i, width);
    return this.proxy;
  }
  getColumnWidth(col: number) {
    return this.widths.get(col) ?? 100;
  }
  getProtections(_type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    return this.protections.map((p) =>
      counted(p, "Protection", this.spreadsheet.calls),
    ) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }
  getConditionalFormatRules() {
    return [...this.conditionalRules] as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }
  clear(_options?: unknown) {
    this.rows = [];
    return this.proxy;
  }
  clearContents() {
    this.rows = [];
    return this.proxy;
  }
  clearNotes() {
    for (const line of this.rows) for (const c of line) if (c) c.note = "";
    return this.proxy;
  }
  getCharts() {
    return [...this.charts] as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }
  newChart() {
    return counted(
      new FakeChartBuilder(),
      "EmbeddedChartBuilder",
      this.spreadsheet.calls,
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.charts.push(chart as unknown as FakeChart);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.charts[0] = chart as unknown as FakeChart;
  }
  activate() {
    this.spreadsheet.active = this;
    return this.proxy;
  }
  hideSheet() {
    return this.proxy;
  }
  showSheet() {
    return this.proxy;
  }

  /**
   * Test helper: a person types into a cell (not a service call of the product). Text is parsed
   * as Sheets parses typing, by the spreadsheet's locale and the cell's format.
   */
  type(row: number, col: number, value: unknown): void {
    if (row > this.maxRows) this.maxRows = row;
    this.store(row, col, value);
  }
  /**
   * Test helper: a person pastes a block copied from Word, Excel or a web page at (row, col).
   * The clipboard carries tab-separated text; each cell is parsed as if typed.
   */
  paste(row: number, col: number, clipboard: string): void {
    clipboardRows(clipboard).forEach((cells, r) =>
      cells.forEach((text, c) => {
        if (text !== "") this.type(row + r, col + c, text);
      }),
    );
  }
  /** Test helper: the stored values as a plain grid, trailing empties cut. */
  grid(): unknown[][] {
    const lastRow = this.getLastRow();
    const lastCol = this.getLastColumn();
    const out: unknown[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= lastCol; c++) line.push(this.cellAt(r, c).value);
      out.push(line);
    }
    return out;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  /** The range a script last selected (Range.activate), for tests. */
  selection: { sheet: string; row: number; col: number; numRows: number; numCols: number } | null = null;
  readonly proxy: Spreadsheet;
  private nextId = 1;

  /**
   * A new spreadsheet takes its creator's locale and zone; both can be read and set
   * (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setspreadsheetlocalelocale).
   */
  constructor(
    readonly calls: ServiceCalls,
    public timeZone = "Asia/Ho_Chi_Minh",
    readonly name = "Kế hoạch CCHC 2024",
    public locale = "vi_VN",
    /** Its id in Drive: the roll-up's tests hold many spreadsheets, each opened by its own. */
    readonly id = "fake-spreadsheet-id",
  ) {
    this.active = new FakeSheet("Trang tính1", this, 0);
    this.sheets.push(this.active);
    this.proxy = counted(this, "Spreadsheet", calls) as unknown as Spreadsheet;
  }

  /** How Sheets shows a value: dates as dd/MM/yyyy in the spreadsheet's zone. */
  display(v: unknown): string {
    if (v instanceof Date) {
      const p = new Intl.DateTimeFormat("en-GB", {
        timeZone: this.timeZone,
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
      }).format(v);
      return p;
    }
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v ?? "");
  }

  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  /**
   * Sheets stores dates as serial numbers with no zone (developers.google.com/sheets/api/guides/formats):
   * a new zone keeps every cell's wall-clock date and time, and scripts then read them as
   * instants in the new zone. Stored Dates are moved accordingly.
   */
  setSpreadsheetTimeZone(zone: string) {
    const parts = (d: Date) => {
      const p: Record<string, number> = {};
      for (const x of new Intl.DateTimeFormat("en-US", {
        timeZone: this.timeZone,
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
        hourCycle: "h23",
      }).formatToParts(d)) {
        if (x.type !== "literal") p[x.type] = Number(x.value);
      }
      return p;
    };
    for (const sheet of this.sheets)
      for (const line of sheet.rows)
        for (const cell of line) {
          if (cell && cell.value instanceof Date) {
            const p = parts(cell.value);
            cell.value = dateFromParts(p.year, p.month, p.day, p.hour, p.minute, p.second, zone);
          }
        }
    this.timeZone = zone;
  }
  /** Messages shown in the corner of the sheet (Spreadsheet.toast), newest last. */
  readonly toasts: string[] = [];
  getSpreadsheetLocale() {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string) {
    this.locale = locale;
  }
  getSheets() {
    return this.sheets.map((s) => s.proxy);
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name)?.proxy ?? null;
  }
  insertSheet(name?: string) {
    const sheetName = name ?? `Trang tính${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name === sheetName))
      throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(sheetName, this, this.nextId++);
    this.sheets.push(sheet);
    this.active = sheet;
    return sheet.proxy;
  }
  deleteSheet(sheet: Sheet) {
    const i = this.sheets.findIndex((s) => s.proxy === sheet || s.name === sheet.getName());
    this.sheets.splice(i, 1);
  }
  getActiveSheet() {
    return this.active.proxy;
  }
  setActiveSheet(sheet: Sheet) {
    this.active = this.sheets.find((s) => s.name === sheet.getName()) ?? this.active;
    return this.active.proxy;
  }
  toast(msg: string, title?: string, _seconds?: number) {
    this.toasts.push(title ? `${title}: ${msg}` : msg);
  }

  /** Test helper: the fake sheet behind a name. */
  tab(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no tab ${name}`);
    return s;
  }
}
