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
  const found = new Map<PlanColumn, number>();
  cells.forEach((cell, i) => {
    const folded = foldVietnamese(cellText(cell));
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

interface Draft {
  id: string;
  part: Part | null;
  section: Section | null;
  number: string;
  cells: Record<"task" | "output" | "timeline" | "assignment" | "lead" | "support", string>;
  sourceRows: number[];
}

/** Joins a continuation cell to the text before it: same paragraph unless a sentence ended. */
function joinContinuation(before: string, after: string): string {
  if (isBlank(before)) return after;
  if (isBlank(after)) return before;
  return /[.;:!?]$/.test(before) ? `${before}\n${after}` : `${before} ${after}`;
}

/** The year most deadlines in the table name, or null when none does. */
function dominantYear(drafts: readonly Draft[]): number | null {
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

/**
 * Reads a plan table into tasks. Survives the quirks of real plans (DOMAIN.md): tables split
 * by page breaks with empty header rows, rows continued in the next table with an empty TT,
 * section rows in two shapes, HTML in cells, and impossible dates (reported, never corrected).
 */
export function importPlan(table: SourceTable, options: ImportOptions): Plan {
  const warnings: ImportWarning[] = [];
  const warn = (severity: ImportWarning["severity"], row: number, message: Message, taskId?: string) =>
    warnings.push({ severity, row, message, taskId });

  let header: Map<PlanColumn, number> | null = null;
  let headerRow = 0;
  for (const r of table.rows) {
    header = matchHeader(r.cells);
    if (header) {
      headerRow = r.row;
      break;
    }
  }
  if (!header) throw new PlanImportError({ key: "import.noHeader" });
  for (const column of ["timeline"] as const) {
    if (!header.has(column)) warn("warning", headerRow, { key: "import.missingColumn", params: { column: "Tiến độ" } });
  }
  const col = header;
  const cell = (r: SourceRow, c: PlanColumn): string => {
    const i = col.get(c);
    return i === undefined ? "" : cellText(r.cells[i] ?? "");
  };

  const drafts: Draft[] = [];
  const ids = new Set<string>();
  let part: Part | null = null;
  let section: Section | null = null;
  let last: Draft | null = null;

  for (const r of table.rows) {
    if (r.row <= headerRow) continue;
    if (matchHeader(r.cells)) continue; // a header repeated on a new page
    const texts = r.cells.map((c) => cellText(c ?? ""));
    if (texts.every((t) => t === "")) continue; // the empty header row of a page-split table
    const numberCell = cell(r, "number");
    const taskCell = cell(r, "task");
    const others = (["output", "timeline", "assignment", "lead", "support"] as const).map((c) => cell(r, c));
    const restEmpty = taskCell === "" && others.every((t) => t === "");

    // Part rows: "| A | NHIỆM VỤ … |" or "| A NHIỆM VỤ … | |".
    const inlinePart = /^([A-H])[.)]?\s+(\S.*)$/s.exec(numberCell);
    if (PART_LETTERS.test(numberCell) && taskCell && others.every((t) => t === "")) {
      part = { code: numberCell, title: taskCell };
      section = null;
      last = null;
      continue;
    }
    if (inlinePart && restEmpty && isMostlyUpper(inlinePart[2])) {
      part = { code: inlinePart[1], title: inlinePart[2] };
      section = null;
      last = null;
      continue;
    }

    // Section rows: "| I | CÔNG TÁC … |" or "| II CẢI CÁCH THỂ CHẾ | |"; also Arabic with a title in capitals.
    const bare = numberCell.replace(/\.$/, "");
    if (romanToNumber(bare) !== null && taskCell && others.every((t) => t === "")) {
      section = { code: bare, title: taskCell };
      last = null;
      continue;
    }
    const inlineSection = /^([IVXL]+)[.)]?\s+(\S.*)$/s.exec(numberCell);
    if (inlineSection && romanToNumber(inlineSection[1]) !== null && restEmpty) {
      section = { code: inlineSection[1], title: inlineSection[2] };
      last = null;
      continue;
    }
    if (/^\d+$/.test(bare) && taskCell && others.every((t) => t === "") && isMostlyUpper(taskCell)) {
      section = { code: bare, title: taskCell };
      last = null;
      continue;
    }

    // Task rows.
    if (/^\d+(?:\.\d+)*$/.test(bare)) {
      // "1.2" under section "1" already carries its section: the id is "1.2", not "1.1.2".
      const inSection = section && !bare.startsWith(`${section.code}.`) ? section.code : null;
      const base = [part?.code, inSection, bare].filter(Boolean).join(".");
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
      if (id !== base) warn("warning", r.row, { key: "import.duplicateId", params: { id: base, row: r.row, newId: id } }, id);
      ids.add(id);
      if (taskCell === "") warn("warning", r.row, { key: "import.emptyTask", params: { row: r.row, number: bare } }, id);
      last = {
        id, part, section, number: bare,
        cells: {
          task: taskCell, output: cell(r, "output"), timeline: cell(r, "timeline"),
          assignment: cell(r, "assignment"), lead: cell(r, "lead"), support: cell(r, "support"),
        },
        sourceRows: [r.row],
      };
      drafts.push(last);
      continue;
    }

    // Continuation rows: an empty TT after a task, from a table cut by a page break.
    if (numberCell === "") {
      if (last) {
        for (const c of ["task", "output", "timeline", "assignment", "lead", "support"] as const) {
          last.cells[c] = joinContinuation(last.cells[c], cell(r, c));
        }
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

  const preambleYears = new Set([...toNfc(table.preamble).matchAll(/năm (20\d\d)/g)].map((m) => Number(m[1])));
  const year = options.year ?? dominantYear(drafts) ?? Math.max(0, ...preambleYears);
  if (!year) throw new PlanImportError({ key: "import.noYear" });
  for (const other of preambleYears) {
    if (other !== year) warn("info", headerRow, { key: "import.yearMismatch", params: { other, year } });
  }

  const tasks: Task[] = drafts.map((d) => {
    const assignmentText = [d.cells.assignment, d.cells.lead, d.cells.support].filter(Boolean).join("\n");
    let roles = assignRoles(d.cells.assignment, options.matcher);
    if (col.has("lead")) {
      // Plans with separate "Cơ quan chủ trì" / "Đơn vị phối hợp" columns say it outright.
      const lead = options.matcher.mentionsInFolded(foldVietnamese(d.cells.lead)).map((m) => m.key);
      const support = options.matcher.mentionsInFolded(foldVietnamese(d.cells.support)).map((m) => m.key);
      roles = { lead: [...new Set([...lead, ...roles.lead])], support: [...new Set([...support, ...roles.support])].filter((k) => !lead.includes(k)) };
    }
    if (roles.lead.length === 0) warn("warning", d.sourceRows[0], { key: "import.noLead" }, d.id);

    // The deadlines come from the timeline parser, which also flags impossible dates.
    const timeline = parseTaskTimeline(d.cells.timeline, assignmentText, { year });
    for (const w of timeline.warnings) {
      if (w.key !== "timeline.empty") warn("warning", d.sourceRows[0], w, d.id);
    }
    const milestones: Milestone[] = timeline.milestones.map((m) => ({ date: m.date, label: m.label, source: m.source === "assignment" ? "assignment" : "timeline", text: m.text }));
    return {
      id: d.id, part: d.part, section: d.section, number: d.number,
      task: d.cells.task, output: d.cells.output, timeline: d.cells.timeline, assignment: assignmentText,
      leadRoles: roles.lead, supportRoles: roles.support, milestones, timelineKind: timeline.kind, sourceRows: d.sourceRows,
    };
  });

  return { year, title: planTitle(table.preamble), issuedOn: planDate(table.preamble), signer: planSigner(table.preamble), tasks, warnings };
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
  const lines = toNfc(preamble).split("\n").map((l) => l.replace(/\*+/g, "").trim()).filter(Boolean);
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
  const lines = toNfc(preamble).split("\n").map((l) => l.replace(/\*+/g, "").trim()).filter(Boolean);
  const i = lines.findIndex((l) => /^CHỦ TỊCH$/u.test(l));
  const name = i >= 0 ? lines[i + 1] ?? "" : "";
  return /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,5}$/u.test(name) ? name : "";
}
