import { runDigest } from "../app/digest";
import { settingValue, writeSetting } from "../app/settings";
import { openTab, tabName } from "../app/tabs";
import { t } from "../core/i18n/messages";
import { PLAN_TAB, SETTINGS_TAB } from "../core/workbook/layout";
import type { AppPorts } from "../ports";
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
}

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

/** This user's daily triggers for this script (Apps Script shows each user only their own). */
const myTriggers = () => ScriptApp.getProjectTriggers().filter((tr) => tr.getHandlerFunction() === DAILY_HANDLER);

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
    const hourText = settingValue(openTab(ports.workbook, SETTINGS_TAB, false), "reminderHour");
    const hour = /^\d{1,2}$/.test(hourText) ? Math.min(23, Number(hourText)) : 7;
    for (const tr of myTriggers()) ScriptApp.deleteTrigger(tr);
    ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone("Asia/Ho_Chi_Minh").create();
    saveState(ports, { on: true, by: me, at: ports.clock.timestamp(), hour });
    return t("reminders.installed", { hour });
  } finally {
    lock.releaseLock();
  }
}

/** Removes this user's triggers and marks reminders off: another editor's trigger then does nothing. */
export function turnOff(ports: AppPorts): string {
  const triggers = myTriggers();
  for (const tr of triggers) ScriptApp.deleteTrigger(tr);
  saveState(ports, { on: false, by: ports.user.email(), at: ports.clock.timestamp(), hour: readState(ports)?.hour ?? 7 });
  return t("reminders.removed", { count: triggers.length });
}

/** A link to a row of the plan tab, for each task in an e-mail. */
function rowLinker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): (row: number) => string {
  const url = spreadsheet.getUrl();
  const gid = spreadsheet.getSheetByName(tabName(PLAN_TAB))?.getSheetId() ?? 0;
  return (row) => `${url}#gid=${gid}&range=A${row}`;
}

/** The daily trigger: one digest per officer, under the document lock, within time and quota. */
export function dailyDigest(): void {
  const started = Date.now();
  const ports = gasPorts();
  const state = readState(ports);
  if (state && !state.on) return;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const link = rowLinker(spreadsheet);
  documentLock(60000).withLock(() => runDigest(ports, { link, outOfTime: () => Date.now() - started > TIME_BUDGET_MS }));
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


