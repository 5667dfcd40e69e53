import { formatVi, type LocalDate } from "../dates/localDate";
import { t } from "../i18n/messages";
import { escapeHtml } from "../report/html";
import type { TaskStatus } from "../status/status";

/** One task as the digest sees it. */
export interface DigestTask {
  readonly id: string;
  readonly task: string;
  readonly row: number;
  readonly status: TaskStatus;
  readonly nextDue: LocalDate | null;
  /** Working days late (0 unless overdue). */
  readonly daysLate: number;
  /** Working days left to the next due date (null when none). */
  readonly daysLeft: number | null;
  /** Who must act: e-mail addresses from the directory (lead roles, or the owner). */
  readonly recipients: readonly string[];
  /** Problems to fix in the row, one line each. */
  readonly problems: readonly string[];
}

export type DigestRole = "officer" | "secretariat" | "chairman";

/** One e-mail: one recipient, what they have to act on, most urgent first. */
export interface Digest {
  readonly to: string;
  readonly role: DigestRole;
  readonly overdue: readonly DigestTask[];
  readonly dueSoon: readonly DigestTask[];
  readonly toFix: readonly DigestTask[];
  /** For ordering: the most working days any of their tasks is late, then how many are due soon. */
  readonly urgency: number;
}

export interface DigestOptions {
  readonly today: LocalDate;
  /** The secretariat's address(es): they get shared tasks, tasks with no address, and the daily summary. */
  readonly secretariat: readonly string[];
  /** The chairman's address(es): a weekly escalation. */
  readonly chairman: readonly string[];
  /** Escalate to the chairman what is overdue by more than this many working days. */
  readonly escalateAfter: number;
  /** Is today the chairman's day (Monday, by default)? */
  readonly escalationDay: boolean;
}

const urgency = (overdue: readonly DigestTask[], dueSoon: readonly DigestTask[]) =>
  (overdue.length ? 1000 + Math.max(...overdue.map((x) => x.daysLate)) : 0) + dueSoon.length;

/**
 * composeDigests(tasks, options): one digest per person with something to act on, most urgent
 * first. An officer gets their overdue and due-soon tasks and the problems in their rows; the
 * secretariat also gets every overdue task (the daily summary) and the tasks nobody has an
 * address for; on the escalation day the chairman gets what is overdue by more than the
 * threshold. Nobody with nothing to act on gets mail.
 */
export function composeDigests(tasks: readonly DigestTask[], options: DigestOptions): Digest[] {
  const byRecipient = new Map<string, { role: DigestRole; tasks: Set<DigestTask> }>();
  const add = (to: string, role: DigestRole, task: DigestTask) => {
    const key = to.trim().toLowerCase();
    if (!key) return;
    const entry = byRecipient.get(key) ?? { role, tasks: new Set<DigestTask>() };
    if (role === "secretariat" || (role === "chairman" && entry.role === "officer")) entry.role = role;
    entry.tasks.add(task);
    byRecipient.set(key, entry);
  };
  const actionable = (x: DigestTask) => x.status === "overdue" || x.status === "dueSoon" || x.problems.length > 0;
  for (const task of tasks) {
    if (!actionable(task)) continue;
    const to = task.recipients.length > 0 ? task.recipients : options.secretariat;
    for (const r of to) add(r, "officer", task);
    if (task.status === "overdue") for (const r of options.secretariat) add(r, "secretariat", task);
  }
  if (options.escalationDay) {
    for (const task of tasks)
      if (task.status === "overdue" && task.daysLate > options.escalateAfter)
        for (const r of options.chairman) add(r, "chairman", task);
  }
  const digests: Digest[] = [];
  for (const [to, { role, tasks: set }] of byRecipient) {
    const list = [...set];
    const overdue = list.filter((x) => x.status === "overdue").sort((a, b) => b.daysLate - a.daysLate);
    const dueSoon = list.filter((x) => x.status === "dueSoon").sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
    const toFix = role === "chairman" ? [] : list.filter((x) => x.problems.length > 0);
    digests.push({
      to,
      role,
      overdue,
      dueSoon: role === "chairman" ? [] : dueSoon,
      toFix,
      urgency: urgency(overdue, dueSoon),
    });
  }
  return digests.sort((a, b) => b.urgency - a.urgency || a.to.localeCompare(b.to));
}

/** Most rows a section of one e-mail shows; the rest are counted ("và 12 việc khác"). */
/** Inline styles: mail clients drop a <style> block, so each cell carries its own. */
const CELL = 'style="border: 1px solid #dadce0;"';
const ID_CELL = 'style="border: 1px solid #dadce0; white-space: nowrap;"';

export const MAX_ROWS = 40;

