import { compareDates, formatVi, localDate, type LocalDate } from "../../core/dates/localDate";
import { t, type Message } from "../../core/i18n/messages";
import { parseAddresses } from "../../core/text/addresses";
import { SETTINGS_TAB } from "../../core/workbook/layout";
import { parsePeriod } from "../../core/period/period";
import { errorText, UserError } from "../../core/errors";
import { percent, periodLabel, renderReportHtml } from "../../core/report/html";
import { buildReport, reportKind, type Report, type ReportTask } from "../../core/report/model";
import { STATUS_LABEL } from "../../core/status/status";
import { splitRoles } from "../../core/validation/rows";
import type { AppPorts, CellValue } from "../../ports";
import { dateIn, periodOfCell, readCalendar, readCompletions } from "../read/calendar";
import { directoryIndex } from "../read/directory";
import { evaluateRows } from "../read/evaluate";
import { judgeIndicators } from "../read/indicators";
import { writeLog } from "../write/log";
import { readSettings, settingValue } from "../read/settings";
import { setup } from "./setup";
import { peekTab, textAt } from "../read/tabs";

export interface ReportOutcome {
  readonly report: Report;
  readonly html: string;
  readonly tabName: string;
  readonly pdf: { id: string; url: string } | null;
}

/** "2024-11" for a date: the month a monthly report is about. */
export const monthOf = (d: LocalDate) => `${d.year}-${String(d.month).padStart(2, "0")}`;

/** The report's lines for the report tab: text only, one row per line or table row. */
export function reportGrid(report: Report): CellValue[][] {
  const s = report.settings;
  const label = periodLabel(report);
  const rows: CellValue[][] = [
    [t("report.issuerTop"), null, null, t("report.motto1")],
    [t("report.issuer", { commune: s.commune.toUpperCase() }), null, null, t("report.motto2")],
    [s.number, null, null, t("report.placeDate", { commune: s.commune, day: String(report.cutoff.day).padStart(2, "0"), month: report.cutoff.month, year: report.cutoff.year })],
    [t("report.title")],
    [t("report.subject", { period: label, commune: s.commune })],
    [t("report.s1")],
  ];
  for (const [status, count] of Object.entries(report.totals.byStatus)) rows.push([t(STATUS_LABEL[status as keyof typeof STATUS_LABEL]), count]);
  rows.push([t("report.colOnTime"), percent(report.totals.onTimeRate)]);
  rows.push([t("report.s2", { period: label })], [t("report.colId"), t("report.colTask"), t("report.colCompletedOn"), t("report.colEvidence")]);
  for (const c of report.completed) rows.push([c.id, c.what ? `${c.task} (${t("report.occurrence", { key: c.what })})` : c.task, c.completedOn ? formatVi(c.completedOn) : "", c.evidence]);
  rows.push([t("report.s3", { count: report.overdue.length })], [t("report.colId"), t("report.colTask"), t("report.colLead"), t("report.colPerson"), t("report.colDue"), t("report.colLate")]);
  for (const o of report.overdue) rows.push([o.id, o.task, o.lead, o.person, o.due ? formatVi(o.due) : "", o.daysLate]);
  rows.push([t("report.s4")], [t("report.colIndicator"), t("report.colTarget"), t("report.colValue"), t("report.colAssessment")]);
  for (const i of report.indicators) rows.push([i.name, `${i.target}${i.unit === "percent" ? "%" : ""}`, i.value === null ? "" : Math.round(i.value * 10) / 10, t(`indicator.${i.status}`)]);
  rows.push([t("report.s5")]);
  for (const d of report.difficulties) rows.push([d.id, d.note]);
  rows.push([t("report.s6")], [t("report.colId"), t("report.colTask"), t("report.colLead"), t("report.colDue")]);
  for (const u of report.upcoming) rows.push([u.id, u.task, u.lead, formatVi(u.due)]);
  return rows.map((r) => [...r, ...Array(Math.max(0, 6 - r.length)).fill(null)]);
}

/**
 * Builds the report of a period from the sheet as it stands on the cut-off date (the 20th for a
 * month, or today if earlier), writes it to a report tab named for the period (re-running
 * replaces it), and saves it as PDF where a documents port is given. Reads; never writes the
 * tracking tabs.
 */
