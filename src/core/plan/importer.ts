import { parseDayMonthYear, type LocalDate } from "../dates/localDate";
import { UserError } from "../errors";
import type { Message } from "../i18n/messages";
import { cellText, foldVietnamese, isBlank, toNfc } from "../text/normalize";
import { parseTaskTimeline } from "../timeline/parse";
import type { ImportWarning, Milestone, Part, Plan, Section, SourceRow, SourceTable, Task } from "./model";
import { assignRoles, RoleMatcher } from "./roles";

/** The columns a plan table may have, found by their header text. */
export type PlanColumn = "number" | "task" | "output" | "timeline" | "assignment" | "lead" | "support";

const HEADER_PATTERNS: [PlanColumn, RegExp][] = [
  ["number", /^s?tt$|^so tt$|^stt\b/],
  ["assignment", /phan cong|cach thuc/],
  ["lead", /chu tri/],
  ["support", /phoi hop/],
  ["timeline", /tien do|thoi gian|thoi han/],
  ["output", /san pham|ket qua dau ra/],
  ["task", /nhiem vu|noi dung|giai phap/],
];

/** Finds which cell holds which column; null when the row is not a header. */
export function matchHeader(cells: readonly string[]): Map<PlanColumn, number> | null {
  return matchHeaderTexts(cells.map((cell) => cellText(cell)));
}

/** matchHeader for cells already read with cellText. */
function matchHeaderTexts(texts: readonly string[]): Map<PlanColumn, number> | null {
  const found = new Map<PlanColumn, number>();
  texts.forEach((text, i) => {
    const folded = foldVietnamese(text);
    if (!folded || folded.length > 80) return;
    for (const [column, re] of HEADER_PATTERNS) {
      if (!found.has(column) && re.test(folded)) {
        found.set(column, i);
        return;
      }
    }
  });
  return found.has("number") && found.has("task") ? found : null;
}

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;
const PART_LETTERS = /^[A-H]$/;

/** romanToNumber("VIII") → 8; null for anything that is not a Roman numeral. */
export function romanToNumber(text: string): number | null {
  if (!ROMAN.test(text)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]];
    const next = values[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** True when the text is written mostly in capitals, as section titles are. */
function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length > 0.8;
}

export interface ImportOptions {
  /** Roles to recognise; defaults to the built-in list. */
  readonly matcher: RoleMatcher;
  /** Force the plan year; otherwise it is read from the deadlines and the title. */
  readonly year?: number;
}

type TextColumn = "task" | "output" | "timeline" | "assignment" | "lead" | "support";
const TEXT_COLUMNS: readonly TextColumn[] = ["task", "output", "timeline", "assignment", "lead", "support"];

interface Draft {
  id: string;
  part: Part | null;
  section: Section | null;
  number: string;
  /** Each column's text: the task row's cell, then the cells of the rows that continue it. */
  parts: Record<TextColumn, string[]>;
  sourceRows: number[];
}

/** A draft with its continued cells joined. */
type Drafted = Omit<Draft, "parts"> & { cells: Record<TextColumn, string> };

/**
 * joinContinuation(["Một;", "Hai", "ba"]) → "Một;\nHai ba": a cell and the cells that continue
 * it, in one paragraph unless a sentence ended. Blank parts are skipped. Joined once, at the end,
 * so a task continued over many rows costs time in proportion to its text, not its square.
 */
function joinContinuation(parts: readonly string[]): string {
  const pieces: string[] = [];
  let previous = "";
  for (const part of parts) {
    if (isBlank(part)) continue;
    if (previous !== "") pieces.push(/[.;:!?]$/.test(previous.slice(-1)) ? "\n" : " ");
    pieces.push(part);
    previous = part;
  }
  return pieces.join("");
}

/** The number cell without the dot some plans write after it: "3." → "3". */
const bareNumber = (numberCell: string): string => numberCell.replace(/\.$/, "");

/**
 * Whether an Arabic-numbered row with only a title is the heading of a group, as its number says:
 * the next number is one of its children ("2" then "2.1") or the numbering starts again ("2"
 * then "1"). Otherwise it is a task, whatever the case its title is written in.
 */
function headsGroup(number: string, nextNumber: string): boolean {
  return (nextNumber.startsWith(`${number}.`) && /^\d+(?:\.\d+)+$/.test(nextNumber)) || nextNumber === "1";
}

