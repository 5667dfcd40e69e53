import type { Message } from "../../core/i18n/messages";
import type { Plan, Task } from "../../core/plan/model";
import { columnLetter } from "../../core/workbook/cells";
import { cellToText } from "../../core/plan/readers/grid";
import { headerMatches, tabName, type OpenTab } from "../read/tabs";
import { addHeaders, extraColumnMark, isExtraColumn, width, writeNotes, type ExtraColumns } from "./writer";

/*
 * The plan's extra columns in the plan tab: every column of the plan the importer keeps in
 * Task.extra ("Kinh phí", "Văn bản giao nhiệm vụ", a header it does not know) becomes a column
 * of Kế hoạch, headed as the plan heads it, after the product's columns. The header cell gets
 * the product's note (extraColumnMark), by which the writer knows the column as the import's.
 */

/** The column key of a plan's extra column: no layout key has a colon. */
const PREFIX = "extra:";
export const extraKey = (header: string): string => `${PREFIX}${header}`;
/** The plan's header of an extra column's key; null for a layout's key. */
export const extraHeaderOf = (key: string): string | null => (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : null);

/** Width of an extra column in pixels: the product's width for a wrapped text column. */
const EXTRA_WIDTH = 200;

/**
 * The plan's extra headers in the order its header lists them. Each task keeps only its
 * non-empty extras, in header order: a header first seen goes before the next one the same task
 * has that is already placed, else after the last.
 */
export function planExtraHeaders(plan: Pick<Plan, "tasks">): string[] {
  const out: string[] = [];
  for (const task of plan.tasks) {
    const own = Object.keys(task.extra);
    own.forEach((header, i) => {
      if (out.includes(header)) return;
      const next = own.slice(i + 1).find((h) => out.includes(h));
      out.splice(next === undefined ? out.length : out.indexOf(next), 0, header);
    });
  }
  return out;
}

/** A task's cells in the extra columns, by column key ("" where the plan's cell is empty). */
export function extraCells(task: Pick<Task, "extra">, headers: readonly string[]): Record<string, string> {
  return Object.fromEntries(headers.map((h) => [extraKey(h), task.extra[h] ?? ""]));
}

/** The plan tab with its extra columns placed (their keys in `columns`), and what was done or refused. */
export interface PlacedExtras {
  readonly tab: OpenTab & { readonly extras: ExtraColumns };
  /** The extra headers the tab now has a column for, in the plan's order. */
  readonly headers: string[];
  readonly notices: Message[];
  readonly warnings: Message[];
}

const headerText = (tab: OpenTab, col: number) =>
  cellToText(tab.values[0]?.[col - 1] ?? null)
    .normalize("NFC")
    .trim();

/**
 * Finds the plan's extra columns in the plan tab by their header and mark, and adds those it
 * lacks at the end. Never takes a column it did not mark: a header the tab already has (a
 * person's column, a product column by that name) is reported and its texts not written; a
 * mark found twice (a copied column) writes neither. A plan without extras reads nothing more.
 */
export function placeExtraColumns(tab: OpenTab, wanted: readonly string[]): PlacedExtras {
  const none = { headers: new Map<number, string>(), notes: [] };
  if (wanted.length === 0) return { tab: { ...tab, extras: none }, headers: [], notices: [], warnings: [] };
  const w = width(tab);
  const notes = tab.values.length > 0 && w > 0 ? [...(tab.sheet.readNotes(1, w)[0] ?? [])] : [];
  const columns = new Map(tab.columns);
  const headers = new Map<number, string>();
  const warnings: Message[] = [];
  const toAdd: string[] = [];
  const name = tabName(tab.spec);
  for (const header of wanted) {
    const cols = Array.from({ length: w }, (_, i) => i + 1);
    const marked = cols.filter((c) => isExtraColumn(tab.values[0]?.[c - 1] ?? null, notes[c - 1] ?? "", header));
    // A header the tab has already, or one the product would take for a column of its own.
    const clash = cols.filter(
      (c) =>
        !marked.includes(c) &&
        (headerText(tab, c) === header ||
          tab.spec.columns.some((s) => tab.columns.get(s.key) === c && headerMatches(header, s))),
    );
    const at = (list: number[]) => list.map(columnLetter).join(", ");
    if (marked.length > 1)
      warnings.push({ key: "import.extraColumnTwice", params: { tab: name, column: header, at: at(marked) } });
    else if (marked.length === 1) headers.set(marked[0], header);
    else if (clash.length > 0)
      warnings.push({ key: "import.extraColumnClash", params: { tab: name, column: header, at: at(clash) } });
    else toAdd.push(header);
  }
  if (toAdd.length > 0) addColumns(tab, w + 1, toAdd, notes, headers);
  for (const [col, header] of headers) columns.set(extraKey(header), col);
  const placed = wanted.filter((h) => columns.has(extraKey(h)));
  const notices: Message[] =
    toAdd.length > 0
      ? [{ key: "import.extraColumnsAdded", params: { count: toAdd.length, tab: name, columns: toAdd.join('", "') } }]
      : [];
  return { tab: { ...tab, columns, extras: { headers, notes } }, headers: placed, notices, warnings };
}

/** Adds the plan's extra columns from column `first`: headers, their marks, widths and wrapping. */
function addColumns(
  tab: OpenTab,
  first: number,
  added: readonly string[],
  notes: string[],
  headers: Map<number, string>,
): void {
  addHeaders(tab, first, added);
  writeNotes(tab, 1, first, [added.map(extraColumnMark)]);
  if (tab.values.length === 0) tab.values.push([]);
  added.forEach((header, i) => {
    const col = first + i;
    while (tab.values[0].length < col) tab.values[0].push(null);
    tab.values[0][col - 1] = header;
    while (notes.length < col) notes.push("");
    notes[col - 1] = extraColumnMark(header);
    headers.set(col, header);
  });
  tab.sheet.setColumnWidths(
    first,
    added.map(() => EXTRA_WIDTH),
  );
  tab.sheet.setWrap(first, added.length);
}
