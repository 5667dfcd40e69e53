import { formatVi, parseDayMonthYear, type LocalDate } from "../../core/dates/localDate";
import { t, type MessageKey } from "../../core/i18n/messages";
import { evaluateIndicator, planRatios, entryValue, type DataEntry, type IndicatorResult, type PlanRatios } from "../../core/indicators/compute";
import { DIRECTIONS, UNITS, type Checkpoint, type Indicator, type Unit } from "../../core/indicators/extract";
import { readNumber, readPercent } from "../../core/numbers/figures";
import { cellToText } from "../../core/plan/readers/grid";
import { foldVietnamese } from "../../core/text/normalize";
import { checkRow, indicatorDataRowSchemas, text } from "../../core/validation/rows";
import { INDICATORS_TAB, INDICATOR_CHART_TAB, INDICATOR_DATA_TAB, PLAN_STATS_TAB } from "../../core/workbook/layout";
import type { CellValue } from "../../ports";
import { isPeriod, periodOfCell } from "./calendar";
import { monthFromDateNote, place, rowCells, type PlacedProblem } from "./check";
import type { RowEvaluation } from "./evaluate";
import { appendRows, openTab, ownedRuns, textAt, type OpenTab } from "./tabs";
import type { AppPorts } from "../../ports";

/** "25/08/2024: 60; 31/11/2024: 85": checkpoints as the tab shows them (a bad date as written). */
export function checkpointsText(checkpoints: readonly Checkpoint[]): string {
  return checkpoints.map((c) => `${c.date ? formatVi(c.date) : c.dateText}: ${c.target}`).join("; ");
}

/** The cells the import writes for an indicator. */
export function indicatorCells(ind: Indicator): Record<string, CellValue> {
  return {
    id: ind.id, taskId: ind.taskId, name: ind.name,
    unit: t(`unit.${ind.unit}`), direction: t(`direction.${ind.direction}`),
    target: ind.target, floor: ind.floor, checkpoints: checkpointsText(ind.checkpoints) || null,
  };
}

const IMPORT_KEYS = INDICATORS_TAB.columns.filter((c) => c.owner === "import").map((c) => c.key);

/**
 * Merges the indicators the import proposes into the tab: a new id is added once (an id the
 * import proposed before and the secretariat deleted stays deleted), an empty cell is filled,
 * a cell someone edited is kept. Returns the ids it added.
 */
export function mergeIndicators(tab: OpenTab, proposed: readonly Indicator[], alreadyProposed: ReadonlySet<string>): string[] {
  const byId = new Map<string, number>();
  tab.values.forEach((row, i) => { if (i > 0 && textAt(tab, row, "id")) byId.set(textAt(tab, row, "id"), i); });
  const added: Record<string, CellValue>[] = [];
  const dirty = new Set<number>();
  for (const ind of proposed) {
    const cells = indicatorCells(ind);
    const at = byId.get(ind.id);
    if (at === undefined) {
      if (!alreadyProposed.has(ind.id)) added.push(cells);
      continue;
    }
    const row = tab.values[at];
    for (const key of IMPORT_KEYS) {
      const col = tab.columns.get(key)!;
      if (textAt(tab, row, key) === "" && cells[key] !== null && cells[key] !== "") {
        while (row.length < col) row.push(null);
        row[col - 1] = cells[key];
        dirty.add(col);
      }
    }
  }
  for (const run of ownedRuns(tab, IMPORT_KEYS)) {
    if (tab.values.length < 2 || ![...dirty].some((c) => c >= run.from && c <= run.to)) continue;
    tab.sheet.writeValues(2, run.from, tab.values.slice(1).map((row) => {
      const out: CellValue[] = [];
      for (let c = run.from; c <= run.to; c++) out.push(row[c - 1] ?? null);
      return out;
    }));
  }
  appendRows(tab, added);
  return added.map((a) => String(a.id));
}

const asNumber = readNumber;
/** A target, floor or figure in the indicator's unit: a percentage is read the same whether typed 90, 90% or 0,9. */
const inUnit = (v: CellValue, unit: Unit | null): number | null => (unit === "percent" || unit === null ? readPercent(v) : readNumber(v));

const labelOf = <T extends string>(values: readonly T[], prefix: "unit" | "direction", cell: string): T | null =>
  values.find((v) => foldVietnamese(t(`${prefix}.${v}` as MessageKey)) === foldVietnamese(cell) || v === cell) ?? null;

/** A problem in an indicator row, by column. */
interface IndicatorProblem {
  readonly column: string;
  readonly code: MessageKey;
  readonly params: Record<string, string>;
}

