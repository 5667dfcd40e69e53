import { t, type Message } from "../../core/i18n/messages";
import { errorText } from "../../core/errors";
import { periodLabel } from "../../core/period/period";
import { parseAddresses } from "../../core/text/addresses";
import { SETTINGS_TAB } from "../../core/workbook/layout";
import type { AppPorts, DataWorkbookPort } from "../../ports";
import { readSettings } from "../read/settings";
import { peekTab } from "../read/tabs";
import { writeLog } from "../write/log";
import type { ReportOutcome } from "./generateReport";

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

/**
 * The report's recipients from Cài đặt (reportEmails, typed by its schema); when that value is
 * wrong, the addresses that are not ones, to name them.
 */
export function reportRecipients(ports: { readonly workbook: DataWorkbookPort }): {
  valid: string[];
  invalid: string[];
} {
  const tab = peekTab(ports.workbook, SETTINGS_TAB);
  if (!tab) return { valid: [], invalid: [] };
  const { settings, wrong } = readSettings(tab);
  const problem = wrong.find((p) => p.key === "reportEmails");
  return { valid: [...settings.reportEmails], invalid: problem ? parseAddresses(problem.value).invalid : [] };
}

/**
 * Whether mailing the report waits for the person's yes: only when Cài đặt names someone to
 * send to and every address there is one. The addresses to name in the question, or null when
 * mailReport answers without sending (no address, a wrong one) and nothing need be asked.
 */
export function recipientsToConfirm(ports: { readonly workbook: DataWorkbookPort }): string[] | null {
  const { valid, invalid } = reportRecipients(ports);
  return valid.length > 0 && invalid.length === 0 ? valid : null;
}

/**
 * E-mails a generated report's PDF. Every way it can fail is answered in Vietnamese and logged:
 * an address that is not one, more recipients than one message takes, the day's quota spent,
 * a refusal from the mail service. The PDF in Drive is named in each answer, so the
 * secretariat can always send it by hand.
 */
export function mailReport(
  ports: Pick<AppPorts, "workbook" | "clock" | "user" | "mailer">,
  made: ReportOutcome,
): Message {
  const { valid: to, invalid } = reportRecipients(ports);
  const url = made.pdf?.url ?? "—";
  const answer = (message: Message): Message => {
    writeLog(ports, t("log.report"), [message]);
    return message;
  };
  if (invalid.length > 0)
    return answer({ key: "report.mailBadAddress", params: { addresses: invalid.join(", "), url } });
  if (to.length === 0) return { key: "report.noEmails" };
  if (to.length > MAX_RECIPIENTS)
    return answer({ key: "report.mailTooMany", params: { max: MAX_RECIPIENTS, count: to.length, url } });
  const remaining = ports.mailer.remaining();
  if (remaining < to.length) return answer({ key: "report.mailNoQuota", params: { remaining, count: to.length, url } });
  const label = periodLabel(made.report);
  const { commune, level } = made.report.settings;
  try {
    ports.mailer.send({
      to,
      subject: t("report.mailSubject", { commune, period: label }),
      body: t("report.mailBody", { commune, period: label, salutation: level.salutation }),
      pdf: { name: made.fileName, html: made.html },
    });
  } catch (error) {
    return answer({ key: "report.mailFailed", params: { error: mailError(error), url } });
  }
  return answer({ key: "report.sent", params: { to: to.join(", ") } });
}
