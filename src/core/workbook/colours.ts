import type { MessageKey } from "../i18n/messages";
import type { TaskStatus } from "../status/status";

/**
 * The colours of the plan tab: one per status an officer must notice, and one for rows that
 * need attention. Soft backgrounds with dark text stay readable on a phone in daylight.
 */
export interface Swatch {
  readonly background: string;
  readonly fontColor: string;
  readonly meaning: MessageKey;
}

export const STATUS_COLOURS: Partial<Record<TaskStatus, Swatch>> = {
  overdue: { background: "#f4c7c3", fontColor: "#a50e0e", meaning: "legend.overdue" },
  dueSoon: { background: "#fce8b2", fontColor: "#7a4f01", meaning: "legend.dueSoon" },
  doneEarly: { background: "#b7e1cd", fontColor: "#0d652d", meaning: "legend.done" },
  doneOnTime: { background: "#b7e1cd", fontColor: "#0d652d", meaning: "legend.done" },
  doneLate: { background: "#f9cb9c", fontColor: "#783f04", meaning: "legend.doneLate" },
};

/** Rows with a problem to fix: the check column is coloured while it has text. */
export const ATTENTION_COLOUR: Swatch = { background: "#fff2cc", fontColor: "#7f6000", meaning: "legend.attention" };
