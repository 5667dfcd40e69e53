/**
 * The shape of each tracking tab's rows, as zod schemas: the single source of what a row may
 * hold and of the message each problem gets. A schema's issue carries a message key; the
 * caller turns it into a sentence naming the tab, the row, the column and the fix.
 *
 * Each tab has two schemas: one for its cells, one for rules across cells ("Hoàn thành"
 * needs a completion date and an evidence link). zod skips object-level rules once a cell
 * fails, and an officer should see every problem of a row at once, so both always run.
 *
 * The plan's cells are one table (PLAN_CELLS): each cell's check, which builds the schema, and
 * how it is read into its typed value (`PlanRow`), so what is computed with and what is checked
 * are one definition.
 */
import { compareDates, isLocalDate, isSaneDate, parseDayMonthYear, type LocalDate } from "../dates/localDate";
import { t, type MessageKey } from "../i18n/messages";
import { cellToText } from "../plan/readers/grid";
import * as z from "../schema/zod";
import { parseAddresses } from "../text/addresses";
import { foldVietnamese } from "../text/normalize";
import type { CellValue } from "../workbook/cells";
import { PROGRESS_VALUES, type Progress } from "../workbook/layout";

/** A row as read: its cells by column key. */
export type RowCells = Readonly<Record<string, CellValue>>;

/** One problem in one cell. */
export interface CellProblem {
  readonly column: string;
  readonly code: MessageKey;
}

/** Longest text a cell may hold before it is flagged (Sheets allows 50,000; reports and e-mails do not). */
export const MAX_TEXT = 4000;

export const text = (v: CellValue | undefined): string => cellToText(v ?? null).trim();
export const blank = (v: CellValue | undefined): boolean => text(v) === "";

/** The date a cell holds: a real date, or text such as "20/11/2024"; null when it holds none. */
export function dateOf(v: CellValue | undefined): LocalDate | null {
  if (isLocalDate(v)) return v;
  return typeof v === "string" ? parseDayMonthYear(v) : null;
}

const isDate = (v: CellValue) => blank(v) || dateOf(v) !== null;
const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

type CellSchema = z.ZodMiniType<CellValue, CellValue>;

/** One check of a cell: a test, and the problem it names when the test fails. */
type CellTest = readonly [ok: (v: CellValue) => boolean, code: MessageKey];

/** A cell's schema from its tests, in order: every test runs, each failing one is an issue. */
function cellSchema(tests: readonly CellTest[]): CellSchema {
  const [[ok, code], ...more] = tests;
  let schema: CellSchema = z.custom<CellValue>((v) => ok(v as CellValue), { message: code });
  for (const [test, message] of more) schema = schema.check(z.refine((v) => test(v as CellValue), { message }));
  return schema;
}

const shortText: CellTest = [(v) => text(v).length <= MAX_TEXT, "check.tooLong"];
const url: CellTest = [(v) => blank(v) || URL_RE.test(text(v)), "check.notUrl"];
const required: CellTest = [(v) => !blank(v), "check.required"];
/** A date within SANE_YEARS of today: 31/12/9999 is a slip of the keyboard, not a deadline. */
const saneDate = (today: LocalDate): CellTest[] => [
  [isDate, "check.notDate"],
  [
    (v) => {
      const d = dateOf(v);
      return !d || isSaneDate(d, today);
    },
    "check.dateOutOfWindow",
  ],
];
const pastDate = (today: LocalDate): CellTest[] => [
  ...saneDate(today),
  [
    (v) => {
      const d = dateOf(v);
      return !d || compareDates(d, today) <= 0;
    },
    "check.future",
  ],
];
const inList = (values: readonly string[]): CellTest => {
  const allowed = new Set(values.map((x) => foldVietnamese(x)));
  return [(v) => blank(v) || allowed.has(foldVietnamese(text(v))), "check.notInList"];
};

const cell = cellSchema([shortText]);
const urlCell = cellSchema([url]);
/** One address or several ("a@x.vn; b@y.vn"), read by the one parser the mail uses. */
const emailCell = cellSchema([[(v) => blank(v) || parseAddresses(text(v)).invalid.length === 0, "check.notEmail"]]);
const requiredCell = cellSchema([required]);
/** A required cell naming one of the ids the workbook knows (a task, an indicator). */
const knownIdCell = (isKnown: (id: string) => boolean, code: MessageKey) =>
  cellSchema([required, [(v) => isKnown(text(v)), code]]);
/** A required cell naming a period (core/period): 11/2024, Quý IV/2024, 2024-W47, a date… */
const periodCell = (isPeriod: (v: CellValue) => boolean) => cellSchema([required, [isPeriod, "check.badPeriod"]]);
const listCell = (values: readonly string[]) => cellSchema([inList(values)]);

