/**
 * The roll-up workbook's "Cài đặt": one setting a row (key, value, meaning), read by the
 * roll-up's registry; made once by setup with the defaults, then the Sở's own.
 */
import { render, t } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { parseRollupSettings, ROLLUP_SETTINGS, type RollupSettings } from "../../core/rollup/settings";
import type { Message } from "../../core/i18n/messages";
import type { DataWorkbookPort, WorkbookPort } from "../../ports";
import { writeOwnedBlock } from "../write/writer";
import { LIST_HEADER, rollupTabName } from "./tabs";

/** The settings as typed in the tab (key in A, value in B); the defaults where there is no tab. */
export function readRollupSettings(workbook: DataWorkbookPort): { settings: RollupSettings; problems: Message[] } {
  const sheet = workbook.sheet(rollupTabName("settings"));
  const raw: Record<string, string> = {};
  for (const row of sheet?.readValues({ asTyped: true }).slice(1) ?? []) {
    const key = cellToText(row[0] ?? null).trim();
    if (key in ROLLUP_SETTINGS && !(key in raw)) raw[key] = cellToText(row[1] ?? null);
  }
  const { settings, problems } = parseRollupSettings(raw);
  return {
    settings,
    problems: problems.map((p) => ({
      key: "rollup.settingProblem",
      params: { key: p.key, problem: render(p.message), fallback: p.fallback || "—" },
    })),
  };
}

/**
 * Makes the list and settings tabs a new roll-up workbook needs, with their headers (and the
 * settings' defaults); a tab already there is left as it is. Returns the tabs made.
 */
export function setupRollupWorkbook(workbook: WorkbookPort): string[] {
  const made: string[] = [];
  if (!workbook.sheet(rollupTabName("list"))) {
    const list = workbook.addSheet(rollupTabName("list"));
    writeOwnedBlock(list, 1, 1, [LIST_HEADER.map((k) => t(k))]);
    list.setFrozenRows(1);
    list.styleHeader(LIST_HEADER.length);
    list.setColumnWidths(1, [200, 420, 420]);
    made.push(rollupTabName("list"));
  }
  if (!workbook.sheet(rollupTabName("settings"))) {
    const sheet = workbook.addSheet(rollupTabName("settings"));
    const rows = Object.entries(ROLLUP_SETTINGS).map(([key, def]) => [key, def.defaultText, t(def.description)]);
    writeOwnedBlock(sheet, 1, 1, [[t("col.key"), t("col.value"), t("col.description")], ...rows]);
    sheet.setFrozenRows(1);
    sheet.styleHeader(3);
    sheet.setColumnWidths(1, [160, 300, 520]);
    sheet.setPlainText(2);
    made.push(rollupTabName("settings"));
  }
  return made;
}
