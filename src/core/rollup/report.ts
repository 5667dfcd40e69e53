/**
 * The province's report on its communes (Sở Nội vụ to UBND tỉnh): who issues and signs it, from
 * the roll-up's settings with their defaults, the period it covers (the month due on its day),
 * and the roll-up it reports. The words and the tables are laid out by rollup/html.ts (the
 * document) and app/rollup (its tab); both read this one model.
 */
import { formatVi, type LocalDate } from "../dates/localDate";
import { render, t, type Message } from "../i18n/messages";
import { parsePeriod, periodLabel } from "../period/period";
import { splitList, unitName } from "../report/level";
import { percent, type Columns } from "../report/html";
import type { CommuneRow, RollupResult } from "./consolidate";
import type { RollupSettings } from "./settings";

export interface ProvinceReportHead {
  /** "UBND TỈNH KHÁNH HÒA": the issuer's superior, the head's first line. */
  readonly issuerTop: string;
  /** "SỞ NỘI VỤ". */
  readonly issuer: string;
  readonly number: string;
  /** "Khánh Hòa, ngày 20 tháng 11 năm 2024". */
  readonly placeDate: string;
  /** "Ủy ban nhân dân tỉnh Khánh Hòa": after "Kính gửi:". */
  readonly addressee: string;
  readonly recipients: readonly string[];
  /** ["GIÁM ĐỐC"], or ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  readonly signerTitle: readonly string[];
  readonly signerName: string;
}

export interface ProvinceReport {
  readonly head: ProvinceReportHead;
  /** The day it is dated: the roll-up's day. */
  readonly date: LocalDate;
  /** "tháng 11 năm 2024": the month whose reports are due on that day. */
  readonly periodLabel: string;
  readonly rollup: RollupResult;
  /** Section VI: the proposals, one sentence each, from what the roll-up found. */
  readonly proposals: readonly Message[];
}

/** The head and foot from the roll-up's settings; each empty setting takes its default. */
export function reportHead(settings: RollupSettings, date: LocalDate): ProvinceReportHead {
  const province = unitName("province", settings.provinceName);
  const committee = t("rollupReport.committee", { province });
  const title = splitList(settings.signerTitle);
  const place = settings.place.trim() || settings.provinceName.trim() || "…";
  return {
    issuerTop: t("rollupReport.issuerTop", { province: province.toUpperCase() }),
    issuer: t("rollupReport.issuer"),
    number: settings.reportNumber,
    placeDate: t("report.placeDate", {
      commune: place,
      day: String(date.day).padStart(2, "0"),
      month: date.month,
      year: date.year,
    }),
    addressee: committee,
    recipients: settings.recipients ?? splitList(t("rollupReport.recipients", { province })),
    signerTitle: title.length > 0 ? title : [t("rollupReport.signerTitle")],
    signerName: settings.signerName,
  };
}

/** A list of communes' names for a sentence: "Xã A, Xã B và 3 xã khác". */
export function namesList(names: readonly string[], shown = 5): string {
  if (names.length <= shown) return names.join(", ");
  return t("rollupReport.andOthers", { names: names.slice(0, shown).join(", "), count: names.length - shown });
}

/**
 * The proposals: the communes with overdue tasks to finish them, those late with their report to
 * send it, those not read to share their sheet or refresh their summary; then the Sở's own
 * follow-up, always.
 */
function proposals(rollup: RollupResult, period: string): Message[] {
  const out: Message[] = [];
  const withOverdue = rollup.rows.filter((r) => r.overdue > 0).map((r) => r.source.name);
  if (withOverdue.length > 0)
    out.push({
      key: "rollupReport.proposeOverdue",
      params: { count: withOverdue.length, names: namesList(withOverdue), overdue: rollup.totals.overdue },
    });
  if (rollup.lateReports.length > 0)
    out.push({
      key: "rollupReport.proposeLate",
      params: { names: namesList(rollup.lateReports.map((l) => l.row.source.name)), period },
    });
  if (rollup.problems.length > 0)
    out.push({
      key: "rollupReport.proposeNotRead",
      params: { names: namesList(rollup.problems.map((p) => p.source.name)) },
    });
  out.push({ key: "rollupReport.proposeFollowUp" });
  return out;
}

/** buildProvinceReport(roll-up, settings): the report dated the roll-up's day, for the month due then. */
export function buildProvinceReport(rollup: RollupResult, settings: RollupSettings): ProvinceReport {
  const due = parsePeriod(rollup.duePeriod);
  const label = due ? periodLabel(due) : rollup.duePeriod;
  return {
    head: reportHead(settings, rollup.today),
    date: rollup.today,
    periodLabel: label,
    rollup,
    proposals: proposals(rollup, label),
  };
}

/** A table of the report: its columns (header, width in percent of the page) and its rows as text. */
export interface ReportTable {
  readonly columns: Columns;
  readonly rows: readonly (readonly string[])[];
  /** A last row set apart (the province's totals). */
  readonly total?: readonly string[];
}

/** One numbered section: its heading, then paragraphs and tables in order. */
export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly (string | ReportTable)[];
}

