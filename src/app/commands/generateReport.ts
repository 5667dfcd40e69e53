import type { LocalDate } from "../../core/dates/localDate";
import { t } from "../../core/i18n/messages";
import { parsePeriod, periodLabel } from "../../core/period/period";
import { UserError } from "../../core/errors";
import { renderReportHtml } from "../../core/report/html";
import { reportKind, type Report } from "../../core/report/model";
import type { AppPorts } from "../../ports";
import { staleDistrictProblems } from "../read/check";
import { reportModel } from "../read/report";
import { readWorkbook } from "./readWorkbook";
import { writeLog } from "../write/log";
import { writeReportTab } from "../write/reportTab";
import { writeSummary } from "../write/summaryTab";

export { askedPeriod, monthOf } from "../read/report";

export interface ReportOutcome {
  readonly report: Report;
  readonly html: string;
  readonly tabName: string;
  /** The PDF's name, in Drive and as the e-mail's attachment alike. */
  readonly fileName: string;
  readonly pdf: { id: string; url: string } | null;
  /** What the command answers: the report made (tab, PDF), then any setting that still names the district. */
  readonly lines: readonly string[];
}

/**
 * Builds the report of a period from the sheet as it stands on the cut-off date (the 20th for a
 * month, or today if earlier), writes it to a report tab named for the period (re-running
 * replaces it), and saves it as PDF where the documents port keeps one. Reads; never writes the
 * tracking tabs: a setting that still names the district in a report to the province is said, not changed.
 */
export function generateReport(
  ports: Pick<AppPorts, "workbook" | "clock" | "user" | "documents">,
  typed: string,
  today: LocalDate = ports.clock.today(),
): ReportOutcome {
  // "T11/2024", "2024-11" and "11/2024" are one report: named and filed by the period's key.
  const parsed = parsePeriod(typed);
  const period = parsed?.key ?? typed;
  const kind = reportKind(period);
  if (!kind || !parsed) throw new UserError({ key: "report.badPeriod", params: { period: typed } });
  const snapshot = readWorkbook(ports, today);
  const report = reportModel(snapshot, period, parsed, kind);
  const html = renderReportHtml(report);
  const tabName = writeReportTab(ports.workbook, report, period);
  const fileName = t("report.fileName", {
    commune: snapshot.settings.communeName || "xa",
    period: period.toUpperCase(),
  });
  const pdf = ports.documents.savePdf(fileName, html, `report.${period.toUpperCase()}`);
  const done = t("report.done", { period: periodLabel(report), tab: tabName, url: pdf?.url ?? "—" });
  const stale = staleDistrictProblems(snapshot.tabs.settings, snapshot.settings, report.cutoff);
  const lines = [done, ...stale.map((p) => p.message)];
  writeLog(ports, t("log.report"), lines, snapshot.tabs.log);
  // After the log line: the summary's last report is read from Nhật ký, this one included.
  writeSummary(ports, snapshot);
  return { report, html, tabName, fileName, pdf, lines };
}
