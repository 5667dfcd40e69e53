import { formatVi, type LocalDate } from "../../core/dates/localDate";
import type { Digest, RenderedDigest } from "../../core/digest/compose";
import { personalUrl } from "../../core/digest/webAppLink";
import { t, type Message } from "../../core/i18n/messages";
import type { AppPorts, OfficerPorts, StorePort } from "../../ports";
import { digestModel, isReminderDayOff, type DigestModelOptions } from "../read/digest";
import { DigestState } from "../state/digestState";
import { writeLog } from "../write/log";
import { LINK_DAYS, personalToken } from "./officerLinks";
import { refreshAll } from "./refresh";

export interface DigestRunOptions {
  readonly today?: LocalDate;
  /** A link to a plan row, for each task in the mail. */
  readonly link: (row: number) => string;
  /** True when the run must stop to finish in time (Apps Script: 6 minutes). */
  readonly outOfTime?: () => boolean;
  /** Send only this person's digest, now, whatever was sent today ("Gửi thử cho tôi"). */
  readonly onlyTo?: string;
}

export interface DigestRunResult {
  readonly dayOff: boolean;
  readonly digests: readonly { digest: Digest; mail: RenderedDigest }[];
  readonly sent: readonly string[];
  readonly skipped: readonly string[];
  readonly failed: readonly { to: string; error: string }[];
  readonly pending: readonly string[];
  readonly notes: readonly Message[];
}

/** The ports the reminders use: a refresh's, the mailer, and the keyed hash and secret that sign each personal link. */
export type DigestPorts = Pick<OfficerPorts, "workbook" | "clock" | "user" | "store" | "mailer" | "crypto" | "secrets">;

type Sending = Pick<DigestRunResult, "sent" | "skipped" | "failed" | "pending"> & {
  readonly log: (Message | string)[];
};

/**
 * Sends the digests, those left waiting by the last run first, while the quota and the time
 * last; nobody twice a day, each send recorded at once; a failed send stops nobody else.
 */
function sendDigests(
  ports: Pick<AppPorts, "mailer">,
  rendered: DigestRunResult["digests"],
  state: DigestState,
  outOfTime?: () => boolean,
): Sending {
  const waits = (d: DigestRunResult["digests"][number]) => Number(state.waiting.has(d.digest.to));
  const queue = [...rendered].sort((a, b) => waits(b) - waits(a));
  const { sentToday } = state;
  const sent: string[] = [];
  const skipped: string[] = [];
  const failed: { to: string; error: string }[] = [];
  const pending: string[] = [];
  const log: (Message | string)[] = [];
  let quota = ports.mailer.remaining();
  for (const [i, { digest, mail }] of queue.entries()) {
    if (sentToday.has(digest.to)) {
      skipped.push(digest.to);
      continue;
    }
    if (outOfTime?.()) {
      pending.push(
        ...queue
          .slice(i)
          .map((q) => q.digest.to)
          .filter((to) => !sentToday.has(to)),
      );
      log.push({ key: "digest.timeLog", params: { count: pending.length } });
      break;
    }
    if (quota <= 0) {
      pending.push(
        ...queue
          .slice(i)
          .map((q) => q.digest.to)
          .filter((to) => !sentToday.has(to)),
      );
      log.push({ key: "digest.quotaLog", params: { count: pending.length, to: pending.join(", ") } });
      break;
    }
    try {
      ports.mailer.send({ to: [digest.to], subject: mail.subject, body: mail.text, htmlBody: mail.html });
      quota--;
      sent.push(digest.to);
      state.sent(digest.to);
      log.push({ key: "digest.sentLog", params: { to: digest.to, subject: mail.subject } });
    } catch (error) {
      const reason = String((error as Error).message ?? error);
      failed.push({ to: digest.to, error: reason });
      log.push({ key: "digest.failedLog", params: { to: digest.to, error: reason } });
    }
  }
  state.leftWaiting(pending);
  return { sent, skipped, failed, pending, log };
}

/** A store that reads each key once: the links' secret costs one script-property read a run, not one an e-mail. */
function readOnce(store: StorePort): StorePort {
  const seen = new Map<string, string | null>();
  return {
    get(key) {
      if (!seen.has(key)) seen.set(key, store.get(key));
      return seen.get(key) ?? null;
    },
    set(key, value) {
      store.set(key, value);
      seen.set(key, value);
    },
  };
}

/**
 * Each recipient's link to "Việc của tôi" when Cài đặt gives the page's address: a token signed
 * for that person now, valid LINK_DAYS days (every day's e-mail brings a fresh one). None
 * without an address (or with a wrong one), so the e-mail is as before and no secret is made
 * for a page nobody deployed.
 */
function personalLinks(
  ports: Pick<DigestPorts, "crypto" | "secrets" | "clock">,
  webAppUrl: string,
): DigestModelOptions["personal"] {
  if (!webAppUrl) return undefined;
  const signing = { ...ports, secrets: readOnce(ports.secrets) };
  return (to) => ({ url: personalUrl(webAppUrl, personalToken(signing, to)), days: LINK_DAYS });
}

/**
 * The daily reminders: refreshes the statuses, composes one digest per person with something
 * to act on, and sends the most urgent first while the quota lasts. Never twice a day to the
 * same person (what was sent today is kept in document properties, saved after each send);
 * whoever could not be mailed (quota, time) goes first on the next run; a failed send is logged
 * and stops nobody else. Nothing is sent on a day off unless the settings say so.
 */
export function runDigest(ports: DigestPorts, options: DigestRunOptions): DigestRunResult {
  const today = options.today ?? ports.clock.today();
  const refreshed = refreshAll(ports, today, t("log.digest"));
  const { snapshot } = refreshed;
  const { log } = snapshot.tabs;
  if (!options.onlyTo && isReminderDayOff(snapshot)) {
    writeLog(ports, t("log.digest"), [{ key: "digest.dayOffLog", params: { date: formatVi(today) } }], log);
    return { dayOff: true, digests: [], sent: [], skipped: [], failed: [], pending: [], notes: [] };
  }
  const { digests, notes } = digestModel(snapshot, refreshed.problems, {
    link: options.link,
    onlyTo: options.onlyTo,
    personal: personalLinks(ports, snapshot.settings.webAppUrl),
  });
  const state = new DigestState(ports.store, today, !!options.onlyTo);
  const sending = sendDigests(ports, digests, state, options.outOfTime);
  const { sent, skipped, failed, pending } = sending;
  const summary: Message = {
    key: "digest.summaryLog",
    params: {
      date: formatVi(today),
      sent: sent.length,
      skipped: skipped.length,
      failed: failed.length,
      pending: pending.length,
    },
  };
  writeLog(ports, t("log.digest"), [...state.notes, summary, ...sending.log, ...notes], log);
  return { dayOff: false, digests, sent, skipped, failed, pending, notes };
}
