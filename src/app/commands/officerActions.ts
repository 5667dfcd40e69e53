import { formatVi, type LocalDate } from "../../core/dates/localDate";
import { t, type Message } from "../../core/i18n/messages";
import { personKey } from "../../core/links/token";
import { officerInputSchemas, parseOfficerInput, type OfficerField } from "../../core/validation/officerInput";
import { MAX_TEXT as CELL_MAX } from "../../core/validation/rows";
import { PLAN_TAB, COMPLETIONS_TAB } from "../../core/workbook/layout";
import type { OfficerPorts } from "../../ports";
import { officerGrant, type OfficerAction, type OfficerGrant } from "../read/officer";
import type { Snapshot, TrackingTabs } from "../read/snapshot";
import { tabName, textAt } from "../read/tabs";
import { allowWrite, secondsOf, THROTTLE, type ThrottleLimits } from "../state/throttle";
import { writeLog } from "../write/log";
import { appendRows, writeOfficerCells } from "../write/writer";
import { applyEdit } from "./applyEdit";
import { readWorkbook } from "./readWorkbook";

/*
 * What an officer does from "Việc của tôi". Each command takes the person a verified link
 * named (verifyLink), never a token; validates what was sent; counts the write against the
 * person's burst limit; and then, under the document lock, reads the workbook, finds the task
 * among the person's own, writes the officer columns through the writer's officer path,
 * recomputes the row as an edit would, and logs who did what in Nhật ký.
 */

export type ActionPorts = Pick<OfficerPorts, "workbook" | "clock" | "user" | "store" | "lock">;

export type ActionResult =
  /** Done: the tabs as read for the action, with what it wrote (no second read needed to show the result). */
  | { readonly ok: true; readonly tabs: TrackingTabs }
  | { readonly ok: false; readonly error: Message; readonly field?: OfficerField };

const fail = (error: Message, field?: OfficerField): ActionResult => ({ ok: false, error, ...(field && { field }) });

/** The plan rows an edit recomputes at most by a full refresh from here (as from onEdit). */
const FULL_REFRESH_ROWS = 2000;

function run(
  ports: ActionPorts,
  person: string,
  taskId: string,
  action: OfficerAction,
  limits: ThrottleLimits,
  write: (snapshot: Snapshot, grant: OfficerGrant) => ActionResult,
): ActionResult {
  const who = personKey(person);
  const result = ports.lock.withLock(() => {
    // Counted under the lock: two requests at once cannot both read the same count.
    if (!allowWrite(ports.store, who, secondsOf(ports.clock.timestamp()), limits))
      return fail({ key: "officer.tooManyWrites" });
    const snapshot = readWorkbook(ports);
    const grant = officerGrant(snapshot, who, taskId, action);
    // The same answer for another person's task and for no task: a link reveals nothing else.
    if (!grant) return fail({ key: "officer.noTask", params: { id: String(taskId).slice(0, 40) } });
    return write(snapshot, grant);
  });
  return result ?? fail({ key: "officer.busy" });
}

/** The log's entry, under the person's address: the web page runs as the script's owner. */
function log(ports: ActionPorts, person: string, detail: Message): void {
  writeLog({ ...ports, user: { email: () => personKey(person) } }, t("officer.log"), [detail]);
}

function recomputeRow(ports: ActionPorts, snapshot: Snapshot, row: number): void {
  applyEdit(ports, { sheetName: tabName(PLAN_TAB), row, numRows: 1 }, snapshot.today, {
    maxFullRefreshRows: FULL_REFRESH_ROWS,
  });
}

type Schemas = ReturnType<typeof officerInputSchemas>;

/** A completion as the page sends it: its date (not after today) and its evidence link, both checked. */
function parseCompletion(
  schemas: Schemas,
  completedOn: unknown,
  evidence: unknown,
): { readonly ok: true; readonly date: LocalDate; readonly link: string } | Extract<ActionResult, { ok: false }> {
  const date = parseOfficerInput(schemas, "completedOn", completedOn);
  if (!date.ok) return { ok: false, error: date.error, field: date.field };
  const link = parseOfficerInput(schemas, "evidence", evidence);
  if (!link.ok) return { ok: false, error: link.error, field: link.field };
  return { ok: true, date: date.value, link: link.value };
}

