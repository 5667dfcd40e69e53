import { parseDayMonthYear } from "../../core/dates/localDate";
import { t, type MessageKey } from "../../core/i18n/messages";
import { entryValue, type DataEntry } from "../../core/indicators/compute";
import { DIRECTIONS, UNITS, type Checkpoint, type Indicator, type Unit } from "../../core/indicators/extract";
import { readNumber, readPercent } from "../../core/numbers/figures";
import { cellToText } from "../../core/plan/readers/grid";
import { foldVietnamese } from "../../core/text/normalize";
import { checkRow, indicatorDataRowSchemas, text } from "../../core/validation/rows";
import { INDICATOR_DATA_TAB } from "../../core/workbook/layout";
import type { CellValue } from "../../ports";
import { isPeriod, periodOfCell } from "../../core/period/period";
import { monthFromDateNote, place, rowCells, type PlacedProblem } from "./check";
import { textAt, type OpenTab } from "./tabs";

const asNumber = readNumber;
/** A target, floor or figure in the indicator's unit: a percentage is read the same whether typed 90, 90% or 0,9. */
const inUnit = (v: CellValue, unit: Unit | null): number | null =>
  unit === "percent" || unit === null ? readPercent(v) : readNumber(v);

/** Each value's label folded, once per list (an indicator tab has a row per indicator of the plan). */
const foldedLabels = new Map<readonly string[], readonly string[]>();

const labelOf = <T extends string>(values: readonly T[], prefix: "unit" | "direction", cell: string): T | null => {
  let labels = foldedLabels.get(values);
  if (!labels)
    foldedLabels.set(values, (labels = values.map((v) => foldVietnamese(t(`${prefix}.${v}` as MessageKey)))));
  const folded = foldVietnamese(cell);
  return values.find((v, i) => labels[i] === folded || v === cell) ?? null;
};

/** A problem in an indicator row, by column. */
export interface IndicatorProblem {
  readonly column: string;
  readonly code: MessageKey;
  readonly params: Record<string, string>;
}

/** An indicator as its row of the indicators tab says, and what is wrong in that row. */
export interface ReadIndicator {
  readonly row: number;
  readonly indicator: Indicator;
  readonly problems: IndicatorProblem[];
}

/** The indicators as the tab holds them now (the secretariat's edits included). */
export function readIndicators(tab: Pick<OpenTab, "values" | "columns">): ReadIndicator[] {
  const out: ReadIndicator[] = [];
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
    if (!direction)
      problems.push({ column: "direction", code: "check.notInList", params: { value: textAt(tab, row, "direction") } });
    if (target === null && direction !== "none")
      problems.push({ column: "target", code: "indicator.notNumber", params: { value: textAt(tab, row, "target") } });
    const checkpoints: Checkpoint[] = [];
    for (const part of textAt(tab, row, "checkpoints")
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const m = /^(.+?):\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(part);
      const date = m ? parseDayMonthYear(m[1]) : null;
      if (!m) problems.push({ column: "checkpoints", code: "indicator.badCheckpointText", params: { value: part } });
      else {
        if (!date) problems.push({ column: "checkpoints", code: "indicator.badCheckpoint", params: { text: m[1] } });
        checkpoints.push({ date, dateText: m[1], target: Number(m[2].replace(",", ".")) });
      }
    }
    out.push({
      row: i + 1,
      problems,
      indicator: {
        id: id || `#${i + 1}`,
        taskId: textAt(tab, row, "taskId"),
        name,
        unit: unit ?? "percent",
        direction: direction ?? "atLeast",
        target: target ?? 0,
        floor: inUnit(row[(tab.columns.get("floor") ?? 0) - 1] ?? null, unit),
        checkpoints,
        text: name,
        warnings: [],
      },
    });
  });
  return out;
}

/**
 * The figures of the indicator data tab, row by row, in each indicator's unit: the entries
 * that can be computed with, by indicator, and what is wrong in the others.
 */
export function readFigures(
  data: Pick<OpenTab, "values" | "columns">,
  indicators: readonly ReadIndicator[],
): { entries: Map<string, DataEntry[]>; problems: PlacedProblem[] } {
  const ids = new Set(indicators.map((r) => r.indicator.id));
  const problems: PlacedProblem[] = [];
  const entries = new Map<string, DataEntry[]>();
  const schemas = indicatorDataRowSchemas({ isKnownIndicator: (id) => ids.has(id), isPeriod });
  const unitOf = new Map(indicators.map((r) => [r.indicator.id, r.indicator.unit]));
  data.values.forEach((row, i) => {
    if (i === 0 || row.every((v) => cellToText(v ?? null).trim() === "")) return;
    const cells = rowCells(data, row);
    const found = checkRow(schemas, cells);
    problems.push(...found.map((p) => place(INDICATOR_DATA_TAB, i + 1, cells, p)));
    const asMonth = monthFromDateNote(INDICATOR_DATA_TAB, i + 1, cells);
    if (asMonth) problems.push(asMonth);
    if (found.length > 0) return;
    const entry: DataEntry = {
      indicatorId: text(cells.indicatorId),
      period: periodOfCell(cells.period ?? null).period?.key ?? cellToText(cells.period ?? null),
      numerator: asNumber(cells.numerator ?? null),
      denominator: asNumber(cells.denominator ?? null),
      value: inUnit(cells.value ?? null, unitOf.get(text(cells.indicatorId)) ?? null),
    };
    const { problem } = entryValue(entry, unitOf.get(entry.indicatorId) ?? "percent");
    if (problem)
      problems.push(
        place(INDICATOR_DATA_TAB, i + 1, cells, {
          column: problem === "indicator.noNumerator" ? "numerator" : "denominator",
          code: problem,
        }),
      );
    if (problem !== "indicator.zeroDenominator" && problem !== "indicator.noNumerator")
      entries.set(entry.indicatorId, [...(entries.get(entry.indicatorId) ?? []), entry]);
  });
  return { entries, problems };
}
