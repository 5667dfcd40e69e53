import { importTableInto, sheetToImport, type ImportOutcome } from "../app/commands/importPlan";
import { setup } from "../app/commands/setup";
import { checkSummary } from "../app/read/checkSummary";
import { testDigest, turnOff, turnOn } from "../app/commands/reminders";
import { askedPeriod, generateReport, monthOf, type ReportOutcome } from "../app/commands/generateReport";
import { mailReport, recipientsToConfirm } from "../app/commands/sendReport";
import { refreshAll } from "../app/commands/refresh";
import { render, t, type Message } from "../core/i18n/messages";
import { UserError } from "../core/errors";
import { readTextTable } from "../core/plan/readers/textTable";
import { SAMPLE_PLAN_TEXT } from "../core/plan/samplePlan";
import { writeLog } from "../app/write/log";
import { fixLocale, localeWarnings } from "./locale";
import { documentLock, gasPorts, type GasPorts } from "./ports";
import { editorUi } from "./guard";
import { linkPorts, reminderPorts, rowLinker } from "./reminders";
import { rememberContainer } from "./container";

/** At most this many detail lines in a dialog; the log tab has them all. */
const DIALOG_DETAILS = 8;

function alert(title: string, lines: readonly string[]): void {
  const ui = editorUi();
  ui.alert(title, lines.join("\n"), ui.ButtonSet.OK);
}

/**
 * Runs a menu action under the document lock and answers in a dialog. A plan that cannot be
 * read, or a busy sheet, gets a Vietnamese message; anything else is logged with its stack
 * (for the execution log) and reported without losing data.
 */
function runAction(title: string, action: (ports: GasPorts) => string[], given?: GasPorts): void {
  const ports = given ?? gasPorts();
  try {
    const lines = documentLock().withLock(() => action(ports));
    alert(title, lines ?? [t("error.busy")]);
  } catch (error) {
    if (error instanceof UserError) {
      alert(title, [render(error.detail)]);
      return;
    }
    console.error(error);
    alert(title, [t("error.unexpected", { message: String((error as Error).message ?? error) })]);
  }
}

function outcomeLines(outcome: ImportOutcome): string[] {
  const details: Message[] = [...outcome.conflicts, ...outcome.missing, ...outcome.warnings];
  const lines = [render(outcome.summary), ...details.slice(0, DIALOG_DETAILS).map((m) => `• ${render(m)}`)];
  if (details.length > 0) lines.push(t("import.seeLog", { tab: t("tab.log") }));
  return lines;
}

/** Warnings about the spreadsheet's locale and zone, as dialog lines: the action's spreadsheet and zone, not asked again. */
const localeLines = ({ workbook }: GasPorts): string[] =>
  localeWarnings(workbook.spreadsheet, workbook.sheetZone).map((m) => render(m));

export function menuRefresh(): void {
  runAction(t("menu.refresh"), (ports) => [render(refreshAll(ports).summary), ...localeLines(ports)]);
}

export function menuCheck(): void {
  runAction(t("menu.check"), (ports) => [
    ...checkSummary(refreshAll(ports, ports.clock.today(), t("log.check")), DIALOG_DETAILS),
    ...localeLines(ports),
  ]);
}

/** Setup and import set the spreadsheet's locale and zone first, so what is read next is read right. */
const fixLocaleLines = (ports: GasPorts): string[] => {
  const messages = fixLocale(ports.workbook.spreadsheet);
  if (messages.length) writeLog(ports, t("log.setup"), messages);
  return messages.map((m) => render(m));
};

/**
 * "Tạo báo cáo": asks for the period (empty: this month), makes the report tab and the PDF in
 * Drive, shows the links, then asks whether to e-mail the PDF when app/commands/sendReport says to ask.
 */
export function menuReport(): void {
  const ui = editorUi();
  const ports = gasPorts();
  const today = ports.clock.today();
  const answer = ui.prompt(t("menu.report"), t("report.ask", { default: monthOf(today) }), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const period = askedPeriod(answer.getResponseText(), today);
  let outcome: ReportOutcome | null = null;
  runAction(
    t("menu.report"),
    (p) => {
      outcome = generateReport(p, period, today);
      return [...outcome.lines];
    },
    ports,
  );
  const made = outcome as ReportOutcome | null;
  if (!made) return;
  const ask = recipientsToConfirm(ports);
  const question = ask && t("report.sendAsk", { to: ask.join(", ") });
  if (question && ui.alert(t("menu.report"), question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  runAction(t("menu.report"), (p) => [render(mailReport(p, made))], ports);
}

export function menuRemindersOn(): void {
  runAction(t("menu.remindersOn"), (ports) => [turnOn(reminderPorts(ports))]);
}

export function menuRemindersOff(): void {
  runAction(t("menu.remindersOff"), (ports) => [turnOff(reminderPorts(ports))]);
}

export function menuTestDigest(): void {
  rememberContainer(SpreadsheetApp.getActiveSpreadsheet()); // the test e-mail's link opens this sheet's page
  runAction(t("menu.testDigest"), (ports) => [testDigest({ ...ports, ...linkPorts() }, rowLinker())]);
}

export function menuSetup(): void {
  runAction(t("menu.setup"), (ports) => [...fixLocaleLines(ports), ...setup(ports).messages.map((m) => render(m))]);
}

export function menuImportFromSheet(): void {
  runAction(t("menu.importFromSheet"), (ports) => {
    const source = sheetToImport(ports.workbook.activeSheet());
    if ("refused" in source) return [render(source.refused)];
    const locale = fixLocaleLines(ports);
    const { outcome } = importTableInto(ports, source.table);
    return [...locale, ...outcomeLines(outcome)];
  });
}

export function menuImportSamplePlan(): void {
  runAction(t("menu.importDefault"), (ports) => {
    const locale = fixLocaleLines(ports);
    const { outcome } = importTableInto(ports, readTextTable(SAMPLE_PLAN_TEXT));
    return [...locale, ...outcomeLines(outcome)];
  });
}