/** Marks the person's task done on `completedOn` with its evidence link (PAR scoring asks for one). */
export function markDone(
  ports: ActionPorts,
  person: string,
  taskId: string,
  completedOn: unknown,
  evidence: unknown,
  limits: ThrottleLimits = THROTTLE,
): ActionResult {
  const done = parseCompletion(officerInputSchemas(ports.clock.today()), completedOn, evidence);
  if (!done.ok) return done;
  const { date, link } = done;
  return run(ports, person, taskId, "markDone", limits, (snapshot, grant) => {
    writeOfficerCells(snapshot.tabs.plan, grant, {
      progress: t("progress.done"),
      completedOn: date,
      evidence: link,
    });
    recomputeRow(ports, snapshot, grant.row);
    log(ports, person, {
      key: "officer.logDone",
      params: { id: grant.id, date: formatVi(date), evidence: link },
    });
    return { ok: true, tabs: snapshot.tabs };
  });
}

/** Logs one occurrence (period key, as the page gives it) of the person's recurring task: a row of Hoàn thành theo kỳ. */
export function logOccurrence(
  ports: ActionPorts,
  person: string,
  taskId: string,
  period: unknown,
  completedOn: unknown,
  evidence: unknown,
  limits: ThrottleLimits = THROTTLE,
): ActionResult {
  const schemas = officerInputSchemas(ports.clock.today());
  const key = parseOfficerInput(schemas, "period", period);
  if (!key.ok) return fail(key.error, key.field);
  const done = parseCompletion(schemas, completedOn, evidence);
  if (!done.ok) return done;
  const { date, link } = done;
  return run(ports, person, taskId, "logOccurrence", limits, (snapshot, grant) => {
    const row = snapshot.rows.find((r) => r.row === grant.row)!;
    if (!row.timeline.recurrence) return fail({ key: "officer.notRecurring", params: { id: grant.id } });
    if (!row.evaluation.occurrences.some((o) => o.key === key.value))
      return fail({ key: "officer.noSuchPeriod", params: { id: grant.id, period: key.value } }, "period");
    // A new row: nobody's cells are in it. The period is kept as text (the column is plain text).
    appendRows(
      snapshot.tabs.completions,
      [{ taskId: grant.id, period: key.value, completedOn: date, evidence: link }],
      { recheck: true },
    );
    // The completion log shapes the task's status: recomputed as an edit of that tab is.
    applyEdit(
      ports,
      { sheetName: tabName(COMPLETIONS_TAB), row: snapshot.tabs.completions.values.length, numRows: 1 },
      snapshot.today,
      { maxFullRefreshRows: FULL_REFRESH_ROWS },
    );
    log(ports, person, {
      key: "officer.logOccurrence",
      params: { id: grant.id, period: key.value, date: formatVi(date), evidence: link },
    });
    return { ok: true, tabs: snapshot.tabs };
  });
}

/** Adds a difficulty to the task's notes, under what is there, as "[dd/mm/yyyy, person] text". */
export function noteDifficulty(
  ports: ActionPorts,
  person: string,
  taskId: string,
  text: unknown,
  limits: ThrottleLimits = THROTTLE,
): ActionResult {
  const today: LocalDate = ports.clock.today();
  const parsed = parseOfficerInput(officerInputSchemas(today), "text", text);
  if (!parsed.ok) return fail(parsed.error, parsed.field);
  return run(ports, person, taskId, "noteDifficulty", limits, (snapshot, grant) => {
    const plan = snapshot.tabs.plan;
    const kept = textAt(plan, plan.values[grant.row - 1], "notes");
    const line = t("officer.noteLine", { date: formatVi(today), person: personKey(person), text: parsed.value });
    const notes = kept.trim() ? `${kept}\n${line}` : line;
    // The check flags a cell longer than CELL_MAX (and Sheets refuses 50,000): the note is refused first.
    if (notes.length > CELL_MAX) {
      const problem = t("input.tooLong", { max: CELL_MAX });
      return fail({ key: "input.invalid", params: { field: t("field.text"), problem } }, "text");
    }
    writeOfficerCells(plan, grant, { notes });
    recomputeRow(ports, snapshot, grant.row);
    log(ports, person, { key: "officer.logDifficulty", params: { id: grant.id } });
    return { ok: true, tabs: snapshot.tabs };
  });
}
