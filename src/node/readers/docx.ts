import mammoth from "mammoth";
import type { SourceTable } from "../../core/plan/model";
import { readHtmlTables } from "./html";

/**
 * Reads a plan from a Word .docx file. mammoth turns the document into semantic HTML (tables,
 * paragraphs, lists) without layout noise, and the HTML reader takes it from there. Pictures
 * are left out (an empty src): a plan's text never needs them, and a photo would otherwise be
 * unpacked and inlined as base64 for nothing.
 */
export async function readDocx(buffer: Buffer): Promise<SourceTable> {
  const { value } = await mammoth.convertToHtml(
    { buffer },
    { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
  );
  return readHtmlTables(value);
}