/** The indicators as the tab holds them now (the secretariat's edits included). */
export function readIndicators(tab: Pick<OpenTab, "values" | "columns">): { row: number; indicator: Indicator; problems: IndicatorProblem[] }[] {
  const out: { row: number; indicator: Indicator; problems: IndicatorProblem[] }[] = [];
  tab.values.forEach((row, i) => {
    if (i === 0) return;
    const id = textAt(tab, row, "id");
    const name = textAt(tab, row, "name");
    if (!id && !name) return;
    const problems: IndicatorProblem[] = [];
    const unit = labelOf(UNITS, "unit", textAt(tab, row, "unit"));
    const direction = labelOf(DIRECTIONS, "direction", textAt(tab, row, "direction"));
    const target = inUnit(row[(tab.columns.get("target") ?? 0) - 1] ?? null, unit);
    if (!unit) problems.push({ column: "unit", code: "check.notInList", params: { value: textAt(tab, row, "unit") } });
    if (!direction) problems.push({ column: "direction", code: "check.notInList", params: { value: textAt(tab, row, "direction") } });
    if (target === null && direction !== "none") problems.push({ column: "target", code: "indicator.notNumber", params: { value: textAt(tab, row, "target") } });
    const checkpoints: Checkpoint[] = [];
    for (const part of textAt(tab, row, "checkpoints").split(";").map((p) => p.trim()).filter(Boolean)) {
      const m = /^(.+?):\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(part);
      const date = m ? parseDayMonthYear(m[1]) : null;
      if (!m) problems.push({ column: "checkpoints", code: "indicator.badCheckpointText", params: { value: part } });
      else {
        if (!date) problems.push({ column: "checkpoints", code: "indicator.badCheckpoint", params: { text: m[1] } });
        checkpoints.push({ date, dateText: m[1], target: Number(m[2].replace(",", ".")) });
      }
    }
    out.push({
      row: i + 1, problems,
      indicator: {
        id: id || `#${i + 1}`, taskId: textAt(tab, row, "taskId"), name, unit: unit ?? "percent", direction: direction ?? "atLeast",
        target: target ?? 0, floor: inUnit(row[(tab.columns.get("floor") ?? 0) - 1] ?? null, unit), checkpoints, text: name, warnings: [],
      },
    });
  });
  return out;
}

/** Every indicator judged on a date from its figures (reads only); bad figures listed. */
export function judgeIndicators(tabs: { indicators: Pick<OpenTab, "values" | "columns">; indicatorData: Pick<OpenTab, "values" | "columns"> }, today: LocalDate) {
  const data = tabs.indicatorData;
  const read = readIndicators(tabs.indicators);
  const ids = new Set(read.map((r) => r.indicator.id));
  const problems: PlacedProblem[] = [];
  const entries = new Map<string, DataEntry[]>();
  const schemas = indicatorDataRowSchemas({ isKnownIndicator: (id) => ids.has(id), isPeriod });
  const unitOf = new Map(read.map((r) => [r.indicator.id, r.indicator.unit]));
  data.values.forEach((row, i) => {
    if (i === 0 || row.every((v) => cellToText(v ?? null).trim() === "")) return;
    const cells = rowCells(data, row);
    const found = checkRow(schemas, cells);
    problems.push(...found.map((p) => place(INDICATOR_DATA_TAB, i + 1, cells, p)));
    const asMonth = monthFromDateNote(INDICATOR_DATA_TAB, i + 1, cells);
    if (asMonth) problems.push(asMonth);
    if (found.length > 0) return;
    const entry: DataEntry = {
      indicatorId: text(cells.indicatorId), period: periodOfCell(cells.period ?? null).period?.key ?? cellToText(cells.period ?? null),
      numerator: asNumber(cells.numerator ?? null), denominator: asNumber(cells.denominator ?? null), value: inUnit(cells.value ?? null, unitOf.get(text(cells.indicatorId)) ?? null),
    };
    const { problem } = entryValue(entry, unitOf.get(entry.indicatorId) ?? "percent");
    if (problem) problems.push(place(INDICATOR_DATA_TAB, i + 1, cells, { column: problem === "indicator.noNumerator" ? "numerator" : "denominator", code: problem }));
    if (problem !== "indicator.zeroDenominator" && problem !== "indicator.noNumerator") entries.set(entry.indicatorId, [...(entries.get(entry.indicatorId) ?? []), entry]);
  });

  const results: IndicatorRow[] = read.map((r) => ({ row: r.row, indicator: r.indicator, result: evaluateIndicator(r.indicator, entries.get(r.indicator.id) ?? [], today) }));
  return { read, results, problems };
}

export interface IndicatorRow {
  readonly row: number;
  readonly indicator: Indicator;
  readonly result: IndicatorResult;
}

