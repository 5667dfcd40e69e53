/**
 * The list tab's sheet addresses: which text names a Google spreadsheet, and one key per sheet
 * however its link was copied (with "#gid=0", "?usp=sharing", or as its bare id).
 */
import { foldVietnamese } from "../text/normalize";

/** A spreadsheet's id as Google writes it in its URL: letters, digits, "-" and "_". */
const SHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([\w-]{20,})(?:[/?#]\S*)?$/;

/**
 * sheetId("https://docs.google.com/spreadsheets/d/1AbC…xyz/edit#gid=0") → "1AbC…xyz"; any text
 * that is not a spreadsheet's address → null (the reading's "badUrl").
 */
export function sheetId(url: string): string | null {
  return SHEET_URL.exec(url.trim())?.[1] ?? null;
}

/**
 * sheetKey(a sheet's URL) → its id: one sheet however its link was copied; any other text (a
 * file name in Node) folded, so "Xã A.xlsx" and "xa a.xlsx" are one.
 */
export function sheetKey(url: string): string {
  return sheetId(url) ?? foldVietnamese(url.trim());
}