/** The year most deadlines in the table name, or null when none does. */
function dominantYear(drafts: readonly Drafted[]): number | null {
  const counts = new Map<number, number>();
  for (const d of drafts) {
    for (const text of [d.cells.timeline, d.cells.assignment, d.cells.task, d.cells.output]) {
      for (const m of text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) {
        const y = Number(m[1]);
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/** Collects the warnings of one import, each with its row and, when it has one, its task. */
type Warn = (severity: ImportWarning["severity"], row: number, message: Message, taskId?: string) => void;

/** A column's text in a row's cells, read once with cellText. */
type CellOf = (texts: readonly string[], c: PlanColumn) => string;

/** The first row that is a header, and where each column is; a table without one cannot be read. */
function findHeader(table: SourceTable, warn: Warn): { header: Map<PlanColumn, number>; headerRow: number } {
  for (const r of table.rows) {
    const header = matchHeader(r.cells);
    if (!header) continue;
    if (!header.has("timeline")) {
      warn("warning", r.row, { key: "import.missingColumn", params: { column: "Tiến độ" } });
    }
    return { header, headerRow: r.row };
  }
  throw new PlanImportError({ key: "import.noHeader" });
}

/** A row of the table's body, its cells read once. */
interface BodyRow {
  readonly r: SourceRow;
  readonly texts: string[];
  readonly numberCell: string;
  /** The number of the next row that has one: a heading "2" is known by the "2.1" after it. */
  readonly nextNumber: string;
}

/**
 * The rows under the header, without the headers repeated on a new page and the empty header
 * rows of a page-split table.
 */
function bodyRows(table: SourceTable, headerRow: number, cell: CellOf): BodyRow[] {
  const body: Omit<BodyRow, "nextNumber">[] = [];
  for (const r of table.rows) {
    if (r.row <= headerRow) continue;
    const texts = r.cells.map((c) => cellText(c ?? ""));
    if (matchHeaderTexts(texts)) continue; // a header repeated on a new page
    if (texts.every((t) => t === "")) continue; // the empty header row of a page-split table
    body.push({ r, texts, numberCell: cell(texts, "number") });
  }
  const out = new Array<BodyRow>(body.length);
  for (let i = body.length - 1, following = ""; i >= 0; i--) {
    out[i] = { ...body[i], nextNumber: following };
    if (body[i].numberCell !== "") following = bareNumber(body[i].numberCell);
  }
  return out;
}

/** Part rows: "| A | NHIỆM VỤ … |" or "| A NHIỆM VỤ … | |". */
function partRow(numberCell: string, taskCell: string, othersEmpty: boolean): Part | null {
  if (PART_LETTERS.test(numberCell) && taskCell && othersEmpty) return { code: numberCell, title: taskCell };
  const inline = /^([A-H])[.)]?\s+(\S.*)$/s.exec(numberCell);
  const headingOnly = taskCell === "" && othersEmpty;
  if (inline && headingOnly && isMostlyUpper(inline[2])) return { code: inline[1], title: inline[2] };
  return null;
}

/**
 * Section rows: "| I | CÔNG TÁC … |" or "| II CẢI CÁCH THỂ CHẾ | |". The number cell decides:
 * Roman numerals head sections, Arabic numbers are tasks unless the numbers after them say
 * they head a group ("| 2 | CẢI CÁCH THỦ TỤC HÀNH CHÍNH |" then "| 2.1 | … |"). Capitals do not.
 */
function sectionRow(row: BodyRow, taskCell: string, othersEmpty: boolean): Section | null {
  const { numberCell, nextNumber } = row;
  const bare = bareNumber(numberCell);
  if (romanToNumber(bare) !== null && taskCell && othersEmpty) return { code: bare, title: taskCell };
  const inline = /^([IVXL]+)[.)]?\s+(\S.*)$/s.exec(numberCell);
  const headingOnly = taskCell === "" && othersEmpty;
  if (inline && romanToNumber(inline[1]) !== null && headingOnly) return { code: inline[1], title: inline[2] };
  const heading = /^\d+$/.test(bare) && taskCell && othersEmpty && headsGroup(bare, nextNumber);
  if (heading) return { code: bare, title: taskCell };
  return null;
}

/**
 * Reads the body row by row into drafts: part and section rows set the heading the next tasks
 * are under, a numbered row is a task, a row with an empty TT continues the task before it (a
 * table cut by a page break), anything else is named and skipped.
 */
function draftTasks(body: readonly BodyRow[], cell: CellOf, warn: Warn): Draft[] {
  const drafts: Draft[] = [];
  const ids = new Set<string>();
  let part: Part | null = null;
  let section: Section | null = null;
  let last: Draft | null = null;

  for (const row of body) {
    const { r, texts, numberCell } = row;
    const taskCell = cell(texts, "task");
    const others = ["output", "timeline", "assignment", "lead", "support"] as const;
    const othersEmpty = others.every((c) => cell(texts, c) === "");

    const newPart = partRow(numberCell, taskCell, othersEmpty);
    if (newPart) {
      [part, section, last] = [newPart, null, null];
      continue;
    }
    const newSection = sectionRow(row, taskCell, othersEmpty);
    if (newSection) {
      [section, last] = [newSection, null];
      continue;
    }

    const bare = bareNumber(numberCell);
    if (/^\d+(?:\.\d+)*$/.test(bare)) {
      // "1.2" under section "1" already carries its section: the id is "1.2", not "1.1.2".
      const inSection = section && !bare.startsWith(`${section.code}.`) ? section.code : null;
      const base = [part?.code, inSection, bare].filter(Boolean).join(".");
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
      if (id !== base)
        warn("warning", r.row, { key: "import.duplicateId", params: { id: base, row: r.row, newId: id } }, id);
      ids.add(id);
      if (taskCell === "")
        warn("warning", r.row, { key: "import.emptyTask", params: { row: r.row, number: bare } }, id);
      last = {
        id,
        part,
        section,
        number: bare,
        parts: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, [cell(texts, c)]])) as Record<TextColumn, string[]>,
        sourceRows: [r.row],
      };
      drafts.push(last);
      continue;
    }

    // Continuation rows: an empty TT after a task, from a table cut by a page break.
    if (numberCell === "") {
      if (last) {
        for (const c of TEXT_COLUMNS) last.parts[c].push(cell(texts, c));
        last.sourceRows.push(r.row);
        warn("info", r.row, { key: "import.continuation", params: { row: r.row, id: last.id } }, last.id);
      } else {
        const text = texts.filter(Boolean).join(" ").slice(0, 80);
        warn("warning", r.row, { key: "import.orphanContinuation", params: { row: r.row, text } });
      }
      continue;
    }
    warn("warning", r.row, { key: "import.unknownRow", params: { row: r.row, number: numberCell.slice(0, 40) } });
  }
  if (drafts.length === 0) throw new PlanImportError({ key: "import.noTasks" });
  return drafts;
}

