import { render, t, type Message } from "../../core/i18n/messages";
import { importPlan } from "../../core/plan/importer";
import type { Plan, SourceTable, Task } from "../../core/plan/model";
import { DEFAULT_ROLES, roleKeyOf, RoleMatcher, type RoleDef } from "../../core/plan/roles";
import { DEFAULT_SETTINGS } from "../../core/settings/registry";
import {
  computedColumns,
  DIRECTORY_TAB,
  importedColumns,
  PLAN_TAB,
  PROPOSED_TAB,
  SETTINGS_TAB,
  TABS,
} from "../../core/workbook/layout";
import { readGrid } from "../../core/plan/readers/grid";
import type { AppPorts, CellValue, SheetData, WorkbookPort } from "../../ports";
import { writeLog } from "../write/log";
import { extractIndicators, type Indicator } from "../../core/indicators/extract";
import { rolesFromDirectory, rolesToMatch } from "../read/directory";
import { readSettings } from "../read/settings";
import type { TrackingTabs } from "../read/snapshot";
import { peekTab, tabName, textAt, type OpenTab } from "../read/tabs";
import { ensureHolidays } from "../write/holidays";
import { mergeIndicators } from "../write/mergeIndicators";
import { fillSettingIfEmpty } from "../write/settings";
import { openTab } from "../write/structure";
import { extraCells, extraHeaderOf, extraKey, placeExtraColumns, planExtraHeaders } from "../write/extraColumns";
import { appendRows, writeColumns, type WritableTab } from "../write/writer";
import { addMissingBodies, addMissingRoles, setup } from "./setup";

export interface ImportOutcome {
  readonly tasks: number;
  readonly added: string[];
  readonly filled: number;
  readonly unchanged: number;
  /** Cells whose text differs from the plan: the sheet's text was kept. */
  readonly conflicts: Message[];
  /** Ids on the sheet that the plan no longer has: kept as they are. */
  readonly missing: Message[];
  readonly warnings: Message[];
  readonly summary: Message;
}

/** The plan's own text, filled where empty; and the import's notes, rewritten (the layout says which). */
const IMPORT_KEYS = importedColumns(PLAN_TAB);
const COMPUTED_KEYS = computedColumns(PLAN_TAB, "import");

/** The cells the import owns for a task, keyed by column key. */
export function taskCells(task: Task, plan: Plan, roles: readonly RoleDef[]): Record<string, string> {
  // A body the plan names but no role matches is keyed by its name (roleKeyOf): shown as the plan writes it.
  const bodies = new Map([...task.leadBodies, ...task.supportBodies].map((b) => [roleKeyOf(b), b]));
  const name = (key: string) => roles.find((r) => r.key === key)?.name ?? bodies.get(key) ?? key;
  const notes = plan.warnings.filter((w) => w.taskId === task.id).map((w) => render(w.message));
  return {
    id: task.id,
    part: task.part?.code ?? "",
    section: task.section ? `${task.section.code}. ${task.section.title}` : "",
    number: task.number,
    task: task.task,
    output: task.output,
    timeline: task.timeline,
    assignment: task.assignment,
    lead: task.leadRoles.map(name).join("; "),
    support: task.supportRoles.map(name).join("; "),
    importNotes: notes.join("\n"),
  };
}

/** communeFromTitle("… trên địa bàn xã Đại Lãnh năm 2024") → "Đại Lãnh". */
export function communeFromTitle(title: string): string {
  const m = /\bxã\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(title);
  return m ? m[1] : "";
}

/**
 * Merges a plan into the plan tab by task id. New tasks are appended; an existing row's plan
 * cells are filled where empty and left alone where an officer wrote something else (reported);
 * officers' columns are never written; rows are never moved or removed. Reads each tab once and
 * writes in blocks, whatever the number of rows.
 */
export function importPlanInto(ports: Pick<AppPorts, "workbook" | "clock" | "user">, plan: Plan): ImportOutcome {
  return mergePlan(ports, plan, setup(ports).tabs, []);
}

/**
 * Reads a source table (a pasted grid, the sample plan) with the directory's roles and the
 * settings' plan year, then merges it as importPlanInto does. Wrong settings are reported.
 */
export function importTableInto(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  table: SourceTable,
  year?: number,
): { plan: Plan; outcome: ImportOutcome } {
  // Read the plan before creating or changing anything: a table that cannot be read leaves
  // the spreadsheet as it was. The tabs read here are handed to setup, not read twice.
  const directory = peekTab(ports.workbook, DIRECTORY_TAB);
  const settingsTab = peekTab(ports.workbook, SETTINGS_TAB);
  const { settings, problems } = settingsTab ? readSettings(settingsTab) : { settings: DEFAULT_SETTINGS, problems: [] };
  const roles = directory ? rolesToMatch(directory) : [...DEFAULT_ROLES];
  const plan = importPlan(table, { matcher: new RoleMatcher(roles), year: year ?? settings.planYear ?? undefined });
  const { tabs } = setup(ports, { directory: directory ?? undefined, settings: settingsTab ?? undefined });
  return { plan, outcome: mergePlan(ports, plan, tabs, problems) };
}

