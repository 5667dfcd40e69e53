import { t, type Message } from "../core/i18n/messages";
import { parseSettings, type SettingKey, type Settings } from "../core/schema/settings";
import { SETTINGS_TAB } from "../core/workbook/layout";
import type { CellValue } from "../ports";
import { tabName, textAt, type OpenTab } from "./tabs";

/** The settings tab read into typed settings; a wrong value is named by row and column. */
export function readSettings(tab: Pick<OpenTab, "values" | "columns">): { settings: Settings; problems: Message[] } {
  const raw: Partial<Record<SettingKey, string>> = {};
  const rowOf = new Map<string, number>();
  tab.values.forEach((row, i) => {
    if (i === 0) return;
    const key = textAt(tab, row, "key");
    if (!key || rowOf.has(key)) return;
    rowOf.set(key, i + 1);
    raw[key as SettingKey] = textAt(tab, row, "value");
  });
  const { settings, problems } = parseSettings(raw);
  return {
    settings,
    problems: problems.map((p) => ({
      key: "settings.problem",
      params: {
        tab: tabName(SETTINGS_TAB), row: rowOf.get(p.key) ?? 0, column: t("col.value"), key: p.key,
        problem: t(p.message.key, p.message.params),
      },
    })),
  };
}

/** Where a setting's row is in the tab's values (-1 when the tab has no such row). */
export function settingRow(tab: Pick<OpenTab, "values" | "columns">, key: string): number {
  return tab.values.findIndex((r, i) => i > 0 && textAt(tab, r, "key") === key);
}

/** A setting's value as typed ("" when the row is missing or empty). */
export function settingValue(tab: Pick<OpenTab, "values" | "columns">, key: string): string {
  const index = settingRow(tab, key);
  return index < 0 ? "" : textAt(tab, tab.values[index], "value");
}

/** Writes one setting the product owns (e.g. the reminders' status), if its row exists. */
export function writeSetting(tab: OpenTab, key: string, value: CellValue): void {
  const index = settingRow(tab, key);
  const col = tab.columns.get("value");
  if (index < 0 || !col) return;
  tab.sheet.writeValues(index + 1, col, [[value]]);
  while (tab.values[index].length < col) tab.values[index].push(null);
  tab.values[index][col - 1] = value;
}
