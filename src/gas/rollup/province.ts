/**
 * The roll-up's own workbook through the use cases of src/app/rollup: the list of communes, the
 * setup of its tabs, and the consolidation with the writing of its tabs, the list's status
 * column and Nhật ký. One module, so the Apps Script side names them in one place.
 */
import { consolidateAndWrite, type RollupOutcome, type RollupPorts } from "../../app/rollup/consolidateAndWrite";
import { UserError } from "../../core/errors";
import { readCommuneList } from "../../app/rollup/list";
import { setupRollupWorkbook } from "../../app/rollup/settings";
import { rollupTabName } from "../../app/rollup/tabs";
import type { LocalDate } from "../../core/dates/localDate";
import { render, t } from "../../core/i18n/messages";
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
  ports: RollupPorts & Pick<AppPorts, "documents">,
  readings: readonly CommuneReading[],
  today: LocalDate,
): readonly string[] {
  const outcome = consolidateAndWrite(ports, readings, today);
  const problems = outcome.result.problems.map((p) => `• ${render(p.message)}`);
  return [
    render(outcome.summary),
    savePdf(ports, outcome),
    ...(outcome.exported === null ? [] : [outcome.exported]),
    ...outcome.settingProblems.map((m) => `• ${render(m)}`),
    ...problems.slice(0, DIALOG_PROBLEMS),
    ...(problems.length > DIALOG_PROBLEMS ? ["…"] : []),
  ];
}

/**
 * The province's report as a PDF in Drive, the same document as the "Báo cáo tỉnh" tab and the
 * command line's HTML; a roll-up made again for the same period replaces its file. A PDF that
 * cannot be made is said, and the roll-up stands: its tabs are written already.
 */
function savePdf(ports: Pick<AppPorts, "documents">, outcome: RollupOutcome): string {
  const { result } = outcome;
  const name = t("rollupReport.fileName", { period: result.duePeriod });
  try {
    const file = ports.documents.savePdf(name, outcome.html, `rollup.report.pdf.${result.duePeriod}`);
    return file ? t("rollupReport.pdfSaved", { url: file.url }) : t("rollupReport.pdfNotKept");
  } catch (error) {
    const reason = error instanceof UserError ? render(error.detail) : String((error as Error).message ?? error);
    return t("rollupReport.pdfFailed", { reason });
  }
}

/** Makes the list tab and the roll-up's settings tab; the answer's lines. */
export function setupRollup(ports: AppPorts): readonly string[] {
  return setupRollupWorkbook(ports.workbook);
}