/** The plan tab's rows by task id (sheet row indexes, 0-based; an id twice on the sheet has two). */
function rowsById(sheet: OpenTab): Map<string, number[]> {
  const out = new Map<string, number[]>();
  sheet.values.forEach((row, i) => {
    if (i === 0) return;
    const id = textAt(sheet, row, "id");
    if (id) out.set(id, [...(out.get(id) ?? []), i]);
  });
  return out;
}

/** What merging the plan's tasks into the rows already there found and changed. */
interface TaskMerge {
  readonly newRows: Record<string, CellValue>[];
  /** Columns whose cells changed in rows that exist: only their runs are written. */
  readonly dirty: Set<number>;
  readonly filled: number;
  readonly unchanged: number;
  readonly conflicts: Message[];
  /** An id twice on the sheet: the first row is the one merged. */
  readonly duplicates: Message[];
}

/** A column's name in a message: its layout header, or the plan's header of an extra column. */
const columnName = (key: string): string =>
  extraHeaderOf(key) ?? t(PLAN_TAB.columns.find((c) => c.key === key)!.header);

/**
 * Merges each task into its row, in the values as read (written after, in blocks): a task with
 * no row is a new row; in a row that exists, an empty plan cell (a plan's extra column's too) is
 * filled, a cell with other text is kept and named as a conflict, and the import's notes are
 * rewritten. `extras` are the plan's extra headers the tab has a column for.
 */
function mergeTasks(
  sheet: OpenTab,
  plan: Plan,
  roles: readonly RoleDef[],
  byId: ReadonlyMap<string, number[]>,
  extras: readonly string[],
): TaskMerge {
  const newRows: Record<string, CellValue>[] = [];
  const dirty = new Set<number>();
  const conflicts: Message[] = [];
  const duplicates: Message[] = [];
  let filled = 0;
  let unchanged = 0;
  for (const task of plan.tasks) {
    const cells = { ...taskCells(task, plan, roles), ...extraCells(task, extras) };
    const at = byId.get(task.id);
    if (!at) {
      newRows.push(cells);
      continue;
    }
    if (at.length > 1) {
      const rows = at.map((i) => i + 1).join(", ");
      duplicates.push({ key: "merge.duplicateOnSheet", params: { id: task.id, rows, row: at[0] + 1 } });
    }
    const rowIndex = at[0];
    const row = sheet.values[rowIndex];
    let changed = false;
    for (const key of [...IMPORT_KEYS, ...extras.map(extraKey), ...COMPUTED_KEYS]) {
      const current = textAt(sheet, row, key);
      const wanted = cells[key];
      if (current === wanted.trim()) continue;
      const col = sheet.columns.get(key)!;
      if (COMPUTED_KEYS.includes(key) || current === "") {
        while (row.length < col) row.push(null);
        row[col - 1] = wanted;
        dirty.add(col);
        if (!COMPUTED_KEYS.includes(key)) filled++;
        changed = true;
      } else {
        conflicts.push({
          key: "merge.conflict",
          params: { row: rowIndex + 1, column: columnName(key) },
        });
      }
    }
    if (!changed) unchanged++;
  }
  return { newRows, dirty, filled, unchanged, conflicts, duplicates };
}

/** Ids on the sheet that the plan no longer has: kept as they are, and named. */
function missingFromPlan(byId: ReadonlyMap<string, number[]>, plan: Plan): Message[] {
  const inPlan = new Set(plan.tasks.map((task) => task.id));
  return [...byId]
    .filter(([id]) => !inPlan.has(id))
    .map(([id, at]) => ({ key: "merge.missingFromPlan" as const, params: { id, row: at[0] + 1 } }));
}

/** Writes the merge: one write per run of product columns that changed, over all existing rows, then the new rows. */
function writeMerge(sheet: OpenTab & WritableTab, merge: TaskMerge, extras: readonly string[]): void {
  const keys = [...IMPORT_KEYS, ...extras.map(extraKey), ...COMPUTED_KEYS];
  const cell = (i: number, key: string) => sheet.values[i + 1][sheet.columns.get(key)! - 1] ?? null;
  writeColumns(sheet, keys, 2, sheet.values.length - 1, cell, merge.dirty);
  appendRows(sheet, merge.newRows);
}

/**
 * The bodies a plan names that are none of `roles` (the importer keyed them by name, roleKeyOf):
 * one Danh bạ row each, in the order the plan first names them. A commune plan's cells name
 * roles only, and it has none.
 */
export function bodiesOfPlan(plan: Plan, roles: readonly RoleDef[]): RoleDef[] {
  const known = new Set(roles.map((r) => r.key));
  const bodies = new Map<string, RoleDef>();
  for (const task of plan.tasks) {
    const keys = new Set([...task.leadRoles, ...task.supportRoles]);
    for (const name of [...task.leadBodies, ...task.supportBodies]) {
      const key = roleKeyOf(name);
      if (keys.has(key) && !known.has(key) && !bodies.has(key)) bodies.set(key, { key, name, aliases: [] });
    }
  }
  return [...bodies.values()];
}

