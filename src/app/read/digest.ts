import { dayOfWeek } from "../../core/dates/localDate";
import {
  composeDigests,
  renderDigest,
  type Digest,
  type DigestTask,
  type PersonalLink,
  type RenderedDigest,
} from "../../core/digest/compose";
import type { Message } from "../../core/i18n/messages";
import { SECRETARIAT } from "../../core/plan/roles";
import { overdueDays } from "../../core/status/status";
import type { PlacedProblem } from "./check";
import { assignmentOf } from "./queries";
import type { Snapshot } from "./snapshot";

export interface DigestModel {
  readonly digests: readonly { digest: Digest; mail: RenderedDigest }[];
  /** Lead roles with no address in the directory: their tasks go to the secretariat. */
  readonly notes: readonly Message[];
}

/** Whether today is a day reminders are not sent (a day off, unless the settings say to send then). */
export function isReminderDayOff(snapshot: Snapshot): boolean {
  return !snapshot.settings.sendOnDaysOff && !snapshot.calendar.isWorkingDay(snapshot.today);
}

export interface DigestModelOptions {
  /** A link to a plan row, for each task in the mail. */
  readonly link: (row: number) => string;
  /** Only this person's digest ("Gửi thử cho tôi"). */
  readonly onlyTo?: string;
  /** Each recipient's own link to "Việc của tôi"; none when the page has no address. */
  readonly personal?: (to: string) => PersonalLink;
}

/**
 * The day's digests from the snapshot and the problems a refresh found in the plan rows: one
 * per person with something to act on (overdue, due soon, a row to fix), to the addresses each
 * task's assignment gives, most urgent first; with `onlyTo`, that person's only. Each e-mail is
 * given its recipient's personal link as it is rendered, so a token is signed only for someone
 * with a digest (with `onlyTo`, for that person alone).
 */
export function digestModel(
  snapshot: Snapshot,
  problems: readonly PlacedProblem[],
  { link, onlyTo, personal }: DigestModelOptions,
): DigestModel {
  const { today } = snapshot;
  const book = snapshot.directory;
  const problemsByRow = new Map<number, string[]>();
  for (const p of problems) {
    if (p.tab === "plan") problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p.problem]);
  }
  const missing = new Set<string>();
  const tasks: DigestTask[] = snapshot.rows.map((r) => {
    const who = assignmentOf(snapshot, r.cells);
    for (const role of who.unreachable) missing.add(role);
    const e = r.evaluation;
    return {
      id: r.id,
      task: r.task,
      row: r.row,
      status: e.status,
      nextDue: e.nextDue,
      daysLeft: e.workingDaysLeft,
      daysLate: overdueDays(e),
      recipients: who.emails,
      problems: problemsByRow.get(r.row) ?? [],
    };
  });
  let digests = composeDigests(tasks, {
    today,
    secretariat: book.roleEmails(SECRETARIAT),
    chairman: book.roleEmails("chairman"),
    escalateAfter: snapshot.settings.escalateAfterDays,
    escalationDay: dayOfWeek(today) === 1,
  });
  if (onlyTo) digests = digests.filter((d) => d.to === onlyTo.toLowerCase());
  return {
    digests: digests.map((digest) => ({ digest, mail: renderDigest(digest, today, link, personal?.(digest.to)) })),
    notes: [...missing].map((role) => ({ key: "digest.noEmail" as const, params: { role } })),
  };
}
