import { formatVi, type LocalDate } from "../dates/localDate";
import { t, type MessageKey } from "../i18n/messages";
import { periodLabel } from "../period/period";
import type { Report } from "./model";

/** escapeHtml('<b>"A&B"</b>') → "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;": every piece of user text goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const esc = (s: string | number | null | undefined) => escapeHtml(String(s ?? ""));
const clip = (s: string, n = 260) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const date = (d: LocalDate | null) => (d ? formatVi(d) : "—");
/** percent(87.5) → "87,5%": Vietnamese decimal comma. */
export const percent = (n: number | null) =>
  n === null ? "—" : `${(Math.round(n * 10) / 10).toString().replace(".", ",")}%`;
const link = (url: string) =>
  /^https?:\/\/\S+$/i.test(url) ? `<a href="${esc(url)}">${esc(clip(url, 60))}</a>` : esc(url || "—");

/** A table's columns: each header's message and its width in percent of the page. */
export type Columns = readonly (readonly [MessageKey, number])[];

const SECTION_COLUMNS: Columns = [
  ["report.colPart", 7],
  ["report.colSection", 45],
  ["report.colTasks", 9],
  ["report.colDone", 10],
  ["report.colOverdue", 10],
  ["report.colDueSoon", 10],
  ["report.colOpen", 9],
];
const COMPLETED_COLUMNS: Columns = [
  ["report.colNo", 5],
  ["report.colId", 10],
  ["report.colTask", 47],
  ["report.colCompletedOn", 14],
  ["report.colEvidence", 24],
];
const OVERDUE_COLUMNS: Columns = [
  ["report.colNo", 5],
  ["report.colId", 11],
  ["report.colTask", 32],
  ["report.colLead", 17],
  ["report.colPerson", 12],
  ["report.colDue", 13],
  ["report.colLate", 10],
];
const INDICATOR_COLUMNS: Columns = [
  ["report.colNo", 5],
  ["report.colIndicator", 50],
  ["report.colTarget", 19],
  ["report.colValue", 11],
  ["report.colAssessment", 15],
];
const UPCOMING_COLUMNS: Columns = [
  ["report.colNo", 5],
  ["report.colId", 10],
  ["report.colTask", 50],
  ["report.colLead", 22],
  ["report.colDue", 13],
];

