import { parse, type HTMLElement } from "node-html-parser";
import type { SourceRow, SourceTable } from "../../core/plan/model";
import { cellText } from "../../core/text/normalize";

/** The rows of a table that belong to it (not to a table nested inside one of its cells). */
function ownRows(table: HTMLElement): HTMLElement[] {
  return table.querySelectorAll("tr").filter((tr) => tr.closest("table") === table);
}

/**
 * Reads every top-level table of an HTML document (a plan saved from Word, or the HTML that
 * the .docx reader makes) as one source table: page-split tables follow each other, exactly
 * as the importer expects. A cell spanning columns is padded so later cells keep their column.
 */
export function readHtmlTables(html: string): SourceTable {
  const root = parse(html, { blockTextElements: { script: false, style: false } });
  const tables = root.querySelectorAll("table").filter((t) => !t.parentNode || !(t.parentNode as HTMLElement).closest?.("table"));
  const rows: SourceRow[] = [];
  let n = 0;
  for (const table of tables) {
    for (const tr of ownRows(table)) {
      n++;
      const cells: string[] = [];
      for (const td of tr.childNodes.filter((c): c is HTMLElement => (c as HTMLElement).tagName === "TD" || (c as HTMLElement).tagName === "TH")) {
        cells.push(td.innerHTML);
        const span = Number(td.getAttribute("colspan") ?? "1");
        for (let i = 1; i < span && i < 20; i++) cells.push("");
      }
      rows.push({ cells, row: n });
    }
  }
  const first = html.search(/<table\b/i);
  const before = first >= 0 ? html.slice(0, first) : html;
  const body = before.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, "");
  return { rows, preamble: cellText(body) };
}
