import { t } from "../../core/i18n/messages";
import type { MenuItem } from "../menu";

/** The roll-up's menu, top to bottom; `null` is a separator. Handlers are exported by src/gas/rollup/main.ts. */
export const ROLLUP_MENU: readonly (MenuItem | null)[] = [
  { label: "rollup.menu.setup", handler: "menuRollupSetup" },
  { label: "rollup.menu.update", handler: "menuRollupUpdate" },
  { label: "rollup.menu.report", handler: "menuRollupReport" },
  null,
  { label: "rollup.menu.help", handler: "menuRollupHelp" },
];

/** Adds "Tổng hợp tỉnh" to the menu bar; Ui calls only, as a simple trigger allows. */
export function buildRollupMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(t("rollup.menu.title"));
  for (const item of ROLLUP_MENU) {
    if (item) menu.addItem(t(item.label), item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}
