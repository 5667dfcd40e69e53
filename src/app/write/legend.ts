import { t, type MessageKey } from "../../core/i18n/messages";
import { STATUS_LABEL, type TaskStatus } from "../../core/status/status";
import { ATTENTION_COLOUR, STATUS_COLOURS } from "../../core/workbook/colours";
import { LEGEND_TAB } from "../../core/workbook/layout";
import type { WorkbookPort } from "../../ports";
import { openTab } from "./structure";
import { writeBackgrounds, writeColumns } from "./writer";

/** Rewrites the legend tab: a swatch and its meaning per colour. */
export function writeLegend(workbook: WorkbookPort): void {
  const legend = openTab(workbook, LEGEND_TAB, false);
  // Statuses that share a colour share a legend line: "Hoàn thành sớm hạn / Hoàn thành đúng hạn".
  const byMeaning = new Map<string, { background: string; meaning: string; labels: string[] }>();
  for (const [status, s] of Object.entries(STATUS_COLOURS)) {
    const line = byMeaning.get(s!.meaning) ?? { background: s!.background, meaning: s!.meaning, labels: [] };
    line.labels.push(t(STATUS_LABEL[status as TaskStatus]));
    byMeaning.set(s!.meaning, line);
  }
  const swatches = [...byMeaning.values()].map((l) => ({ background: l.background, meaning: l.meaning as MessageKey, label: l.labels.join(" / ") }));
  const lines = [
    ...swatches.map((s) => ({ label: s.label, meaning: t(s.meaning), background: s.background })),
    { label: t("col.check"), meaning: t(ATTENTION_COLOUR.meaning), background: ATTENTION_COLOUR.background },
  ];
  writeColumns(legend, ["colour", "meaning"], 2, lines.length, (i, key) => (key === "colour" ? lines[i].label : lines[i].meaning));
  writeBackgrounds(legend, 2, legend.columns.get("colour")!, lines.map((l) => [l.background, "#ffffff"]));
}
