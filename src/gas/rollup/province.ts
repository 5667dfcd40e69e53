/**
 * The roll-up's own workbook through the use cases of src/app/rollup: the list of communes, the
 * setup of its tabs, and the consolidation with the writing of its tabs, the list's status
 * column and Nhật ký. One module, so the Apps Script side names them in one place.
 */
import { consolidateAndWrite, type RollupPorts } from "../../app/rollup/consolidateAndWrite";
import { readCommuneList } from "../../app/rollup/list";
import { setupRollupWorkbook } from "../../app/rollup/settings";
import { rollupTabName } from "../../app/rollup/tabs";
import type { LocalDate } from "../../core/dates/localDate";
import { render } from "../../core/i18n/messages";
import type { CommuneReading, CommuneSource } from "../../core/rollup/model";
import type { AppPorts } from "../../ports";

/** At most this many communes not read are named in the dialog; Nhật ký and the list's status column have them all. */
const DIALOG_PROBLEMS = 8;

/** The list tab's name ("Danh sách xã"). */
export const listTab = (): string => rollupTabName("list");

/** The communes listed, in the tab's order (none when there is no list tab). */
export function listedCommunes(ports: Pick<AppPorts, "workbook">): readonly CommuneSource[] {
  return readCommuneList(ports.workbook)?.sources ?? [];
}

/** Consolidates once and writes the roll-up's tabs; the dialog's lines: the summary, then the communes not read. */
export function consolidateLines(
  ports: RollupPorts,
  readings: readonly CommuneReading[],
  today: LocalDate,
): readonly string[] {
  const outcome = consolidateAndWrite(ports, readings, today);
  const problems = outcome.result.problems.map((p) => `• ${render(p.message)}`);
  return [
    render(outcome.summary),
    ...(outcome.exported === null ? [] : [outcome.exported]),
    ...outcome.settingProblems.map((m) => `• ${render(m)}`),
    ...problems.slice(0, DIALOG_PROBLEMS),
    ...(problems.length > DIALOG_PROBLEMS ? ["…"] : []),
  ];
}

/** Makes the list tab and the roll-up's settings tab; the answer's lines. */
export function setupRollup(ports: AppPorts): readonly string[] {
  return setupRollupWorkbook(ports.workbook);
}
