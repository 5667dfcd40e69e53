import { formatVi } from "../../core/dates/localDate";
import { t } from "../../core/i18n/messages";
import { periodLabel } from "../../core/period/period";
import { percent } from "../../core/report/html";
import type { Report } from "../../core/report/model";
import { statusLabel, type TaskStatus } from "../../core/status/statuses";
import type { CellValue, WorkbookPort } from "../../ports";
import { replaceSheet } from "./writer";

/**
 * The report's foot as the document has it: "Nơi nhận" and its list on the left, the signer
 * block (org line, title lines, a blank line for the signature, the name) beside it.
 */
function footRows(report: Report): CellValue[][] {
  const { level, signerName } = report.settings;
  const left = [t("report.recipients"), ...level.recipients.map((r) => `- ${r}`)];
  const right = [level.signerOrg, ...level.signerTitle, "", signerName];
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    left[i] ?? null,
    null,
    null,
    right[i] || null,
  ]);
}

/** The report's lines for the report tab: text only, one row per line or table row. */
export function reportGrid(report: Report): CellValue[][] {
  const s = report.settings;
  const label = periodLabel(report);
  const rows: CellValue[][] = [
    [t("report.issuerTop"), null, null, t("report.motto1")],
    [t("report.issuer", { commune: s.commune.toUpperCase() }), null, null, t("report.motto2")],
    [
      s.number,
      null,
      null,
      t("report.placeDate", {
        commune: s.commune,
        day: String(report.cutoff.day).padStart(2, "0"),
        month: report.cutoff.month,
        year: report.cutoff.year,
      }),
    ],
    [t("report.title")],
    [t("report.subject", { period: label, commune: s.commune })],
    [t("report.s1")],
  ];
  for (const [status, count] of Object.entries(report.totals.byStatus)) {
    rows.push([t(statusLabel(status as TaskStatus)), count]);
  }
  rows.push([t("report.colOnTime"), percent(report.totals.onTimeRate)]);
  rows.push(
    [t("report.s2", { period: label })],
    [t("report.colId"), t("report.colTask"), t("report.colCompletedOn"), t("report.colEvidence")],
  );
  for (const c of report.completed)
    rows.push([
      c.id,
      c.what ? `${c.task} (${t("report.occurrence", { key: c.what })})` : c.task,
      c.completedOn ? formatVi(c.completedOn) : "",
      c.evidence,
    ]);
  rows.push(
    [t("report.s3", { count: report.overdue.length })],
    [
      t("report.colId"),
      t("report.colTask"),
      t("report.colLead"),
      t("report.colPerson"),
      t("report.colDue"),
      t("report.colLate"),
    ],
  );
  for (const o of report.overdue) rows.push([o.id, o.task, o.lead, o.person, o.due ? formatVi(o.due) : "", o.daysLate]);
  rows.push(
    [t("report.s4")],
    [t("report.colIndicator"), t("report.colTarget"), t("report.colValue"), t("report.colAssessment")],
  );
  for (const i of report.indicators)
    rows.push([
      i.name,
      `${i.target}${i.unit === "percent" ? "%" : ""}`,
      i.value === null ? "" : Math.round(i.value * 10) / 10,
      t(`indicator.${i.status}`),
    ]);
  rows.push([t("report.s5")]);
  for (const d of report.difficulties) rows.push([d.id, d.note]);
  rows.push([t("report.s6")], [t("report.colId"), t("report.colTask"), t("report.colLead"), t("report.colDue")]);
  for (const u of report.upcoming) rows.push([u.id, u.task, u.lead, formatVi(u.due)]);
  rows.push(...footRows(report));
  return rows.map((r) => [...r, ...Array(Math.max(0, 6 - r.length)).fill(null)]);
}

/**
 * Writes a report to its tab, named for the period: made the first time, emptied and
 * rewritten after (never piled up). Returns the tab's name.
 */
export function writeReportTab(workbook: WorkbookPort, report: Report, periodKey: string): string {
  const tabName = t("report.tabName", { period: periodKey.toUpperCase() });
  const sheet = workbook.sheet(tabName) ?? workbook.addSheet(tabName);
  replaceSheet(sheet, reportGrid(report));
  sheet.setColumnWidths(1, [110, 420, 160, 160, 110, 90]);
  sheet.setWrap(2, 1);
  return tabName;
}
