import { compareDates, formatVi, isLocalDate, type LocalDate } from "../../core/dates/localDate";
import { render, t, type Message, type MessageKey } from "../../core/i18n/messages";
import { cellToText } from "../../core/plan/readers/grid";
import { foldVietnamese } from "../../core/text/normalize";
import type { Timeline } from "../../core/timeline/model";
import {
  checkRow,
  completionRowSchemas,
  dateOf,
  directoryRowSchemas,
  holidayRowSchemas,
  MAX_TEXT,
  planRowSchemas,
  splitRoles,
  text,
  type CellProblem,
  type RowCells,
} from "../../core/validation/rows";
import { PROGRESS_VALUES, SETTINGS_TAB, type TabKey, type TabSpec } from "../../core/workbook/layout";
import type { CellValue } from "../../ports";
import { columnLetter } from "../../core/workbook/cells";
import { periodOfCell } from "../../core/period/period";
import { levelSettingsOf, levelWording, namesDistrict } from "../../core/report/level";
import type { Settings } from "../../core/settings/registry";
import { isKnownRole } from "./directory";
import { settingRow } from "./settings";
import { tabName, type OpenTab } from "./tabs";

/** A problem placed in the sheet: which tab, row and column, and the sentence to show. */
export interface PlacedProblem {
  readonly tab: TabKey;
  readonly row: number;
  readonly column: string;
  readonly code: MessageKey;
  /** The problem alone ("… không phải là ngày …"), for the cell's note and the row's check cell. */
  readonly problem: string;
  /** With tab, row and column named, for the log and the dialog. */
  readonly message: string;
}

type ReadTab = Pick<OpenTab, "spec" | "values" | "columns">;

/** A row's cells by column key. */
export function rowCells(tab: Pick<OpenTab, "columns">, row: readonly CellValue[]): RowCells {
  const out: Record<string, CellValue> = {};
  for (const [key, col] of tab.columns) out[key] = row[col - 1] ?? null;
  return out;
}

const isEmptyRow = (row: readonly CellValue[]) => row.every((v) => cellToText(v ?? null).trim() === "");

/** Turns a schema's problem into sentences naming the tab, row and column, with the cell's value. */
export function place(
  spec: TabSpec,
  row: number,
  cells: RowCells,
  p: CellProblem,
  extra: Record<string, string | number> = {},
): PlacedProblem {
  const value = cells[p.column];
  const shown = isLocalDate(value) ? cellToText(value) : text(value);
  const column = spec.columns.find((c) => c.key === p.column);
  const problem = t(p.code, {
    value: shown.length > 60 ? `${shown.slice(0, 57)}…` : shown,
    length: shown.length,
    max: MAX_TEXT,
    ...extra,
  });
  return {
    tab: spec.key,
    row,
    column: p.column,
    code: p.code,
    problem,
    message: t("check.where", { tab: tabName(spec), row, column: column ? t(column.header) : p.column, problem }),
  };
}

export interface PlanRowCheckContext {
  readonly today: LocalDate;
  readonly roles: ReadonlySet<string>;
}

/** The plan schemas last built, and for what: a refresh checks every row against the same ones. */
let planSchemas: { today: LocalDate; roles: ReadonlySet<string>; schemas: ReturnType<typeof planRowSchemas> } | null =
  null;

/**
 * The plan row's schemas for a day and a set of roles, built once for all the rows of a check
 * (building a zod schema costs far more than running it: once per row, it was most of a refresh).
 */
function planSchemasFor(ctx: PlanRowCheckContext): ReturnType<typeof planRowSchemas> {
  const cached = planSchemas;
  if (cached && cached.roles === ctx.roles && compareDates(cached.today, ctx.today) === 0) return cached.schemas;
  // A plan names the same few dozen roles on every row: each looked up once.
  const known = new Map<string, boolean>();
  const schemas = planRowSchemas({
    today: ctx.today,
    progressValues: PROGRESS_VALUES.map((k) => t(k)),
    doneValue: t("progress.done"),
    isKnownRole: (role) => {
      let is = known.get(role);
      if (is === undefined) known.set(role, (is = isKnownRole(ctx.roles, role)));
      return is;
    },
  });
  planSchemas = { today: ctx.today, roles: ctx.roles, schemas };
  return schemas;
}

