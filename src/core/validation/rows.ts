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

const cell = z.custom<CellValue>((v) => text(v as CellValue).length <= MAX_TEXT, { message: "check.tooLong" });
const dateCell = z.custom<CellValue>((v) => isDate(v as CellValue), { message: "check.notDate" });
const urlCell = z.custom<CellValue>((v) => blank(v as CellValue) || URL_RE.test(text(v as CellValue)), {
  message: "check.notUrl",
});
/** One address or several ("a@x.vn; b@y.vn"), read by the one parser the mail uses. */
const emailCell = z.custom<CellValue>(
  (v) => blank(v as CellValue) || parseAddresses(text(v as CellValue)).invalid.length === 0,
  { message: "check.notEmail" },
);
const requiredCell = z.custom<CellValue>((v) => !blank(v as CellValue), { message: "check.required" });
/** A required cell naming one of the ids the workbook knows (a task, an indicator). */
const knownIdCell = (isKnown: (id: string) => boolean, code: MessageKey) =>
  requiredCell.check(z.refine((v) => isKnown(text(v as CellValue)), { message: code }));
/** A required cell naming a period (core/period): 11/2024, Quý IV/2024, 2024-W47, a date… */
const periodCell = (isPeriod: (v: CellValue) => boolean) =>
  requiredCell.check(z.refine((v) => isPeriod(v as CellValue), { message: "check.badPeriod" }));
/** A date within SANE_YEARS of today: 31/12/9999 is a slip of the keyboard, not a deadline. */
const saneDateCell = (today: LocalDate) =>
  dateCell.check(
    z.refine(
      (v) => {
        const d = dateOf(v as CellValue);
        return !d || isSaneDate(d, today);
      },
      { message: "check.dateOutOfWindow" },
    ),
  );
const pastDateCell = (today: LocalDate) =>
  saneDateCell(today).check(
    z.refine(
      (v) => {
        const d = dateOf(v as CellValue);
        return !d || compareDates(d, today) <= 0;
      },
      { message: "check.future" },
    ),
  );
const listCell = (values: readonly string[]) => {
  const allowed = new Set(values.map((x) => foldVietnamese(x)));
  return z.custom<CellValue>((v) => blank(v as CellValue) || allowed.has(foldVietnamese(text(v as CellValue))), {
    message: "check.notInList",
  });
};

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

type CellSchema = z.ZodMiniType<CellValue, CellValue>;
interface PlanCellChecks {
  readonly text: CellSchema;
  readonly role: CellSchema;
  readonly deadline: CellSchema;
  readonly progress: CellSchema;
  readonly completedOn: CellSchema;
  readonly evidence: CellSchema;
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
    if (check) shape[key] = c[check];
  }
  return z.object(shape);
}

export function planRowSchemas(ctx: PlanCheckContext) {
  const role = z.custom<CellValue>((v) => splitRoles(v as CellValue).every(ctx.isKnownRole), {
    message: "check.unknownRole",
  });
  const done = foldVietnamese(ctx.doneValue);
  const fields = planRowShape({
    text: cell,
    role,
    deadline: saneDateCell(ctx.today),
    progress: listCell(ctx.progressValues),
    completedOn: pastDateCell(ctx.today),
    evidence: urlCell,
  });
  const rules = ruleSchema<RowCells>((row, push) => {
    const isDone = foldVietnamese(text(row.progress)) === done;
    if (blank(row.task) && blank(row.id)) push("task", "check.noTask");
    if (isDone && blank(row.completedOn)) push("completedOn", "check.doneNeedsDate");
    if (isDone && blank(row.evidence)) push("evidence", "check.doneNeedsEvidence");
    if (!isDone && !blank(row.completedOn) && isDate(row.completedOn ?? null)) push("progress", "check.dateButNotDone");
  });
  return { fields, rules };
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
  schemas: { fields: z.ZodMiniTypeLike; rules: z.ZodMiniTypeLike },
  row: RowCells,
): CellProblem[] {
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
