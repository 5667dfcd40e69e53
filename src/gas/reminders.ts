import { runDigest } from "../app/commands/sendDigests";
import { readSettings, settingValue } from "../app/read/settings";
import { writeSetting } from "../app/write/settings";
import { tabName } from "../app/read/tabs";
import { openTab } from "../app/write/structure";
import { t } from "../core/i18n/messages";
import { PLAN_TAB, SETTINGS_TAB } from "../core/workbook/layout";
import type { AppPorts } from "../ports";
import { writeLog } from "../app/write/log";
import { UserError } from "../core/errors";
import { parseHour } from "../core/schema/hour";
import { isAddon } from "./addon";
import { PLAN_TIME_ZONE } from "./locale";
import { documentLock, gasPorts } from "./ports";

/** The name of the daily trigger's handler: exported by main.ts. */
export const DAILY_HANDLER = "dailyDigest";
const STATE_KEY = "reminders.state";
/** Stop sending after this long: Apps Script ends a run at 6 minutes. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;

interface ReminderState {
  on: boolean;
  by: string;
  at: string;
  hour: number;
  /** The trigger made for this document: the only one "off" or a second "on" removes. */
  triggerId?: string;
}

/** The hour reminders are sent at when Cài đặt says none that can be read. */
const DEFAULT_HOUR = 7;

function readState(ports: AppPorts): ReminderState | null {
  const raw = ports.store?.get(STATE_KEY);
  return raw ? (JSON.parse(raw) as ReminderState) : null;
}

function statusText(state: ReminderState): string {
  return state.on ? t("reminders.on", { hour: state.hour, by: state.by || "?", at: state.at }) : t("reminders.off", { by: state.by || "?", at: state.at });
}

function saveState(ports: AppPorts, state: ReminderState): void {
  ports.store?.set(STATE_KEY, JSON.stringify(state));
  writeSetting(openTab(ports.workbook, SETTINGS_TAB, false), "reminderStatus", statusText(state));
}

/**
 * This user's daily triggers for this document. Apps Script shows each user only their own
 * (developers.google.com/apps-script/reference/script/script-app#getprojecttriggers); an add-on's
 * project triggers span every document it is used in, so there only the trigger recorded for
 * this document counts. A bound script has one document: all its daily triggers are this one's.
 */
function myTriggers(state: ReminderState | null): GoogleAppsScript.Script.Trigger[] {
  const daily = ScriptApp.getProjectTriggers().filter((tr) => tr.getHandlerFunction() === DAILY_HANDLER);
  return isAddon() ? daily.filter((tr) => tr.getUniqueId() === state?.triggerId) : daily;
}

/** Whether this document's daily trigger, made by the current user, exists. */
export function hasDocumentTrigger(ports: AppPorts): boolean {
  return myTriggers(readState(ports)).length > 0;
}

/** Where a trigger's document is kept: an add-on's time-driven run has no active spreadsheet. */
const docKey = (triggerId: string) => `reminders.doc.${triggerId}`;

/**
 * Installs exactly one daily trigger, under the script lock: clicking twice replaces the first;
 * if another editor already turned reminders on (their trigger is invisible here), none is added.
 */
export function turnOn(ports: AppPorts): string {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(20000)) return t("error.busy");
  try {
    const me = ports.user.email();
    const state = readState(ports);
    if (state?.on && state.by && me && state.by !== me) return statusText(state);
    const settingsTab = openTab(ports.workbook, SETTINGS_TAB, false);
    const hourText = settingValue(settingsTab, "reminderHour");
    const parsed = hourText.trim() === "" ? DEFAULT_HOUR : parseHour(hourText);
    const hour = readSettings(settingsTab).settings.reminderHour;
    for (const tr of myTriggers(state)) ScriptApp.deleteTrigger(tr);
    const trigger = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(PLAN_TIME_ZONE).create();
    const triggerId = trigger.getUniqueId();
    PropertiesService.getUserProperties().setProperty(docKey(triggerId), SpreadsheetApp.getActiveSpreadsheet().getId());
    saveState(ports, { on: true, by: me, at: ports.clock.timestamp(), hour, triggerId });
    const installed = t("reminders.installed", { hour });
    return parsed === null && hourText.trim() !== "" ? `${t("reminders.badHour", { value: hourText, hour })}\n${installed}` : installed;
  } finally {
    lock.releaseLock();
  }
}

/** Removes this user's triggers and marks reminders off: another editor's trigger then does nothing. */
export function turnOff(ports: AppPorts): string {
  const state = readState(ports);
  const triggers = myTriggers(state);
  for (const tr of triggers) {
    PropertiesService.getUserProperties().deleteProperty(docKey(tr.getUniqueId()));
    ScriptApp.deleteTrigger(tr);
  }
  saveState(ports, { on: false, by: ports.user.email(), at: ports.clock.timestamp(), hour: state?.hour ?? DEFAULT_HOUR });
  return t("reminders.removed", { count: triggers.length });
}

/** A link to a row of the plan tab, for each task in an e-mail. */
function rowLinker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): (row: number) => string {
  const url = spreadsheet.getUrl();
  const gid = spreadsheet.getSheetByName(tabName(PLAN_TAB))?.getSheetId() ?? 0;
  return (row) => `${url}#gid=${gid}&range=A${row}`;
}

/** The daily trigger: one digest per officer, under the document lock, within time and quota. */
export function dailyDigest(e?: { triggerUid?: string }): void {
  const started = Date.now();
  const spreadsheet = triggerSpreadsheet(e);
  if (!spreadsheet) return;
  const ports = gasPorts(spreadsheet);
  const state = readState(ports);
  if (state && !state.on) return;
  const link = rowLinker(spreadsheet);
  try {
    documentLock(60000).withLock(() => runDigest(ports, { link, outOfTime: () => Date.now() - started > TIME_BUDGET_MS }));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // A sheet not as the product left it: nobody is mailed from a half-read sheet, and Nhật ký says why.
    writeLog(ports, t("log.digest"), [error.detail]);
    console.warn(error.message);
  }
}

/**
 * The spreadsheet a time-driven run is for: the bound one, or for an add-on the document its
 * trigger was made in (opening it by id needs the spreadsheets scope, which the add-on's
 * manifest must then carry; the bound script never gets here).
 */
function triggerSpreadsheet(e?: { triggerUid?: string }): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = e?.triggerUid ? PropertiesService.getUserProperties().getProperty(docKey(e.triggerUid)) : null;
  if (!id) {
    console.warn(`daily run without a document (trigger ${e?.triggerUid ?? "?"})`);
    return null;
  }
  return SpreadsheetApp.openById(id);
}

/** "Gửi thử cho tôi": the caller's own digest, now. */
export function testDigest(ports: AppPorts): string {
  const me = ports.user.email();
  if (!me) return t("digest.noUser");
  const link = rowLinker(SpreadsheetApp.getActiveSpreadsheet());
  const result = runDigest(ports, { link, onlyTo: me });
  const mine = result.digests[0];
  if (!mine) return t("digest.nothing");
  return result.sent.length ? t("digest.testSent", { to: me, subject: mine.mail.subject }) : t("digest.failedLog", { to: me, error: result.failed[0]?.error ?? "quota" });
}


