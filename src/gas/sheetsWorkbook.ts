import { isLocalDate } from "../core/dates/localDate";
import type { CellValue, SheetPort, ValidationRule, WorkbookPort } from "../ports";
import { dateToLocal, localToDate } from "./dates";

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_BACKGROUND = "#dde7f0";
const SHEETS_WOULD_PARSE = /^[=+\-@']|^[\s\d.,/:%$€₫-]+$|^(true|false)$/i;

/** A sheet through SpreadsheetApp: whole-range reads and writes only, never a call per row. */
export class SheetsSheet implements SheetPort {
  private size: { rows: number; cols: number } | null = null;

  constructor(private readonly sheet: GasSheet, readonly name: string, private readonly timeZone: string) {}

  /** The sheet's grid size, read once per action. */
  private dimensions(): { rows: number; cols: number } {
    return (this.size ??= { rows: this.sheet.getMaxRows(), cols: this.sheet.getMaxColumns() });
  }

  /** Sheets refuses a range past the grid: add rows or columns first (one call each). */
  private ensureSize(lastRow: number, lastCol: number): void {
    const size = this.dimensions();
    if (lastRow > size.rows) {
      this.sheet.insertRowsAfter(size.rows, lastRow - size.rows);
      size.rows = lastRow;
    }
    if (lastCol > size.cols) {
      this.sheet.insertColumnsAfter(size.cols, lastCol - size.cols);
      size.cols = lastCol;
    }
  }

  readValues(): CellValue[][] {
    const lastRow = this.sheet.getLastRow();
    const lastCol = this.sheet.getLastColumn();
    if (lastRow === 0 || lastCol === 0) return [];
    const raw = this.sheet.getRange(1, 1, lastRow, lastCol).getValues();
    return raw.map((row) => row.map((v) => this.fromSheet(v)));
  }

  writeValues(row: number, col: number, values: readonly (readonly CellValue[])[]): void {
    if (values.length === 0 || values[0].length === 0) return;
    const width = Math.max(...values.map((r) => r.length));
    const block = values.map((r) => {
      const out: unknown[] = r.map((v) => this.toSheet(v));
      while (out.length < width) out.push("");
      return out;
    });
    this.ensureSize(row + block.length - 1, col + width - 1);
    this.sheet.getRange(row, col, block.length, width).setValues(block);
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
    this.sheet.getRange(1, 1, 1, columns).setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment("middle");
  }

  setWrap(col: number, count: number): void {
    this.ensureSize(1, col + count - 1);
    this.sheet.getRange(1, col, this.dimensions().rows, count).setWrap(true).setVerticalAlignment("top");
  }

  setValidation(col: number, rule: ValidationRule): void {
    this.ensureSize(2, col);
    const rows = Math.max(1, this.dimensions().rows - 1);
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
    this.sheet.getRange(1, col, this.dimensions().rows, count).protect().setDescription(description).setWarningOnly(true);
  }

  private fromSheet(v: unknown): CellValue {
    if (v instanceof Date) return dateToLocal(v, this.timeZone);
    if (v === "" || v === undefined) return null;
    return v as CellValue;
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
  readonly timeZone: string;

  constructor(private readonly spreadsheet: GasSpreadsheet) {
    this.timeZone = spreadsheet.getSpreadsheetTimeZone() || "Asia/Ho_Chi_Minh";
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

  activeSheet(): SheetsSheet {
    const sheet = this.spreadsheet.getActiveSheet();
    const name = sheet.getName();
    return this.cache.get(name) ?? new SheetsSheet(sheet, name, this.timeZone);
  }
}
