/**
 * A faithful stand-in for the Apps Script runtime: the services as globals, every call
 * counted, and the built bundle (dist/gas/Code.js) loaded into a fresh `vm` context as a
 * classic script, where code generation from strings is refused as Apps Script may refuse it.
 * As strict as Google where the product could trip: the manifest's scopes on every call, the
 * authorization mode and time limit of each kind of run, a clock that moves while a lock is
 * awaited, triggers per user, the properties quotas, opaque PDFs, and typed values parsed by
 * the spreadsheet's locale (spreadsheet.ts, typing.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { counted, ForeignCalls, ServiceCalls } from "./counter";
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, FakeSpreadsheet } from "./spreadsheet";
import { allowedIn, foreignScopes, permissionError, scopesFor, type AuthMode } from "./scopes";
import { FakeHtmlService, isHtmlOutput } from "./html";
import { FakeBigQuery } from "./bigquery";
import {
  FakeDriveApp,
  FakeDriveFiles,
  FakeLockService,
  FakeMailApp,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUi,
  FakeUtilities,
} from "./services";

/** The built bundle, beside the sources (tests) or under the working directory (the benchmark). */
export const BUNDLE = existsSync(join(__dirname, "..", "..", "dist", "gas", "Code.js"))
  ? join(__dirname, "..", "..", "dist", "gas", "Code.js")
  : join(process.cwd(), "dist", "gas", "Code.js");

/** The province's roll-up bundle (its own deployable: dist/rollup). */
export const ROLLUP_BUNDLE = join(dirname(BUNDLE), "..", "rollup", "Code.js");

/** A run of the script: how it was started decides what it may do and for how long. */
export interface Execution {
  /**
   * "menu" (a click, FULL), "simple" (onOpen/onEdit, LIMITED), "trigger" (installable, FULL, no
   * UI), "addonNone" (onOpen before the add-on is used in the document), "webapp" (doGet: a
   * visit to the web app's URL, or a call from its page's google.script.run: FULL as the manifest's
   * executeAs says, no UI, no active spreadsheet), "sidebar" (a call from the sidebar's
   * google.script.run: FULL, as the editor who opened it, with the editor's Ui and spreadsheet).
   *
   * developers.google.com/apps-script/guides/bound, "Special methods": getActiveSpreadsheet and
   * getUi "are only available to bound scripts run from the script editor, menu items, dialogs,
   * sidebars, or triggers. When a bound script is run as a web app or via the Apps Script API,
   * these methods are not available." google.script.run runs the server function in the context
   * of the page that called it (developers.google.com/apps-script/guides/html/communication), so
   * a sidebar's call is the editor's and a web page's call is the web app's.
   */
  readonly kind: "menu" | "simple" | "trigger" | "addonNone" | "webapp" | "sidebar";
  readonly authMode: AuthMode;
  readonly started: number;
  readonly budgetMs: number;
  killed: boolean;
}

/**
 * How long a run may take: 30 s for a simple trigger, 6 minutes otherwise
 * (developers.google.com/apps-script/guides/triggers#restrictions;
 * developers.google.com/apps-script/guides/services/quotas: "Script runtime 6 min / execution").
 */
const BUDGET_MS = {
  menu: 6 * 60_000,
  trigger: 6 * 60_000,
  webapp: 6 * 60_000,
  sidebar: 6 * 60_000,
  simple: 30_000,
  addonNone: 30_000,
} as const;
const MODE = {
  menu: "FULL",
  trigger: "FULL",
  webapp: "FULL",
  sidebar: "FULL",
  simple: "LIMITED",
  addonNone: "NONE",
} as const;

/**
 * The manifest's web app section (developers.google.com/apps-script/manifest/web-app-api-executable):
 * executeAs USER_DEPLOYING runs as "the user who deployed it", USER_ACCESSING as "the user
 * accessing it"; access MYSELF, DOMAIN, ANYONE ("any user who is logged in") or
 * ANYONE_ANONYMOUS ("any user, even if not logged in").
 */
export interface WebAppManifest {
  executeAs: "USER_DEPLOYING" | "USER_ACCESSING";
  access: "MYSELF" | "DOMAIN" | "ANYONE" | "ANYONE_ANONYMOUS";
}

