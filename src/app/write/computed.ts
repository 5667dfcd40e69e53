import { t } from "../../core/i18n/messages";
import { statusLabel } from "../../core/status/statuses";
import { computedColumns, PLAN_TAB } from "../../core/workbook/layout";
import type { CellValue } from "../../ports";
import type { PlacedProblem } from "../read/check";
import type { RowEvaluation } from "../read/evaluate";
import type { OpenTab } from "../read/tabs";
import { rewriteColumns, type WritableTab } from "./writer";

/** The plan tab's computed columns a refresh writes (the layout says which), together on every refresh and edit. */
const COMPUTED = computedColumns(PLAN_TAB, "refresh");

/** A row's problems for its "Cần sửa" cell: one line per problem, the column named. */
function cellsOfRow(problems: readonly PlacedProblem[], plan: Pick<OpenTab, "spec">): string {
  return problems
    .map((p) => {
      const column = plan.spec.columns.find((c) => c.key === p.column);
      return `• ${column ? t(column.header) : p.column}: ${p.problem}`;
    })
    .join("\n");
}

/** The computed cells of one plan row, by column key. */
export function computedCells(
  evaluation: RowEvaluation | undefined,
  problems: readonly PlacedProblem[],
  plan: Pick<OpenTab, "spec">,
): Record<string, CellValue> {
  const check = problems.length ? cellsOfRow(problems, plan) : null;
  if (!evaluation) return { status: null, nextDue: null, daysLeft: null, check };
  const e = evaluation.evaluation;
  return { status: t(statusLabel(e.status)), nextDue: e.nextDue, daysLeft: e.workingDaysLeft, check };
}

/**
 * Writes the computed cells of contiguous plan rows from `firstRow` into their runs of columns:
 * only COMPUTED columns are in a run, so the import's notes beside them are untouched.
 */
export function writeComputed(plan: WritableTab, firstRow: number, rows: readonly Record<string, CellValue>[]): void {
  rewriteColumns(plan, COMPUTED, firstRow, rows.length, (i, key) => rows[i][key] ?? null);
}
