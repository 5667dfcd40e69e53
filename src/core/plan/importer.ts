import { parseDayMonthYear, type LocalDate } from "../dates/localDate";
import { UserError } from "../errors";
import type { Message } from "../i18n/messages";
import { cellText, foldSameLength, foldVietnamese, isBlank, toNfc } from "../text/normalize";
import { parseTaskTimeline } from "../timeline/parse";
import { canonicalBodies, splitBodies, type NameSpans } from "./bodies";
import { matchColumns, matchHeader, repeatsHeader, type PlanColumn } from "./header";
import type { ImportWarning, Milestone, Plan, SourceTable, Task } from "./model";
import { assignRoles, roleKeyOf, RoleMatcher } from "./roles";
import {
  assignIds,
  bareNumber,
  draftTasks,
  draftWarnings,
  TEXT_COLUMNS,
  type BodyRow,
  type CellOf,
  type Draft,
  type TextColumn,
  type Warn,
} from "./structure";

export { matchHeader, type PlanColumn } from "./header";

export { romanToNumber } from "./structure";

export interface ImportOptions {
  /** Roles to recognise; defaults to the built-in list. */
  readonly matcher: RoleMatcher;
  /** Force the plan year; otherwise it is read from the deadlines and the title. */
  readonly year?: number;
}

/** A draft with its continued cells joined, and its extra columns by header. */
type Drafted = Omit<Draft, "parts" | "extraParts"> & {
  cells: Record<TextColumn, string>;
  extra: Record<string, string>;
};

/**
 * joinContinuation(["Một;", "Hai", "ba"]) → "Một;\nHai ba": a cell and the cells that continue
 * it, in one paragraph unless a sentence ended (or, for a list of bodies, always on a new line).
 * Blank parts are skipped. Joined once, at the end, so a task continued over many rows costs
 * time in proportion to its text, not its square.
 */