/** What checking a plan row needs to know besides the row. */
export interface PlanCheckContext {
  readonly today: LocalDate;
  readonly progressValues: readonly string[];
  readonly doneValue: string;
  /** Is this text (one role of a "; "-separated cell) a role of the directory? */
  readonly isKnownRole: (role: string) => boolean;
}

export const splitRoles = (v: CellValue | undefined): string[] =>
  text(v)
    .split(/[;\n]/)
    .map((r) => r.trim())
    .filter(Boolean);

type Push = (column: string, code: MessageKey) => void;
type Rules<T> = (row: T, push: Push) => void;

function ruleSchema<T>(rules: Rules<T>) {
  return z
    .custom<T>(() => true)
    .check(
      z.superRefine((row, ctx) => {
        rules(row as T, (column, code) =>
          ctx.issues.push({
            code: "custom",
            message: code,
            path: [column],
            input: (row as Record<string, unknown>)[column],
          }),
        );
      }),
    );
}

let progressByLabel: Map<string, Progress> | null = null;

/** The progress value a cell names, by its label as the list offers it (any case, any accents); or null. */
export function progressOf(v: CellValue | undefined): Progress | null {
  progressByLabel ??= new Map(PROGRESS_VALUES.map((k) => [foldVietnamese(t(k)), k]));
  return progressByLabel.get(foldVietnamese(text(v))) ?? null;
}

interface PlanCellChecks {
  readonly text: readonly CellTest[];
  readonly role: readonly CellTest[];
  readonly deadline: readonly CellTest[];
  readonly progress: readonly CellTest[];
  readonly completedOn: readonly CellTest[];
  readonly evidence: readonly CellTest[];
}

/**
 * The plan row's cells: each with the kind of check it gets (none for part, section and
 * number, only read) and how it is read. The checked cells come first, in the order their
 * problems are listed. The checks become a zod schema (planRowSchemas); the reading is a plain
 * function per cell: a schema parse per row of a 50,000-row plan allocated more than the rest of
 * a refresh, for a reader whose cells never fail.
 */
const PLAN_CELLS = {
  id: ["text", text],
  task: ["text", text],
  output: ["text", text],
  timeline: ["text", text],
  assignment: ["text", text],
  lead: ["role", splitRoles],
  support: ["role", splitRoles],
  owner: ["text", text],
  notes: ["text", text],
  deadline: ["deadline", dateOf],
  progress: ["progress", progressOf],
  completedOn: ["completedOn", dateOf],
  evidence: ["evidence", text],
  part: [null, text],
  section: [null, text],
  number: [null, text],
} as const satisfies Record<string, readonly [keyof PlanCellChecks | null, (v: CellValue | undefined) => unknown]>;

type PlanCellKey = keyof typeof PLAN_CELLS;
const PLAN_KEYS = Object.keys(PLAN_CELLS) as PlanCellKey[];

/** A plan row as the product computes with it: texts trimmed, dates, roles, the progress value. */
export type PlanRow = { -readonly [K in PlanCellKey]: ReturnType<(typeof PLAN_CELLS)[K][1]> };

/** readPlanRow({ id: "A.I.1", deadline: "20/11/2024", progress: "hoàn thành" }) → typed; a missing cell is empty. */
export function readPlanRow(cells: RowCells): PlanRow {
  return readPlanRowBy((key) => cells[key]);
}

/** The plan row whose cell `key` is `cell(key)`: read straight from a sheet's row, with no object of its cells. */
export function readPlanRowBy(cell: (key: string) => CellValue | undefined): PlanRow {
  const row: Record<string, unknown> = {};
  for (const key of PLAN_KEYS) row[key] = PLAN_CELLS[key][1](cell(key) ?? null);
  return row as PlanRow;
}

/** The plan row's checks as one zod object, cell by cell in PLAN_CELLS' order; unchecked cells left out. */
function planRowShape(c: PlanCellChecks) {
  const shape: Record<string, CellSchema> = {};
  for (const key of PLAN_KEYS) {
    const check = PLAN_CELLS[key][0];
    if (check) shape[key] = cellSchema(c[check]);
  }
  return z.object(shape);
}

/**
 * Whether every test of every checked cell passes: the very tests the schema runs, so a row
 * that passes has no problem to list, and the schema (whose parse allocates more per row than
 * the rest of a check) runs only on the rows that have one.
 */
function planRowPasses(c: PlanCellChecks): (row: RowCells) => boolean {
  const checked = PLAN_KEYS.flatMap((key) => {
    const check = PLAN_CELLS[key][0];
    return check ? [[key, c[check]] as const] : [];
  });
  return (row) => checked.every(([key, tests]) => tests.every(([ok]) => ok(row[key] ?? null)));
}