/** The runtime's clock: it moves only when the script waits (locks, sleep) or a test says so. */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

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
  readonly html: FakeHtmlService;
  /** The BigQuery advanced service's store (its global exists only when the manifest enables it). */
  readonly bigquery: FakeBigQuery;
  readonly logs: unknown[][];
  /** What console.error printed: a test fails on any it did not expect (see strict.ts). */
  readonly errors: unknown[][];
  readonly globals: Record<string, unknown>;
  readonly clock: Clock;
  /** The manifest's oauthScopes: every call outside them throws, as in Apps Script. */
  readonly scopes: Set<string>;
  /** The run in progress (a test's direct calls run as a menu click). */
  execution: Execution;
  /** The loaded bundle's globals (set by loadBundle). */
  bundle: Record<string, unknown> | null;
  /**
   * Runs a global of the bundle as Apps Script would start it: a simple trigger in
   * AuthMode.LIMITED within 30 s, a time-driven trigger without UI, a menu click in FULL. Returns
   * what the function returned; a run killed for time throws as Apps Script does.
   */
  run(name: string, as: Execution["kind"], ...args: unknown[]): unknown;
  /**
   * A time-driven trigger of the current user fires: `handler` runs as a "trigger" run with the
   * event object Apps Script passes (developers.google.com/apps-script/guides/triggers/events,
   * "Time-driven events": authMode, the date fields, and triggerUid, "ID of trigger that produced
   * this event"). The user's trigger for `handler` is used; when the test turned none on, one is
   * recorded first, as if reminders had been turned on before the test.
   */
  fire(handler: string): unknown;
  /**
   * The current user's one-time trigger for `handler` (made with after(ms)) fires: the clock
   * moves to its due time if it is not there yet, and `handler` runs as a "trigger" run with
   * the trigger's id. A one-time trigger fires once; it stays among the project's triggers until
   * the script deletes it (inferred: Google documents no automatic removal, and users report
   * used one-time triggers piling up toward the 20-a-user limit). Throws when there is none.
   */
  fireDue(handler: string): unknown;
  /**
   * Another spreadsheet in Drive, shared with the given users (the runtime's user by default):
   * SpreadsheetApp.openById/openByUrl open it only for them, and each call on it is checked as
   * a call on another file (scopes.ts, foreignScopes). Returns it to fill its tabs.
   */
  addSpreadsheet(id: string, options?: { name?: string; sharedWith?: readonly string[] }): FakeSpreadsheet;
  /** The ids of the other spreadsheets the script opened, in order (a test helper, not a service). */
  readonly opened: string[];
  /** Errors matching this are expected by the test (console.error and unexpected-error dialogs). */
  allowErrors(pattern: RegExp): void;
  readonly allowedErrors: RegExp[];
}

/** A Date whose "now" is the runtime's clock, so a test decides what time it is in Apps Script. */
export function clockedDate(clock: Clock): DateConstructor {
  const Real = Date;
  const Clocked = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new Real(clock.now()).toString();
    return args.length === 0 ? new Real(clock.now()) : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(Clocked, Real);
  (Clocked as unknown as { prototype: Date }).prototype = Real.prototype;
  (Clocked as unknown as { now: () => number }).now = () => clock.now();
  return Clocked;
}

/** A Date whose "now" is fixed. */
export function fixedDate(now: Date): DateConstructor {
  return clockedDate({ now: () => now.getTime(), advance: () => undefined });
}

/** Where the product is deployed from: dist/gas, dist/addon, dist/rollup, dist/rollup-bigquery. */
export type Deployment = "bound" | "addon" | "rollup" | "rollup-bigquery";

/** The manifest a deployment ships with: dist/gas (bound to the sheet), dist/addon (Editor add-on), the roll-up's. */
export function manifest(deployment: Deployment = "bound"): {
  oauthScopes?: string[];
  webapp?: WebAppManifest;
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
} {
  return JSON.parse(
    readFileSync(join(dirname(BUNDLE), "..", deployment === "bound" ? "gas" : deployment, "appsscript.json"), "utf8"),
  );
}

