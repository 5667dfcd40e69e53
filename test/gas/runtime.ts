/**
 * A faithful stand-in for the Apps Script runtime: the services as globals, every call
 * counted, and the built bundle (dist/gas/Code.js) loaded into a fresh `vm` context as a
 * classic script, where code generation from strings is refused as Apps Script may refuse it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { counted, ServiceCalls } from "./counter";
import {
  FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, FakeSpreadsheet,
} from "./spreadsheet";
import {
  FakeDriveApp, FakeLockService, FakeMailApp, FakePropertiesService, FakeScriptApp, FakeSession, FakeUi, FakeUtilities,
} from "./services";

/** The built bundle, beside the sources (tests) or under the working directory (the benchmark). */
export const BUNDLE = existsSync(join(__dirname, "..", "..", "dist", "gas", "Code.js"))
  ? join(__dirname, "..", "..", "dist", "gas", "Code.js")
  : join(process.cwd(), "dist", "gas", "Code.js");

export interface Runtime {
  readonly calls: ServiceCalls;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly mail: FakeMailApp;
  readonly scriptApp: FakeScriptApp;
  readonly properties: FakePropertiesService;
  readonly locks: FakeLockService;
  readonly session: FakeSession;
  readonly drive: FakeDriveApp;
  readonly logs: unknown[][];
  readonly globals: Record<string, unknown>;
}

/** A Date whose "now" is fixed, so a test decides what day it is in Apps Script. */
export function fixedDate(now: Date): DateConstructor {
  const Real = Date;
  const Fixed = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new Real(now.getTime()).toString();
    return args.length === 0 ? new Real(now.getTime()) : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(Fixed, Real);
  (Fixed as unknown as { prototype: Date }).prototype = Real.prototype;
  (Fixed as unknown as { now: () => number }).now = () => now.getTime();
  return Fixed;
}

export function createRuntime(options: { timeZone?: string; now?: Date } = {}): Runtime {
  const calls = new ServiceCalls();
  const spreadsheet = new FakeSpreadsheet(calls, options.timeZone);
  const ui = new FakeUi(calls);
  const mail = new FakeMailApp();
  const scriptApp = new FakeScriptApp(calls);
  const properties = new FakePropertiesService(calls);
  const locks = new FakeLockService(calls);
  const session = new FakeSession();
  const utilities = new FakeUtilities();
  const drive = new FakeDriveApp(calls);
  const logs: unknown[][] = [];

  const spreadsheetApp = {
    getActiveSpreadsheet: () => spreadsheet.proxy,
    getActive: () => spreadsheet.proxy,
    getUi: () => counted(ui, "Ui", calls),
    newDataValidation: () => counted(new FakeDataValidationBuilder(), "DataValidationBuilder", calls),
    newConditionalFormatRule: () => counted(new FakeConditionalFormatRuleBuilder(), "ConditionalFormatRuleBuilder", calls),
    flush: () => undefined,
    ProtectionType: { RANGE: "RANGE", SHEET: "SHEET" },
    BooleanCriteria: { TEXT_EQUAL_TO: "TEXT_EQUAL_TO", CELL_NOT_EMPTY: "CELL_NOT_EMPTY", TEXT_CONTAINS: "TEXT_CONTAINS", CUSTOM_FORMULA: "CUSTOM_FORMULA" },
    DataValidationCriteria: {
      VALUE_IN_LIST: "VALUE_IN_LIST", DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE", TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
      TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL", NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    },
  };
  const recordingConsole = {
    log: (...a: unknown[]) => logs.push(a),
    info: (...a: unknown[]) => logs.push(a),
    warn: (...a: unknown[]) => logs.push(a),
    error: (...a: unknown[]) => logs.push(a),
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: counted(spreadsheetApp, "SpreadsheetApp", calls),
    MailApp: counted(mail, "MailApp", calls),
    ScriptApp: counted(scriptApp, "ScriptApp", calls),
    PropertiesService: counted(properties, "PropertiesService", calls),
    LockService: counted(locks, "LockService", calls),
    Utilities: counted(utilities, "Utilities", calls),
    Session: counted(session, "Session", calls),
    DriveApp: counted(drive, "DriveApp", calls),
    Logger: counted({ log: (...a: unknown[]) => logs.push(a) }, "Logger", calls),
    Charts: { ChartType: { BAR: "BAR", COLUMN: "COLUMN", LINE: "LINE" } },
    console: recordingConsole,
  };
  if (options.now) globals.Date = fixedDate(options.now);
  return { calls, spreadsheet, ui, mail, scriptApp, properties, locks, session, drive, logs, globals };
}

/** The bundle loaded as Apps Script loads it; returns the context's global object. */
export function loadBundle(runtime: Runtime, code = readFileSync(BUNDLE, "utf8")): Record<string, unknown> {
  // Dates cross between the fakes and the bundle, so both use the host's Date, as they share
  // one realm in Apps Script.
  const context = vm.createContext({ Date, ...runtime.globals }, { codeGeneration: { strings: false, wasm: false } });
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  return context as Record<string, unknown>;
}
