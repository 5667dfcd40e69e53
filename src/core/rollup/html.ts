/**
 * The province's report as a document in the Decree 30/2020/NĐ-CP layout, with the commune
 * report's head, foot and style (core/report/html.ts): "UBND TỈNH …" over "SỞ NỘI VỤ", the
 * number, the motto, place and date; BÁO CÁO and its subject; "Kính gửi"; the six sections;
 * "Nơi nhận" and the Director's signature. Every text from a commune's sheet is escaped.
 */
import { t } from "../i18n/messages";
import { DECREE30_CSS, dataTable, documentFoot, documentHead, escapeHtml } from "../report/html";
import { reportSections, type ProvinceReport, type ReportTable } from "./report";

const esc = (s: string) => escapeHtml(s);

/** The province's own rules on top of the commune report's: the addressee line, the totals row. */
const PROVINCE_CSS = `
  .addressee { text-align: center; margin: 0 0 10pt; }
  table.data tr.total td { font-weight: bold; }
  ol.proposals { margin: 4pt 0; padding-left: 1.6cm; }
  ol.proposals li { text-align: justify; margin: 2pt 0; }
`;

function table(block: ReportTable): string {
  const html = dataTable(
    block.columns,
    block.rows.map((r) => r.map(esc)),
  );
  if (!block.total || block.rows.length === 0) return html;
  const total = `<tr class="total">${block.total.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`;
  return html.replace("\n</tbody>", `\n${total}\n</tbody>`);
}

function section(heading: string, blocks: readonly (string | ReportTable)[], list: boolean): string {
  if (list)
    return `<h2>${esc(heading)}</h2>\n<ol class="proposals">${blocks.map((b) => `<li>${esc(b as string)}</li>`).join("")}</ol>`;
  const body = blocks.map((b) => (typeof b === "string" ? `<p>${esc(b)}</p>` : table(b))).join("\n");
  return `<h2>${esc(heading)}</h2>\n${body}`;
}

/** renderProvinceReportHtml(report): the whole document, A4, ready for the browser, a PDF or a file. */
export function renderProvinceReportHtml(report: ProvinceReport): string {
  const h = report.head;
  const sections = reportSections(report);
  const body = sections.map((s, i) => section(s.heading, s.blocks, i === sections.length - 1)).join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(t("report.title"))} ${esc(report.periodLabel)}</title>
<style>
${DECREE30_CSS}${PROVINCE_CSS}</style>
</head>
<body>
${documentHead(h.issuerTop, h.issuer, h.number, h.placeDate)}
<h1>${esc(t("report.title"))}</h1>
<div class="subject">${esc(t("rollupReport.subject", { period: report.periodLabel }))}</div>
<div class="addressee">${esc(t("rollupReport.addressee", { addressee: h.addressee }))}</div>
${body}
<p>${esc(t("rollupReport.closing", { period: report.periodLabel }))}</p>
${documentFoot(h.recipients, h.signerTitle, h.signerName)}
</body>
</html>
`;
}
