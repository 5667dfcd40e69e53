import { toNfc } from "../../text/normalize";
import type { SourceRow, SourceTable } from "../model";

const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-*:?\s*)*\|?\s*$/;

/** splitRow("| 1 | Việc | |") → ["1", "Việc", ""]. Cells are trimmed; pipes escaped as \| stay. */
export function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return body.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, "|").trim());
}

/**
 * Reads the seed's text format (a Word document converted to Markdown-like text): every line
 * that starts with "|" is a table row, "|---|" lines are skipped, and the text before the
 * first row is the preamble. Row numbers are the file's line numbers, so warnings point there.
 */
export function readTextTable(text: string): SourceTable {
  const lines = toNfc(text).split(/\r?\n/);
  const rows: SourceRow[] = [];
  const preamble: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed.startsWith("|")) {
      if (rows.length === 0) preamble.push(line);
      return;
    }
    if (SEPARATOR.test(trimmed)) return;
    rows.push({ cells: splitRow(trimmed), row: i + 1 });
  });
  return { rows, preamble: preamble.join("\n") };
}