function joinContinuation(parts: readonly string[], lines = false): string {
  const pieces: string[] = [];
  let previous = "";
  for (const part of parts) {
    if (isBlank(part)) continue;
    if (previous !== "") pieces.push(lines || /[.;:!?]$/.test(previous.slice(-1)) ? "\n" : " ");
    pieces.push(part);
    previous = part;
  }
  return pieces.join("");
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

/** The header row: where each column is, the extra columns, and the row it is on. */
interface Header {
  readonly columns: Map<PlanColumn, number>;
  readonly extras: { index: number; header: string }[];
  readonly headerRow: number;
}

/**
 * The first row that is a header, where each column is, and the columns it keeps as extras (a
 * header it does not know is named in a warning); a table without a header cannot be read.
 */
function findHeader(table: SourceTable, warn: Warn): Header {
  for (const r of table.rows) {
    const columns = matchHeader(r.cells);
    if (!columns) continue;
    if (!columns.has("timeline")) {
      warn("warning", r.row, { key: "import.missingColumn", params: { column: "Tiến độ" } });
    }
    const { extras } = matchColumns(r.cells);
    for (const e of extras.filter((x) => !x.known))
      warn("info", r.row, { key: "import.unknownColumn", params: { column: e.header } });
    return { columns, extras: extras.map(({ index, header }) => ({ index, header })), headerRow: r.row };
  }
  throw new PlanImportError({ key: "import.noHeader" });
}

/**
 * The rows under the header, without the headers repeated on a new page (with or without their
 * TT cell) and the empty header rows of a page-split table.
 */
function bodyRows(table: SourceTable, header: Header, cell: CellOf): BodyRow[] {
  const body: Omit<BodyRow, "nextNumber">[] = [];
  for (const r of table.rows) {
    if (r.row <= header.headerRow) continue;
    const texts = r.cells.map((c) => cellText(c ?? ""));
    if (texts.every((t) => t === "")) continue; // the empty header row of a page-split table
    if (repeatsHeader(texts, header.columns)) continue; // a header repeated on a new page
    body.push({ r, texts, numberCell: cell(texts, "number") });
  }
  const out = new Array<BodyRow>(body.length);
  for (let i = body.length - 1, following = ""; i >= 0; i--) {
    out[i] = { ...body[i], nextNumber: following };
    if (body[i].numberCell !== "") following = bareNumber(body[i].numberCell);
  }
  return out;
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

/** Who leads and supports a task, as role keys and as the bodies the plan names. */
interface Responsibility {
  readonly leadRoles: string[];
  readonly supportRoles: string[];
  readonly leadBodies: string[];
  readonly supportBodies: string[];
}

/**
 * The role keys of a column's bodies: the known roles each names, else the body itself, keyed
 * as the directory keys a role it is given ("Sở Tư pháp" → "so-tu-phap"), so a directory row
 * for that body owns the task.
 */
function rolesOfBodies(bodies: readonly string[], matcher: RoleMatcher): string[] {
  const keys = bodies.flatMap((b) => {
    const known = matcher.mentionsInFolded(foldVietnamese(b)).map((m) => m.key);
    return known.length > 0 ? known : [roleKeyOf(b)];
  });
  return [...new Set(keys)];
}

/**
 * A task's responsibility. A commune plan's one assignment column is read for its roles
 * (assignRoles) and names them; a plan with lead and co-operating columns says it outright:
 * each is split into bodies, spelt as the rest of the plan spells them (`bodyName`).
 */
function responsibility(
  d: Drafted,
  header: ReadonlyMap<PlanColumn, number>,
  matcher: RoleMatcher,
  bodyName: ReadonlyMap<string, string>,
): Responsibility {
  const roles = assignRoles(d.cells.assignment, matcher);
  const roleName = (key: string) => matcher.roles.find((r) => r.key === key)?.name ?? key;
  if (!header.has("lead") && !header.has("support")) return rolesAndNames(roles.lead, roles.support, roleName);
  const named = (cell: string) => [...new Set(splitBodies(cell, roleSpans(matcher)).map((b) => bodyName.get(b) ?? b))];
  const leadBodies = named(d.cells.lead);
  const supportBodies = named(d.cells.support).filter((b) => !leadBodies.includes(b));
  const lead = [...new Set([...rolesOfBodies(leadBodies, matcher), ...roles.lead])];
  const support = [...new Set([...rolesOfBodies(supportBodies, matcher), ...roles.support])].filter(
    (k) => !lead.includes(k),
  );
  return { leadRoles: lead, supportRoles: support, leadBodies, supportBodies };
}

/** Roles read from an assignment column, with their names as the bodies. */
function rolesAndNames(lead: string[], support: string[], name: (key: string) => string): Responsibility {
  return { leadRoles: lead, supportRoles: support, leadBodies: lead.map(name), supportBodies: support.map(name) };
}

/** A draft as a task: its responsibility and its deadlines. */
function toTask(
  d: Drafted,
  header: ReadonlyMap<PlanColumn, number>,
  options: { matcher: RoleMatcher; year: number; bodyName: ReadonlyMap<string, string> },
  warn: Warn,
): Task {
  const assignmentText = [d.cells.assignment, d.cells.lead, d.cells.support].filter(Boolean).join("\n");
  const who = responsibility(d, header, options.matcher, options.bodyName);
  if (who.leadRoles.length === 0) warn("warning", d.sourceRows[0], { key: "import.noLead" }, d.id);

  // The deadlines come from the timeline parser, which also flags impossible dates.
  const timeline = parseTaskTimeline(d.cells.timeline, assignmentText, { year: options.year });
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
    groups: d.groups,
    number: d.number,
    task: d.cells.task,
    output: d.cells.output,
    timeline: d.cells.timeline,
    assignment: assignmentText,
    ...who,
    extra: d.extra,
    milestones,
    timelineKind: timeline.kind,
    sourceRows: d.sourceRows,
  };
}

/** A draft's cells joined; lists of bodies keep one continued row per line. */
function joinDraft({ parts, extraParts, ...d }: Draft, extras: Header["extras"]): Drafted {
  const cells = Object.fromEntries(
    TEXT_COLUMNS.map((c) => [c, joinContinuation(parts[c], c === "lead" || c === "support")]),
  ) as Record<TextColumn, string>;
  const extra: Record<string, string> = {};
  extras.forEach((e, k) => {
    const text = joinContinuation(extraParts[k]);
    if (text) extra[e.header] = text;
  });
  return { ...d, cells, extra };
}

/** Where a text names a known role: a body's name that holds "và" or a comma is not split there. */
const roleSpans =
  (matcher: RoleMatcher): NameSpans =>
  (text) => {
    const folded = foldSameLength(toNfc(text));
    return folded.length === text.length ? matcher.mentionsInFolded(folded).map((m) => [m.start, m.end] as const) : [];
  };

/** Every lead and co-operating body the plan names, each spelling mapped to the plan's one name for it. */
function planBodies(drafted: readonly Drafted[], matcher: RoleMatcher): Map<string, string> {
  const spans = roleSpans(matcher);
  return canonicalBodies(
    drafted.flatMap((d) => [...splitBodies(d.cells.lead, spans), ...splitBodies(d.cells.support, spans)]),
  );
}

/**
 * Reads a plan table into tasks. Survives the quirks of real plans (docs/domain.md): tables split
 * by page breaks with empty or repeated header rows, rows continued in the next table with an
 * empty TT, section and group rows in several shapes, numbering that restarts, HTML in cells,
 * and impossible dates (reported, never corrected). In steps: the header, the body's rows,
 * drafts of the tasks under their headings, their ids, the plan's year, then each task's
 * responsibility and deadlines. Warnings come in row order.
 */
export function importPlan(table: SourceTable, options: ImportOptions): Plan {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (severity, row, message, taskId) => warnings.push({ severity, row, message, taskId });
  const header = findHeader(table, warn);
  const cell: CellOf = (texts, c) => {
    const i = header.columns.get(c);
    return i === undefined ? "" : (texts[i] ?? "");
  };
  const extraAt = header.extras.map((e) => e.index);
  const drafts = draftTasks(bodyRows(table, header, cell), cell, extraAt, warn);
  if (drafts.length === 0) throw new PlanImportError({ key: "import.noTasks" });
  assignIds(drafts, warn);
  for (const d of drafts) draftWarnings(d, warn);
  const drafted = drafts.map((d) => joinDraft(d, header.extras));
  const year = planYear(table, drafted, options, header.headerRow, warn);
  const context = { matcher: options.matcher, year, bodyName: planBodies(drafted, options.matcher) };
  const tasks = drafted.map((d) => toTask(d, header.columns, context, warn));
  const { preamble } = table;
  return {
    year,
    title: planTitle(preamble),
    issuedOn: planDate(preamble),
    signer: planSigner(preamble),
    tasks,
    warnings: warnings
      .map((w, i) => ({ w, i }))
      .sort((a, b) => a.w.row - b.w.row || a.i - b.i)
      .map((x) => x.w),
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
