import type { LocalDate } from "../../core/dates/localDate";
import { t } from "../../core/i18n/messages";
import { evaluateIndicator, planRatios, type IndicatorResult, type PlanRatios } from "../../core/indicators/compute";
import type { Indicator } from "../../core/indicators/extract";
import { INDICATORS_TAB } from "../../core/workbook/layout";
import { place, rowCells, type PlacedProblem } from "./check";
import type { RowEvaluation } from "./evaluate";
import { readFigures, readIndicators, type ReadIndicator } from "./indicatorFigures";
import type { OpenTab } from "./tabs";

export interface IndicatorRow {
  readonly row: number;
  readonly indicator: Indicator;
  readonly result: IndicatorResult;
}

/** The plan's own ratios for one scope: the whole plan, a part or a section. */
export interface ScopeRatios {
  readonly scope: string;
  readonly ratios: PlanRatios;
}

export interface IndicatorRefresh {
  readonly indicators: readonly IndicatorRow[];
  readonly ratios: readonly ScopeRatios[];
  readonly problems: readonly PlacedProblem[];
}

type ReadTab = Pick<OpenTab, "values" | "columns">;

/** Every indicator judged on a date from its figures (reads only); bad figures listed. */
export function judgeIndicators(tabs: { indicators: ReadTab; indicatorData: ReadTab }, today: LocalDate) {
  const read = readIndicators(tabs.indicators);
  const { entries, problems } = readFigures(tabs.indicatorData, read);
  const results: IndicatorRow[] = read.map((r) => ({
    row: r.row,
    indicator: r.indicator,
    result: evaluateIndicator(r.indicator, entries.get(r.indicator.id) ?? [], today),
  }));
  return { read, results, problems };
}

/** What is wrong in the indicators tab's own rows, placed at their cells. */
export function indicatorRowProblems(tab: ReadTab, read: readonly ReadIndicator[]): PlacedProblem[] {
  return read.flatMap((r) => {
    const cells = rowCells(tab, tab.values[r.row - 1]);
    return r.problems.map((p) => place(INDICATORS_TAB, r.row, cells, { column: p.column, code: p.code }, p.params));
  });
}

/** The plan's own ratios: whole plan, each part, each section. */
export function planScopes(rows: readonly RowEvaluation[]): ScopeRatios[] {
  const facts = rows.map(({ evaluation, cells }) => ({
    status: evaluation.status,
    evidence: cells.evidence !== "",
    part: cells.part,
    section: cells.section,
  }));
  const scopes: ScopeRatios[] = [{ scope: t("scope.plan"), ratios: planRatios(facts) }];
  for (const part of [...new Set(facts.map((f) => f.part).filter(Boolean))]) {
    scopes.push({ scope: t("scope.part", { code: part }), ratios: planRatios(facts.filter((f) => f.part === part)) });
    for (const section of [
      ...new Set(
        facts
          .filter((f) => f.part === part)
          .map((f) => f.section)
          .filter(Boolean),
      ),
    ]) {
      const [code, ...title] = section.split(". ");
      scopes.push({
        scope: t("scope.section", { part, code, title: title.join(". ") }),
        ratios: planRatios(facts.filter((f) => f.part === part && f.section === section)),
      });
    }
  }
  return scopes;
}