export function dataTable(columns: Columns, rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return `<p class="none">${esc(t("report.none"))}</p>`;
  const cols = columns.map(([, w]) => `<col style="width:${w}%">`).join("");
  const head = columns.map(([h]) => `<th>${esc(t(h))}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * The layout of an administrative document (Decree 30/2020/NĐ-CP) on A4 in Times New Roman:
 * the head and foot tables, headings, justified paragraphs, bordered data tables. Shared by the
 * commune's report and the province's.
 */
export const DECREE30_CSS = `  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 13pt; line-height: 1.35; margin: 0; color: #000; }
  table.head, table.foot { width: 100%; border-collapse: collapse; }
  table.head td, table.foot td { vertical-align: top; padding: 0; }
  .issuer, .motto { text-align: center; font-weight: bold; font-size: 12.5pt; }
  .motto .line2 { font-size: 13pt; border-bottom: 1px solid #000; display: inline-block; padding-bottom: 1pt; }
  .issuer .name { border-bottom: 1px solid #000; display: inline-block; padding-bottom: 1pt; }
  .number { text-align: center; margin-top: 6pt; white-space: pre; }
  .place { text-align: center; font-style: italic; margin-top: 6pt; }
  h1 { text-align: center; font-size: 14pt; margin: 18pt 0 0; }
  .subject { text-align: center; font-weight: bold; margin: 2pt 0 12pt; }
  h2 { font-size: 13pt; margin: 12pt 0 4pt; page-break-after: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  p { text-align: justify; margin: 4pt 0; text-indent: 1cm; }
  p.none { text-indent: 1cm; font-style: italic; }
  table.data { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.25; margin: 4pt 0 8pt; table-layout: fixed; }
  table.data th, table.data td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; overflow-wrap: anywhere; }
  table.data th { background: #f2f2f2; }
  table.data tr { page-break-inside: avoid; }
  .foot .recipients { font-size: 11pt; }
  .foot .recipients b { font-style: italic; font-size: 12pt; }
  .signer { text-align: center; font-weight: bold; }
  .signer .name { margin-top: 60pt; }
  a { color: #000; }
`;

/**
 * The document's head: the issuing body (its superior on the first line, its own name
 * underlined) and the number on the left; the national motto and the place and date on the right.
 */
export function documentHead(issuerTop: string, issuer: string, number: string, placeDate: string): string {
  return `<table class="head"><tr>
  <td style="width:40%"><div class="issuer">${esc(issuerTop)}<br><span class="name">${esc(issuer)}</span></div>
    <div class="number">${esc(number)}</div></td>
  <td style="width:60%"><div class="motto">${esc(t("report.motto1"))}<br><span class="line2">${esc(t("report.motto2"))}</span></div>
    <div class="place">${esc(placeDate)}</div></td>
</tr></table>`;
}

/** The document's foot: "Nơi nhận" and its list on the left; the signer's authority lines and name on the right. */
export function documentFoot(recipients: readonly string[], authority: readonly string[], signerName: string): string {
  const list = recipients.map((r) => `<div>- ${esc(r)}</div>`).join("");
  const signer = `${authority.map(esc).join("<br>")}<div class="name">${esc(signerName)}</div>`;
  return `<table class="foot"><tr>
  <td style="width:50%" class="recipients"><b>${esc(t("report.recipients"))}</b>${list}</td>
  <td style="width:50%" class="signer">${signer}</td>
</tr></table>`;
}

/**
 * renderReportHtml(report): the report as a Vietnamese administrative document (Decree
 * 30/2020/NĐ-CP): issuing body and national motto, number, place and date, "BÁO CÁO" and
 * subject, numbered sections with tables, "Nơi nhận" and the signer block; A4, Times New
 * Roman. The same HTML becomes the PDF in Drive and the file written by the command line.
 */
export function renderReportHtml(report: Report): string {
  const s = report.settings;
  const label = periodLabel(report);
  const issuer = t("report.issuer", { commune: s.commune.toUpperCase() });
  const totals = report.totals;
  const by = totals.byStatus;
  const summary = t("report.summary", {
    tasks: totals.tasks,
    cutoff: formatVi(report.cutoff),
    done: totals.done,
    onTime: percent(totals.onTimeRate),
    overdue: by.overdue,
    dueSoon: by.dueSoon,
    onTrack: by.onTrack,
    continuous: by.continuous,
    waiting: by.waitingEvent,
    noDeadline: by.noDeadline,
  });
  const sectionRows = report.sections.map((x) => [
    esc(x.part),
    esc(clip(x.section || t("report.noSection"), 90)),
    esc(x.tasks),
    esc(x.done),
    esc(x.overdue),
    esc(x.dueSoon),
    esc(x.open),
  ]);
  const completedRows = report.completed.map((c, i) => [
    esc(i + 1),
    esc(c.id),
    esc(clip(c.task)) + (c.what ? ` <i>(${esc(t("report.occurrence", { key: c.what }))})</i>` : ""),
    esc(date(c.completedOn)),
    link(c.evidence),
  ]);
  const overdueRows = report.overdue.map((o, i) => [
    esc(i + 1),
    esc(o.id),
    esc(clip(o.task)),
    esc(o.lead || "—"),
    esc(o.person || "—"),
    esc(date(o.due)),
    esc(o.daysLate),
  ]);
  const indicatorRows = report.indicators.map((ind, i) => {
    const unit = ind.unit === "percent" ? "%" : ` ${t(`unit.${ind.unit}`)}`;
    const floor = ind.floor !== null ? ` (${t("report.floor")} ${ind.floor}${unit})` : "";
    const target = `${t(`direction.${ind.direction}`).split(" ")[0]} ${ind.target}${unit}${floor}`;
    const value = ind.value === null ? "—" : ind.unit === "percent" ? percent(ind.value) : `${ind.value}${unit}`;
    return [esc(i + 1), esc(clip(ind.name, 140)), esc(target), esc(value), esc(t(`indicator.${ind.status}`))];
  });
  const upcomingRows = report.upcoming.map((u, i) => [
    esc(i + 1),
    esc(u.id),
    esc(clip(u.task)),
    esc(u.lead || "—"),
    esc(formatVi(u.due)),
  ]);
  const difficulties =
    report.difficulties.length === 0
      ? `<p>${esc(t("report.noDifficulties"))}</p>`
      : `<ul>${report.difficulties.map((d) => `<li><b>${esc(d.id)}</b> (${esc(clip(d.task, 90))}): ${esc(d.note)}</li>`).join("")}</ul>`;

  const sectionsTable = dataTable(SECTION_COLUMNS, sectionRows);
  const completedTable = dataTable(COMPLETED_COLUMNS, completedRows);
  const overdueTable = dataTable(OVERDUE_COLUMNS, overdueRows);
  const indicatorsTable = dataTable(INDICATOR_COLUMNS, indicatorRows);
  const upcomingTable = dataTable(UPCOMING_COLUMNS, upcomingRows);
  const { day, month, year } = report.cutoff;
  const placeDate = t("report.placeDate", { commune: s.commune, day: String(day).padStart(2, "0"), month, year });
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(t("report.title"))} ${esc(label)}</title>
<style>
${DECREE30_CSS}</style>
</head>
<body>
${documentHead(t("report.issuerTop"), issuer, s.number, placeDate)}
<h1>${esc(t("report.title"))}</h1>
<div class="subject">${esc(t("report.subject", { period: label, commune: s.commune }))}</div>
<h2>${esc(t("report.s1"))}</h2>
<p>${esc(summary)}</p>
${sectionsTable}
<h2>${esc(t("report.s2", { period: label }))}</h2>
${completedTable}
<h2>${esc(t("report.s3", { count: report.overdue.length }))}</h2>
${overdueTable}
<h2>${esc(t("report.s4"))}</h2>
${indicatorsTable}
<h2>${esc(t("report.s5"))}</h2>
${difficulties}
<h2>${esc(t("report.s6"))}</h2>
${upcomingTable}
<p>${esc(t("report.closing", { commune: s.commune }))}</p>
${documentFoot(s.level.recipients, [s.level.signerOrg, ...s.level.signerTitle], s.signerName)}
</body>
</html>
`;
}
