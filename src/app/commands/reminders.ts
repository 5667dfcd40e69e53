import { UserError } from "../../core/errors";
import { t, type Message } from "../../core/i18n/messages";
import { SETTINGS_TAB } from "../../core/workbook/layout";
import type { AppPorts, LockPort, StorePort, TriggersPort } from "../../ports";
import { readSettings } from "../read/settings";
import type { OpenTab } from "../read/tabs";
import { writeLog } from "../write/log";
import { writeSetting } from "../write/settings";
import { openTab } from "../write/structure";
import { runDigest, type DigestPorts, type DigestRunResult } from "./sendDigests";

const STATE_KEY = "reminders.state";

/** Whether reminders are on for this document, who said so and when: one record per document. */
export interface ReminderState {
  readonly on: boolean;
  readonly by: string;
  readonly at: string;
  readonly hour: number;
  /** The trigger made for this document: the only one "off" or a second "on" removes in an add-on. */
  readonly triggerId?: string;
}

/** The ports turning reminders on and off uses: the script lock keeps two clicks from making two triggers. */
export type ReminderPorts = Pick<AppPorts, "workbook" | "clock" | "user" | "store"> & {
  readonly triggers: TriggersPort;
  readonly scriptLock: LockPort;
};

/** A link to a plan row, for each task in an e-mail; made only when something is to be sent. */
export type RowLinker = () => (row: number) => string;

function readState(store: StorePort): ReminderState | null {
  const raw = store.get(STATE_KEY);
  return raw ? (JSON.parse(raw) as ReminderState) : null;
}

function statusText(state: ReminderState): string {
  const by = state.by || "?";
  if (!state.on) return t("reminders.off", { by, at: state.at });
  return t("reminders.on", { hour: state.hour, by, at: state.at });
}

/** Whether reminders are on and the words Cài đặt shows for it; null before anyone turned them on or off. */
export function reminderStatus(store: StorePort): { readonly on: boolean; readonly text: string } | null {
  const state = readState(store);
  return state && { on: state.on, text: statusText(state) };
}

/** Keeps the state, and shows it in Cài đặt's reminderStatus row for every editor to see. */
function saveState(ports: Pick<ReminderPorts, "store">, settingsTab: OpenTab, state: ReminderState): void {
  ports.store.set(STATE_KEY, JSON.stringify(state));
  writeSetting(settingsTab, "reminderStatus", statusText(state));
}

/**
 * This document's daily triggers made by the current user. Where one user's triggers span
 * several documents (an add-on), only the trigger recorded for this document counts; a bound
 * script's daily triggers are all this document's.
 */
function documentTriggers(triggers: TriggersPort, state: ReminderState | null): string[] {
  const daily = triggers.daily();
  return triggers.spansDocuments() ? daily.filter((id) => id === state?.triggerId) : daily;
}

/** Whether this document's daily trigger, made by the current user, exists. */
export function hasDocumentTrigger(ports: Pick<ReminderPorts, "store" | "triggers">): boolean {
  return documentTriggers(ports.triggers, readState(ports.store)).length > 0;
}

/**
 * Turns the daily reminders on with exactly one trigger for this document, under the script
 * lock: clicking twice replaces the first; if another editor already turned them on (their
 * trigger is invisible here), that is respected and none is added. The hour is Cài đặt's
 * reminderHour as the settings read it; a wrong one is named with the hour used instead.
 */
export function turnOn(ports: ReminderPorts): string {
  const done = ports.scriptLock.withLock(() => {
    const me = ports.user.email();
    const state = readState(ports.store);
    if (state?.on && state.by && me && state.by !== me) return statusText(state);
    const settingsTab = openTab(ports.workbook, SETTINGS_TAB, false);
    const { settings, wrong, typed } = readSettings(settingsTab);
    const hour = settings.reminderHour;
    for (const id of documentTriggers(ports.triggers, state)) ports.triggers.remove(id);
    const triggerId = ports.triggers.createDaily(hour);
    saveState(ports, settingsTab, { on: true, by: me, at: ports.clock.timestamp(), hour, triggerId });
    const installed = t("reminders.installed", { hour });
    // The hour's problem is the settings' own; the dialog names the value as typed.
    const wrongHour = wrong.some((p) => p.key === "reminderHour");
    return wrongHour ? `${t("reminders.badHour", { value: typed.reminderHour, hour })}\n${installed}` : installed;
  });
  return done ?? t("error.busy");
}

/**
 * Removes the current user's trigger for this document and marks reminders off, so that a
 * trigger another editor left sends nothing either.
 */
export function turnOff(ports: Omit<ReminderPorts, "scriptLock">): string {
  const state = readState(ports.store);
  const triggers = documentTriggers(ports.triggers, state);
  for (const id of triggers) ports.triggers.remove(id);
  const settingsTab = openTab(ports.workbook, SETTINGS_TAB, false);
  const hour = state?.hour ?? readSettings(settingsTab).settings.reminderHour;
  saveState(ports, settingsTab, { on: false, by: ports.user.email(), at: ports.clock.timestamp(), hour });
  return t("reminders.removed", { count: triggers.length });
}

/** What a daily run did: nothing (reminders off, or the sheet busy), the digest, or stopped on a sheet not as left. */
export type DailyRun =
  | { readonly kind: "off" }
  | { readonly kind: "busy" }
  | { readonly kind: "sent"; readonly result: DigestRunResult }
  | { readonly kind: "stopped"; readonly problem: Message };

/**
 * The daily trigger's run: nothing when reminders were turned off (a trigger another editor
 * left behind), otherwise the digest under the document lock, within `outOfTime`. A sheet not
 * as the product left it mails nobody from a half-read sheet, and Nhật ký says why.
 */
export function dailyReminders(
  ports: DigestPorts & { readonly lock: LockPort },
  options: { readonly link: RowLinker; readonly outOfTime: () => boolean },
): DailyRun {
  const state = readState(ports.store);
  if (state && !state.on) return { kind: "off" };
  const link = options.link();
  try {
    const result = ports.lock.withLock(() => runDigest(ports, { link, outOfTime: options.outOfTime }));
    return result ? { kind: "sent", result } : { kind: "busy" };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    writeLog(ports, t("log.digest"), [error.detail]);
    return { kind: "stopped", problem: error.detail };
  }
}

/** "Gửi thử cho tôi": the caller's own digest, now, whatever was sent today. */
export function testDigest(ports: DigestPorts, link: RowLinker): string {
  const me = ports.user.email();
  if (!me) return t("digest.noUser");
  const result = runDigest(ports, { link: link(), onlyTo: me });
  const mine = result.digests[0];
  if (!mine) return t("digest.nothing");
  if (result.sent.length) return t("digest.testSent", { to: me, subject: mine.mail.subject });
  return t("digest.failedLog", { to: me, error: result.failed[0]?.error ?? "quota" });
}
