import { cellText, foldVietnamese } from "../text/normalize";

/** The columns the importer reads into a task's own fields. */
export type PlanColumn = "number" | "task" | "output" | "timeline" | "assignment" | "lead" | "support";

/** Columns a plan may have that the task keeps as written, in `extra`, without a warning. */
export type KnownExtraColumn = "note" | "budget" | "assignedBy" | "accountable" | "target";

type AnyColumn = PlanColumn | KnownExtraColumn;

/**
 * What each column is called in real plans, folded (no case, diacritics or punctuation).
 * A header cell takes the column whose name it is exactly, else one it starts with, else one
 * it contains: "Thuộc nhóm nhiệm vụ, hành động" contains "nhiệm vụ" but loses the task column
 * to "Nội dung nhiệm vụ", which is one of its names.
 */
const SYNONYMS: Record<AnyColumn, string> = {
  number: "tt|stt|so tt|so thu tu",
  task:
    "nhiem vu|noi dung|giai phap|nhiem vu giai phap|nhiem vu va giai phap|ten nhiem vu|" +
    "noi dung nhiem vu|noi dung thuc hien|noi dung cong viec|ten cong viec",
  output: "san pham|ket qua|ket qua thuc hien|ket qua dau ra|san pham dau ra|ket qua du kien|san pham du kien",
  timeline:
    "tien do|thoi gian|thoi han|thoi gian thuc hien|thoi han hoan thanh|thoi gian hoan thanh|" +
    "thoi gian trien khai|tien do thuc hien",
  assignment: "phan cong|cach thuc thuc hien|phan cong va cach thuc thuc hien|phan cong thuc hien",
  lead:
    "chu tri|co quan chu tri|don vi chu tri|don vi thuc hien|co quan thuc hien|" +
    "co quan chu tri thuc hien|don vi chu tri thuc hien",
  support: "phoi hop|co quan phoi hop|don vi phoi hop|co quan don vi phoi hop",
  note: "ghi chu",
  budget: "kinh phi|nguon kinh phi|du toan kinh phi",
  assignedBy: "van ban giao nhiem vu|van ban giao",
  accountable: "nguoi dung dau chiu trach nhiem|lanh dao phu trach|nguoi chiu trach nhiem",
  target: "chi tieu|chi tieu dat duoc",
};

const CORE_COLUMNS: ReadonlySet<string> = new Set<PlanColumn>([
  "number",
  "task",
  "output",
  "timeline",
  "assignment",
  "lead",
  "support",
]);

/**
 * headerKey("**Thời hạn hoàn<br>thành**[1]") → "thoi han hoan thanh": a header cell as compared,
 * without markup (HTML, Markdown emphasis), footnote marks, punctuation, case and diacritics.
 */
export function headerKey(cell: string): string {
  const text = cellText(cell)
    .replace(/\[\d+\]/g, " ")
    .replace(/[*_`#]/g, "");
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A header as a person reads it: "Văn bản giao\nnhiệm vụ" → "Văn bản giao nhiệm vụ". */
const headerText = (cell: string): string => cellText(cell).replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();

/** How well a folded header names a column: 3 it is the name, 2 it starts with it, 1 contains it. */
function score(key: string, column: AnyColumn): number {
  let best = 0;
  for (const name of SYNONYMS[column].split("|")) {
    if (key === name) return 3;
    if (key.startsWith(`${name} `)) best = Math.max(best, 2);
    else if (` ${key} `.includes(` ${name} `)) best = Math.max(best, 1);
  }
  return best;
}

/** Where each column is in a header row, and the headers it kept as extra columns. */
export interface HeaderMatch {
  readonly columns: Map<PlanColumn, number>;
  /** Extra columns by cell index, with the header as written; `known` when the column is recognised. */
  readonly extras: { index: number; header: string; known: boolean }[];
}

/**
 * Each cell of a row matched to at most one column, best matches first. A cell longer than a
 * header is ever written is no header. Cells naming no column are extras.
 */
export function matchColumns(cells: readonly string[]): HeaderMatch {
  const keys = cells.map(headerKey);
  const candidates: { index: number; column: AnyColumn; score: number }[] = [];
  keys.forEach((key, index) => {
    if (!key || key.length > 80) return;
    for (const column of Object.keys(SYNONYMS) as AnyColumn[]) {
      const s = score(key, column);
      if (s > 0) candidates.push({ index, column, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const placed = new Map<AnyColumn, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (placed.has(c.column) || taken.has(c.index)) continue;
    placed.set(c.column, c.index);
    taken.add(c.index);
  }
  const columns = new Map<PlanColumn, number>();
  const knownExtra = new Set<number>();
  for (const [column, index] of placed) {
    if (CORE_COLUMNS.has(column)) columns.set(column as PlanColumn, index);
    else knownExtra.add(index);
  }
  const used = new Set(columns.values());
  const extras = keys.flatMap((key, index) =>
    key && !used.has(index) ? [{ index, header: headerText(cells[index]), known: knownExtra.has(index) }] : [],
  );
  return { columns, extras };
}

/** Finds which cell holds which column; null when the row is not a header (it needs TT and a task column). */
export function matchHeader(cells: readonly string[]): Map<PlanColumn, number> | null {
  const { columns } = matchColumns(cells);
  return columns.has("number") && columns.has("task") ? columns : null;
}

/**
 * Whether a body row repeats the header on a new page, with or without its TT cell
 * ("| | Nội dung | Đơn vị thực hiện | …"): at least two of its columns are where the header has them.
 */
export function repeatsHeader(cells: readonly string[], header: ReadonlyMap<PlanColumn, number>): boolean {
  const { columns } = matchColumns(cells);
  let same = 0;
  for (const [column, index] of columns) {
    if (column === "number") continue;
    if (header.get(column) !== index) return false;
    same++;
  }
  return same >= 2;
}
