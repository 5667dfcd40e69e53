import { dayOfWeek, formatIso, formatVi, type LocalDate } from "../../core/dates/localDate";
import { composeDigests, renderDigest, type Digest, type DigestTask, type RenderedDigest } from "../../core/digest/compose";
import { t, type Message } from "../../core/i18n/messages";
import { ALL_OFFICERS, DEFAULT_ROLES, RoleMatcher, SECRETARIAT } from "../../core/plan/roles";
import { splitRoles } from "../../core/validation/rows";
import type { AppPorts } from "../../ports";
import { writeLog } from "../write/log";
import { StoredList } from "../state/storedList";
import { directoryIndex } from "../read/directory";
import { refreshAll } from "./refresh";
import { readSettings } from "../read/settings";
import { textAt } from "../read/tabs";

const SENT_KEY = "digest.sent.v2";
const SENT_DAY_KEY = "digest.sent.v2.day";
const PENDING_KEY = "digest.pending.v2";

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

/**
 * The daily reminders: refreshes the statuses, composes one digest per person with something
 * to act on, and sends the most urgent first while the quota lasts. Never twice a day to the
 * same person (what was sent today is kept in document properties, saved after each send);
 * whoever could not be mailed (quota, time) goes first on the next run; a failed send is logged
 * and stops nobody else. Nothing is sent on a day off unless the settings say so.
 */
export function runDigest(ports: AppPorts, options: DigestRunOptions): DigestRunResult {
  const today = options.today ?? ports.clock.today();
  const refreshed = refreshAll(ports, today, t("log.digest"));
  const { directory, settings, log } = refreshed.tabs;
  const calendar = refreshed.calendar;
  const notes: Message[] = [];

  const typed = readSettings(settings).settings;
  if (!options.onlyTo && !typed.sendOnDaysOff && !calendar.isWorkingDay(today)) {
    writeLog(ports, t("log.digest"), [{ key: "digest.dayOffLog", params: { date: formatVi(today) } }], log);
    return { dayOff: true, digests: [], sent: [], skipped: [], failed: [], pending: [], notes: [] };
  }

  const book = directoryIndex(directory);
  const roleEmails = book.roleEmails;
  const secretariat = roleEmails(SECRETARIAT);
  const chairman = roleEmails("chairman");
  const problemsByRow = new Map<number, string[]>();
  for (const p of refreshed.problems) if (p.tab === "plan") problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p.problem]);
  const planTab = refreshed.tabs.plan;
  const matcher = new RoleMatcher(DEFAULT_ROLES);
  const missing = new Set<string>();
  const tasks: DigestTask[] = refreshed.rows.map((r) => {
    const line = planTab.values[r.row - 1];
    const owner = textAt(planTab, line, "owner");
    let recipients = owner ? book.personEmails(owner) : [];
    if (recipients.length === 0) {
      for (const role of splitRoles(textAt(planTab, line, "lead"))) {
        // "Các cán bộ, công chức": a shared task, coordinated by the secretariat.
        const emails = matcher.match(role) === ALL_OFFICERS ? secretariat : roleEmails(role);
        if (emails.length === 0) missing.add(role);
        recipients = [...recipients, ...emails];
      }
    }
    const e = r.evaluation;
    return {
      id: r.id, task: r.task, row: r.row, status: e.status, nextDue: e.nextDue, daysLeft: e.workingDaysLeft,
      daysLate: Math.max(0, ...e.occurrences.filter((o) => o.status === "overdue").map((o) => o.daysLate)),
      recipients: [...new Set(recipients)], problems: problemsByRow.get(r.row) ?? [],
    };
  });
  for (const role of missing) notes.push({ key: "digest.noEmail", params: { role } });

  let digests = composeDigests(tasks, {
    today, secretariat, chairman,
    escalateAfter: typed.escalateAfterDays,
    escalationDay: dayOfWeek(today) === 1,
  });
  if (options.onlyTo) digests = digests.filter((d) => d.to === options.onlyTo!.toLowerCase());
  const rendered = digests.map((digest) => ({ digest, mail: renderDigest(digest, today, options.link) }));

  // What was sent today, and who waits from the last run: both in document properties, as
  // lists split over as many values as they need; the day the sent list is for kept beside it.
  const store = ports.store;
  const dateKey = formatIso(today);
  const sentList = new StoredList(store, SENT_KEY);
  const pendingList = new StoredList(store, PENDING_KEY);
  const sentRead = sentList.read();
  const pendingRead = pendingList.read();
  const notesOfState: Message[] = [];
  // A record nobody can read is reset and said so: sending on beats stopping every morning.
  if (sentRead.corrupt || pendingRead.corrupt) notesOfState.push({ key: "digest.stateReset" });
  const sameDay = store?.get(SENT_DAY_KEY) === dateKey;
  const sentToday = new Set(options.onlyTo || !sameDay ? [] : sentRead.items);
  if (!options.onlyTo && !sameDay) {
    // Yesterday's list emptied before the day is set: a run cut short between the two starts over.
    sentList.write([]);
    store?.set(SENT_DAY_KEY, dateKey);
  }
  const waiting = new Set(pendingRead.items);
  const queue = [...rendered].sort((a, b) => Number(waiting.has(b.digest.to)) - Number(waiting.has(a.digest.to)));

  const sent: string[] = [];
  const skipped: string[] = [];
  const failed: { to: string; error: string }[] = [];
  const pending: string[] = [];
  const logLines: (Message | string)[] = [];
  let quota = ports.mailer?.remaining() ?? 0;
  for (const [i, { digest, mail }] of queue.entries()) {
    if (sentToday.has(digest.to)) {
      skipped.push(digest.to);
      continue;
    }
    if (options.outOfTime?.()) {
      pending.push(...queue.slice(i).map((q) => q.digest.to).filter((to) => !sentToday.has(to)));
      logLines.push({ key: "digest.timeLog", params: { count: pending.length } });
      break;
    }
    if (quota <= 0 || !ports.mailer) {
      pending.push(...queue.slice(i).map((q) => q.digest.to).filter((to) => !sentToday.has(to)));
      logLines.push({ key: "digest.quotaLog", params: { count: pending.length, to: pending.join(", ") } });
      break;
    }
    try {
      ports.mailer.send({ to: [digest.to], subject: mail.subject, body: mail.text, htmlBody: mail.html });
      quota--;
      sent.push(digest.to);
      sentToday.add(digest.to);
      if (!options.onlyTo) sentList.write([...sentToday]);
      logLines.push({ key: "digest.sentLog", params: { to: digest.to, subject: mail.subject } });
    } catch (error) {
      failed.push({ to: digest.to, error: String((error as Error).message ?? error) });
      logLines.push({ key: "digest.failedLog", params: { to: digest.to, error: String((error as Error).message ?? error) } });
    }
  }
  if (!options.onlyTo) pendingList.write(pending);
  logLines.unshift({ key: "digest.summaryLog", params: { date: formatVi(today), sent: sent.length, skipped: skipped.length, failed: failed.length, pending: pending.length } });
  writeLog(ports, t("log.digest"), [...notesOfState, ...logLines, ...notes], log);
  return { dayOff: false, digests: rendered, sent, skipped, failed, pending, notes };
}
