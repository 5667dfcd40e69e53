import { t } from "../core/i18n/messages";
import { verifyLink } from "../app/commands/officerLinks";
import { GasCrypto } from "./crypto";
import { rotateSecret } from "../app/state/linkSecret";
import { scriptStore } from "./sheetsWorkbook";
import { simplePage } from "./pages";
import { officerPorts } from "./bridge";

/** The viewport for a phone: the page's own width, no zoom-out to a desktop layout. */
const VIEWPORT = "width=device-width, initial-scale=1";

/**
 * A page as HtmlService serves it: the title, the viewport (a meta tag written in the HTML is
 * ignored: developers.google.com/apps-script/reference/html/html-output#addmetatagname,-content)
 * and the strictest frame policy HtmlService has, DEFAULT: it keeps the X-Frame-Options header,
 * where ALLOWALL would let any site frame the page and trick an officer into clicking
 * (developers.google.com/apps-script/reference/html/x-frame-options-mode). DEFAULT is also what
 * Apps Script uses when nothing is set; it is set here so the choice is written down and tested.
 */
function page(title: string, output: GoogleAppsScript.HTML.HtmlOutput): GoogleAppsScript.HTML.HtmlOutput {
  return output
    .setTitle(title)
    .addMetaTag("viewport", VIEWPORT)
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT);
}

/**
 * A visit to the web app's URL (developers.google.com/apps-script/guides/web: `e.parameter`
 * holds the query's first values). The link's token (`?t=`) is verified before anything is
 * served: a refused one gets a page with no script, which reads nothing from the sheet; a valid
 * one gets the officer's page (dist/gas/officer.html), which then asks officerOpen for its tasks
 * with the same token, verified again there.
 */
export function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  const title = t("webapp.title");
  const link = verifyLink(officerPorts(), e?.parameter?.t);
  if (!link.ok)
    return page(
      title,
      HtmlService.createHtmlOutput(simplePage(t("webapp.invalidLink"), [t("webapp.invalidLinkHelp")])),
    );
  return page(title, HtmlService.createHtmlOutputFromFile("officer"));
}

/** "Bảng điều khiển": the secretariat's sidebar (dist/gas/sidebar.html), 300 px wide as every sidebar. */
export function menuDashboard(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("sidebar").setTitle(t("menu.dashboard")));
}

/** "Đổi khoá liên kết": after a yes, a new secret in script properties revokes every link sent. */
export function menuRotateLinkSecret(): void {
  const ui = SpreadsheetApp.getUi();
  const title = t("menu.rotateLinkSecret");
  if (ui.alert(title, t("linkSecret.confirm"), ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  try {
    rotateSecret({ secrets: scriptStore(), crypto: new GasCrypto() });
    ui.alert(title, t("linkSecret.done"), ui.ButtonSet.OK);
  } catch (error) {
    console.error(error);
    ui.alert(title, t("error.unexpected", { message: String((error as Error).message ?? error) }), ui.ButtonSet.OK);
  }
}