export function generateReport(ports: AppPorts, typed: string, today: LocalDate = ports.clock.today()): ReportOutcome {
  // "T11/2024", "2024-11" and "11/2024" are one report: named and filed by the period's key.
  const parsed = parsePeriod(typed);
  const period = parsed?.key ?? typed;
  const kind = reportKind(period);
  const bounds = parsed ? [parsed.start, parsed.end] : null;
  if (!kind || !bounds) throw new UserError({ key: "report.badPeriod", params: { period: typed } });
  const { tabs } = setup(ports, {}, false, "use");
  const { plan, directory, settings: settingsTab, holidays, completions } = tabs;
  const { settings } = readSettings(settingsTab);
  const due = kind === "month" ? localDate(bounds[0].year, bounds[0].month, Math.min(settings.reportCutoffDay, bounds[1].day)) : bounds[1];
  const cutoff = compareDates(today, due) < 0 ? today : due;

  const { calendar } = readCalendar(holidays);
  const completionMap = readCompletions(completions);
  const rows = evaluateRows(plan, plan.values.map((row, i) => ({ row, number: i + 1 })).slice(1), { settings, calendar, completions: completionMap, today: cutoff });
  const directoryLookup = directoryIndex(directory);
  const completionRows = new Map<string, { key: string; completedOn: LocalDate | null; evidence: string }[]>();
  completions.values.forEach((row, i) => {
    if (i === 0) return;
    const id = textAt(completions, row, "taskId");
    if (!id) return;
    const list = completionRows.get(id) ?? [];
    list.push({ key: periodOfCell(row[(completions.columns.get("period") ?? 0) - 1] ?? null).period?.key ?? textAt(completions, row, "period"), completedOn: dateIn(completions, row, "completedOn"), evidence: textAt(completions, row, "evidence") });
    completionRows.set(id, list);
  });
  const tasks: ReportTask[] = rows.map((r) => {
    const line = plan.values[r.row - 1];
    const owner = textAt(plan, line, "owner");
    const leads = splitRoles(textAt(plan, line, "lead"));
    return {
      id: r.id, part: textAt(plan, line, "part"), section: textAt(plan, line, "section"), task: r.task,
      lead: leads.join("; "), person: owner || leads.map((l) => directoryLookup.person(l)).filter(Boolean).join("; "),
      status: r.evaluation.status, nextDue: r.evaluation.nextDue,
      daysLate: Math.max(0, ...r.evaluation.occurrences.filter((o) => o.status === "overdue").map((o) => o.daysLate)),
      completedOn: dateIn(plan, line, "completedOn"), evidence: textAt(plan, line, "evidence"), notes: textAt(plan, line, "notes"),
      completions: completionRows.get(r.id) ?? [],
    };
  });
  const { results } = judgeIndicators(tabs, cutoff);
  const report = buildReport(period, cutoff, tasks, results.map(({ indicator: i, result: r }) => ({
    id: i.id, name: i.name, unit: i.unit, direction: i.direction, target: r.target, floor: r.floor, value: r.latest?.value ?? null, period: r.latest?.period ?? null, status: r.status,
  })), {
    commune: settings.communeName || "…",
    number: settingValue(settingsTab, "reportNumber") || "Số:      /BC-UBND",
    signerName: settingValue(settingsTab, "signerName"),
    recipients: settingValue(settingsTab, "reportRecipients").split(";").map((x) => x.trim()).filter(Boolean),
  })!;
  const html = renderReportHtml(report);

  // The report tab, named for the period: rewritten, never piled up.
  const tabName = t("report.tabName", { period: period.toUpperCase() });
  const sheet = ports.workbook.sheet(tabName) ?? ports.workbook.addSheet(tabName);
  sheet.clear();
  const grid = reportGrid(report);
  sheet.writeValues(1, 1, grid);
  sheet.setColumnWidths(1, [110, 420, 160, 160, 110, 90]);
  sheet.setWrap(2, 1);

  const name = t("report.fileName", { commune: settings.communeName || "xa", period: period.toUpperCase() });
  const pdf = ports.documents ? ports.documents.savePdf(name, html, `report.${period.toUpperCase()}`) : null;
  writeLog(ports, t("log.report"), [t("report.done", { period: periodLabel(report), tab: tabName, url: pdf?.url ?? "—" })], tabs.log);
  return { report, html, tabName, pdf };
}

/**
 * Why MailApp refused, in Vietnamese: the refusals users meet ("Invalid email: x", the day's
 * quota, too many recipients) by name, anything else with Google's words kept in brackets.
 */
export function mailError(error: unknown): string {
  const reason = errorText(error);
  const invalid = /Invalid email:\s*(.+)$/i.exec(reason);
  if (invalid) return t("mail.invalidAddress", { address: invalid[1].trim() });
  if (/too many times for one day: email/i.test(reason)) return t("mail.quotaSpent");
  if (/too many recipients|recipients per message/i.test(reason)) return t("mail.tooManyRecipients");
  return t("mail.refused", { reason });
}

/** At most this many recipients in one message (developers.google.com/apps-script/guides/services/quotas: 50 / msg). */
export const MAX_RECIPIENTS = 50;

/** The report's recipients as typed in Cài đặt (reportEmails), read by the one address parser. */
export function reportRecipients(ports: AppPorts): { valid: string[]; invalid: string[] } {
  const tab = peekTab(ports.workbook, SETTINGS_TAB);
  return parseAddresses(tab ? settingValue(tab, "reportEmails") : "");
}

/**
 * E-mails a generated report's PDF. Every way it can fail is answered in Vietnamese and logged:
 * an address that is not one, more recipients than one message takes, the day's quota spent,
 * a refusal from the mail service. The PDF in Drive is named in each answer, so the
 * secretariat can always send it by hand.
 */
export function mailReport(ports: AppPorts, made: ReportOutcome, typedPeriod: string): Message {
  const { valid: to, invalid } = reportRecipients(ports);
  const url = made.pdf?.url ?? "—";
  const answer = (message: Message): Message => {
    writeLog(ports, t("log.report"), [message]);
    return message;
  };
  if (invalid.length > 0) return answer({ key: "report.mailBadAddress", params: { addresses: invalid.join(", "), url } });
  if (to.length === 0) return { key: "report.noEmails" };
  if (to.length > MAX_RECIPIENTS) return answer({ key: "report.mailTooMany", params: { max: MAX_RECIPIENTS, count: to.length, url } });
  if (!ports.mailer) return answer({ key: "report.mailFailed", params: { error: "—", url } });
  const remaining = ports.mailer.remaining();
  if (remaining < to.length) return answer({ key: "report.mailNoQuota", params: { remaining, count: to.length, url } });
  const label = periodLabel(made.report);
  const commune = made.report.settings.commune;
  try {
    ports.mailer.send({
      to, subject: t("report.mailSubject", { commune, period: label }), body: t("report.mailBody", { commune, period: label }),
      pdf: { name: t("report.fileName", { commune, period: (parsePeriod(typedPeriod)?.key ?? typedPeriod).toUpperCase() }), html: made.html },
    });
  } catch (error) {
    return answer({ key: "report.mailFailed", params: { error: mailError(error), url } });
  }
  return answer({ key: "report.sent", params: { to: to.join(", ") } });
}