/** The problems of one plan row: its cells, its rules, and what its timeline says. */
export function checkPlanRow(
  spec: TabSpec,
  rowNumber: number,
  cells: RowCells,
  ctx: PlanRowCheckContext,
  timeline: Timeline | null,
): PlacedProblem[] {
  const schemas = planSchemasFor(ctx);
  const problems = checkRow(schemas, cells).map((p) => {
    if (p.code === "check.unknownRole") {
      const unknown = splitRoles(cells[p.column]).find((r) => !isKnownRole(ctx.roles, r)) ?? "";
      return place(spec, rowNumber, { ...cells, [p.column]: unknown }, p);
    }
    return place(spec, rowNumber, cells, p);
  });
  // The timeline's own warnings (a date that does not exist, text not understood) unless a
  // person has set the deadline by hand.
  if (timeline && !dateOf(cells.deadline ?? null)) {
    for (const w of timeline.warnings) {
      if (w.key === "timeline.empty" && text(cells.task) === "") continue;
      const problem = render(w);
      const column = spec.columns.find((c) => c.key === "timeline")!;
      problems.push({
        tab: spec.key,
        row: rowNumber,
        column: "timeline",
        code: w.key,
        problem,
        message: t("check.where", { tab: tabName(spec), row: rowNumber, column: t(column.header), problem }),
      });
    }
  }
  return problems;
}

export interface TabChecks {
  readonly problems: PlacedProblem[];
  /** Fully empty rows between rows with data (harmless; reported once, not marked). */
  readonly emptyRows: Map<TabKey, number[]>;
}

/** Empty rows that have data below them. */
function emptyRowsIn(tab: ReadTab): number[] {
  const rows: number[] = [];
  let lastData = 0;
  tab.values.forEach((r, i) => {
    if (i > 0 && !isEmptyRow(r)) lastData = i;
  });
  tab.values.forEach((r, i) => {
    if (i > 0 && i < lastData && isEmptyRow(r)) rows.push(i + 1);
  });
  return rows;
}

export interface WorkbookCheckInput {
  readonly plan: ReadTab;
  readonly directory: ReadTab;
  readonly completions: ReadTab;
  readonly holidays: ReadTab;
  readonly today: LocalDate;
  readonly roles: ReadonlySet<string>;
  /** Timelines of the plan rows, by sheet row (parsed once by the caller). */
  readonly timelines: ReadonlyMap<number, Timeline>;
  /** Role names (folded) that lead a task, to check they have an email. */
  readonly leadingRoles: ReadonlySet<string>;
  readonly isPeriod: (v: CellValue) => boolean;
}

/** Checks every tracked tab, row by row, and the rules across rows (duplicate ids, emails of leads). */
export function checkWorkbook(input: WorkbookCheckInput): TabChecks {
  const problems: PlacedProblem[] = [];
  const emptyRows = new Map<TabKey, number[]>();
  const { plan, directory, completions, holidays } = input;

  const ids = new Map<string, number>();
  plan.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const cells = rowCells(plan, row);
    problems.push(
      ...checkPlanRow(
        plan.spec,
        i + 1,
        cells,
        { today: input.today, roles: input.roles },
        input.timelines.get(i + 1) ?? null,
      ),
    );
    const id = text(cells.id);
    if (id && ids.has(id))
      problems.push(
        place(plan.spec, i + 1, cells, { column: "id", code: "check.duplicateId" }, { other: ids.get(id)! }),
      );
    else if (id) ids.set(id, i + 1);
  });

  const dirSchemas = directoryRowSchemas();
  directory.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const cells = rowCells(directory, row);
    problems.push(...checkRow(dirSchemas, cells).map((p) => place(directory.spec, i + 1, cells, p)));
    const names = [text(cells.role), ...text(cells.aliases).split(";")].map((n) => foldVietnamese(n)).filter(Boolean);
    if (text(cells.email) === "" && names.some((n) => input.leadingRoles.has(n))) {
      problems.push(place(directory.spec, i + 1, cells, { column: "email", code: "check.leadNoEmail" }));
    }
  });

  const completionSchemas = completionRowSchemas({
    today: input.today,
    isKnownTask: (id) => ids.has(id),
    isPeriod: input.isPeriod,
  });
  completions.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const cells = rowCells(completions, row);
    problems.push(...checkRow(completionSchemas, cells).map((p) => place(completions.spec, i + 1, cells, p)));
    const asMonth = monthFromDateNote(completions.spec, i + 1, cells);
    if (asMonth) problems.push(asMonth);
  });

  const holidaySchemas = holidayRowSchemas([t("holiday.kindHoliday"), t("holiday.kindWorkday")]);
  holidays.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const cells = rowCells(holidays, row);
    problems.push(...checkRow(holidaySchemas, cells).map((p) => place(holidays.spec, i + 1, cells, p)));
  });

  for (const tab of [plan, directory, completions, holidays]) {
    const rows = emptyRowsIn(tab);
    if (rows.length > 0) emptyRows.set(tab.spec.key, rows);
  }
  return { problems, emptyRows };
}

