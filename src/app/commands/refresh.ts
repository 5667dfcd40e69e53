import { formatIso, formatVi, type LocalDate } from "../../core/dates/localDate";
import { t, type Message } from "../../core/i18n/messages";
import { countStatuses, type TaskStatus } from "../../core/status/statuses";
import { foldVietnamese } from "../../core/text/normalize";
import { splitRoles } from "../../core/validation/rows";
import { TABS } from "../../core/workbook/layout";
import type { AppPorts } from "../../ports";
import { isPeriod } from "../../core/period/period";
import {
  checkWorkbook,
  emptyRowMessages,
  staleDistrictProblems,
  type PlacedProblem,
  type TabChecks,
} from "../read/check";
import type { RowEvaluation } from "../read/evaluate";
import type { Timeline } from "../../core/timeline/model";
import { indicatorRowProblems, judgeIndicators, planScopes, type IndicatorRefresh } from "../read/indicators";
import { readMergedCells } from "../read/mergedCells";
import type { Snapshot } from "../read/snapshot";
import { readWorkbook } from "./readWorkbook";
import { editSettings, saveContext } from "../state/editContext";
import { clearPending, readPending } from "../state/pendingEdits";
import { computedCells, writeComputed } from "../write/computed";
import { writeIndicatorChart } from "../write/indicatorChart";
import { writeIndicatorCells, writePlanStats } from "../write/indicators";
import { writeLegend } from "../write/legend";
import { writeLog } from "../write/log";
import { writeProblemNotes } from "../write/notes";
import { writeSettingProblems } from "../write/settings";
import { writeSummary } from "../write/summaryTab";

export interface RefreshResult {
  readonly today: LocalDate;
  readonly rows: readonly RowEvaluation[];
  readonly counts: Readonly<Record<TaskStatus, number>>;
  readonly problems: readonly PlacedProblem[];
  readonly notices: readonly Message[];
  readonly summary: Message;
  readonly indicators: IndicatorRefresh;
  /** The workbook as this refresh read it. */
  readonly snapshot: Snapshot;
}

/** The ports a refresh and an edit use: the workbook, the log's time and user, the store for the edit cache. */
export type RefreshPorts = Pick<AppPorts, "workbook" | "clock" | "user" | "store">;

/** Every tab's problems: each row against its schema, the rules across rows, and the merged cells. */
function checkSnapshot(snapshot: Snapshot): TabChecks {
  const { plan, directory, completions, holidays } = snapshot.tabs;
  // Straight into the set, each distinct text folded once: no list of every row's roles.
  const leadCol = plan.columns.get("lead") ?? 0;
  const seen = new Set<string>();
  const leadingRoles = new Set<string>();
  for (let r = 1; r < plan.values.length; r++) {
    for (const role of splitRoles(plan.values[r][leadCol - 1] ?? null)) {
      if (seen.has(role)) continue;
      seen.add(role);
      leadingRoles.add(foldVietnamese(role));
    }
  }
  const timelines = new Map<number, Timeline>();
  for (const r of snapshot.rows) timelines.set(r.row, r.timeline);
  const checks = checkWorkbook({
    plan,
    directory,
    completions,
    holidays,
    today: snapshot.today,
    roles: snapshot.roles,
    leadingRoles,
    isPeriod,
    timelines,
  });
  checks.problems.push(...readMergedCells([plan, directory, completions, holidays]));
  // First, so the dialog's few lines show it: a report made today would go out with it.
  checks.problems.unshift(...staleDistrictProblems(snapshot.tabs.settings, snapshot.settings, snapshot.today));
  return checks;
}

