import { extname } from "node:path";
import ExcelJS from "exceljs";
import { fromUtcDate } from "../core/dates/localDate";
import { t } from "../core/i18n/messages";
import { PLAN_TAB, SETTINGS_TAB, TABS, type TabSpec } from "../core/workbook/layout";
import { typedValue, type StoredDate, type StoredValue } from "../core/workbook/typedValue";
import { headerMatches } from "../app/read/tabs";
import { MemoryWorkbook, type MemorySheet } from "../memory/memoryWorkbook";
import type { CellBlock, CellValue } from "../ports";
import { checkOfficeZip, CliError, readFailure, readInputFile } from "./inputGuard";

/**
 * A tracking workbook saved as .xlsx (by `npm start`, Excel, LibreOffice or Google Sheets'
 * download) read into a memory workbook the commands run over, with what the writer needs to
 * give back every cell a person typed as it was: the file as exceljs loaded it, and each tab's
 * values as they were read.
 */
export interface XlsxOriginal {
  readonly workbook: ExcelJS.Workbook;
  /** Each tab's values as read, by tab name: a cell still holding its value is written back as it came. */
  readonly read: ReadonlyMap<string, readonly (readonly CellValue[])[]>;
}

export interface LoadedXlsx {
  readonly workbook: MemoryWorkbook;
  readonly original: XlsxOriginal;
}

/** An .xlsx date: exceljs hands it over at UTC midnight of the day the cell shows, whatever the host's zone. */
const xlsxDate = (d: Date): StoredDate => ({
  date: () => fromUtcDate(d),
  time: () => `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, "0")}`,
});

/** A cell read: its stored value (the cached result of a formula) and the link it carries, if any. */
interface ReadCell {
  readonly stored: StoredValue;
  readonly link: string | null;
}

/**
 * What a cell stores, as Sheets would hand it to a script: rich text as its plain text, a link
 * as the text it shows, a formula as its last computed result, an error as its code ("#REF!",
 * the text Sheets gives too), a merged block's other cells as empty.
 */
function readCell(cell: ExcelJS.Cell): ReadCell {
  if (cell.type === ExcelJS.ValueType.Merge) return { stored: null, link: null };
  return storedOf(cell.value);
}

function storedOf(v: ExcelJS.CellValue): ReadCell {
  const plain = (stored: StoredValue): ReadCell => ({ stored, link: null });
  if (v === null || v === undefined) return plain(null);
  if (v instanceof Date) return plain(xlsxDate(v));
  if (typeof v !== "object") return plain(v);
  if ("error" in v) return plain(String(v.error));
  if ("richText" in v) return plain(v.richText.map((p) => p.text).join(""));
  if ("hyperlink" in v) {
    const shown = storedOf(v.text as ExcelJS.CellValue).stored;
    return { stored: shown, link: typeof v.hyperlink === "string" ? v.hyperlink : null };
  }
  if ("result" in v) return storedOf((v.result ?? null) as ExcelJS.CellValue);
  return plain(null);
}

/** "B2:C3" → its block, 1-based. */
function blockOf(range: string): CellBlock | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, ""));
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1, r2, c2] = [Number(m[2]), col(m[1]), Number(m[4]), col(m[3])];
  return { row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
}

/** The tab a sheet is, by its name, if it is one the product keeps. */
const specOf = (name: string): TabSpec | undefined => TABS.find((spec) => t(spec.name) === name);

/**
 * The columns of a product tab whose cells hold a link (Minh chứng): there a link's address is
 * what the cell means, not the words it shows ("Báo cáo quý III" linked to the file on Drive).
 */
function linkColumns(spec: TabSpec | undefined, header: readonly CellValue[]): Set<number> {
  const columns = new Set<number>();
  for (const column of spec?.columns.filter((c) => c.type === "url") ?? [])
    header.forEach((cell, i) => headerMatches(cell, column) && columns.add(i + 1));
  return columns;
}

