import { t, type Message } from "../../core/i18n/messages";
import {
  parseSettingsWith,
  SETTINGS,
  type SettingKey,
  type SettingProblem,
  type SettingsOf,
  type SettingsRegistry,
} from "../../core/settings/registry";
import { SETTINGS_TAB } from "../../core/workbook/layout";
import { tabName, textAt, type OpenTab } from "./tabs";

/** What a wrong setting gets in its row's "Cần sửa" cell: the problem, and the value used instead. */
export function settingProblemText(problem: SettingProblem<string>): string {
  const text = t(problem.message.key, problem.message.params);
  return problem.fallback
    ? t("settings.usingDefault", { problem: text, fallback: problem.fallback })
    : t("settings.noDefault", { problem: text });
}

type SettingsTab = Pick<OpenTab, "values" | "columns">;

export interface SettingsRead<R extends SettingsRegistry> {
  readonly settings: SettingsOf<R>;
  /** Each wrong value, named by tab, row and column, for the log and the dialog. */
  readonly problems: Message[];
  /** The same problems as the registry gives them (value typed, default used). */
  readonly wrong: readonly SettingProblem<Extract<keyof R, string>>[];
  /** Each wrong row's text for its "Cần sửa" cell, by sheet row. */
  readonly byRow: Map<number, string>;
  /** Each setting's text as typed ("" when its row is missing or empty). */
  readonly typed: Readonly<Record<string, string>>;
}

/**
 * The settings tab read into typed settings, every setting through its schema in the
 * registry; a wrong value is named by row and column.
 */
export function readSettings(tab: SettingsTab): SettingsRead<typeof SETTINGS>;
export function readSettings<R extends SettingsRegistry>(tab: SettingsTab, registry: R): SettingsRead<R>;
export function readSettings(tab: SettingsTab, registry: SettingsRegistry = SETTINGS): SettingsRead<SettingsRegistry> {
  const raw: Record<string, string> = {};
  const rowOf = new Map<string, number>();
  tab.values.forEach((row, i) => {
    if (i === 0) return;
    const key = textAt(tab, row, "key");
    if (!key || rowOf.has(key)) return;
    rowOf.set(key, i + 1);
    raw[key] = textAt(tab, row, "value");
  });
  const { settings, problems } = parseSettingsWith(registry, raw);
  const byRow = new Map<number, string>();
  for (const p of problems) if (rowOf.has(p.key)) byRow.set(rowOf.get(p.key)!, settingProblemText(p));
  const typed = Object.fromEntries(Object.keys(registry).map((key) => [key, raw[key] ?? ""]));
  return {
    settings,
    wrong: problems,
    byRow,
    typed,
    problems: problems.map((p) => ({
      key: "settings.problem",
      params: {
        tab: tabName(SETTINGS_TAB),
        row: rowOf.get(p.key) ?? 0,
        column: t("col.value"),
        key: p.key,
        problem: settingProblemText(p),
      },
    })),
  };
}

/** Where a setting's row is in the tab's values (-1 when the tab has no such row). */
export function settingRow(tab: Pick<OpenTab, "values" | "columns">, key: SettingKey): number {
  return tab.values.findIndex((r, i) => i > 0 && textAt(tab, r, "key") === key);
}

/** A setting's value as typed ("" when the row is missing or empty). */
export function settingValue(tab: Pick<OpenTab, "values" | "columns">, key: SettingKey): string {
  const index = settingRow(tab, key);
  return index < 0 ? "" : textAt(tab, tab.values[index], "value");
}
