import type { CommuneReading } from "../../core/rollup/model";
import type { ReadingsStagePort } from "../../ports";

/** The hidden tab that keeps a roll-up's readings between its runs. */
export const STAGE_TAB = "_tong_hop_dang_doc";

/**
 * A cell holds at most 50,000 characters (support.google.com/docs/answer/37603): a reading's
 * JSON is cut in parts this long, one cell each, beside its key.
 */
const PART = 45_000;

/**
 * The readings of a roll-up in progress, one row each on a hidden tab of the roll-up's own
 * workbook: the key, then the reading as JSON. A row is written by the batch of ten it belongs
 * to, in one setValues; all are read back in one getValues. Why a tab and not properties:
 * 500 communes' readings are megabytes, and a property store holds 500 KB (docs/rollup.md).
 */
export class SheetStage implements ReadingsStagePort {
  private tab: GoogleAppsScript.Spreadsheet.Sheet | null | undefined;
  private size: { rows: number; cols: number } | null = null;

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  private sheet(create: boolean): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (this.tab === undefined) this.tab = this.spreadsheet.getSheetByName(STAGE_TAB);
    if (!this.tab && create) {
      this.tab = this.spreadsheet.insertSheet(STAGE_TAB);
      this.tab.hideSheet(); // not a tab for people: it holds JSON, and is emptied when the roll-up ends
    }
    return this.tab;
  }

  readAll(): Map<string, CommuneReading> {
    const readings = new Map<string, CommuneReading>();
    const sheet = this.sheet(false);
    if (!sheet) return readings;
    for (const row of sheet.getDataRange().getValues()) {
      const key = String(row[0] ?? "");
      if (!key) continue;
      try {
        readings.set(key, JSON.parse(row.slice(1).join("")) as CommuneReading);
      } catch {
        // A row cut short (a run stopped mid-write): that commune is read again.
      }
    }
    return readings;
  }

  append(readings: readonly { readonly key: string; readonly reading: CommuneReading }[]): void {
    if (readings.length === 0) return;
    const rows = readings.map(({ key, reading }) => {
      const json = JSON.stringify(reading);
      const parts: string[] = [];
      for (let i = 0; i < json.length; i += PART) parts.push(json.slice(i, i + PART));
      return [key, ...parts];
    });
    const width = Math.max(...rows.map((r) => r.length));
    const sheet = this.sheet(true)!;
    const first = sheet.getLastRow() + 1;
    const last = first + rows.length - 1;
    // Sheets refuses a range past the grid: grow it first (a new tab has 1,000 rows and 26
    // columns). The grid's size is asked once a run, then kept.
    const size = (this.size ??= { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() });
    if (last > size.rows) sheet.insertRowsAfter(size.rows, last - size.rows);
    if (width > size.cols) sheet.insertColumnsAfter(size.cols, width - size.cols);
    this.size = { rows: Math.max(size.rows, last), cols: Math.max(size.cols, width) };
    sheet
      .getRange(first, 1, rows.length, width)
      .setValues(rows.map((r) => [...r, ...Array(width - r.length).fill("")]));
  }

  forget(): void {
    this.sheet(false)?.clear();
  }
}
