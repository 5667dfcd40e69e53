import type { CellValue } from "../../ports";
import { settingRow, settingValue } from "../read/settings";
import type { OpenTab } from "../read/tabs";
import { writeCell, writeCells } from "./writer";

/**
 * Writes each settings row's "Cần sửa" cell (the product's own column): the problem of a wrong
 * value and the default used instead, or nothing. One write for the tab, only when a cell changes.
 */
export function writeSettingProblems(tab: OpenTab, byRow: ReadonlyMap<number, string>): void {
  const col = tab.columns.get("check");
  if (!col || tab.values.length < 2) return;
  const block = tab.values.slice(1).map((_, i) => [byRow.get(i + 2) ?? null]);
  const current = tab.values.slice(1).map((row) => [row[col - 1] ?? null]);
  if (block.some((line, i) => (line[0] ?? "") !== (current[i][0] ?? ""))) writeCells(tab, 2, col, block);
}

/** Writes one setting the product owns (e.g. the reminders' status), if its row exists. */
export function writeSetting(tab: OpenTab, key: string, value: CellValue): void {
  const index = settingRow(tab, key);
  if (index < 0 || !tab.columns.get("value")) return;
  writeCell(tab, index + 1, "value", value);
}

/** Writes a setting's value only when the secretariat left it empty (what the imported plan tells). */
export function fillSettingIfEmpty(settings: OpenTab, key: string, value: CellValue): void {
  if (value === null || value === "" || settingValue(settings, key) !== "") return;
  writeSetting(settings, key, value);
}
