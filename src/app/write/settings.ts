import { t } from "../../core/i18n/messages";
import { SETTINGS, type SettingKey, type SettingsRegistry } from "../../core/settings/registry";
import type { CellValue } from "../../ports";
import { settingRow, settingValue } from "../read/settings";
import { textAt, type OpenTab } from "../read/tabs";
import { appendRows, writeCell, writeCells } from "./writer";

/**
 * Adds the rows of the settings the tab lacks (by key), in the registry's order: the key, the
 * default as the secretariat would type it, and the help text. Rows already there are kept.
 */
export function addMissingSettings(tab: OpenTab, registry: SettingsRegistry = SETTINGS): string[] {
  const present = new Set(tab.values.slice(1).map((r) => textAt(tab, r, "key")));
  const missing = Object.entries(registry).filter(([key]) => !present.has(key));
  appendRows(
    tab,
    missing.map(([key, s]) => ({ key, value: s.defaultText, description: t(s.description) })),
  );
  return missing.map(([key]) => key);
}

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

/**
 * Writes one setting's value, if its row exists: a setting the product owns (the reminders'
 * status), or one the import fills while the secretariat left it empty. The writer refuses any
 * other (a value the secretariat typed).
 */
export function writeSetting(tab: OpenTab, key: SettingKey, value: CellValue): void {
  const index = settingRow(tab, key);
  if (index < 0 || !tab.columns.get("value")) return;
  writeCell(tab, index + 1, "value", value);
}

/** Writes a setting's value only when the secretariat left it empty (what the imported plan tells). */
export function fillSettingIfEmpty(settings: OpenTab, key: SettingKey, value: CellValue): void {
  if (value === null || value === "" || settingValue(settings, key) !== "") return;
  writeSetting(settings, key, value);
}
