import { t } from "../../core/i18n/messages";
import type { PlacedProblem } from "../read/check";
import type { OpenTab } from "../read/tabs";
import { writeNotes } from "./writer";

const MARK = () => t("check.inCell", { problem: "" });
const NONE: readonly string[] = [];

/**
 * A cell's note with the product's lines replaced: an officer's own note is kept as written,
 * and only lines the product added ("[Kiểm tra] …") are removed or rewritten.
 */
export function mergeNote(existing: string, problems: readonly string[]): string {
  // Most cells have neither a note nor a problem: nothing to merge.
  if (existing === "" && problems.length === 0) return "";
  const mark = MARK();
  const own = existing
    .split("\n")
    .filter((line) => !line.startsWith(mark))
    .join("\n")
    .trim();
  const ours = problems.map((p) => t("check.inCell", { problem: p }));
  return [...ours, ...(own ? [own] : [])].join("\n");
}

/**
 * Notes on the cells with problems, over a tab's data block: the product's lines are
 * rewritten, an officer's own notes kept. Written only when something changed.
 */
export function writeProblemNotes(tab: OpenTab, problems: readonly PlacedProblem[]): void {
  const rows = tab.values.length;
  let width = Math.max(0, ...tab.columns.values());
  for (const r of tab.values) width = Math.max(width, r.length);
  // By row, then by column: a key per cell of a 50,000-row grid would be a million strings.
  const byCell = new Map<number, Map<number, string[]>>();
  for (const p of problems) {
    const col = tab.columns.get(p.column);
    if (!col) continue;
    let row = byCell.get(p.row);
    if (!row) byCell.set(p.row, (row = new Map()));
    const here = row.get(col);
    if (here) here.push(p.problem);
    else row.set(col, [p.problem]);
  }
  if (rows < 1) return;
  // Merged in place: the notes read are this action's own copy (a second grid of notes would
  // double what a 50,000-row plan holds at the refresh's peak).
  const notes = tab.sheet.readNotes(rows, width);
  let changed = false;
  for (let r = 0; r < notes.length; r++) {
    const line = notes[r];
    const here = byCell.get(r + 1);
    for (let c = 0; c < line.length; c++) {
      const merged = mergeNote(line[c], here?.get(c + 1) ?? NONE);
      if (merged !== line[c]) {
        line[c] = merged;
        changed = true;
      }
    }
  }
  if (changed) writeNotes(tab, 1, 1, notes);
}

/**
 * The notes of contiguous rows from `firstRow`, as read with them, with each row's problems
 * merged in; written only when something changed.
 */
export function writeRowNotes(
  tab: Pick<OpenTab, "sheet" | "columns">,
  firstRow: number,
  notes: readonly (readonly string[])[],
  problems: readonly (readonly PlacedProblem[])[],
): void {
  let changed = false;
  const next = notes.map((line, i) =>
    line.map((note, c) => {
      const here = problems[i].filter((p) => tab.columns.get(p.column) === c + 1).map((p) => p.problem);
      const merged = mergeNote(note, here);
      if (merged !== note) changed = true;
      return merged;
    }),
  );
  if (changed) writeNotes(tab, firstRow, 1, next);
}