/** The plan tab's computed columns for every row: status, next due date, working days left, what to fix. */
function refreshComputedCells(snapshot: Snapshot, problems: readonly PlacedProblem[]): void {
  const { plan } = snapshot.tabs;
  if (plan.values.length < 2) return;
  const byRow = new Map<number, RowEvaluation>();
  for (const r of snapshot.rows) byRow.set(r.row, r);
  const planProblems = new Map<number, PlacedProblem[]>();
  for (const p of problems) {
    if (p.tab !== "plan") continue;
    const here = planProblems.get(p.row);
    if (here) here.push(p);
    else planProblems.set(p.row, [p]);
  }
  const lines = Array.from({ length: plan.values.length - 1 }, (_, i) =>
    computedCells(byRow.get(i + 2), planProblems.get(i + 2) ?? [], plan),
  );
  writeComputed(plan, 2, lines);
}

/** Judges every indicator from its figures and writes its cells, the plan's ratios and the chart. */
function refreshIndicators(ports: Pick<AppPorts, "workbook">, snapshot: Snapshot): IndicatorRefresh {
  const { tabs, today } = snapshot;
  const { read, results, problems } = judgeIndicators(tabs, today);
  const placed = indicatorRowProblems(tabs.indicators, read);
  writeIndicatorCells(tabs.indicators, results, placed);
  const ratios = planScopes(snapshot.rows);
  writePlanStats(ports.workbook, ratios);
  writeIndicatorChart(ports.workbook, results);
  return { indicators: results, ratios, problems: [...problems, ...placed] };
}

/** What the next edits need without reading every tab again: the edit context and the plan's size. */
function saveEditContext(ports: Pick<AppPorts, "store">, snapshot: Snapshot): void {
  const { plan } = snapshot.tabs;
  const holidays: [string, "holiday" | "workday"][] = snapshot.calendarDays.map((d) => [formatIso(d.date), d.kind]);
  const completionIds = [...snapshot.completions.keys()];
  saveContext(ports.store, plan, editSettings(snapshot.settingsTyped), holidays, snapshot.roles, completionIds);
}

/**
 * Recomputes everything: statuses, next due dates, working days left and the problems of every
 * tab, written as one block per run of computed columns, notes on the offending cells, and the
 * colour rules. The service calls do not depend on the number of rows.
 */
export function refreshAll(
  ports: RefreshPorts,
  today: LocalDate = ports.clock.today(),
  action = t("log.refresh"),
): RefreshResult {
  // Edits left waiting before this refresh started are covered by it; those arriving during it are not.
  const pendingAtStart = readPending(ports.store);
  const snapshot = readWorkbook(ports, today);
  const { tabs, rows, settingProblems } = snapshot;
  writeLegend(ports.workbook);
  writeSettingProblems(tabs.settings, snapshot.settingProblemRows);

  const checks = checkSnapshot(snapshot);
  refreshComputedCells(snapshot, checks.problems);
  const indicators = refreshIndicators(ports, snapshot);
  const problems = [...checks.problems, ...indicators.problems];
  for (const tab of [tabs.plan, tabs.directory, tabs.completions, tabs.holidays, tabs.indicators, tabs.indicatorData]) {
    writeProblemNotes(
      tab,
      problems.filter((p) => p.tab === tab.spec.key),
    );
  }
  saveEditContext(ports, snapshot);
  clearPending(ports.store, pendingAtStart);

  const counts = countStatuses(rows.map((r) => r.evaluation.status));
  const notices: Message[] = [...settingProblems, ...emptyRowMessages(checks.emptyRows, TABS)];
  // Deadlines read from a phrase only partly understood are counted apart: dates a person must confirm.
  const partial = checks.problems.filter((p) => p.code === "timeline.partlyUnderstood").length;
  const summary: Message = {
    key: partial > 0 ? "refresh.donePartial" : "refresh.done",
    params: {
      rows: rows.length,
      today: formatVi(today),
      overdue: counts.overdue,
      dueSoon: counts.dueSoon,
      problems: problems.length + settingProblems.length,
      partial,
    },
  };
  writeLog(ports, action, [summary, ...notices, ...problems.map((p) => p.message)], tabs.log);
  writeSummary(ports, snapshot, { rows, counts, indicators });
  return { today, rows, counts, problems, notices, summary, indicators, snapshot };
}
