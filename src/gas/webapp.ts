import { t } from "../core/i18n/messages";
import { GasCrypto } from "./crypto";
import { rotateSecret } from "../app/state/linkSecret";
import { scriptStore } from "./sheetsWorkbook";
import { simplePage } from "./pages";

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
function page(title: string, html: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html)
    .setTitle(title)
    .addMetaTag("viewport", VIEWPORT)
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT);
}

/**
 * A visit to the web app's URL (developers.google.com/apps-script/guides/web: `e.parameter`
 * holds the query's first values). Until the officer's page is served (the next step of this
 * feature), every link is answered as not valid. It reads nothing and writes nothing, so an
 * anonymous visitor costs the deploying account only the page.
 */
export function doGet(_e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  return page(t("webapp.title"), simplePage(t("webapp.invalidLink"), [t("webapp.invalidLinkHelp")]));
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
