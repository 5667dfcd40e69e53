import { t, type Message } from "../../core/i18n/messages";
import type { TabSpec } from "../../core/workbook/layout";
import type { CellValue, SheetPort, WorkbookPort } from "../../ports";
import { placeColumns, readOptions, tabName, type OpenMode, type OpenTab } from "../read/tabs";
import { applyRules, formatColumns } from "./formats";
import { addHeaders } from "./writer";

/**
 * Finds or creates a tracking tab. A new tab gets its header, frozen row, widths and rules; an
 * existing one keeps its columns where officers put them, and missing columns are added at the
 * end (never inserted, so nothing moves).
 */
export function openTab(
  workbook: WorkbookPort,
  spec: TabSpec,
  applyFormatting = true,
  mode: OpenMode = "setup",
): OpenTab {
  const name = tabName(spec);
  return openSheet(workbook, spec, workbook.sheet(name), applyFormatting, undefined, mode);
}

/** Completes a tab read by peekTab (or a new one): missing columns, formatting, rules. */
export function openSheet(
  workbook: WorkbookPort,
  spec: TabSpec,
  existing: SheetPort | null,
  applyFormatting = true,
  read?: { values: CellValue[][] },
  mode: OpenMode = "setup",
): OpenTab {
  const name = tabName(spec);
  const messages: Message[] = [];
  let sheet = existing;
  const created = sheet === null;
  if (!sheet) sheet = workbook.addSheet(name);
  const values = created ? [] : read ? read.values : sheet.readValues(readOptions(spec));
  const header = values[0] ?? [];
  const { columns, missing } = placeColumns(spec, name, values, mode);
  if (missing.length > 0) {
    let next = Math.max(header.length, 0) + 1;
    const first = next;
    for (const column of missing) {
      columns.set(column.key, next++);
      if (!created) messages.push({ key: "merge.missingHeader", params: { tab: name, column: t(column.header) } });
    }
    addHeaders(
      { spec, sheet, values },
      first,
      missing.map((c) => t(c.header)),
    );
    if (values.length === 0) values.push([]);
    missing.forEach((c) => (values[0][columns.get(c.key)! - 1] = t(c.header)));
  }
  if (created) {
    sheet.setFrozenRows(1);
    sheet.styleHeader(spec.columns.length);
  }
  if (missing.length > 0) formatColumns(sheet, spec, columns, new Set(missing.map((c) => c.key)));
  if (applyFormatting || created || missing.length > 0) applyRules(sheet, spec, columns);
  return { spec, sheet, columns, values, created, messages };
}
