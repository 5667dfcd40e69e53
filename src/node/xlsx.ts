import ExcelJS from "exceljs";
import { fromUtcDate, isLocalDate, toUtcDate } from "../core/dates/localDate";
import { matchHeader } from "../core/plan/importer";
import type { SourceTable } from "../core/plan/model";
import { cellToText, readGrid } from "../core/plan/readers/grid";
import { MemoryWorkbook } from "../memory/memoryWorkbook";
import type { CellValue } from "../ports";

const HEADER_FILL = "FFDDE7F0";
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Excel and LibreOffice do not fit row heights to wrapped text when they open a file, so the
 * height is estimated: lines each wrapped cell needs at its column's width, 15 points a line.
 */
export function rowHeight(
  row: readonly CellValue[],
  widthPx: (col: number) => number,
  wraps: (col: number) => boolean,
): number {
  let lines = 1;
  row.forEach((v, i) => {
    if (v === null || !wraps(i + 1)) return;
    const perLine = Math.max(4, Math.floor((widthPx(i + 1) - 8) / 6.3));
    const needed = String(isLocalDate(v) ? "00/00/0000" : v)
      .split("\n")
      .reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(409, 15 * lines + 3);
}

/** Excel stores a date as a Date at UTC midnight; the plain date survives any time zone. */
const toExcel = (v: CellValue): ExcelJS.CellValue =>
  isLocalDate(v) ? new Date(toUtcDate(v).getTime()) : (v as ExcelJS.CellValue);

/**
 * Writes the in-memory tracking workbook as .xlsx so a commune working in Excel sees what the
 * sheet shows: the same tabs, header, frozen row, widths, wrapping and dropdowns.
 */
export async function writeXlsx(workbook: MemoryWorkbook, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "par-plan-tracker";
  for (const sheet of workbook.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
      // A3 landscape, one page wide: the plan tab has 22 columns.
      pageSetup: {
        paperSize: 8 as unknown as ExcelJS.PaperSize,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    const rows = sheet.readValues();
    const lastCol = Math.max(sheet.headerColumns, rows[0]?.length ?? 0);
    for (let c = 1; c <= lastCol; c++) {
      const px = sheet.widths.get(c);
      if (px) ws.getColumn(c).width = Math.round(px / 7);
      // Plain-text columns: Excel and LibreOffice keep "11/2024" or "1.10" typed there as text.
      if (sheet.plainText.has(c)) ws.getColumn(c).numFmt = "@";
    }
    rows.forEach((row, r) => {
      const line = ws.getRow(r + 1);
      line.height = rowHeight(
        row,
        (c) => sheet.widths.get(c) ?? 100,
        (c) => sheet.wrapped.has(c) || r === 0,
      );
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = line.getCell(c + 1);
        cell.value = toExcel(v);
        if (isLocalDate(v)) cell.numFmt = "dd/mm/yyyy";
        else if (sheet.plainText.has(c + 1)) cell.numFmt = "@";
        // Set per cell: a column's style does not reach cells that already exist.
        cell.alignment = { vertical: "top", wrapText: sheet.wrapped.has(c + 1) };
      });
    });
    if (sheet.headerColumns > 0) {
      const header = ws.getRow(1);
      for (let c = 1; c <= lastCol; c++) {
        const cell = header.getCell(c);
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
        cell.alignment = { wrapText: true, vertical: "middle" };
      }
    }
    // Notes the product wrote on cells with problems, and the legend's swatches.
    for (const [key, note] of sheet.notes) {
      const [r, c] = key.split(",").map(Number);
      ws.getCell(r, c).note = note;
    }
    for (const [key, color] of sheet.backgrounds) {
      const [r, c] = key.split(",").map(Number);
      ws.getCell(r, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
    }
    const lastRow = Math.max(rows.length + 500, 1000);
    for (const rule of sheet.colourRules) {
      const ref = `${columnLetter(rule.col)}2:${columnLetter(rule.col)}${lastRow}`;
      const style = {
        fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(rule.background) } },
        font: { color: { argb: argb(rule.fontColor) } },
      };
      const topLeft = `${columnLetter(rule.col)}2`;
      ws.addConditionalFormatting({
        ref,
        rules: [
          "textEquals" in rule.when
            ? {
                type: "expression",
                priority: 1,
                formulae: [`${topLeft}="${rule.when.textEquals.replace(/"/g, '""')}"`],
                style,
              }
            : { type: "expression", priority: 1, formulae: [`LEN(TRIM(${topLeft}))>0`], style },
        ],
      });
    }
    for (const [col, rule] of sheet.validations) {
      const ref = `${columnLetter(col)}2:${columnLetter(col)}${lastRow}`;
      const common = {
        allowBlank: true,
        showInputMessage: true,
        prompt: rule.help,
        showErrorMessage: true,
        error: rule.help,
      };
      if (rule.kind === "list") {
        (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(ref, {
          ...common,
          type: "list",
          formulae: [`"${rule.values.join(",")}"`],
          errorStyle: "stop",
        });
      } else if (rule.kind === "date") {
        (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(ref, {
          ...common,
          type: "date",
          operator: "greaterThan",
          formulae: [new Date(Date.UTC(2000, 0, 1))],
          errorStyle: "warning",
        });
      } else if (rule.kind === "email") {
        const first = `${columnLetter(col)}2`;
        (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(ref, {
          ...common,
          type: "custom",
          formulae: [`ISNUMBER(MATCH("*@*.*",${first},0))`],
          errorStyle: "warning",
        });
      }
    }
  }
  await wb.xlsx.writeFile(file);
}

/** A cell from an .xlsx file as the core's value: rich text and links as text, dates as dates. */
function fromExcel(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return fromUtcDate(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((p) => p.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return fromExcel(v.result as ExcelJS.CellValue);
    return null;
  }
  return v as CellValue;
}

/**
 * Reads the first worksheet that holds a plan table (a header with "TT" and "Nhiệm vụ"), from a
 * file's path or from its bytes (the command line reads and checks them first).
 */
export async function readXlsxPlan(source: string | Buffer): Promise<SourceTable | null> {
  for (const ws of (await loadWorkbook(source)).worksheets) {
    const dense = gridOf(ws);
    if (dense.some((r) => matchHeader(r.map(cellToText)))) return readGrid(dense);
  }
  return null;
}

async function loadWorkbook(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** A worksheet's values as the core's rows (empty rows kept, so row numbers stay the sheet's). */
function gridOf(ws: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (line[c - 1] = fromExcel(cell.value)));
    grid[r - 1] = Array.from(line, (v) => v ?? null);
  });
  return Array.from(grid, (r) => r ?? []);
}

/** Reads an .xlsx file (from its path or bytes) into a memory workbook: every worksheet's values, by its name. */
export async function readXlsxWorkbook(source: string | Buffer): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  for (const ws of (await loadWorkbook(source)).worksheets) {
    const grid = gridOf(ws);
    const sheet = workbook.addSheet(ws.name);
    if (grid.length > 0) sheet.writeValues(1, 1, grid);
  }
  return workbook;
}
