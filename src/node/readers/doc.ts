import WordExtractor from "word-extractor";
import type { SourceRow, SourceTable } from "../../core/plan/model";

/**
 * word-extractor's text of a Word 97-2003 document ends each table cell with a tab (Word's cell
 * mark) and each table row with a new line right after its last cell's tab (the row's closing
 * mark): "TT\tNhiệm vụ\t\n1\tBan hành…\t\n". A paragraph inside a cell ends with a bare new line.
 */
const ROW_END = "\t\n";

/**
 * The first row of a table that follows ordinary paragraphs: the paragraphs are the text before
 * the row's first cell, which is the last line before its first tab. (Word marks a paragraph
 * before a table and one inside its first cell alike, so a first cell is taken as one line.)
 */
function splitFirstRow(piece: string): { prose: string; row: string } {
  const firstTab = piece.indexOf("\t");
  const lineStart = piece.lastIndexOf("\n", firstTab === -1 ? piece.length : firstTab) + 1;
  return { prose: piece.slice(0, lineStart), row: piece.slice(lineStart) };
}

/**
 * The tables of a .doc's text as one source table, as the .docx reader gives them: rows in
 * order (page-split tables follow each other), each row's cells as written, the text before the
 * first table as the preamble. A cell merged across columns is one cell in a .doc, so a merged
 * row is shorter; the importer pads short rows.
 */
export function tableOfDocText(body: string): SourceTable {
  const pieces = body.replace(/\r\n?/g, "\n").split(ROW_END);
  const after = pieces.pop() ?? "";
  const rows: SourceRow[] = [];
  let preamble = "";
  pieces.forEach((piece, i) => {
    // Rows that follow a row are whole; only the first one starts after the paragraphs above it.
    const { prose, row } = i === 0 ? splitFirstRow(piece) : { prose: "", row: piece };
    if (i === 0) preamble = prose;
    rows.push({ cells: row.split("\t"), row: i + 1 });
  });
  return { rows, preamble: (rows.length > 0 ? preamble : after).trim() };
}

/** Reads a plan from an old Word (.doc, Word 97-2003) file, already checked to be an OLE compound file. */
export async function readDoc(buffer: Buffer): Promise<SourceTable> {
  const document = await new WordExtractor().extract(buffer);
  return tableOfDocText(document.getBody({ filterUnicode: false }));
}