/**
 * A period cell Sheets turned into a date (a month typed where the column had lost its text
 * format) is read as that month; the note says so, so the officer can type it again as text.
 */
export function monthFromDateNote(spec: TabSpec, row: number, cells: RowCells): PlacedProblem | null {
  const v = cells.period ?? null;
  if (!isLocalDate(v)) return null;
  const { period, readAsMonth } = periodOfCell(v);
  if (!readAsMonth || !period) return null;
  return place(
    spec,
    row,
    cells,
    { column: "period", code: "check.periodReadAsMonth" },
    { date: cellToText(v), month: `${period.start.month}/${period.start.year}` },
  );
}

/**
 * The settings that still name the district ("Phòng Nội vụ huyện (b/c)", typed before the
 * levels, or by hand) in a report dated when it goes to the province: each named by row and
 * column with the default an empty cell would give. Only said: the cell is the secretariat's.
 */
export function staleDistrictProblems(tab: ReadTab, settings: Settings, dated: LocalDate): PlacedProblem[] {
  const typed = levelSettingsOf(settings);
  const wording = levelWording({ ...typed, recipients: null, salutation: "" }, dated);
  if (wording.level !== "province") return [];
  const stale: [key: "reportRecipients" | "reportSalutation", value: string | undefined, fallback: string][] = [
    ["reportRecipients", typed.recipients?.find(namesDistrict), wording.recipients.join("; ")],
    ["reportSalutation", namesDistrict(typed.salutation) ? typed.salutation : undefined, wording.salutation],
  ];
  return stale.flatMap(([key, value, fallback]) => {
    const index = settingRow(tab, key);
    if (value === undefined || index < 0) return [];
    const problem = t("settings.staleDistrict", { value, date: formatVi(dated), fallback });
    const where = { tab: tabName(SETTINGS_TAB), row: index + 1, column: t("col.value"), key, problem };
    return [
      {
        tab: "settings",
        row: index + 1,
        column: "value",
        code: "settings.staleDistrict",
        problem,
        message: t("settings.problem", where),
      },
    ];
  });
}

/** Messages for the dialog and the log about empty rows. */
export function emptyRowMessages(empty: ReadonlyMap<TabKey, number[]>, specs: readonly TabSpec[]): Message[] {
  return [...empty].map(([key, rows]) => ({
    key: "check.emptyRows" as const,
    params: {
      count: rows.length,
      tab: tabName(specs.find((s) => s.key === key)!),
      rows: rows.slice(0, 10).join(", ") + (rows.length > 10 ? ", …" : ""),
    },
  }));
}

/** Which kind of problem a code is, for the summary dialog's counts. */
export function problemKind(code: MessageKey): MessageKey {
  // A date read from part of the words is counted apart from a timeline not read at all.
  if (code === "timeline.partlyUnderstood") return "problemKind.timelinePartial";
  if (code.startsWith("timeline.")) return "problemKind.timeline";
  if (code.startsWith("settings.")) return "problemKind.settings";
  if (code === "indicator.badCheckpoint" || code === "indicator.badCheckpointText") return "problemKind.indicators";
  if (code.startsWith("indicator.")) return "problemKind.indicatorData";
  const kinds: Partial<Record<MessageKey, MessageKey>> = {
    "check.notDate": "problemKind.date",
    "check.dateOutOfWindow": "problemKind.date",
    "check.future": "problemKind.future",
    "check.notUrl": "problemKind.url",
    "check.notEmail": "problemKind.email",
    "check.unknownRole": "problemKind.role",
    "check.doneNeedsDate": "problemKind.evidence",
    "check.doneNeedsEvidence": "problemKind.evidence",
    "check.dateButNotDone": "problemKind.evidence",
    "check.tooLong": "problemKind.long",
    "check.merged": "problemKind.merged",
    "check.required": "problemKind.missing",
    "check.noTask": "problemKind.missing",
    "check.notInList": "problemKind.list",
    "check.duplicateId": "problemKind.duplicate",
    "check.leadNoEmail": "problemKind.email",
    "check.unknownTask": "problemKind.completions",
    "check.badPeriod": "problemKind.completions",
  };
  return kinds[code] ?? "problemKind.other";
}

/** "A1:C3" for a block, as Sheets names it. */
export function a1(block: { row: number; col: number; numRows: number; numCols: number }): string {
  return `${columnLetter(block.col)}${block.row}:${columnLetter(block.col + block.numCols - 1)}${block.row + block.numRows - 1}`;
}
