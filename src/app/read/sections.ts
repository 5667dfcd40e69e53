import { t } from "../../core/i18n/messages";
import { STATUS } from "../../core/status/statuses";
import type { RowEvaluation } from "./evaluate";

/** One section of the plan and its tasks by where they stand (the contract's SectionProgress). */
export interface SectionCount {
  /** The section as the plan names it ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), or its part ("Phần B"). */
  readonly section: string;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
}

/** A section's name: the Mục as imported; a part with no Mục is named by its Phần, as the ratios tab does. */
function sectionName(part: string, section: string): string {
  if (section) return section;
  return part ? t("scope.part", { code: part }) : t("report.noSection");
}

/**
 * sectionCounts(snapshot.rows): the plan's sections in plan order, grouped by Phần and Mục as the
 * report groups them, each with its tasks, those done and those overdue. Reads nothing.
 */
export function sectionCounts(rows: readonly RowEvaluation[]): SectionCount[] {
  const groups = new Map<string, { name: string; statuses: RowEvaluation["evaluation"]["status"][] }>();
  for (const { cells, evaluation } of rows) {
    const key = `${cells.part}\u0000${cells.section}`;
    const group = groups.get(key) ?? { name: sectionName(cells.part, cells.section), statuses: [] };
    group.statuses.push(evaluation.status);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ name, statuses }) => ({
    section: name,
    total: statuses.length,
    done: statuses.filter((s) => STATUS[s].done).length,
    overdue: statuses.filter((s) => s === "overdue").length,
  }));
}
