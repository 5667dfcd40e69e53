/**
 * The roll-up's menu and its continuation trigger: ports built, the use case called, the answer
 * shown (a dialog for a click, the execution log for a trigger). No business rule here.
 */
import { CONTINUE_AFTER_MS, updateRollup, type UpdateOutcome } from "../../app/rollup/update";
import { render, t } from "../../core/i18n/messages";
import { UserError } from "../../core/errors";
import type { AppPorts } from "../../ports";
import { startedByTrigger } from "../guard";
import { gasPorts, scriptLock } from "../ports";
import { DocumentStore } from "../sheetsWorkbook";
import { SheetsCommunes } from "./communes";
import { ScriptContinuation } from "./continuation";
import { consolidateLines, listedCommunes, listTab, setupRollup } from "./province";
import { SheetStage } from "./stage";
import { GasWarehouse } from "../warehouse";
import { DriveDocuments } from "../services";
import { rollupTabName } from "../../app/rollup/tabs";

/**
 * How long a click waits for the script lock: a run holding it lasts minutes, so the click is
 * told at once rather than queued behind it (developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis).
 */
const CLICK_WAIT_MS = 1000;

function alert(title: string, lines: readonly string[]): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, lines.join("\n"), ui.ButtonSet.OK);
}

/** One run of "Cập nhật tổng hợp", started by a click or by the continuation trigger. */
function runUpdate(): UpdateOutcome {
  const started = Date.now(); // the run's own clock: Apps Script counts its 6 minutes from the start
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const ports = gasPorts(spreadsheet);
  return updateRollup({
    clock: ports.clock,
    lock: scriptLock(CLICK_WAIT_MS),
    store: new DocumentStore(),
    communes: new SheetsCommunes(),
    stage: new SheetStage(spreadsheet),
    continuation: new ScriptContinuation(),
    timer: { elapsedMs: () => Date.now() - started },
    listed: () => listedCommunes(ports),
    finish: (readings, today) =>
      consolidateLines(
        { ...ports, warehouse: new GasWarehouse(), documents: new DriveDocuments(new DocumentStore()) },
        readings,
        today,
      ),
    progress: (read, total) => spreadsheet.toast(t("rollup.update.progress", { read, total }), t("rollup.menu.title")),
  });
}

/** What an outcome says to the person who clicked. */
export function outcomeLines(outcome: UpdateOutcome): string[] {
  switch (outcome.kind) {
    case "busy":
      return [t("rollup.update.busy")];
    case "empty":
      return [t("rollup.update.empty", { tab: listTab() })];
    case "paused":
      return [
        t("rollup.update.paused", {
          read: outcome.read,
          total: outcome.total,
          runs: outcome.runs,
          minutes: Math.ceil(CONTINUE_AFTER_MS / 60_000),
        }),
      ];
    case "done":
      return [
        t("rollup.update.done", {
          total: outcome.total,
          runs: outcome.runs,
          ok: outcome.total - outcome.failed,
          failed: outcome.failed,
        }),
        ...outcome.lines,
      ];
  }
}

/** Reports an exception to the person who clicked; the continuation trigger, left in place, resumes the work. */
function reportError(title: string, error: unknown): void {
  if (error instanceof UserError) return alert(title, [render(error.detail)]);
  console.error(error);
  alert(title, [t("error.unexpected", { message: String((error as Error).message ?? error) })]);
}

/** A click's run of the update; `then` runs when the roll-up was consolidated by it. */
function clickUpdate(title: string, then?: () => void): void {
  try {
    const outcome = runUpdate();
    if (outcome.kind === "done") then?.();
    alert(title, outcomeLines(outcome));
  } catch (error) {
    reportError(title, error);
  }
}

export function menuRollupUpdate(): void {
  clickUpdate(t("rollup.menu.update"));
}

/**
 * "Tạo báo cáo tỉnh": the province's report is written, with every other tab, by the run that
 * consolidates; this reads the communes as the update does and opens the report's tab once it is
 * made. With many communes the report is ready when the continuation's last run ends.
 */
export function menuRollupReport(): void {
  clickUpdate(t("rollup.menu.report"), () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tab = spreadsheet.getSheetByName(rollupTabName("report"));
    if (tab) spreadsheet.setActiveSheet(tab);
  });
}

/**
 * The continuation trigger's run. Only a trigger of this project may start it (guard.ts: a page's
 * google.script.run could call it too). No dialog: a time-driven run has no user in front of it;
 * an exception goes to the execution log, and the trigger the run made first resumes later.
 */
export function rollupContinue(e?: unknown): void {
  if (!startedByTrigger(e)) return;
  try {
    const outcome = runUpdate();
    console.log(outcomeLines(outcome).join("\n"));
  } catch (error) {
    console.error(error);
  }
}

/** The roll-up's other actions: under the script lock too, so none writes while a run does. */
function runLocked(title: string, action: (ports: AppPorts) => readonly string[]): void {
  const ports = gasPorts();
  try {
    const lines = scriptLock(CLICK_WAIT_MS).withLock(() => action(ports));
    alert(title, lines ? [...lines] : [t("rollup.update.busy")]);
  } catch (error) {
    reportError(title, error);
  }
}

export function menuRollupSetup(): void {
  runLocked(t("rollup.menu.setup"), (ports) => setupRollup(ports));
}

export function menuRollupHelp(): void {
  alert(t("rollup.menu.help"), [t("rollup.help", { list: listTab() })]);
}
