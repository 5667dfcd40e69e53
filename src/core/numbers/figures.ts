/**
 * Figures as officers type them and as spreadsheets store them. The same percentage reaches the
 * product in three shapes: typed "90" into a plain cell (90), typed "90%" (Sheets and Excel
 * store the fraction 0.9 and show "90%"), or typed "0,9" in a decimal-comma locale (0.9).
 */
import type { CellValue } from "../workbook/cells";
import { isLocalDate } from "../dates/localDate";

/** readNumber("12,5") → 12.5; readNumber(" 7 ") → 7; readNumber("90%") → 90; readNumber("bảy") → null. */
export function readNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v === null || typeof v === "boolean" || isLocalDate(v)) return null;
  const s = String(v).trim().replace(/\s*%$/, "").replace(",", ".");
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}

/**
 * readPercent(90) → 90; readPercent("90%") → 90; readPercent(0.9) → 90; readPercent("0,9") → 90.
 * A figure strictly between 0 and 1 is a fraction of the whole (what a spreadsheet stores for a
 * percentage, or what "0,9" means to an officer): no indicator in these plans is a fraction of
 * one per cent. 1 stays 1%: an officer who means all of it writes 100.
 */
export function readPercent(v: CellValue): number | null {
  const typedWithSign = typeof v === "string" && /%\s*$/.test(v);
  const n = readNumber(v);
  if (n === null) return null;
  return !typedWithSign && n > 0 && n < 1 ? Math.round(n * 100 * 1e9) / 1e9 : n;
}
