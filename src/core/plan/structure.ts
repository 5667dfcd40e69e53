import type { Message } from "../i18n/messages";
import type { PlanColumn } from "./header";
import type { Group, ImportWarning, Part, Section, SourceRow } from "./model";

/** The columns whose text a task keeps in its own fields. */
export type TextColumn = "task" | "output" | "timeline" | "assignment" | "lead" | "support";
export const TEXT_COLUMNS: readonly TextColumn[] = ["task", "output", "timeline", "assignment", "lead", "support"];

/** Collects the warnings of one import, each with its row and, when it has one, its task. */
export type Warn = (severity: ImportWarning["severity"], row: number, message: Message, taskId?: string) => void;

/** A column's text in a row's cells, read once with cellText. */
export type CellOf = (texts: readonly string[], c: PlanColumn) => string;

/** A row of the table's body, its cells read once. */
export interface BodyRow {
  readonly r: SourceRow;
  readonly texts: string[];
  readonly numberCell: string;
  /** The number of the next row that has one: a heading "2" is known by the "2.1" after it. */
  readonly nextNumber: string;
}

/** A task as read from its rows, before its id is known. */
export interface Draft {
  id: string;
  part: Part | null;
  section: Section | null;
  groups: Group[];
  number: string;
  /** Which run of numbering the task is in, within its section and group: 0, then 1 after a restart. */
  run: number;
  /** Each column's text: the task row's cell, then the cells of the rows that continue it. */
  parts: Record<TextColumn, string[]>;
  /** The extra columns' texts, in the order the header lists them, the same way. */
  extraParts: string[][];
  sourceRows: number[];
}

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;
const PART_LETTERS = /^[A-H]$/;
const ARABIC = /^\d+(?:\.\d+)*$/;
const DOTTED_ROMAN = /^([IVXL]+)(?:\.\d+)+$/;
const LETTER = /^([a-zđ])[.)]?$/u;
const BULLET = /^[-–+•]$/;

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

/** The number cell without the dot some plans write after it: "3." → "3". */
export const bareNumber = (numberCell: string): string => numberCell.replace(/\.$/, "");

/**
 * Whether a numbered row with only a title is the heading of a group, as the numbers say: the
 * next number is one of its children ("2" then "2.1"), or the numbering starts again under it
 * ("2" then "1", or "a"). Otherwise it is a task, whatever the case its title is written in.
 */
function headsGroup(number: string, nextNumber: string): boolean {
  const child = nextNumber.startsWith(`${number}.`) && ARABIC.test(nextNumber);
  return child || nextNumber === "1" || LETTER.test(nextNumber);
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
 * Roman numerals head sections; an Arabic number heads one, outside a Roman section, when the
 * numbers after it say it heads a group ("| 2 | CẢI CÁCH THỦ TỤC HÀNH CHÍNH |" then "| 2.1 | … |").
 * Capitals do not.
 */
function sectionRow(row: BodyRow, taskCell: string, othersEmpty: boolean, current: Section | null): Section | null {
  const { numberCell, nextNumber } = row;
  const bare = bareNumber(numberCell);
  if (romanToNumber(bare) !== null && taskCell && othersEmpty) return { code: bare, title: taskCell };
  const inline = /^([IVXL]+)[.)]?\s+(\S.*)$/s.exec(numberCell);
  const headingOnly = taskCell === "" && othersEmpty;
  if (inline && romanToNumber(inline[1]) !== null && headingOnly) return { code: inline[1], title: inline[2] };
  const inRoman = current !== null && romanToNumber(current.code) !== null;
  const heading = !inRoman && /^\d+$/.test(bare) && taskCell && othersEmpty && headsGroup(bare, nextNumber);
  if (heading) return { code: bare, title: taskCell };
  return null;
}

/**
 * Group rows, under a section: a dotted Roman heading ("III.1", "III.1.2") with only a title, or
 * an Arabic one ("5.1 Thương mại"; "2" inside a Roman section) whose next numbers are under it.
 */
function groupRow(row: BodyRow, taskCell: string, othersEmpty: boolean): Group | null {
  if (!taskCell || !othersEmpty) return null;
  const bare = bareNumber(row.numberCell);
  if (DOTTED_ROMAN.test(bare)) return { code: bare, title: taskCell };
  if (ARABIC.test(bare) && headsGroup(bare, row.nextNumber)) return { code: bare, title: taskCell };
  return null;
}