/** Every runtime a test made, for the checks after each test (strict.ts). */
export const liveRuntimes = new Set<Runtime>();

export interface RuntimeOptions {
  /** Where createHtmlOutputFromFile finds the project's .html files (default: dist/gas, beside Code.js). */
  htmlDir?: string;
  /**
   * The manifest's webapp section this deployment is made with, in place of the manifest's own
   * (which has none until the officers' page is served: see README, "Web page for officers").
   */
  webapp?: WebAppManifest;
  timeZone?: string;
  locale?: string;
  now?: Date;
  /** Scopes granted instead of the manifest's. */
  scopes?: readonly string[];
  /** Milliseconds each service call takes on the clock (0: calls are free; the benchmark has its own model). */
  msPerCall?: number;
  /** Or the milliseconds of each call by its name (the benchmark's cost model, bench/costModel.ts). */
  callCostMs?: (call: string) => number;
  /**
   * "addon": installed from the Marketplace, with dist/addon's manifest. Its time-driven runs
   * have no active spreadsheet (no document is open; inferred from the add-on lifecycle page,
   * developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
   */
  deployment?: Deployment;
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const calls = new ServiceCalls();
  let now = (options.now ?? new Date()).getTime();
  const clock: Clock = {
    now: () => now,
    advance: (ms) => {
      now += Math.max(0, ms);
    },
  };
  const spreadsheet = new FakeSpreadsheet(calls, options.timeZone, undefined, options.locale);
  const ui = new FakeUi(calls);
  const mail = new FakeMailApp();
  const session = new FakeSession(
    () => runtime.execution.authMode,
    () => runtime.execution.kind === "webapp" && spec.webapp?.executeAs === "USER_DEPLOYING",
  );
  const scriptApp = new FakeScriptApp(
    calls,
    () => session.activeUser,
    () => spreadsheet.getId(),
    () => clock.now(),
  );
  const properties = new FakePropertiesService(calls);
  const locks = new FakeLockService(calls, clock);
  const utilities = new FakeUtilities(clock);
  const drive = new FakeDriveApp(calls);
  const html = new FakeHtmlService(calls, options.htmlDir ?? dirname(BUNDLE));
  const bigquery = new FakeBigQuery();
  const logs: unknown[][] = [];
  const errors: unknown[][] = [];
  const deployment = options.deployment ?? "bound";
  const spec = options.webapp ? { ...manifest(deployment), webapp: options.webapp } : manifest(deployment);
  const scopes = new Set(options.scopes ?? spec.oauthScopes ?? []);
  const msPerCall = options.msPerCall ?? 0;
  const costOf = options.callCostMs ?? (() => msPerCall);

