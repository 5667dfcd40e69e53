/**
 * The task statuses, in one ordered list: the order is the one the report, the CLI and every
 * count use. Each entry holds its label, its colour on the plan tab (or none), the legend line
 * that colour gets, and what it counts as. Adding a status is adding one entry here.
 */
import type { MessageKey } from "../i18n/messages";

/** A colour of the plan tab: soft background, dark text, readable on a phone in daylight. */
export interface Swatch {
  readonly background: string;
  readonly fontColor: string;
}

export interface StatusDef {
  readonly key: string;
  readonly label: MessageKey;
  /** The status cell's colour, or null: the status is left uncoloured. */
  readonly swatch: Swatch | null;
  /** The legend's line for that colour (statuses sharing a colour share the line). */
  readonly legend: MessageKey | null;
  /** Counts as done. */
  readonly done: boolean;
  /** Counts as late: past its due date (overdue), or done after it. */
  readonly late: boolean;
  /** Counts as in hand ("Đang thực hiện"): not done, not late, not due soon. */
  readonly open: boolean;
}

const RED: Swatch = { background: "#f4c7c3", fontColor: "#a50e0e" };
const AMBER: Swatch = { background: "#fce8b2", fontColor: "#7a4f01" };
const GREEN: Swatch = { background: "#b7e1cd", fontColor: "#0d652d" };
const ORANGE: Swatch = { background: "#f9cb9c", fontColor: "#783f04" };

export const STATUSES = [
  {
    key: "overdue",
    label: "status.overdue",
    swatch: RED,
    legend: "legend.overdue",
    done: false,
    late: true,
    open: false,
  },
  {
    key: "dueSoon",
    label: "status.dueSoon",
    swatch: AMBER,
    legend: "legend.dueSoon",
    done: false,
    late: false,
    open: false,
  },
  { key: "onTrack", label: "status.onTrack", swatch: null, legend: null, done: false, late: false, open: true },
  {
    key: "doneEarly",
    label: "status.doneEarly",
    swatch: GREEN,
    legend: "legend.done",
    done: true,
    late: false,
    open: false,
  },
  {
    key: "doneOnTime",
    label: "status.doneOnTime",
    swatch: GREEN,
    legend: "legend.done",
    done: true,
    late: false,
    open: false,
  },
  {
    key: "doneLate",
    label: "status.doneLate",
    swatch: ORANGE,
    legend: "legend.doneLate",
    done: true,
    late: true,
    open: false,
  },
  { key: "continuous", label: "status.continuous", swatch: null, legend: null, done: false, late: false, open: true },
  {
    key: "waitingEvent",
    label: "status.waitingEvent",
    swatch: null,
    legend: null,
    done: false,
    late: false,
    open: true,
  },
  { key: "noDeadline", label: "status.noDeadline", swatch: null, legend: null, done: false, late: false, open: true },
] as const satisfies readonly StatusDef[];

/** Where a task, or one occurrence of it, stands on a given day. */
export type TaskStatus = (typeof STATUSES)[number]["key"];

/** Each status's entry, by key. */
export const STATUS = Object.fromEntries(STATUSES.map((s) => [s.key, s])) as Readonly<Record<TaskStatus, StatusDef>>;

/** The label's message key of a status ("status.overdue"). */
export const statusLabel = (status: TaskStatus): MessageKey => STATUS[status].label;
export const isDone = (status: TaskStatus): boolean => STATUS[status].done;

/** A count per status, every status at 0 first, in the list's order. */
export function countStatuses(
  statuses: Iterable<TaskStatus>,
  list: readonly StatusDef[] = STATUSES,
): Record<TaskStatus, number> {
  const counts = Object.fromEntries(list.map((s) => [s.key, 0])) as Record<TaskStatus, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}
