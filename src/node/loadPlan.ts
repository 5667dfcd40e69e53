import { extname } from "node:path";
import { importPlan } from "../core/plan/importer";
import type { Plan, SourceTable } from "../core/plan/model";
import { readTextTable } from "../core/plan/readers/textTable";
import { DEFAULT_ROLES, RoleMatcher } from "../core/plan/roles";
import { checkOfficeZip, checkOleFile, CliError, decodeText, readFailure, readInputFile, sniff } from "./inputGuard";
import { HtmlTooDeepError, readHtmlTables } from "./readers/html";

export { CliError } from "./inputGuard";

async function readDocx(file: string, bytes: Buffer): Promise<SourceTable> {
  checkOfficeZip(file, bytes);
  // mammoth and exceljs take a second or more to load: only when a file needs them.
  return (await import("./readers/docx")).readDocx(bytes);
}

async function readTable(file: string): Promise<SourceTable> {
  const ext = extname(file).toLowerCase();
  if (![".txt", ".md", ".html", ".htm", ".doc", ".docx", ".xlsx"].includes(ext))
    throw new CliError({ key: "cli.unsupportedFile", params: { file } });
  // Size, emptiness and the zip's directory are checked before any reader does heavy work.
  const bytes = readInputFile(file);
  switch (ext) {
    case ".txt":
    case ".md":
      return readTextTable(decodeText(file, bytes));
    case ".html":
    case ".htm":
      return readHtmlTables(decodeText(file, bytes));
    case ".doc":
      // A .docx renamed .doc is common, and Word opens it: what the bytes are decides.
      if (sniff(bytes) === "oldOffice") {
        checkOleFile(file, bytes);
        return (await import("./readers/doc")).readDoc(bytes);
      }
      return readDocx(file, bytes);
    case ".docx":
      return readDocx(file, bytes);
    default: {
      checkOfficeZip(file, bytes);
      const table = await (await import("./xlsx")).readXlsxPlan(bytes);
      if (table === "trackingWorkbook") throw new CliError({ key: "cli.planIsWorkbook", params: { file } });
      if (!table) throw new CliError({ key: "cli.fileProblem", params: { file, problem: { key: "import.noHeader" } } });
      return table;
    }
  }
}

/**
 * Reads a plan file of any supported kind into a source table. Whatever goes wrong, from the
 * file system or from a reader, comes out as a CliError whose message names the file.
 */
export async function readPlanFile(file: string): Promise<SourceTable> {
  try {
    return await readTable(file);
  } catch (error) {
    if (error instanceof HtmlTooDeepError)
      throw new CliError({ key: "cli.htmlTooDeep", params: { file, limit: error.limit } });
    throw new CliError(readFailure(file, error));
  }
}

export async function loadPlan(file: string, year?: number): Promise<Plan> {
  const table = await readPlanFile(file);
  try {
    return importPlan(table, { matcher: new RoleMatcher(DEFAULT_ROLES), year });
  } catch (error) {
    throw new CliError(readFailure(file, error));
  }
}
