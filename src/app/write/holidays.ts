import { prefillDays } from "../../core/calendar/holidays";
import { t } from "../../core/i18n/messages";
import { dateIn } from "../read/calendar";
import type { OpenTab } from "../read/tabs";
import { appendRows } from "./writer";

/**
 * Fills the holidays tab for a year it has no row for, with the announced days (or the rule's,
 * marked to confirm). Rows the secretariat wrote for that year are left as they are.
 */
export function ensureHolidays(tab: OpenTab, year: number): number {
  const has = tab.values.slice(1).some((r) => dateIn(tab, r, "date")?.year === year);
  if (has) return 0;
  const days = prefillDays(year);
  appendRows(
    tab,
    days.map((d) => ({
      date: d.date,
      kind: t(d.kind === "workday" ? "holiday.kindWorkday" : "holiday.kindHoliday"),
      name: t(d.name),
      note: d.confirmed ? null : t("holiday.toConfirm"),
    })),
  );
  return days.length;
}