/** One worksheet into a memory sheet: values, the formatted reads, notes and merged blocks. */
function loadSheet(ws: ExcelJS.Worksheet, sheet: MemorySheet): CellValue[][] {
  const cells: ReadCell[][] = [];
  const formats: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      (cells[r - 1] ??= [])[c - 1] = readCell(cell);
      (formats[r - 1] ??= [])[c - 1] = cell.numFmt ?? "";
      const note = noteText(cell.note);
      if (note) sheet.notes.set(`${r},${c}`, note);
    });
  });
  const values: CellValue[][] = Array.from(cells, (row, r) =>
    Array.from(row ?? [], (cell, c) => typedValue(cell?.stored, formats[r]?.[c] ?? "", false)),
  );
  const links = linkColumns(specOf(ws.name), values[0] ?? []);
  const linked = (r: number, c: number) => r > 0 && links.has(c + 1) && cells[r][c]?.link;
  cells.forEach((row, r) => row?.forEach((cell, c) => linked(r, c) && (values[r][c] = cell.link)));
  if (values.length > 0) sheet.writeValues(1, 1, values);
  // writeValues forgets what a cell showed (a write replaces it): the formatted reads go after.
  cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && !linked(r, c)) formatted(sheet, r, c, cell.stored, formats[r]?.[c] ?? "", values[r][c]);
    }),
  );
  keepLayout(ws, sheet);
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  sheet.merges = merges.flatMap((range) => blockOf(range) ?? []);
  return values;
}

/**
 * What the file keeps of a tab's look that the product would set only on a new tab (as Sheets
 * keeps it): the frozen header, column widths, wrapped and plain-text columns.
 */
function keepLayout(ws: ExcelJS.Worksheet, sheet: MemorySheet): void {
  const view = ws.views?.[0];
  if (view?.state === "frozen" && view.ySplit) sheet.frozenRows = view.ySplit;
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width) sheet.widths.set(i + 1, Math.round(column.width * 7));
    if (column.alignment?.wrapText) sheet.wrapped.add(i + 1);
    if (column.numFmt === "@") sheet.plainText.add(i + 1);
  });
}

/** Keeps what a formats read shows for a cell ("90%", "8:00") where it differs from its value. */
function formatted(sheet: MemorySheet, r: number, c: number, stored: StoredValue, format: string, value: CellValue) {
  const shown = typedValue(stored, format, true);
  if (shown !== value && typeof shown === "string") sheet.shown.set(`${r + 1},${c + 1}`, shown);
}

/** A note (a comment in Excel) as its plain text. */
function noteText(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((p) => p.text).join("");
}

async function openXlsx(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** Reads every worksheet of an .xlsx into a memory workbook, by its name, as the Sheets adapter would read it. */
export async function loadXlsx(source: string | Buffer): Promise<LoadedXlsx> {
  const original = await openXlsx(source);
  const workbook = new MemoryWorkbook();
  const read = new Map<string, CellValue[][]>();
  for (const ws of original.worksheets) read.set(ws.name, loadSheet(ws, workbook.addSheet(ws.name)));
  workbook.counter.reset();
  return { workbook, original: { workbook: original, read } };
}

/**
 * Whether an .xlsx is a tracking workbook (the product's plan tab with its status column, and
 * its settings tab) rather than a plan to import.
 */
export function isTrackingWorkbook(wb: ExcelJS.Workbook): boolean {
  const plan = wb.getWorksheet(t(PLAN_TAB.name));
  const status = PLAN_TAB.columns.find((c) => c.key === "status");
  if (!plan || !status || !wb.getWorksheet(t(SETTINGS_TAB.name))) return false;
  const header = plan.getRow(1).values as ExcelJS.CellValue[];
  return header.some((v) => typeof v === "string" && headerMatches(v, status));
}

/**
 * The tracking workbook of `start --workbook FILE`, read after the same checks as any input file
 * (size, the zip's directory); a file that is not one (no plan tab) is a message.
 */
export async function openTrackingWorkbook(file: string): Promise<LoadedXlsx> {
  if (extname(file).toLowerCase() !== ".xlsx") throw new CliError({ key: "cli.workbookNotXlsx", params: { file } });
  const bytes = readInputFile(file);
  let loaded: LoadedXlsx;
  try {
    checkOfficeZip(file, bytes);
    loaded = await loadXlsx(bytes);
  } catch (error) {
    throw new CliError(readFailure(file, error));
  }
  const plan = t(PLAN_TAB.name);
  if (!loaded.original.workbook.getWorksheet(plan))
    throw new CliError({ key: "cli.notTrackingWorkbook", params: { file, tab: plan } });
  return loaded;
}
