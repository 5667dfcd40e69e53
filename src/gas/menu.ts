import { t, type MessageKey } from "../core/i18n/messages";

/** One menu item: its label in the catalogue and the global function it calls. */
export interface MenuItem {
  readonly label: MessageKey;
  readonly handler: string;
}

/** The menu, top to bottom; `null` is a separator. Handlers are exported by src/gas/main.ts. */
export const MENU: readonly (MenuItem | null)[] = [
  { label: "menu.dashboard", handler: "menuDashboard" },
  null,
  { label: "menu.refresh", handler: "menuRefresh" },
  { label: "menu.check", handler: "menuCheck" },
  { label: "menu.report", handler: "menuReport" },
  null,
  { label: "menu.remindersOn", handler: "menuRemindersOn" },
  { label: "menu.remindersOff", handler: "menuRemindersOff" },
  { label: "menu.testDigest", handler: "menuTestDigest" },
  { label: "menu.rotateLinkSecret", handler: "menuRotateLinkSecret" },
  null,
  { label: "menu.setup", handler: "menuSetup" },
  { label: "menu.importFromSheet", handler: "menuImportFromSheet" },
  { label: "menu.importDefault", handler: "menuImportSamplePlan" },
  { label: "menu.selfCheck", handler: "menuSelfCheck" },
];

/**
 * Adds the menu: to the menu bar for a script bound to the sheet, under Extensions for an
 * add-on ("Published Editor add-ons can create custom menu items under their editor's
 * Extensions menu … using Ui.createAddonMenu": developers.google.com/workspace/add-ons/concepts/menus).
 * Calls only Ui methods, which AuthMode.NONE allows; items run in full mode when clicked.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, asAddon = false): void {
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(t("menu.title"));
  for (const item of MENU) {
    if (item) menu.addItem(t(item.label), item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}