export function planRowSchemas(ctx: PlanCheckContext) {
  const done = foldVietnamese(ctx.doneValue);
  const checks: PlanCellChecks = {
    text: [shortText],
    role: [[(v) => splitRoles(v).every(ctx.isKnownRole), "check.unknownRole"]],
    deadline: saneDate(ctx.today),
    progress: [inList(ctx.progressValues)],
    completedOn: pastDate(ctx.today),
    evidence: [url],
  };
  const acrossCells: Rules<RowCells> = (row, push) => {
    const isDone = foldVietnamese(text(row.progress)) === done;
    if (blank(row.task) && blank(row.id)) push("task", "check.noTask");
    if (isDone && blank(row.completedOn)) push("completedOn", "check.doneNeedsDate");
    if (isDone && blank(row.evidence)) push("evidence", "check.doneNeedsEvidence");
    if (!isDone && !blank(row.completedOn) && isDate(row.completedOn ?? null)) push("progress", "check.dateButNotDone");
  };
  const cellsPass = planRowPasses(checks);
  const passes = (row: RowCells): boolean => {
    if (!cellsPass(row)) return false;
    let none = true;
    acrossCells(row, () => (none = false));
    return none;
  };
  return { fields: planRowShape(checks), rules: ruleSchema(acrossCells), passes };
}

export function directoryRowSchemas() {
  const fields = z.object({ role: cell, aliases: cell, person: cell, email: emailCell, notes: cell });
  const rules = ruleSchema<RowCells>((row, push) => {
    if (blank(row.role)) push("role", "check.required");
  });
  return { fields, rules };
}

export interface CompletionCheckContext {
  readonly today: LocalDate;
  readonly isKnownTask: (id: string) => boolean;
  /** Does the text name a period: 2024-11, 2024-Q4, Q4/2024, 2024-H1, 2024-W47, 2024, or a date? */
  readonly isPeriod: (v: CellValue) => boolean;
}

export function completionRowSchemas(ctx: CompletionCheckContext) {
  const fields = z.object({
    taskId: knownIdCell(ctx.isKnownTask, "check.unknownTask"),
    period: periodCell(ctx.isPeriod),
    completedOn: requiredCell.check(z.refine((v) => isDate(v as CellValue), { message: "check.notDate" })).check(
      z.refine(
        (v) => {
          const d = dateOf(v as CellValue);
          return !d || compareDates(d, ctx.today) <= 0;
        },
        { message: "check.future" },
      ),
    ),
    evidence: urlCell,
    notes: cell,
  });
  return { fields, rules: ruleSchema<RowCells>(() => undefined) };
}

export function holidayRowSchemas(kinds: readonly string[]) {
  const fields = z.object({
    date: requiredCell.check(z.refine((v) => dateOf(v as CellValue) !== null, { message: "check.notDate" })),
    kind: listCell(kinds),
    name: cell,
    note: cell,
  });
  return { fields, rules: ruleSchema<RowCells>(() => undefined) };
}

/** Runs both schemas of a tab on a row and lists every problem, cell by cell. */
export function checkRow(
  schemas: { fields: z.ZodMiniTypeLike; rules: z.ZodMiniTypeLike; passes?: (row: RowCells) => boolean },
  row: RowCells,
): CellProblem[] {
  // A row every test passes has no problem: the schemas run only to name a row's problems.
  if (schemas.passes?.(row)) return [];
  const problems: CellProblem[] = [];
  for (const schema of [schemas.fields, schemas.rules]) {
    const result = schema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ column: String(issue.path[0] ?? ""), code: issue.message as MessageKey });
    }
  }
  return problems;
}

const NUMBER_RE = /^-?\d+(?:[.,]\d+)?\s*%?$/;
const numberCell = z.custom<CellValue>(
  (v) => blank(v as CellValue) || typeof v === "number" || NUMBER_RE.test(text(v as CellValue)),
  { message: "indicator.notNumber" },
);

export interface IndicatorDataCheckContext {
  readonly isKnownIndicator: (id: string) => boolean;
  readonly isPeriod: (v: CellValue) => boolean;
}

/** A row of figures: a known indicator, a period, numbers where numbers belong, and a figure. */
export function indicatorDataRowSchemas(ctx: IndicatorDataCheckContext) {
  const fields = z.object({
    indicatorId: knownIdCell(ctx.isKnownIndicator, "indicator.unknown"),
    period: periodCell(ctx.isPeriod),
    numerator: numberCell,
    denominator: numberCell,
    value: numberCell,
    source: cell,
    evidence: urlCell,
    notes: cell,
  });
  const rules = ruleSchema<RowCells>((row, push) => {
    if (blank(row.numerator) && blank(row.denominator) && blank(row.value)) push("value", "indicator.noFigure");
  });
  return { fields, rules };
}
