/**
 * The seed's appendix table as an officer copies it from Word: the clipboard's tab-separated
 * block (cells with tabs, new lines or quotes quoted), pasted with FakeSheet.paste, which parses
 * each cell as Sheets does: no apostrophes in front of anything.
 */
import { readTextTable } from "../../src/core/plan/readers/textTable";
import { seedText } from "../helpers";

const quote = (c: string) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** A table of cells as the clipboard carries it. */
export function clipboardOf(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(quote).join("\t")).join("\n");
}

/**
 * The seed's table, its tasks repeated `copies` times for a bigger plan (numbers get a suffix
 * per copy so ids stay unique), as the clipboard carries it.
 */
export function seedClipboard(copies = 1): string {
  const rows = readTextTable(seedText()).rows.map((r) => r.cells);
  const out: string[][] = [];
  rows.forEach((cells, i) => {
    for (let k = 0; k < (i === 0 ? 1 : copies); k++) {
      out.push(cells.map((c, j) => (j === 0 && k > 0 && /^\d+$/.test(c) ? `${c}${String(k).padStart(2, "0")}` : c)));
    }
  });
  return clipboardOf(out);
}
