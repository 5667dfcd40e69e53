import { writeLog } from "../app/write/log";
import { errorText } from "../core/errors";
import { tabName } from "../app/read/tabs";
import { render, t, type MessageKey } from "../core/i18n/messages";
import { LOG_TAB, PLAN_TAB, SETTINGS_TAB } from "../core/workbook/layout";
import { checkWebApp } from "../core/digest/webAppLink";
import { readSettings, settingProblemText } from "../app/read/settings";
import { peekTab } from "../app/read/tabs";
import { isAddon } from "./addon";
import { hasDocumentTrigger } from "../app/commands/reminders";
import { DAILY_HANDLER, ScriptTriggers } from "./triggers";
import { DocumentStore, SheetsWorkbook } from "./sheetsWorkbook";
import { localeWarnings, PLAN_LOCALE, PLAN_TIME_ZONE } from "./locale";
import { gasPorts } from "./ports";

/** One capability tried: its name, whether it worked, and what was seen (or Google's refusal). */
interface CheckResult {
  readonly check: MessageKey;
  readonly ok: boolean;
  readonly detail: string;
}

function attempt(check: MessageKey, fn: () => { ok: boolean; detail: string }): CheckResult {
  try {
    return { check, ...fn() };
  } catch (error) {
    return { check, ok: false, detail: t("selfCheck.refused", { reason: errorText(error) }) };
  }
}

/**
 * The web page's address in Cài đặt against the one Google reports for this script
 * (ScriptApp.getService().getUrl(): "the URL of the web app, if it has been deployed; otherwise
 * returns null", developers.google.com/apps-script/reference/script/service#getUrl()).
 */
function webAppDetail(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { ok: boolean; detail: string } {
  const tab = peekTab(new SheetsWorkbook(spreadsheet), SETTINGS_TAB);
  const read = tab && readSettings(tab);
  const wrong = read?.wrong.find((p) => p.key === "webAppUrl");
  if (wrong) return { ok: false, detail: settingProblemText(wrong) };
  const { ok, message } = checkWebApp(read?.settings.webAppUrl ?? "", ScriptApp.getService().getUrl());
  return { ok, detail: render(message) };
}

/**
 * Each capability the product needs, exercised once, harmlessly, in the real sheet: nothing an
 * officer typed is read for it or changed (only Cài đặt's web page address is read, to compare
 * it with Google's); what it makes (a PDF, a trigger, a property) it removes again.
 */
export function runSelfCheck(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckResult[] {
  return [
    attempt("selfCheck.sheet", () => {
      const tabs = spreadsheet.getSheets().length;
      const plan = spreadsheet.getSheetByName(tabName(PLAN_TAB));
      const planState = t(plan ? "selfCheck.planPresent" : "selfCheck.planMissing");
      return { ok: true, detail: t("selfCheck.sheetOk", { tabs, plan: tabName(PLAN_TAB), planState }) };
    }),
    attempt("selfCheck.locale", () => {
      const warnings = localeWarnings(spreadsheet);
      return warnings.length === 0
        ? { ok: true, detail: t("selfCheck.localeOk", { locale: PLAN_LOCALE, zone: PLAN_TIME_ZONE }) }
        : { ok: false, detail: warnings.map((w) => t(w.key, w.params)).join(" ") };
    }),
    attempt("selfCheck.user", () => {
      const email = Session.getActiveUser().getEmail();
      return email ? { ok: true, detail: email } : { ok: false, detail: t("selfCheck.userMissing") };
    }),
    attempt("selfCheck.drive", () => {
      if (typeof Drive === "undefined" || !Drive) return { ok: false, detail: t("report.noDriveService") };
      const pdf = Utilities.newBlob(`<p>${t("selfCheck.scratchName")}</p>`, "text/html", "check.html").getAs(
        "application/pdf",
      );
      const file = Drive.Files.create({ name: `${t("selfCheck.scratchName")}.pdf`, mimeType: "application/pdf" }, pdf, {
        fields: "id",
      });
      Drive.Files.update({ trashed: true }, String(file.id));
      return { ok: true, detail: t("selfCheck.driveOk") };
    }),
    attempt("selfCheck.mail", () => {
      const remaining = MailApp.getRemainingDailyQuota();
      return { ok: remaining > 0, detail: t("selfCheck.mailOk", { remaining }) };
    }),
    attempt("selfCheck.trigger", () => {
      // An add-on keeps one time-driven trigger per document: the reminders' own shows it works.
      const reminders = { store: new DocumentStore(), triggers: new ScriptTriggers(() => spreadsheet) };
      if (isAddon() && hasDocumentTrigger(reminders)) return { ok: true, detail: t("selfCheck.triggerExists") };
      // A trigger far from any real hour, removed at once: reminders already on are not touched.
      const trigger = ScriptApp.newTrigger(DAILY_HANDLER)
        .timeBased()
        .after(7 * 24 * 3600 * 1000)
        .create();
      ScriptApp.deleteTrigger(trigger);
      return { ok: true, detail: t("selfCheck.triggerOk") };
    }),
    attempt("selfCheck.lock", () => {
      const lock = LockService.getDocumentLock();
      if (!lock) return { ok: false, detail: t("selfCheck.noDocumentLock") };
      if (!lock.tryLock(5000)) return { ok: false, detail: t("error.busy") };
      lock.releaseLock();
      return { ok: true, detail: t("selfCheck.lockOk") };
    }),
    attempt("selfCheck.properties", () => {
      const props = PropertiesService.getDocumentProperties();
      const key = "selfCheck.scratch";
      props.setProperty(key, "ok");
      const back = props.getProperty(key);
      props.deleteProperty(key);
      const used = Object.entries(props.getProperties()).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
      return { ok: back === "ok", detail: t("selfCheck.propertiesOk", { used: Math.ceil(used / 1024) }) };
    }),
    attempt("selfCheck.webApp", () => webAppDetail(spreadsheet)),
  ];
}

/** "Kiểm tra cài đặt": the table goes to Nhật ký, the count to a dialog. */
export function menuSelfCheck(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const results = runSelfCheck(spreadsheet);
  const lines = results.map((r) =>
    t("selfCheck.line", { result: t(r.ok ? "selfCheck.pass" : "selfCheck.fail"), check: t(r.check), detail: r.detail }),
  );
  const summary = t("selfCheck.summary", {
    passed: results.filter((r) => r.ok).length,
    total: results.length,
    tab: tabName(LOG_TAB),
  });
  try {
    writeLog(gasPorts(spreadsheet), t("log.selfCheck"), [summary, ...lines]);
  } catch (error) {
    lines.push(errorText(error));
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(t("menu.selfCheck"), [summary, ...lines].join("\n"), ui.ButtonSet.OK);
}
