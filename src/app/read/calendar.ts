import { WorkCalendar } from "../../core/calendar/workCalendar";
import { isLocalDate, parseDayMonthYear, type LocalDate } from "../../core/dates/localDate";
import { t, type Message } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { dayPeriod, periodOfCell } from "../../core/period/period";
import { foldVietnamese } from "../../core/text/normalize";
import { HOLIDAYS_TAB } from "../../core/workbook/layout";
import type { CellValue } from "../../ports";
import { tabName, textAt, type OpenTab } from "./tabs";

type ReadTab = Pick<OpenTab, "values" | "columns">;
type Columns = Pick<OpenTab, "columns">;

/** A date cell as typed: a real date, or text such as "02/4/2024". */
export function dateIn(tab: Columns, row: readonly CellValue[], key: string): LocalDate | null {
  const at = tab.columns.get(key);
  const v = at === undefined ? null : (row[at - 1] ?? null);
  if (isLocalDate(v)) return v;
  return v === null ? null : parseDayMonthYear(cellToText(v));
}

/** The working-day calendar the holidays tab describes; rows that make no sense are reported. */
export function readCalendar(tab: ReadTab | null): {
  calendar: WorkCalendar;
  days: { date: LocalDate; kind: "holiday" | "workday" }[];
  problems: Message[];
} {
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
      problems.push({
        key: "holidays.badRow",
        params: { tab: tabName(HOLIDAYS_TAB), row: i + 1, problem: t(problem.key, problem.params) },
      });
    if (!date) {
      report({ key: "holidays.badDate", params: { value: raw } });
      continue;
    }
    const kind =
      kindText === worked || kindText === "workday"
        ? "workday"
        : kindText === off || kindText === "holiday" || kindText === ""
          ? "holiday"
          : null;
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
    const at = tab.columns.get("period");
    const cell = at === undefined ? null : (row[at - 1] ?? null);
    const { period, readAsMonth } = periodOfCell(cell);
    if (!id || !period) continue;
    if (!out.has(id)) out.set(id, new Map());
    const done = dateIn(tab, row, "completedOn");
    out.get(id)!.set(period.key, done);
    // A date on the 1st may be a month Sheets made of "11/2024" or a milestone on that day: both match.
    if (readAsMonth && isLocalDate(cell)) out.get(id)!.set(dayPeriod(cell).key, done);
  }
  return out;
}