/** The groups a new heading is under: those whose code its code continues ("III.1" for "III.1.2"). */
function enterGroup(groups: readonly Group[], group: Group): Group[] {
  const kept = [...groups];
  while (kept.length > 0 && !group.code.startsWith(`${kept[kept.length - 1].code}.`)) kept.pop();
  return [...kept, group];
}

const depth = (number: string): number => number.split(".").length;

/**
 * The groups a task number leaves: Arabic headings it is not numbered under and is as deep as
 * ("5.3" leaves "5.2", "2" leaves "1"); a shallower number ("1" under "5.1") restarts inside it.
 */
function leaveGroups(groups: readonly Group[], number: string): Group[] {
  const kept = [...groups];
  const leaves = (g: Group) =>
    ARABIC.test(g.code) && !number.startsWith(`${g.code}.`) && depth(number) >= depth(g.code);
  while (kept.length > 0 && leaves(kept[kept.length - 1])) kept.pop();
  return kept;
}

/** Where the drafting is: the headings above the next task, and the numbers used so far. */
interface Cursor {
  part: Part | null;
  section: Section | null;
  groups: Group[];
  last: Draft | null;
  /** The last Arabic number seen in the section, which a lettered row ("a)") is numbered under. */
  parentNumber: string | null;
  /** Per section and group: the current run and the numbers it used. */
  runs: Map<string, { run: number; seen: Set<string> }>;
}

const scopeOf = (c: Pick<Draft, "part" | "section" | "groups">): string =>
  [c.part?.code, c.section?.code, c.section?.title, c.groups[c.groups.length - 1]?.code].join("|");

/** The run a new task number is in: a number its run already used starts the next run. */
function runOf(cursor: Cursor, number: string): number {
  const scope = scopeOf(cursor);
  const state = cursor.runs.get(scope) ?? { run: 0, seen: new Set<string>() };
  if (state.seen.has(number)) [state.run, state.seen] = [state.run + 1, new Set<string>()];
  state.seen.add(number);
  cursor.runs.set(scope, state);
  return state.run;
}

/** A heading row (part, section or group) moves the cursor; false when the row is none. */
function applyHeading(cursor: Cursor, row: BodyRow, taskCell: string, othersEmpty: boolean): boolean {
  const newPart = partRow(row.numberCell, taskCell, othersEmpty);
  if (newPart) {
    Object.assign(cursor, { part: newPart, section: null, groups: [], last: null, parentNumber: null });
    return true;
  }
  const newSection = sectionRow(row, taskCell, othersEmpty, cursor.section);
  if (newSection) {
    const parentNumber = ARABIC.test(newSection.code) ? newSection.code : null;
    Object.assign(cursor, { section: newSection, groups: [], last: null, parentNumber });
    return true;
  }
  const group = groupRow(row, taskCell, othersEmpty);
  if (group) {
    Object.assign(cursor, { groups: enterGroup(cursor.groups, group), last: null });
    if (ARABIC.test(group.code)) cursor.parentNumber = group.code;
    return true;
  }
  return false;
}

/** The task number a row gives, if it is a task: "1.2" as written, "a)" under the number before it. */
function taskNumber(cursor: Cursor, numberCell: string): string | null {
  const bare = bareNumber(numberCell);
  if (ARABIC.test(bare)) return bare;
  const letter = LETTER.exec(numberCell);
  if (letter) return cursor.parentNumber ? `${cursor.parentNumber}.${letter[1]}` : letter[1];
  return null;
}

/**
 * Reads the body row by row into drafts: part, section and group rows set the headings the next
 * tasks are under, a numbered or lettered row is a task, a row with an empty TT (or a bullet)
 * continues the task before it (a table cut by a page break), anything else is named and skipped.
 */
