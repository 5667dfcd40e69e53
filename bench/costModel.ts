/**
 * The cost model of the benchmark, in a module of its own so that the fake runtime's clock
 * (test/gas/runtime.ts, `callCostMs`), the roll-up's bench (bench/rollup.ts) and the roll-up's
 * tests move time by the same figures. bench/bench.ts still carries its own copy of the same
 * figures (it belongs to the "lean" work of issue 16); it should import them from here.
 *
 * Estimates, not measurements: Apps Script cannot run here. A call that goes to the Sheets
 * backend is taken as 50 ms, in line with Google's advice that each call is a round trip and
 * that batching is what makes scripts fast; calls that only read an object already fetched (a
 * range's row, a sheet's name), builder steps and menu items 1 ms; properties and locks 30 ms;
 * a sent e-mail 500 ms; a Drive file 1.5 s; an HTML→PDF conversion 3 s. Opening another
 * person's spreadsheet (openById/openByUrl) is taken as 1 s, an assumption (Google publishes no
 * figure): it loads another file on Google's side, far more than a call on an open one. Moving a cell
 * costs 2 µs to read and 20 µs to write. Script CPU is the Node time × 1.5.
 */
export const COST_MODEL = {
  backendCallMs: 50,
  localCallMs: 1,
  propertiesOrLockMs: 30,
  sendEmailMs: 500,
  driveFileMs: 1500,
  pdfConversionMs: 3000,
  openSpreadsheetMs: 1000,
  cellReadMs: 0.002,
  cellWriteMs: 0.02,
  cpuFactor: 1.5,
};

const LOCAL =
  /^(Range\.(getRow|getColumn|getNumRows|getNumColumns|getSheet|getA1Notation|getLastRow|getLastColumn)|Sheet\.(getName|getSheetId|getParent)|Spreadsheet\.(getUrl|getId|getName|getSpreadsheetTimeZone)|SpreadsheetApp\.(getUi|newDataValidation|newConditionalFormatRule|getActiveSpreadsheet|getActive)|Menu\.|Ui\.|DataValidationBuilder\.|ConditionalFormatRuleBuilder\.|EmbeddedChartBuilder\.|ClockTriggerBuilder\.|TriggerBuilder\.|Trigger\.|Protection\.(setDescription|getDescription|setWarningOnly)|Session\.|File\.(getId|getUrl|getName)|Logger\.)/;

/** Milliseconds one call of `name` ("Class.method") takes by the model. */
export function callCostMs(name: string): number {
  if (LOCAL.test(name)) return COST_MODEL.localCallMs;
  if (/^SpreadsheetApp\.open(ById|ByUrl)?$/.test(name)) return COST_MODEL.openSpreadsheetMs;
  if (/^(Properties|PropertiesService|Lock|LockService)\./.test(name)) return COST_MODEL.propertiesOrLockMs;
  if (name === "MailApp.sendEmail") return COST_MODEL.sendEmailMs;
  if (name === "DriveApp.createFile") return COST_MODEL.driveFileMs;
  if (name === "Utilities.newBlob") return COST_MODEL.pdfConversionMs;
  return COST_MODEL.backendCallMs;
}

/** The estimated Apps Script time of a run: its calls by name, the cells it moved, its CPU. */
export function estimateMs(
  calls: Record<string, number>,
  cellsRead: number,
  cellsWritten: number,
  nodeMs: number,
): number {
  let ms = 0;
  for (const [name, n] of Object.entries(calls)) ms += n * callCostMs(name);
  return ms + cellsRead * COST_MODEL.cellReadMs + cellsWritten * COST_MODEL.cellWriteMs + nodeMs * COST_MODEL.cpuFactor;
}
