import { t, type Message } from "../../core/i18n/messages";
import { parseSettings, type SettingKey, type SettingProblem, type Settings } from "../../core/schema/settings";
import { SETTINGS_TAB } from "../../core/workbook/layout";
import { tabName, textAt, type OpenTab } from "./tabs";

/** What a wrong setting gets in its row's "Cần sửa" cell: the problem, and the value used instead. */
export function settingProblemText(problem: SettingProblem): string {
  const text = t(problem.message.key, problem.message.params);
  return problem.fallback ? t("settings.usingDefault", { problem: text, fallback: problem.fallback }) : t("settings.noDefault", { problem: text });
}

/**
 * The settings tab read into typed settings, every setting through its schema; a wrong value
 * is named by row and column, and `byRow` holds each wrong row's text for its "Cần sửa" cell.
 */
export function readSettings(tab: Pick<OpenTab, "values" | "columns">): { settings: Settings; problems: Message[]; byRow: Map<number, string> } {
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
  const byRow = new Map<number, string>();
  for (const p of problems) if (rowOf.has(p.key)) byRow.set(rowOf.get(p.key)!, settingProblemText(p));
  return {
    settings,
    byRow,
    problems: problems.map((p) => ({
      key: "settings.problem",
      params: { tab: tabName(SETTINGS_TAB), row: rowOf.get(p.key) ?? 0, column: t("col.value"), key: p.key, problem: settingProblemText(p) },
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
