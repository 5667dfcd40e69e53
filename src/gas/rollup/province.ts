/**
 * The roll-up's own tabs, through the functions the pure side of the roll-up provides
 * (src/app/rollup, issue 16's "rollup" work): the list of communes, and the consolidation with
 * the writing of its tabs. One module, so the Apps Script side names them in one place.
 *
 * Until that side lands, the list is read here from "Danh sách xã" (name, URL; blank rows
 * skipped) and the consolidation names the communes not read but writes no tab yet.
 */
import type { LocalDate } from "../../core/dates/localDate";
import { render } from "../../core/i18n/messages";
import { consolidate } from "../../core/rollup/consolidate";
import type { CommuneReading, CommuneSource } from "../../core/rollup/model";
import type { AppPorts } from "../../ports";

/** The list tab: one commune a row, its name and its sheet's URL. */
export const LIST_TAB = "Danh sách xã";
const LIST_HEADER = ["Tên xã", "Đường dẫn bảng tính"];

/** The communes listed, in the tab's order. */
export function listedCommunes(ports: Pick<AppPorts, "workbook">): CommuneSource[] {
  const tab = ports.workbook.sheet(LIST_TAB);
  if (!tab) return [];
  return tab
    .readValues()
    .map((row, i) => ({ row: i + 1, name: String(row[0] ?? "").trim(), url: String(row[1] ?? "").trim() }))
    .slice(1)
    .filter((s) => s.name !== "" || s.url !== "");
}

/**
 * Consolidates (core/rollup/consolidate.ts) and writes the roll-up's tabs; the answer's lines:
 * each commune not read, named with its row and why. Until the writing of the tabs lands,
 * nothing is written.
 */
export function consolidateAndWrite(
  _ports: AppPorts,
  readings: readonly CommuneReading[],
  today: LocalDate,
): readonly string[] {
  return consolidate(readings, today).problems.map((p) => `• ${render(p.message)}`);
}

/** Makes the list tab (and the roll-up's settings tab); the answer's lines. */
export function setupRollup(ports: AppPorts): readonly string[] {
  if (ports.workbook.sheet(LIST_TAB)) return [];
  ports.workbook.addSheet(LIST_TAB).writeValues(1, 1, [LIST_HEADER]);
  return [LIST_TAB];
}

/** Makes the province's report from the roll-up's tabs; the answer's lines. */
export function provinceReport(_ports: AppPorts, _today: LocalDate): readonly string[] {
  return [];
}
