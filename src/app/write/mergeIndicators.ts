import { formatVi } from "../../core/dates/localDate";
import { t } from "../../core/i18n/messages";
import type { Checkpoint, Indicator } from "../../core/indicators/extract";
import { importedColumns, INDICATORS_TAB } from "../../core/workbook/layout";
import type { CellValue } from "../../ports";
import { textAt, type OpenTab } from "../read/tabs";
import { appendRows, writeColumns } from "./writer";

/** "25/08/2024: 60; 31/11/2024: 85": checkpoints as the tab shows them (a bad date as written). */
export function checkpointsText(checkpoints: readonly Checkpoint[]): string {
  return checkpoints.map((c) => `${c.date ? formatVi(c.date) : c.dateText}: ${c.target}`).join("; ");
}

/** The cells the import writes for an indicator. */
export function indicatorCells(ind: Indicator): Record<string, CellValue> {
  return {
    id: ind.id,
    taskId: ind.taskId,
    name: ind.name,
    unit: t(`unit.${ind.unit}`),
    direction: t(`direction.${ind.direction}`),
    target: ind.target,
    floor: ind.floor,
    checkpoints: checkpointsText(ind.checkpoints) || null,
  };
}

const IMPORT_KEYS = importedColumns(INDICATORS_TAB);

/**
 * Merges the indicators the import proposes into the tab: a new id is added once (an id the
 * import proposed before and the secretariat deleted stays deleted), an empty cell is filled,
 * a cell someone edited is kept. Returns the ids it added.
 */
export function mergeIndicators(
  tab: OpenTab,
  proposed: readonly Indicator[],
  alreadyProposed: ReadonlySet<string>,
): string[] {
  const byId = new Map<string, number>();
  tab.values.forEach((row, i) => {
    if (i > 0 && textAt(tab, row, "id")) byId.set(textAt(tab, row, "id"), i);
  });
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
  const cell = (i: number, key: string) => tab.values[i + 1][tab.columns.get(key)! - 1] ?? null;
  writeColumns(tab, IMPORT_KEYS, 2, tab.values.length - 1, cell, dirty);
  appendRows(tab, added);
  return added.map((a) => String(a.id));
}