export interface RenderedDigest {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The recipient's own link to "Việc của tôi", and how many days it works. */
export interface PersonalLink {
  readonly url: string;
  readonly days: number;
}

/** The personal link as plain text: the sentence and the address, then the warning. */
const personalText = (p: PersonalLink): string[] => [
  `${t("digest.personalLink")}: ${p.url}`,
  t("digest.personalNote", { days: p.days }),
  "",
];

/**
 * The personal link as HTML: a button a thumb can hit on a phone (styled inline: mail clients
 * drop a <style> block), then the warning in small print.
 */
const personalHtml = (p: PersonalLink, e: (s: string) => string): string =>
  `<p style="margin: 16px 0 6px;"><a href="${e(p.url)}" style="display: inline-block; background: #1a73e8; ` +
  `color: #ffffff; text-decoration: none; font-weight: bold; padding: 10px 16px; border-radius: 4px;">` +
  `${e(t("digest.personalLink"))}</a></p>\n` +
  `<p style="color: #5f6368; font-size: 12px; margin: 0 0 12px;">${e(t("digest.personalNote", { days: p.days }))}</p>`;

/**
 * renderDigest(digest, today, link, personal): a Vietnamese subject with the counts and the date,
 * an HTML body with the recipient's personal link to "Việc của tôi" first (when there is one), a
 * table per section and a link to each task's row, and a plain-text alternative. Sections are
 * capped so a message stays far below Gmail's size limits.
 */
export function renderDigest(
  digest: Digest,
  today: LocalDate,
  link: (row: number) => string,
  personal?: PersonalLink,
): RenderedDigest {
  const date = formatVi(today);
  const subject = t(digest.role === "chairman" ? "digest.subjectChairman" : "digest.subject", {
    overdue: digest.overdue.length,
    dueSoon: digest.dueSoon.length,
    toFix: digest.toFix.length,
    date,
  });
  const intro = t(`digest.intro.${digest.role}`, { date });
  const sections: { title: string; rows: DigestTask[]; cell: (x: DigestTask) => string }[] = [
    {
      title: t("digest.overdue", { count: digest.overdue.length }),
      rows: [...digest.overdue],
      cell: (x: DigestTask) => t("digest.late", { days: x.daysLate, due: x.nextDue ? formatVi(x.nextDue) : "—" }),
    },
    {
      title: t("digest.dueSoon", { count: digest.dueSoon.length }),
      rows: [...digest.dueSoon],
      cell: (x: DigestTask) => t("digest.left", { days: x.daysLeft ?? 0, due: x.nextDue ? formatVi(x.nextDue) : "—" }),
    },
    {
      title: t("digest.toFix", { count: digest.toFix.length }),
      rows: [...digest.toFix],
      cell: (x: DigestTask) => x.problems.join("; "),
    },
  ].filter((s) => s.rows.length > 0);

  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const text = [
    intro,
    "",
    ...(personal ? personalText(personal) : []),
    ...sections.flatMap((s) => [
      s.title,
      ...s.rows.slice(0, MAX_ROWS).map((x) => `- ${x.id}: ${clip(x.task, 140)} — ${s.cell(x)} (${link(x.row)})`),
      ...(s.rows.length > MAX_ROWS ? [t("digest.more", { count: s.rows.length - MAX_ROWS })] : []),
      "",
    ]),
    t("digest.footer"),
  ].join("\n");

  const e = escapeHtml;
  const headCells = (["report.colId", "report.colTask", "digest.colWhat"] as const)
    .map((key) => `<th ${CELL}>${e(t(key))}</th>`)
    .join("");
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #202124; max-width: 760px;">
<p>${e(intro)}</p>
${personal ? `${personalHtml(personal, e)}\n` : ""}${sections
    .map(
      (s) => `<h3 style="font-size: 15px; margin: 18px 0 6px;">${e(s.title)}</h3>
<table style="border-collapse: collapse; width: 100%;" cellpadding="6">
<tr style="background: #f1f3f4; text-align: left;">${headCells}</tr>
${s.rows
  .slice(0, MAX_ROWS)
  .map(
    (x) =>
      `<tr><td ${ID_CELL}><a href="${e(link(x.row))}">${e(x.id)}</a></td>` +
      `<td ${CELL}>${e(clip(x.task, 220))}</td><td ${CELL}>${e(s.cell(x))}</td></tr>`,
  )
  .join("\n")}
</table>${s.rows.length > MAX_ROWS ? `<p>${e(t("digest.more", { count: s.rows.length - MAX_ROWS }))}</p>` : ""}`,
    )
    .join("\n")}
<p style="color: #5f6368; font-size: 12px; margin-top: 24px;">${e(t("digest.footer"))}</p>
</body></html>`;
  return { subject, text, html };
}
