import { prefillDays } from "../core/calendar/holidays";
import { WorkCalendar } from "../core/calendar/workCalendar";
import { isLocalDate, parseDayMonthYear, type LocalDate } from "../core/dates/localDate";
import { t, type Message } from "../core/i18n/messages";
import { cellToText } from "../core/plan/readers/grid";
import { foldVietnamese } from "../core/text/normalize";
import { HOLIDAYS_TAB } from "../core/workbook/layout";
import type { CellValue } from "../ports";
import { appendRows, tabName, textAt, type OpenTab } from "./tabs";

type ReadTab = Pick<OpenTab, "values" | "columns">;
type Columns = Pick<OpenTab, "columns">;

/** A date cell as typed: a real date, or text such as "02/4/2024". */
export function dateIn(tab: Columns, row: readonly CellValue[], key: string): LocalDate | null {
  const at = tab.columns.get(key);
  const v = at === undefined ? null : row[at - 1] ?? null;
  if (isLocalDate(v)) return v;
  return v === null ? null : parseDayMonthYear(cellToText(v));
}

/**
 * Fills the holidays tab for a year it has no row for, with the announced days (or the rule's,
 * marked to confirm). Rows the secretariat wrote for that year are left as they are.
 */
export function ensureHolidays(tab: OpenTab, year: number): number {
  const has = tab.values.slice(1).some((r) => dateIn(tab, r, "date")?.year === year);
  if (has) return 0;
  const days = prefillDays(year);
  appendRows(tab, days.map((d) => ({
    date: d.date,
    kind: t(d.kind === "workday" ? "holiday.kindWorkday" : "holiday.kindHoliday"),
    name: t(d.name),
    note: d.confirmed ? null : t("holiday.toConfirm"),
  })));
  return days.length;
}

/** The working-day calendar the holidays tab describes; rows that make no sense are reported. */
export function readCalendar(tab: ReadTab | null): { calendar: WorkCalendar; days: { date: LocalDate; kind: "holiday" | "workday" }[]; problems: Message[] } {
  const problems: Message[] = [];
  const days: { date: LocalDate; kind: "holiday" | "workday" }[] = [];
  const worked = foldVietnamese(t("holiday.kindWorkday"));
  const off = foldVietnamese(t("holiday.kindHoliday"));
  for (const [i, row] of (tab?.values ?? []).entries()) {
    if (i === 0 || !tab) continue;
    const raw = textAt(tab, row, "date");
    const kindText = foldVietnamese(textAt(tab, row, "kind"));
    if (!raw && !kindText) continue;
    const date = dateIn(tab, row, "date");
    const report = (problem: Message) =>
      problems.push({ key: "holidays.badRow", params: { tab: tabName(HOLIDAYS_TAB), row: i + 1, problem: t(problem.key, problem.params) } });
    if (!date) {
      report({ key: "holidays.badDate", params: { value: raw } });
      continue;
    }
    const kind = kindText === worked || kindText === "workday" ? "workday" : kindText === off || kindText === "holiday" || kindText === "" ? "holiday" : null;
    if (!kind) {
      report({ key: "holidays.badKind", params: { value: textAt(tab, row, "kind") } });
      continue;
    }
    days.push({ date, kind });
  }
  return { calendar: new WorkCalendar(days), days, problems };
}

/** Occurrences logged as done: task id → period key → completion date (null when not given). */
export function readCompletions(tab: ReadTab | null): Map<string, Map<string, LocalDate | null>> {
  const out = new Map<string, Map<string, LocalDate | null>>();
  for (const [i, row] of (tab?.values ?? []).entries()) {
    if (i === 0 || !tab) continue;
    const id = textAt(tab, row, "taskId");
    const period = normalisePeriod(tab, row);
    if (!id || !period) continue;
    if (!out.has(id)) out.set(id, new Map());
    out.get(id)!.set(period, dateIn(tab, row, "completedOn"));
  }
  return out;
}

/** "2024-11", "2024-Q4", "2024-H1", "2024-W47", "2024", or a date (any way typed) as "2024-11-10". */
function normalisePeriod(tab: ReadTab, row: readonly CellValue[]): string {
  const asDate = dateIn(tab, row, "period");
  if (asDate) return `${asDate.year}-${String(asDate.month).padStart(2, "0")}-${String(asDate.day).padStart(2, "0")}`;
  const text = textAt(tab, row, "period").toUpperCase().replace(/\s+/g, "");
  const month = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (month) return `${month[2]}-${month[1].padStart(2, "0")}`;
  const quarter = /^(?:Q|QUÝ)(\d)\/(\d{4})$/u.exec(text);
  if (quarter) return `${quarter[2]}-Q${quarter[1]}`;
  return text;
}