export interface IndicatorRefresh {
  readonly indicators: readonly IndicatorRow[];
  readonly ratios: readonly { scope: string; ratios: PlanRatios }[];
  readonly problems: readonly PlacedProblem[];
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * Judges every indicator on a date from its figures, writes the computed columns (one write
 * per run), the plan's own ratios, and returns what was found wrong in the figures.
 */
export function refreshIndicators(ports: AppPorts, tabs: { indicators: OpenTab; indicatorData: OpenTab }, plan: OpenTab, rows: readonly RowEvaluation[], today: LocalDate): IndicatorRefresh {
  const { indicators: tab } = tabs;
  const { read, results, problems } = judgeIndicators(tabs, today);
  const byRow = new Map(results.map((r) => [r.row, r]));
  const placed = read.flatMap((r) => r.problems.map((p) => place(INDICATORS_TAB, r.row, rowCells(tab, tab.values[r.row - 1]), { column: p.column, code: p.code }, p.params)));
  const problemsByRow = new Map<number, string[]>();
  for (const p of placed) problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p.problem]);
  const computed = ["latestPeriod", "latestValue", "appliesTarget", "status", "change", "check"];
  for (const run of ownedRuns(tab, computed)) {
    if (tab.values.length < 2) break;
    tab.sheet.writeValues(2, run.from, tab.values.slice(1).map((_, i) => {
      const r = byRow.get(i + 2);
      const own = problemsByRow.get(i + 2) ?? [];
      const cells: Record<string, CellValue> = r ? {
        latestPeriod: r.result.latest?.period ?? null,
        latestValue: round(r.result.latest?.value ?? null),
        appliesTarget: r.result.target,
        status: t(`indicator.${r.result.status}`),
        change: round(r.result.change),
        check: own.length ? own.map((p) => `• ${p}`).join("\n") : null,
      } : {};
      const out: CellValue[] = [];
      for (let c = run.from; c <= run.to; c++) {
        const key = [...tab.columns].find(([, at]) => at === c)?.[0] ?? "";
        out.push(key in cells ? cells[key] : null);
      }
      return out;
    }));
  }
  problems.push(...placed);

  // The plan's own ratios: whole plan, each part, each section.
  const evidence = (row: number) => textAt(plan, plan.values[row - 1], "evidence") !== "";
  const partOf = (row: number) => textAt(plan, plan.values[row - 1], "part");
  const sectionOf = (row: number) => textAt(plan, plan.values[row - 1], "section");
  const facts = rows.map((r) => ({ status: r.evaluation.status, evidence: evidence(r.row), part: partOf(r.row), section: sectionOf(r.row) }));
  const scopes: { scope: string; ratios: PlanRatios }[] = [{ scope: t("scope.plan"), ratios: planRatios(facts) }];
  for (const part of [...new Set(facts.map((f) => f.part).filter(Boolean))]) {
    scopes.push({ scope: t("scope.part", { code: part }), ratios: planRatios(facts.filter((f) => f.part === part)) });
    for (const section of [...new Set(facts.filter((f) => f.part === part).map((f) => f.section).filter(Boolean))]) {
      const [code, ...title] = section.split(". ");
      scopes.push({ scope: t("scope.section", { part, code, title: title.join(". ") }), ratios: planRatios(facts.filter((f) => f.part === part && f.section === section)) });
    }
  }
  const stats = openTab(ports.workbook, PLAN_STATS_TAB, false);
  const lines = scopes.map(({ scope, ratios: r }) => [scope, r.tasks, r.done, round(r.donePct), round(r.onTimePct), round(r.overduePct), round(r.evidencePct)]);
  // Rows left from a longer list (sections removed) are blanked, never left stale.
  while (lines.length < stats.values.length - 1) lines.push([null, null, null, null, null, null, null]);
  if (lines.length > 0) stats.sheet.writeValues(2, 1, lines);
  // One chart of the percent indicators: latest value, the target that applies, the floor.
  const chartTab = openTab(ports.workbook, INDICATOR_CHART_TAB, false);
  const percent = results.filter((r) => r.indicator.unit === "percent");
  const chartLines: CellValue[][] = percent.map((r) => [`${r.indicator.id} ${r.indicator.name.slice(0, 40)}`, round(r.result.latest?.value ?? null), r.result.target, r.result.floor]);
  while (chartLines.length < chartTab.values.length - 1) chartLines.push([null, null, null, null]);
  if (chartLines.length > 0) chartTab.sheet.writeValues(2, 1, chartLines);
  chartTab.sheet.setChart({ title: t("chart.title"), row: 1, col: 1, numRows: percent.length + 1, numCols: 4, anchorRow: 2, anchorCol: 6 });
  return { indicators: results, ratios: scopes, problems };
}
