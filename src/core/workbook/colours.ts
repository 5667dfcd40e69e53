import { t, type MessageKey } from "../i18n/messages";
import { STATUSES, type StatusDef, type Swatch } from "../status/statuses";
import type { ColourRule } from "./cells";

/** Rows with a problem to fix: the check column is coloured while it has text. */
export const ATTENTION_COLOUR: Swatch & { readonly meaning: MessageKey } = {
  background: "#fff2cc",
  fontColor: "#7f6000",
  meaning: "legend.attention",
};

export interface LegendLine {
  readonly label: string;
  readonly meaning: string;
  readonly background: string;
}

/**
 * The legend tab's lines: one per colour of the status list, its statuses' labels joined
 * ("Hoàn thành sớm hạn / Hoàn thành đúng hạn"), then the attention colour.
 */
export function legendLines(statuses: readonly StatusDef[] = STATUSES): LegendLine[] {
  const byMeaning = new Map<MessageKey, { background: string; labels: string[] }>();
  for (const s of statuses) {
    if (!s.swatch || !s.legend) continue;
    const line = byMeaning.get(s.legend) ?? { background: s.swatch.background, labels: [] };
    line.labels.push(t(s.label));
    byMeaning.set(s.legend, line);
  }
  const lines: LegendLine[] = [];
  for (const [meaning, { labels, background }] of byMeaning) {
    lines.push({ label: labels.join(" / "), meaning: t(meaning), background });
  }
  lines.push({ label: t("col.check"), meaning: t(ATTENTION_COLOUR.meaning), background: ATTENTION_COLOUR.background });
  return lines;
}

type Columns = ReadonlyMap<string, number>;

/** The plan tab's rules: status colours, and the check column while it has text. */
export function planColourRules(columns: Columns, statuses: readonly StatusDef[] = STATUSES): ColourRule[] {
  const statusCol = columns.get("status")!;
  const rules: ColourRule[] = [];
  for (const { label, swatch } of statuses) {
    if (!swatch) continue;
    rules.push({ col: statusCol, when: { textEquals: t(label) }, ...swatch });
  }
  rules.push({
    col: columns.get("check")!,
    when: { notEmpty: true },
    background: ATTENTION_COLOUR.background,
    fontColor: ATTENTION_COLOUR.fontColor,
  });
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
