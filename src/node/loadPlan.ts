import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import type { Message } from "../core/i18n/messages";
import { importPlan, PlanImportError } from "../core/plan/importer";
import type { Plan, SourceTable } from "../core/plan/model";
import { readTextTable } from "../core/plan/readers/textTable";
import { DEFAULT_ROLES, RoleMatcher } from "../core/plan/roles";
import { readDocx } from "./readers/docx";
import { readHtmlTables } from "./readers/html";
import { readXlsxPlan } from "./xlsx";

/** A user's mistake on the command line: reported as a message, exit status 1, no stack trace. */
export class CliError extends Error {
  constructor(readonly detail: Message) {
    super(detail.key);
  }
}

/** Reads a plan file of any supported kind into a source table. */
export async function readPlanFile(file: string): Promise<SourceTable> {
  if (!existsSync(file)) throw new CliError({ key: "cli.fileNotFound", params: { file } });
  switch (extname(file).toLowerCase()) {
    case ".txt":
    case ".md":
      return readTextTable(readFileSync(file, "utf8"));
    case ".html":
    case ".htm":
      return readHtmlTables(readFileSync(file, "utf8"));
    case ".docx":
      return readDocx(readFileSync(file));
    case ".xlsx": {
      const table = await readXlsxPlan(file);
      if (!table) throw new PlanImportError({ key: "import.noHeader" });
      return table;
    }
    default:
      throw new CliError({ key: "cli.unsupportedFile", params: { file } });
  }
}

export async function loadPlan(file: string, year?: number): Promise<Plan> {
  return importPlan(await readPlanFile(file), { matcher: new RoleMatcher(DEFAULT_ROLES), year });
}
