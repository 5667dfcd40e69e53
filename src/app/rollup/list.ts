/**
 * The list tab ("Danh sách xã"): each row a commune sheet, as Sở Nội vụ typed it. Read as typed,
 * blank rows skipped, columns found by their headers (or A and B). The product writes only its
 * own column, "Tình trạng đọc", headed by it: found by that header, or added in the first
 * column after the header that is empty all the way down; never a cell a person typed.
 */
import { t } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import type { CommuneSource } from "../../core/rollup/model";
import { foldVietnamese } from "../../core/text/normalize";
import type { CellValue, DataWorkbookPort, SheetData } from "../../ports";
import { writeOwnedBlock } from "../write/writer";
import { rollupTabName } from "./tabs";

export interface CommuneList {
  readonly sheet: SheetData;
  readonly values: readonly (readonly CellValue[])[];
  readonly sources: readonly CommuneSource[];
  /** The product's status column (1-based), null when it has none yet. */
  readonly statusColumn: number | null;
}

const text = (v: CellValue | undefined) => cellToText(v ?? null).trim();
const folded = (v: CellValue | undefined) => foldVietnamese(text(v));

/** Which header names the URL column, and which the name column (folded, no diacritics). */
const IS_URL = /(url|dia chi|duong dan|lien ket|link|tep|file)/;
const IS_NAME = /(xa|phuong|ten|don vi)/;

function columnsOf(header: readonly CellValue[]): { name: number; url: number; status: number | null } {
  const status = header.findIndex((h) => text(h) === t("rollupList.colStatus"));
  const url = header.findIndex((h, i) => i !== status && IS_URL.test(folded(h)));
  const name = header.findIndex((h, i) => i !== status && i !== url && IS_NAME.test(folded(h)));
  return {
    url: url >= 0 ? url + 1 : 2,
    name: name >= 0 ? name + 1 : 1,
    status: status >= 0 ? status + 1 : null,
  };
}

/**
 * readCommuneList(workbook) → the list's sources, each with its row; a row with a URL and no
 * name is named by its URL, a row with a name and no URL is kept (its reading says "badUrl").
 * Null when the workbook has no list tab.
 */
export function readCommuneList(workbook: DataWorkbookPort): CommuneList | null {
  const sheet = workbook.sheet(rollupTabName("list"));
  if (!sheet) return null;
  const values = sheet.readValues({ asTyped: true });
  const columns = columnsOf(values[0] ?? []);
  const sources: CommuneSource[] = [];
  values.forEach((row, i) => {
    if (i === 0) return;
    const name = text(row[columns.name - 1]);
    const url = text(row[columns.url - 1]);
    if (name === "" && url === "") return;
    sources.push({ row: i + 1, name: name || url, url });
  });
  return { sheet, values, sources, statusColumn: columns.status };
}

/** The first column after the header's last heading that nobody has typed in, on any row. */
function freeColumn(values: readonly (readonly CellValue[])[]): number {
  const header = values[0] ?? [];
  let col = header.length + 1;
  for (let c = header.length; c >= 1 && text(header[c - 1]) === ""; c--) col = c;
  while (values.some((row) => text(row[col - 1]) !== "")) col++;
  return col;
}

/**
 * Writes each row's reading ("Đã tổng hợp (số liệu 20/11/2024)", or why not) in the status
 * column, header included, in one block; rows of the list not given are emptied there (the
 * column is the product's). Returns the column written.
 */
export function writeReadStatus(list: CommuneList, statusByRow: ReadonlyMap<number, string>): number {
  const col = list.statusColumn ?? freeColumn(list.values);
  const last = Math.max(list.values.length, ...statusByRow.keys());
  const block: CellValue[][] = [[t("rollupList.colStatus")]];
  for (let row = 2; row <= last; row++) block.push([statusByRow.get(row) ?? ""]);
  writeOwnedBlock(list.sheet, 1, col, block);
  return col;
}
