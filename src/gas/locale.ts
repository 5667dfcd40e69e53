import type { Message } from "../core/i18n/messages";

/** The locale and zone the plan is written for: dates typed day/month/year, deadlines in Vietnam time. */
export const PLAN_LOCALE = "vi_VN";
export const PLAN_TIME_ZONE = "Asia/Ho_Chi_Minh";

/**
 * Sets the spreadsheet's locale and time zone to the plan's, saying what changed. A sheet made
 * by someone whose Google account is in English reads "03/01/2024" as 1 March and keeps
 * "21/01/2024" as text; a sheet in another zone shifts "today". Both settings are the
 * spreadsheet's (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setspreadsheetlocalelocale),
 * reachable with the currentonly scope. Cells already typed keep their values: Sheets stores
 * dates without a zone.
 */
export function fixLocale(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Message[] {
  const messages: Message[] = [];
  const locale = spreadsheet.getSpreadsheetLocale();
  if (locale !== PLAN_LOCALE) {
    spreadsheet.setSpreadsheetLocale(PLAN_LOCALE);
    messages.push({ key: "setup.localeFixed", params: { was: locale || "?" } });
  }
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (zone !== PLAN_TIME_ZONE) {
    spreadsheet.setSpreadsheetTimeZone(PLAN_TIME_ZONE);
    messages.push({ key: "setup.timeZoneFixed", params: { zone: PLAN_TIME_ZONE, was: zone || "?" } });
  }
  return messages;
}

/** The same check without changing anything, for refresh and check: a warning per difference. */
export function localeWarnings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  zone = spreadsheet.getSpreadsheetTimeZone(),
): Message[] {
  const messages: Message[] = [];
  const locale = spreadsheet.getSpreadsheetLocale();
  if (locale !== PLAN_LOCALE) messages.push({ key: "setup.localeWarn", params: { locale } });
  if (zone !== PLAN_TIME_ZONE) messages.push({ key: "setup.timeZoneWarn", params: { zone, expected: PLAN_TIME_ZONE } });
  return messages;
}
