import { t, type MessageKey } from "../i18n/messages";
import { STATUS_LABEL, type TaskStatus } from "../status/status";
import type { ColourRule } from "./cells";

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

type Columns = ReadonlyMap<string, number>;

/** The plan tab's rules: status colours, and the check column while it has text. */
export function planColourRules(columns: Columns): ColourRule[] {
  const statusCol = columns.get("status")!;
  const rules: ColourRule[] = [];
  for (const [status, swatch] of Object.entries(STATUS_COLOURS)) {
    rules.push({ col: statusCol, when: { textEquals: t(STATUS_LABEL[status as TaskStatus]) }, background: swatch!.background, fontColor: swatch!.fontColor });
  }
  rules.push({ col: columns.get("check")!, when: { notEmpty: true }, background: ATTENTION_COLOUR.background, fontColor: ATTENTION_COLOUR.fontColor });
  return rules;
}

/** The indicators tab's assessment colours: met green, floor amber, not met red. */
export function indicatorColourRules(columns: Columns): ColourRule[] {
  const col = columns.get("status")!;
  return [
    { col, when: { textEquals: t("indicator.met") }, background: "#b7e1cd", fontColor: "#0d652d" },
    { col, when: { textEquals: t("indicator.metFloor") }, background: "#fce8b2", fontColor: "#7a4f01" },
    { col, when: { textEquals: t("indicator.notMet") }, background: "#f4c7c3", fontColor: "#a50e0e" },
  ];
}
