import { t } from "../../core/i18n/messages";
import { STATUS_LABEL } from "../../core/status/status";
import type { CellValue } from "../../ports";
import type { PlacedProblem } from "../read/check";
import type { RowEvaluation } from "../read/evaluate";
import type { OpenTab } from "../read/tabs";
import { writeColumns, type WritableTab } from "./writer";

/** The plan tab's computed columns, written together on every refresh and edit. */
export const COMPUTED = ["status", "nextDue", "daysLeft", "check"] as const;

/** A row's problems for its "Cần sửa" cell: one line per problem, the column named. */
function cellsOfRow(problems: readonly PlacedProblem[], plan: Pick<OpenTab, "spec">): string {
  return problems.map((p) => {
    const column = plan.spec.columns.find((c) => c.key === p.column);
    return `• ${column ? t(column.header) : p.column}: ${p.problem}`;
  }).join("\n");
}

/** The computed cells of one plan row, in COMPUTED order. */
export function computedCells(evaluation: RowEvaluation | undefined, problems: readonly PlacedProblem[], plan: Pick<OpenTab, "spec">): CellValue[] {
  if (!evaluation) return [null, null, null, problems.length ? cellsOfRow(problems, plan) : null];
  const e = evaluation.evaluation;
  return [t(STATUS_LABEL[e.status]), e.nextDue, e.workingDaysLeft, problems.length ? cellsOfRow(problems, plan) : null];
}

/** Writes the computed cells of contiguous plan rows from `firstRow` (lines in COMPUTED order), one write per run of columns. */
export function writeComputed(plan: WritableTab, firstRow: number, lines: readonly CellValue[][]): void {
  writeColumns(plan, COMPUTED, firstRow, lines.length, (i, key) => lines[i][COMPUTED.indexOf(key as (typeof COMPUTED)[number])]);
}