/** The plan's year: as forced, else the deadlines' most named year, else the title's; another title year is noted. */
function planYear(
  table: SourceTable,
  drafted: readonly Drafted[],
  options: ImportOptions,
  headerRow: number,
  warn: Warn,
): number {
  const preambleYears = new Set([...toNfc(table.preamble).matchAll(/năm (20\d\d)/g)].map((m) => Number(m[1])));
  const year = options.year ?? dominantYear(drafted) ?? Math.max(0, ...preambleYears);
  if (!year) throw new PlanImportError({ key: "import.noYear" });
  for (const other of preambleYears) {
    if (other !== year) warn("info", headerRow, { key: "import.yearMismatch", params: { other, year } });
  }
  return year;
}

/** A draft as a task: its roles (from the assignment text, or the lead and support columns) and its deadlines. */
function toTask(
  d: Drafted,
  header: ReadonlyMap<PlanColumn, number>,
  matcher: RoleMatcher,
  year: number,
  warn: Warn,
): Task {
  const assignmentText = [d.cells.assignment, d.cells.lead, d.cells.support].filter(Boolean).join("\n");
  let roles = assignRoles(d.cells.assignment, matcher);
  if (header.has("lead")) {
    // Plans with separate "Cơ quan chủ trì" / "Đơn vị phối hợp" columns say it outright.
    const lead = matcher.mentionsInFolded(foldVietnamese(d.cells.lead)).map((m) => m.key);
    const support = matcher.mentionsInFolded(foldVietnamese(d.cells.support)).map((m) => m.key);
    roles = {
      lead: [...new Set([...lead, ...roles.lead])],
      support: [...new Set([...support, ...roles.support])].filter((k) => !lead.includes(k)),
    };
  }
  if (roles.lead.length === 0) warn("warning", d.sourceRows[0], { key: "import.noLead" }, d.id);

  // The deadlines come from the timeline parser, which also flags impossible dates.
  const timeline = parseTaskTimeline(d.cells.timeline, assignmentText, { year });
  for (const w of timeline.warnings) {
    if (w.key !== "timeline.empty") warn("warning", d.sourceRows[0], w, d.id);
  }
  const milestones: Milestone[] = timeline.milestones.map((m) => ({
    date: m.date,
    label: m.label,
    source: m.source === "assignment" ? "assignment" : "timeline",
    text: m.text,
  }));
  return {
    id: d.id,
    part: d.part,
    section: d.section,
    number: d.number,
    task: d.cells.task,
    output: d.cells.output,
    timeline: d.cells.timeline,
    assignment: assignmentText,
    leadRoles: roles.lead,
    supportRoles: roles.support,
    milestones,
    timelineKind: timeline.kind,
    sourceRows: d.sourceRows,
  };
}