const COMMUNE_COLUMNS: Columns = [
  ["report.colNo", 5],
  ["rollupReport.colCommune", 21],
  ["rollupReport.colAsOf", 12],
  ["report.colTasks", 8],
  ["report.colDone", 11],
  ["rollupReport.colOnTime", 10],
  ["report.colEvidence", 11],
  ["report.colOverdue", 9],
  ["rollupReport.colIndicatorsMet", 13],
];
const RANK_COLUMNS: Columns = [
  ["rollupReport.colRank", 8],
  ["rollupReport.colCommune", 38],
  ["rollupReport.colOnTime", 18],
  ["report.colDone", 18],
  ["report.colOverdue", 18],
];
const LATE_COLUMNS: Columns = [
  ["report.colNo", 6],
  ["rollupReport.colCommune", 44],
  ["rollupReport.colLastReport", 30],
  ["rollupReport.colPeriodsLate", 20],
];
const NOT_READ_COLUMNS: Columns = [
  ["report.colNo", 6],
  ["rollupReport.colCommune", 24],
  ["rollupReport.colReason", 70],
];
const INDICATOR_COLUMNS: Columns = [
  ["report.colNo", 5],
  ["report.colIndicator", 43],
  ["rollupReport.colCommunes", 10],
  ["indicator.met", 10],
  ["indicator.metFloor", 11],
  ["indicator.notMet", 10],
  ["indicator.noData", 11],
];

const count = (n: number) => String(n);
/** "12 (15,6%)": a count with its share. */
const withRate = (n: number, rate: number | null) => (rate === null ? count(n) : `${n} (${percent(rate)})`);
const monthText = (key: string | null) => {
  const p = key ? parsePeriod(key) : null;
  return p ? periodLabel(p) : t("rollupReport.noReport");
};

function communeLine(i: number, row: CommuneRow): string[] {
  return [
    count(i + 1),
    row.source.name,
    formatVi(row.summary.asOf),
    count(row.tasks),
    withRate(row.done, row.doneRate),
    percent(row.onTimeRate),
    percent(row.evidenceRate),
    count(row.overdue),
    `${row.indicatorsMet}/${row.indicatorsTotal}`,
  ];
}

function generalSection(report: ProvinceReport): ReportSection {
  const { totals, options } = report.rollup;
  return {
    heading: t("rollupReport.s1"),
    blocks: [
      t("rollupReport.general", {
        listed: totals.listed,
        distinct: totals.distinct,
        read: totals.read,
        notRead: totals.notRead,
        date: formatVi(report.date),
      }),
      t("rollupReport.figures", {
        tasks: totals.tasks,
        done: totals.done,
        doneRate: percent(totals.doneRate),
        onTime: percent(totals.onTimeRate),
        evidence: percent(totals.evidenceRate),
        overdue: totals.overdue,
      }),
      t("rollupReport.lateSummary", {
        late: totals.lateReports,
        period: report.periodLabel,
        stale: totals.stale,
        days: options.staleDays,
      }),
    ],
  };
}

function communesSection(report: ProvinceReport): ReportSection {
  const { rows, totals } = report.rollup;
  const total = [
    "",
    t("rollupReport.province"),
    "",
    count(totals.tasks),
    withRate(totals.done, totals.doneRate),
    percent(totals.onTimeRate),
    percent(totals.evidenceRate),
    count(totals.overdue),
    "",
  ];
  return {
    heading: t("rollupReport.s2"),
    blocks: [{ columns: COMMUNE_COLUMNS, rows: rows.map((r, i) => communeLine(i, r)), total }],
  };
}

function rankingSection(report: ProvinceReport): ReportSection {
  const rows = report.rollup.ranking.map(({ rank, row }) => [
    count(rank),
    row.source.name,
    percent(row.onTimeRate),
    percent(row.doneRate),
    count(row.overdue),
  ]);
  return { heading: t("rollupReport.s3"), blocks: [t("rollupReport.rankRule"), { columns: RANK_COLUMNS, rows }] };
}

function lateSection(report: ProvinceReport): ReportSection {
  const { lateReports, problems, stale, duplicates, options } = report.rollup;
  const blocks: (string | ReportTable)[] = [
    t("rollupReport.lateRule", { cutoff: options.cutoffDay, date: formatVi(report.date), period: report.periodLabel }),
    {
      columns: LATE_COLUMNS,
      rows: lateReports.map((l, i) => [count(i + 1), l.row.source.name, monthText(l.lastMonth), count(l.periodsLate)]),
    },
    t("rollupReport.notReadIntro", { count: problems.length }),
    { columns: NOT_READ_COLUMNS, rows: problems.map((p, i) => [count(i + 1), p.source.name, render(p.message)]) },
  ];
  if (stale.length > 0)
    blocks.push(
      t("rollupReport.staleLine", {
        days: options.staleDays,
        names: stale.map((r) => `${r.source.name} (${formatVi(r.summary.asOf)})`).join(", "),
      }),
    );
  for (const d of duplicates)
    blocks.push(t("rollupReport.duplicateLine", { row: d.source.row, name: d.source.name, first: d.firstRow }));
  return { heading: t("rollupReport.s4"), blocks };
}

function indicatorsSection(report: ProvinceReport): ReportSection {
  const rows = report.rollup.indicators.map((x, i) => [
    count(i + 1),
    x.id ? `${x.id} ${x.name}` : x.name,
    count(x.communes),
    count(x.met),
    count(x.metFloor),
    count(x.notMet),
    count(x.noData),
  ]);
  return { heading: t("rollupReport.s5"), blocks: [{ columns: INDICATOR_COLUMNS, rows }] };
}

/** The report's six sections, as text and tables both the document and the tab lay out. */
export function reportSections(report: ProvinceReport): ReportSection[] {
  return [
    generalSection(report),
    communesSection(report),
    rankingSection(report),
    lateSection(report),
    indicatorsSection(report),
    { heading: t("rollupReport.s6"), blocks: report.proposals.map((p) => render(p)) },
  ];
}