export function draftTasks(body: readonly BodyRow[], cell: CellOf, extraAt: readonly number[], warn: Warn): Draft[] {
  const drafts: Draft[] = [];
  const cursor: Cursor = { part: null, section: null, groups: [], last: null, parentNumber: null, runs: new Map() };
  const others = ["output", "timeline", "assignment", "lead", "support"] as const;

  for (const row of body) {
    const { r, texts, numberCell } = row;
    const taskCell = cell(texts, "task");
    const othersEmpty = others.every((c) => cell(texts, c) === "");
    if (applyHeading(cursor, row, taskCell, othersEmpty)) continue;

    const number = taskNumber(cursor, numberCell);
    if (number !== null) {
      cursor.groups = leaveGroups(cursor.groups, number);
      if (ARABIC.test(number)) cursor.parentNumber = number;
      cursor.last = {
        id: "",
        part: cursor.part,
        section: cursor.section,
        groups: cursor.groups,
        number,
        run: runOf(cursor, number),
        parts: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, [cell(texts, c)]])) as Record<TextColumn, string[]>,
        extraParts: extraAt.map((i) => [texts[i] ?? ""]),
        sourceRows: [r.row],
      };
      drafts.push(cursor.last);
      continue;
    }

    // Continuation rows: an empty TT (or a bullet) after a task, from a table cut by a page break.
    if (numberCell === "" || BULLET.test(numberCell)) {
      const { last } = cursor;
      if (last) {
        for (const c of TEXT_COLUMNS) last.parts[c].push(cell(texts, c));
        extraAt.forEach((i, k) => last.extraParts[k].push(texts[i] ?? ""));
        last.sourceRows.push(r.row);
      } else {
        const text = texts.filter(Boolean).join(" ").slice(0, 80);
        warn("warning", r.row, { key: "import.orphanContinuation", params: { row: r.row, text } });
      }
      continue;
    }
    warn("warning", r.row, { key: "import.unknownRow", params: { row: r.row, number: numberCell.slice(0, 40) } });
  }
  return drafts;
}

/** "A.III.14": part, section (unless the number already starts with it), then the number. */
function plainId(d: Draft): string {
  const inSection = d.section && !d.number.startsWith(`${d.section.code}.`) ? d.section.code : null;
  return [d.part?.code, inSection, d.number].filter(Boolean).join(".");
}

/**
 * An id by the group path, for a section whose numbers repeat: the innermost group's code, the
 * run when the numbering restarted without a heading, then the number: "III.1.2.3", "II.2.4".
 */
function groupPathId(d: Draft, runsInScope: number): string {
  const group = d.groups[d.groups.length - 1]?.code ?? null;
  const code = d.section?.code;
  const carried = code !== undefined && [group, d.number].some((x) => x?.startsWith(`${code}.`));
  const run = runsInScope > 1 ? String(d.run + 1) : null;
  return [d.part?.code, carried ? null : code, group, run, d.number].filter(Boolean).join(".");
}

/**
 * Gives every draft its id: part, section and number as the seed's are ("A.III.14"), unless
 * the numbers repeat within a section (numbering restarted per group, per table, or after lost
 * rows): then the whole section's tasks are named by their group path. An id that still repeats
 * (two sections with the same code) gets "#2" and a warning.
 */
export function assignIds(drafts: readonly Draft[], warn: Warn): void {
  const sectionOf = (d: Draft) => [d.part?.code, d.section?.code, d.section?.title].join("|");
  const seenPlain = new Map<string, Set<string>>();
  const repeating = new Set<string>();
  const runs = new Map<string, number>();
  for (const d of drafts) {
    const key = sectionOf(d);
    const ids = seenPlain.get(key) ?? new Set<string>();
    if (ids.has(plainId(d))) repeating.add(key);
    ids.add(plainId(d));
    seenPlain.set(key, ids);
    runs.set(scopeOf(d), Math.max(runs.get(scopeOf(d)) ?? 0, d.run + 1));
  }
  const used = new Set<string>();
  const previousRun = new Map<string, number>();
  for (const d of drafts) {
    const base = repeating.has(sectionOf(d)) ? groupPathId(d, runs.get(scopeOf(d)) ?? 1) : plainId(d);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
    if (id !== base)
      warn(
        "warning",
        d.sourceRows[0],
        { key: "import.duplicateId", params: { id: base, row: d.sourceRows[0], newId: id } },
        id,
      );
    used.add(id);
    d.id = id;
    if (d.run > (previousRun.get(scopeOf(d)) ?? 0))
      warn("info", d.sourceRows[0], { key: "import.numberingRestart", params: { row: d.sourceRows[0], id } }, id);
    previousRun.set(scopeOf(d), d.run);
  }
}

/** The warnings each task's rows call for, once its id is known: no text, rows merged into it. */
export function draftWarnings(d: Draft, warn: Warn): void {
  const row = d.sourceRows[0];
  if (d.parts.task[0] === "")
    warn("warning", row, { key: "import.emptyTask", params: { row, number: d.number } }, d.id);
  for (const continued of d.sourceRows.slice(1))
    warn("info", continued, { key: "import.continuation", params: { row: continued, id: d.id } }, d.id);
}
