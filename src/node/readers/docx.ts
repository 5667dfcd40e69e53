import mammoth from "mammoth";
import type { SourceTable } from "../../core/plan/model";
import { readHtmlTables } from "./html";

/**
 * Reads a plan from a Word .docx file. mammoth turns the document into semantic HTML (tables,
 * paragraphs, lists) without layout noise, and the HTML reader takes it from there.
 */
export async function readDocx(buffer: Buffer): Promise<SourceTable> {
  const { value } = await mammoth.convertToHtml({ buffer });
  return readHtmlTables(value);
}