/** The roles and bodies the plan names that the directory lacks. */
function completeDirectory(directory: OpenTab, plan: Plan): void {
  addMissingRoles(
    directory,
    DEFAULT_ROLES.filter((r) =>
      plan.tasks.some((task) => task.leadRoles.includes(r.key) || task.supportRoles.includes(r.key)),
    ),
  );
  addMissingBodies(directory, bodiesOfPlan(plan, rolesFromDirectory(directory)));
}

/** Roles and bodies the plan names that the directory lacks, the settings the plan tells (where empty), its year's holidays. */
function completeFromPlan(tabs: TrackingTabs, plan: Plan): void {
  const { directory, settings } = tabs;
  completeDirectory(directory, plan);
  fillSettingIfEmpty(settings, "planYear", String(plan.year));
  fillSettingIfEmpty(settings, "planStart", plan.issuedOn);
  fillSettingIfEmpty(settings, "communeName", communeFromTitle(plan.title));
  fillSettingIfEmpty(settings, "signerName", plan.signer);
  ensureHolidays(tabs.holidays, readSettings(settings).settings.planYear ?? plan.year);
}

/**
 * The targets the plan promises: proposed once each (the proposed tab remembers them, so an
 * indicator the secretariat deleted stays deleted), the secretariat's edits kept.
 */
function proposeIndicators(
  workbook: WorkbookPort,
  tabs: TrackingTabs,
  plan: Plan,
): { proposed: Indicator[]; added: string[] } {
  const proposed = plan.tasks.flatMap(extractIndicators);
  const proposedTab = openTab(workbook, PROPOSED_TAB, false);
  const already = new Set(
    proposedTab.values
      .slice(1)
      .map((r) => textAt(proposedTab, r, "indicatorId"))
      .filter(Boolean),
  );
  const added = mergeIndicators(tabs.indicators, proposed, already);
  appendRows(
    proposedTab,
    proposed.filter((i) => !already.has(i.id)).map((i) => ({ indicatorId: i.id })),
  );
  return { proposed, added };
}

/** Merges a read plan into the tabs, then logs and returns what it did. */
function mergePlan(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  plan: Plan,
  tabs: TrackingTabs,
  notices: readonly Message[],
): ImportOutcome {
  const { directory, log } = tabs;
  const placed = placeExtraColumns(tabs.plan, planExtraHeaders(plan));
  const sheet = placed.tab;
  const byId = rowsById(sheet);
  const merge = mergeTasks(sheet, plan, rolesFromDirectory(directory), byId, placed.headers);
  const missing = [...merge.duplicates, ...missingFromPlan(byId, plan)];
  writeMerge(sheet, merge, placed.headers);
  completeFromPlan(tabs, plan);
  const { proposed, added: indicatorsAdded } = proposeIndicators(ports.workbook, tabs, plan);

  const { newRows, filled, unchanged, conflicts } = merge;
  const warnings: Message[] = [
    ...notices,
    ...placed.warnings,
    ...plan.warnings.filter((w) => w.severity === "warning").map((w) => w.message),
  ];
  const indicatorNotes: Message[] = proposed.flatMap((i) => i.warnings);
  if (indicatorsAdded.length > 0)
    indicatorNotes.unshift({
      key: "import.indicatorsAdded",
      params: { count: indicatorsAdded.length, tab: t("tab.indicators") },
    });
  const summary: Message = {
    key: "import.done",
    params: {
      tasks: plan.tasks.length,
      added: newRows.length,
      filled,
      unchanged,
      conflicts: conflicts.length,
      warnings: warnings.length,
    },
  };
  writeLog(
    ports,
    t("log.import"),
    [
      summary,
      ...notices,
      ...placed.notices,
      ...placed.warnings,
      ...indicatorNotes,
      ...conflicts,
      ...missing,
      ...plan.warnings.map((w) => w.message),
    ],
    log,
  );
  return {
    tasks: plan.tasks.length,
    added: newRows.map((r) => String(r.id)),
    filled,
    unchanged,
    conflicts,
    missing,
    warnings,
    summary,
  };
}

/**
 * The table "Nhập kế hoạch từ trang tính này" imports from the sheet a person is looking at,
 * read as typed (a Word bullet Sheets took for a formula comes back as text); refused, with
 * the reason, when that sheet is one of the product's own tabs or is empty.
 */
export function sheetToImport(source: SheetData): { table: SourceTable } | { refused: Message } {
  if (TABS.some((spec) => tabName(spec) === source.name))
    return { refused: { key: "import.ownTab", params: { tab: source.name } } };
  const values = source.readValues({ asTyped: true });
  if (values.length === 0) return { refused: { key: "import.emptySheet", params: { tab: source.name } } };
  return { table: readGrid(values) };
}
