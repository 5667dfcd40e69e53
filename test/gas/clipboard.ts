/**
 * The seed's appendix table as an officer copies it from Word: the clipboard's tab-separated
 * block (cells with tabs, new lines or quotes quoted), pasted with FakeSheet.paste, which parses
 * each cell as Sheets does: no apostrophes in front of anything.
 */
import { parse, type HTMLElement } from "node-html-parser";
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

/** What a browser renders of an element's HTML as text: a <br> or a block is a new line, runs of space one space. */
function renderedText(element: HTMLElement): string {
  const html = element.innerHTML
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?(p|div|li)\b[^>]*>/gi, "\n");
  return parse(html.replace(/<[^>]*>/g, ""))
    .text.split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

/**
 * A plan's HTML page (the shape of a plan saved as one table under a few paragraphs) selected
 * whole in a browser and copied: each paragraph a row of one cell, each table row a row, a
 * <br> in a cell a new line in that same cell. Sheets marks its own copies so
 * (`br { mso-data-placement: same-cell; }`, iter.ca/post/docs-html); inferred for a paste from
 * a browser, which Google does not document.
 */
export function htmlClipboard(html: string): string {
  const rows: string[][] = [];
  for (const element of parse(html).querySelectorAll("p, tr")) {
    if (element.tagName === "P" && element.closest("table")) continue;
    rows.push(element.tagName === "P" ? [renderedText(element)] : element.querySelectorAll("td, th").map(renderedText));
  }
  return clipboardOf(rows);
}