  // Other people's spreadsheets, by id, with whom each is shared.
  const others = new Map<string, { spreadsheet: FakeSpreadsheet; sharedWith: readonly string[] }>();
  /**
   * openById/openByUrl of a spreadsheet that is not the script's own. Google's reference pages
   * print no message for these failures; the fake throws the ones users report in their logs: a
   * file that does not exist (or was deleted) "Unexpected error while getting the method or
   * property openById on object SpreadsheetApp." (the message the commune bundle's fake already
   * throws for any other id), one that exists but is not shared with the user "You do not have
   * permission to access the requested document." (users' reports, e.g.
   * viralsfire.com/post/google-apps-script-add-on-google-run-script-runs-as and the trigger
   * e-mails quoted at www.zidooka.com/
   * fixing-the-you-do-not-have-access-to-the-requested-document-error-in-google-apps-script-trigger-emails).
   * Apps Script words its exceptions in the user's language, so the product must not rely on
   * the English text alone (src/gas/rollup/communes.ts).
   */
  const opened: string[] = [];
  const openOther = (id: string, method: string) => {
    if (id === spreadsheet.getId()) return spreadsheet.proxy;
    opened.push(id);
    const file = others.get(id);
    if (!file)
      throw new Error(
        `Exception: Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    if (!file.sharedWith.includes(session.effectiveUser))
      throw new Error("Exception: You do not have permission to access the requested document.");
    return file.spreadsheet.proxy;
  };

  // No container outside the editor's contexts: an add-on's time-driven run (no document is
  // open), and a web app's run ("these methods are not available": guides/bound, above).
  const active = () =>
    runtime.execution.kind === "webapp" || (deployment === "addon" && runtime.execution.kind === "trigger")
      ? null
      : spreadsheet.proxy;
  const spreadsheetApp = {
    getActiveSpreadsheet: active,
    getActive: active,
    getUi: () => counted(ui, "Ui", calls),
    newDataValidation: () => counted(new FakeDataValidationBuilder(), "DataValidationBuilder", calls),
    newConditionalFormatRule: () =>
      counted(new FakeConditionalFormatRuleBuilder(), "ConditionalFormatRuleBuilder", calls),
    openById: (id: string) => openOther(String(id), "openById"),
    /**
     * openByUrl takes a spreadsheet's URL (developers.google.com/apps-script/reference/spreadsheet/
     * spreadsheet-app#openbyurlurl); anything else is refused as an invalid argument, the form
     * Apps Script gives every argument it cannot take (e.g. "Exception: Invalid argument: userInterface").
     */
    openByUrl: (url: string) => {
      const id = /\/spreadsheets\/d\/([\w-]+)/.exec(String(url))?.[1];
      if (!id) throw new Error("Exception: Invalid argument: url");
      return openOther(id, "openByUrl");
    },
    flush: () => undefined,
    ProtectionType: { RANGE: "RANGE", SHEET: "SHEET" },
    BooleanCriteria: {
      TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
      CELL_NOT_EMPTY: "CELL_NOT_EMPTY",
      TEXT_CONTAINS: "TEXT_CONTAINS",
      CUSTOM_FORMULA: "CUSTOM_FORMULA",
    },
    DataValidationCriteria: {
      VALUE_IN_LIST: "VALUE_IN_LIST",
      DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
      TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
      TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL",
      NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    },
  };
  const recordingConsole = {
    log: (...a: unknown[]) => logs.push(a),
    info: (...a: unknown[]) => logs.push(a),
    warn: (...a: unknown[]) => logs.push(a),
    error: (...a: unknown[]) => {
      logs.push(a);
      errors.push(a);
    },
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
    HtmlService: counted(html, "HtmlService", calls),
    Logger: counted({ log: (...a: unknown[]) => logs.push(a) }, "Logger", calls),
    Charts: { ChartType: { BAR: "BAR", COLUMN: "COLUMN", LINE: "LINE" } },
    console: recordingConsole,
    Date: clockedDate(clock),
  };
  // An advanced service exists only when the manifest enables it (developers.google.com/apps-script/guides/services/advanced).
  for (const service of spec.dependencies?.enabledAdvancedServices ?? []) {
    if (service.serviceId === "drive" && service.version === "v3") {
      const files = new FakeDriveFiles(drive.drive, () => scopes.has("https://www.googleapis.com/auth/drive"));
      globals[service.userSymbol] = { Files: counted(files, "Drive.Files", calls) };
    }
    if (service.serviceId === "bigquery" && service.version === "v2")
      globals[service.userSymbol] = { Jobs: counted(bigquery.Jobs, "BigQuery.Jobs", calls) };
  }

  const runtime: Runtime = {
    calls,
    spreadsheet,
    ui,
    mail,
    scriptApp,
    properties,
    locks,
    session,
    drive,
    html,
    bigquery,
    logs,
    errors,
    globals,
    clock,
    scopes,
    execution: { kind: "menu", authMode: "FULL", started: now, budgetMs: Infinity, killed: false },
    bundle: null,
    opened,
    allowedErrors: [],
    allowErrors(pattern) {
      this.allowedErrors.push(pattern);
    },
    run(name, as, ...args) {
      const fn = runtime.bundle?.[name];
      if (typeof fn !== "function") throw new Error(`the bundle has no function ${name}`);
      // A web app is deployed with the manifest's webapp section; without one there is nothing to visit.
      if (as === "webapp" && !spec.webapp)
        throw new Error("the manifest has no webapp section: the web app cannot run");
      const outer = runtime.execution;
      runtime.execution = {
        kind: as,
        authMode: MODE[as],
        started: clock.now(),
        budgetMs: BUDGET_MS[as],
        killed: false,
      };
      try {
        const result = (fn as (...a: unknown[]) => unknown)(...args);
        // "The function returns an HTML service HtmlOutput object or a Content service TextOutput
        // object" (developers.google.com/apps-script/guides/web#requirements_for_web_apps); else the
        // visitor reads the error users report, "The script completed but did not return anything."
        // (A visit, doGet or doPost; a call from the page's google.script.run answers plain values.)
        if (as === "webapp" && /^do(Get|Post)$/.test(name) && !isHtmlOutput(result))
          throw new Error("The script completed but did not return anything.");
        return result;
      } finally {
        const ran = runtime.execution;
        runtime.execution = outer;
        // Apps Script ends a run at its limit, whatever the script caught or did after.
        // eslint-disable-next-line no-unsafe-finally
        if (ran.killed || clock.now() - ran.started > ran.budgetMs) throw new Error("Exceeded maximum execution time");
      }
    },
    fire(handler) {
      return fireTrigger(scriptApp.installed(handler));
    },
    fireDue(handler) {
      const trigger = scriptApp.oneTime(handler).find((t) => !t.fired);
      if (!trigger) throw new Error(`no one-time trigger of this user is waiting to run ${handler}`);
      clock.advance(trigger.dueAt! - clock.now());
      trigger.fired = true;
      return fireTrigger(trigger);
    },
    addSpreadsheet(id, { name, sharedWith } = {}) {
      const file = new FakeSpreadsheet(
        new ForeignCalls(calls),
        options.timeZone,
        name ?? id,
        options.locale ?? "vi_VN",
        id,
      );
      others.set(id, { spreadsheet: file, sharedWith: sharedWith ?? [session.effectiveUser] });
      return file;
    },
  };

  function fireTrigger(trigger: { id: string; handler: string }): unknown {
    {
      const handler = trigger.handler;
      const at = new Date(clock.now());
      return runtime.run(handler, "trigger", {
        authMode: "FULL",
        triggerUid: trigger.id,
        year: at.getUTCFullYear(),
        month: at.getUTCMonth() + 1,
        "day-of-month": at.getUTCDate(),
        hour: at.getUTCHours(),
        minute: at.getUTCMinutes(),
        second: at.getUTCSeconds(),
        timezone: "UTC",
      });
    }
  }

  // Every call: the clock moves, the run's time limit, the manifest's scopes, the run's mode.
  calls.guard = (name, foreign) => {
    clock.advance(costOf(name));
    const run = runtime.execution;
    if (run.killed || clock.now() - run.started > run.budgetMs) {
      run.killed = true;
      throw new Error("Exceeded maximum execution time");
    }
    const needs = foreign ? foreignScopes(name) : scopesFor(name);
    if (needs.length > 0 && !needs.some((s) => scopes.has(s))) throw permissionError(name, needs);
    if (!allowedIn(run.authMode, name, needs)) throw permissionError(name, needs);
    // An installable trigger has no user in front of it, and a web app's page is not inside the
    // editor: "Cannot call SpreadsheetApp.getUi() from this context."
    if ((run.kind === "trigger" || run.kind === "webapp") && name === "SpreadsheetApp.getUi")
      throw new Error("Exception: Cannot call SpreadsheetApp.getUi() from this context.");
  };
  if (deployment === "addon") scriptApp.installationSource = "WEB_STORE_ADD_ON";
  liveRuntimes.add(runtime);
  return runtime;
}

/** The bundle loaded as Apps Script loads it; returns the context's global object. */
export function loadBundle(runtime: Runtime, code = readFileSync(BUNDLE, "utf8")): Record<string, unknown> {
  // Dates cross between the fakes and the bundle, so both use the host's Date, as they share
  // one realm in Apps Script (the bundle's Date reads the runtime's clock).
  const context = vm.createContext({ ...runtime.globals }, { codeGeneration: { strings: false, wasm: false } });
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  runtime.bundle = context as Record<string, unknown>;
  return context as Record<string, unknown>;
}
