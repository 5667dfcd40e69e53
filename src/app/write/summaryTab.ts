import { t } from "../../core/i18n/messages";
import { foreignCell } from "../../core/summary/foreign";
import { summaryGrid, summaryHeader } from "../../core/summary/grid";
import { SUMMARY_SCHEMA_ID, type CommuneSummary } from "../../core/summary/schema";
import { SUMMARY_TAB } from "../../core/workbook/layout";
import type { AppPorts, SheetPort, WorkbookPort } from "../../ports";
import { communeSummary, type SummaryFigures } from "../read/summary";
import type { Snapshot } from "../read/snapshot";
import { tabName, type OpenTab } from "../read/tabs";
import { writeLog } from "./log";
import { rewriteSheet, writeNotes } from "./writer";

/** The indicators' columns D… (period, target, floor, unit, judgement, id): no layout column names them. */
const INDICATOR_WIDTHS = [90, 80, 80, 70, 150, 90];

/**
 * Makes the summary tab with its looks: header styled and frozen, widths, the labels wrapped,
 * the values' column plain text, and a note on A1 saying the tab is rewritten whole. Once, at
 * creation: a refresh does not pay for formats again.
 */
function createSummaryTab(workbook: WorkbookPort): SheetPort {
  const sheet = workbook.addSheet(tabName(SUMMARY_TAB));
  const header = summaryHeader();
  rewriteSheet(sheet, [header], []);
  writeNotes({ sheet }, 1, 1, [[t("summary.tabNote", { schema: SUMMARY_SCHEMA_ID })]]);
  sheet.setFrozenRows(1);
  sheet.styleHeader(header.length);
  sheet.setColumnWidths(1, [...SUMMARY_TAB.columns.map((c) => c.width), ...INDICATOR_WIDTHS]);
  SUMMARY_TAB.columns.forEach((c, i) => {
    if (c.wrap) sheet.setWrap(i + 1, 1);
    if (c.plainText) sheet.setPlainText(i + 1);
  });
  return sheet;
}

/** The summary tab, made when missing (setup, and so every refresh); other tabs are not touched. */
export function ensureSummaryTab(workbook: WorkbookPort): { sheet: SheetPort; created: boolean } {
  const sheet = workbook.sheet(tabName(SUMMARY_TAB));
  return sheet ? { sheet, created: false } : { sheet: createSummaryTab(workbook), created: true };
}

/**
 * Rewrites "Tổng hợp" with a summary, in one write over what it held (made first when missing):
 * one read, one write. What a person typed there is not kept; Nhật ký says so when it saw some.
 */
export function writeSummaryTab(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  summary: CommuneSummary,
  log?: OpenTab,
): void {
  const { sheet } = ensureSummaryTab(ports.workbook);
  const before = sheet.readValues();
  const grid = summaryGrid(summary);
  rewriteSheet(sheet, grid, before);
  const cell = foreignCell(before, grid);
  if (cell) writeLog(ports, t("tab.summary"), [{ key: "summary.overwritten", params: { tab: sheet.name, cell } }], log);
}

/** The summary of what an action read (and, after a refresh, of what it computed), written to its tab. */
export function writeSummary(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  snapshot: Snapshot,
  figures?: SummaryFigures,
): void {
  writeSummaryTab(ports, communeSummary(snapshot, figures), snapshot.tabs.log);
}
