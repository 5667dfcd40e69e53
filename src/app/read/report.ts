import { compareDates, localDate, type LocalDate } from "../../core/dates/localDate";
import type { Period } from "../../core/period/period";
import { buildReport, type Report, type ReportKind, type ReportTask } from "../../core/report/model";
import { levelSettingsOf, levelWording } from "../../core/report/level";
import { overdueDays } from "../../core/status/status";
import { monthPeriod, periodOfCell } from "../../core/period/period";
import { dateIn } from "./calendar";
import { judgeIndicators } from "./indicators";
import { assignmentOf } from "./queries";
import type { Snapshot } from "./snapshot";
import { textAt } from "./tabs";

/** "2024-11" for a date: the month a monthly report is about. */
export const monthOf = (d: LocalDate): string => monthPeriod(d.year, d.month).key;

/** The period a person asked a report for: what was typed, or this month when nothing was. */
export const askedPeriod = (typed: string, today: LocalDate): string => typed.trim() || monthOf(today);

/** The day a report's figures are taken: a month's cut-off day (the 20th), a longer period's end; today if earlier. */
export function reportCutoff(snapshot: Snapshot, period: Period, kind: ReportKind): LocalDate {
  const [start, end] = [period.start, period.end];
  const cutoffDay = Math.min(snapshot.settings.reportCutoffDay, end.day);
  const due = kind === "month" ? localDate(start.year, start.month, cutoffDay) : end;
  return compareDates(snapshot.today, due) < 0 ? snapshot.today : due;
}

/** Occurrences logged in the completion log, by task id: period key, completion date, evidence. */
function completionRows(snapshot: Snapshot): Map<string, ReportTask["completions"][number][]> {
  const { completions } = snapshot.tabs;
  const out = new Map<string, ReportTask["completions"][number][]>();
  completions.values.forEach((row, i) => {
    if (i === 0) return;
    const id = textAt(completions, row, "taskId");
    if (!id) return;
    const list = out.get(id) ?? [];
    const cell = row[(completions.columns.get("period") ?? 0) - 1] ?? null;
    const key = periodOfCell(cell).period?.key ?? textAt(completions, row, "period");
    const evidence = textAt(completions, row, "evidence");
    list.push({ key, completedOn: dateIn(completions, row, "completedOn"), evidence });
    out.set(id, list);
  });
  return out;
}

/**
 * The report of a period from the snapshot, as the sheet stands on the cut-off date: every
 * task evaluated on that day with who answers for it, the completion log, the indicators
 * judged on that day, and the issuer's settings with the words of the level it goes to on that day.
 */
export function reportModel(snapshot: Snapshot, periodKey: string, period: Period, kind: ReportKind): Report {
  const cutoff = reportCutoff(snapshot, period, kind);
  const logged = completionRows(snapshot);
  const tasks: ReportTask[] = snapshot.rowsOn(cutoff).map(({ id, task, cells, evaluation }) => ({
    id,
    part: cells.part,
    section: cells.section,
    task,
    lead: cells.lead.join("; "),
    person: assignmentOf(snapshot, cells).persons.join("; "),
    status: evaluation.status,
    nextDue: evaluation.nextDue,
    daysLate: overdueDays(evaluation),
    completedOn: cells.completedOn,
    evidence: cells.evidence,
    notes: cells.notes,
    completions: logged.get(id) ?? [],
  }));
  const { results } = judgeIndicators(snapshot.tabs, cutoff);
  const indicators = results.map(({ indicator: i, result: r }) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    target: r.target,
    floor: r.floor,
    value: r.latest?.value ?? null,
    period: r.latest?.period ?? null,
    status: r.status,
  }));
  const { settings } = snapshot;
  return buildReport(periodKey, cutoff, tasks, indicators, {
    commune: settings.communeName || "…",
    number: settings.reportNumber,
    signerName: settings.signerName,
    level: levelWording(levelSettingsOf(settings), cutoff),
  })!;
}