/**
 * Reads a plan table into tasks. Survives the quirks of real plans (docs/domain.md): tables split
 * by page breaks with empty header rows, rows continued in the next table with an empty TT,
 * section rows in two shapes, HTML in cells, and impossible dates (reported, never corrected).
 * In steps: the header, the body's rows, drafts of the tasks under their headings, the plan's
 * year, then each task's roles and deadlines.
 */
export function importPlan(table: SourceTable, options: ImportOptions): Plan {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (severity, row, message, taskId) => warnings.push({ severity, row, message, taskId });
  const { header, headerRow } = findHeader(table, warn);
  const cell: CellOf = (texts, c) => {
    const i = header.get(c);
    return i === undefined ? "" : (texts[i] ?? "");
  };
  const drafted: Drafted[] = draftTasks(bodyRows(table, headerRow, cell), cell, warn).map(({ parts, ...d }) => ({
    ...d,
    cells: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, joinContinuation(parts[c])])) as Record<TextColumn, string>,
  }));
  const year = planYear(table, drafted, options, headerRow, warn);
  const tasks = drafted.map((d) => toTask(d, header, options.matcher, year, warn));
  const { preamble } = table;
  return {
    year,
    title: planTitle(preamble),
    issuedOn: planDate(preamble),
    signer: planSigner(preamble),
    tasks,
    warnings,
  };
}

/**
 * planDate("(Kèm theo Kế hoạch số: /KH-UBND ngày 02/4/2024 …)") → {2024,4,2}. Only the
 * appendix caption names the plan's own date; the body cites other plans with theirs.
 */
export function planDate(preamble: string): LocalDate | null {
  const m = /kèm theo kế hoạch số[^\n]{0,40}?ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/iu.exec(toNfc(preamble));
  return m ? parseDayMonthYear(m[1]) : null;
}

/** The plan's title: the line after "KẾ HOẠCH", else the first long line that starts with it. */
export function planTitle(preamble: string): string {
  const lines = toNfc(preamble)
    .split("\n")
    .map((l) => l.replace(/\*+/g, "").trim())
    .filter(Boolean);
  const i = lines.findIndex((l) => foldVietnamese(l) === "ke hoach");
  if (i >= 0 && i + 1 < lines.length) return lines[i + 1];
  return lines.find((l) => /^kế hoạch\s/i.test(l) && l.length > 20) ?? "";
}

/** A plan that cannot be read at all; its message says why, in Vietnamese. */
export class PlanImportError extends UserError {
  constructor(detail: Message) {
    super(detail);
    this.name = "PlanImportError";
  }
}

/** planSigner("…TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Lê Ngọc Toàn…") → "Nguyễn Lê Ngọc Toàn". */
export function planSigner(preamble: string): string {
  const lines = toNfc(preamble)
    .split("\n")
    .map((l) => l.replace(/\*+/g, "").trim())
    .filter(Boolean);
  const i = lines.findIndex((l) => /^CHỦ TỊCH$/u.test(l));
  const name = i >= 0 ? (lines[i + 1] ?? "") : "";
  return /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,5}$/u.test(name) ? name : "";
}
