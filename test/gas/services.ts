/** In-memory Ui, MailApp, ScriptApp, PropertiesService, LockService, Utilities and Session. */
import { createHmac, randomUUID } from "node:crypto";
import { counted, type ServiceCalls } from "./counter";

export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
export const Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;

export interface MenuRecord {
  name: string;
  items: ({ label: string; functionName: string } | "separator")[];
  addedToUi: boolean;
}

export interface DialogRecord {
  kind: "alert" | "prompt" | "modal" | "sidebar";
  title: string;
  message: string;
  /** A sidebar's width in pixels: always 300, whatever the HtmlOutput asked for. */
  width?: number;
}

/**
 * "The sidebar displays … at a fixed width of 300 pixels"; HtmlOutput.setWidth does not change
 * it (developers.google.com/apps-script/guides/dialogs#custom_sidebars).
 */
export const SIDEBAR_WIDTH = 300;

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Answers for the next prompts/alerts, in order; default OK with empty text. */
  readonly answers: { button: string; text?: string }[] = [];
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  constructor(private readonly calls: ServiceCalls) {}

  createMenu(name: string) {
    return this.menu(name);
  }
  createAddonMenu() {
    return this.menu("Add-on");
  }
  private menu(name: string) {
    const record: MenuRecord = { name, items: [], addedToUi: false };
    this.menus.push(record);
    const menu = {
      addItem: (label: string, functionName: string) => {
        record.items.push({ label, functionName });
        return proxy;
      },
      addSeparator: () => {
        record.items.push("separator");
        return proxy;
      },
      addSubMenu: (_m: unknown) => proxy,
      addToUi: () => {
        record.addedToUi = true;
      },
    };
    const proxy = counted(menu, "Menu", this.calls);
    return proxy as unknown as GoogleAppsScript.Base.Menu;
  }
  alert(a: string, b?: unknown, _c?: unknown) {
    const [title, message] = typeof b === "string" ? [a, b] : ["", a];
    this.dialogs.push({ kind: "alert", title, message });
    return (this.answers.shift()?.button ?? Button.OK) as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(a: string, b?: unknown, _c?: unknown) {
    const [title, message] = typeof b === "string" ? [a, b] : ["", a];
    this.dialogs.push({ kind: "prompt", title, message });
    const answer = this.answers.shift() ?? { button: Button.OK, text: "" };
    return {
      getSelectedButton: () => answer.button,
      getResponseText: () => answer.text ?? "",
    } as unknown as GoogleAppsScript.Base.PromptResponse;
  }
  showModalDialog(output: { getContent?: () => string }, title: string) {
    this.dialogs.push({ kind: "modal", title, message: output.getContent?.() ?? "" });
  }
  /**
   * Ui.showSidebar takes an HtmlOutput (developers.google.com/apps-script/reference/base/ui#showsidebaruserinterface);
   * its title is the sidebar's. The fake reads the output's fields, not its methods, so showing
   * it is one call, as in Apps Script.
   */
  showSidebar(output: { content?: string; title?: string; metaTags?: unknown }) {
    if (!output || output.metaTags === undefined || typeof output.content !== "string")
      throw new Error("Exception: Invalid argument: userInterface");
    this.dialogs.push({ kind: "sidebar", title: output.title ?? "", message: output.content, width: SIDEBAR_WIDTH });
  }
}

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  attachments?: unknown[];
}

/**
 * MailApp (developers.google.com/apps-script/reference/mail/mail-app): `to` is "a comma-separated
 * list of email addresses" (a semicolon is not a separator: "a@b.vn; c@d.vn" is one bad
 * address); 50 recipients a message and a daily recipient quota
 * (developers.google.com/apps-script/guides/services/quotas); the quota's message is the one
 * users report, "Service invoked too many times for one day: email.".
 */
export class FakeMailApp {
  readonly sent: SentMail[] = [];
  quota = 100;
  /** Addresses whose send throws, to test that one failure stops nobody else. */
  readonly failing = new Set<string>();

  sendEmail(a: unknown, b?: string, c?: string, d?: Record<string, unknown>) {
    const mail: SentMail =
      typeof a === "object" && a !== null
        ? { ...(a as SentMail) }
        : ({ to: String(a), subject: String(b), body: String(c), ...(d ?? {}) } as SentMail);
    const recipients = mail.to
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (recipients.length > 50) throw new Error("Exception: Too many recipients.");
    if (recipients.length > this.getRemainingDailyQuota())
      throw new Error("Exception: Service invoked too many times for one day: email.");
    for (const r of recipients)
      if (this.failing.has(r) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r))
        throw new Error(`Exception: Invalid email: ${r}`);
    this.sent.push(mail);
  }
  getRemainingDailyQuota() {
    const used = this.sent.reduce((n, m) => n + m.to.split(",").filter((s) => s.trim()).length, 0);
    return Math.max(0, this.quota - used);
  }
}

export interface TriggerRecord {
  id: string;
  handler: string;
  kind: "CLOCK" | "ON_OPEN" | "ON_EDIT";
  atHour?: number;
  everyDays?: number;
  timeZone?: string;
  sourceId?: string;
  afterMs?: number;
  /** For a trigger made with after(ms): the instant it may fire (the runtime's clock), and whether it has. */
  dueAt?: number;
  fired?: boolean;
  /** The user who made it: a trigger runs as, and is seen only by, its owner. */
  owner: string;
}

export class FakeScriptApp {
  readonly triggers: TriggerRecord[] = [];
  readonly AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" };
  readonly TriggerSource = { SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK" };
  readonly EventType = { CLOCK: "CLOCK", ON_OPEN: "ON_OPEN", ON_EDIT: "ON_EDIT" };
  readonly InstallationSource = {
    APPS_MARKETPLACE_DOMAIN_ADD_ON: "APPS_MARKETPLACE_DOMAIN_ADD_ON",
    NONE: "NONE",
    WEB_STORE_ADD_ON: "WEB_STORE_ADD_ON",
  };
  private next = 1;
  /** 20 triggers per user per script (developers.google.com/apps-script/guides/services/quotas). */
  limit = 20;
  /** "NONE" for a bound script; "WEB_STORE_ADD_ON" when installed from the Marketplace. */
  installationSource = "NONE";

  /** `user` is who runs the script now; `document` the id of the document it runs in. */
  constructor(
    private readonly calls: ServiceCalls,
    private readonly user: () => string = () => "van.phong@example.com",
    private readonly document: () => string = () => "fake-spreadsheet-id",
    private readonly now: () => number = () => Date.now(),
  ) {}

  getInstallationSource() {
    return this.installationSource;
  }

  /** A new clock trigger of the current user in this document, not yet created. */
  private draft(handler: string): TriggerRecord {
    return { id: `trigger-${this.next++}`, handler, kind: "CLOCK", owner: this.user(), sourceId: this.document() };
  }

  newTrigger(handler: string) {
    const record = this.draft(handler);
    const clock = {
      everyDays: (n: number) => {
        record.everyDays = n;
        return clockProxy;
      },
      atHour: (h: number) => {
        record.atHour = h;
        return clockProxy;
      },
      nearMinute: (_m: number) => clockProxy,
      after: (ms: number) => {
        record.afterMs = ms;
        return clockProxy;
      },
      inTimezone: (tz: string) => {
        record.timeZone = tz;
        return clockProxy;
      },
      create: () => {
        if (this.mine().length >= this.limit)
          throw new Error(
            "Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.",
          );
        // An add-on may hold one trigger of each type per user per document
        // (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions);
        // the message is the fake's own, Google's is not documented.
        if (
          this.installationSource !== "NONE" &&
          this.mine().some((t) => t.kind === record.kind && t.sourceId === record.sourceId)
        ) {
          throw new Error("Exception: This add-on has already created a trigger of this type for this document.");
        }
        // after(ms): "the minimum duration (in milliseconds) after the current time that the
        // trigger runs" (developers.google.com/apps-script/reference/script/clock-trigger-builder#afterdurationmilliseconds).
        if (record.afterMs !== undefined) record.dueAt = this.now() + record.afterMs;
        this.triggers.push(record);
        return this.wrap(record);
      },
    };
    const clockProxy = counted(clock, "ClockTriggerBuilder", this.calls);
    const builder = { timeBased: () => clockProxy };
    return counted(builder, "TriggerBuilder", this.calls) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  private wrap(t: TriggerRecord) {
    return counted(
      {
        getUniqueId: () => t.id,
        getHandlerFunction: () => t.handler,
        getEventType: () => t.kind,
        getTriggerSource: () => "CLOCK",
        getTriggerSourceId: () => t.sourceId ?? null,
      },
      "Trigger",
      this.calls,
    ) as unknown as GoogleAppsScript.Script.Trigger;
  }
  /** The current user's triggers: "An array of the current user's triggers associated with this project." */
  private mine() {
    return this.triggers.filter((t) => t.owner === this.user());
  }
  getProjectTriggers() {
    return this.mine().map((t) => this.wrap(t));
  }
  /** Test helper (not a service call): the current user's triggers made with after(ms) for `handler`. */
  oneTime(handler: string): TriggerRecord[] {
    return this.mine().filter((t) => t.handler === handler && t.dueAt !== undefined);
  }
  /** Test helper (not a service call): the current user's trigger for `handler`, recorded when there is none. */
  installed(handler: string): TriggerRecord {
    const found = this.mine().find((t) => t.handler === handler);
    if (found) return found;
    const record = { ...this.draft(handler), everyDays: 1 };
    this.triggers.push(record);
    return record;
  }
  /** "all installable triggers owned by this user in the given spreadsheet, for this script or add-on only." */
  getUserTriggers(doc: { getId(): string }) {
    return this.mine()
      .filter((t) => t.sourceId === doc.getId())
      .map((t) => this.wrap(t));
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
    const id = trigger.getUniqueId();
    // Another user's trigger cannot even be seen, let alone deleted.
    const i = this.triggers.findIndex((t) => t.id === id && t.owner === this.user());
    if (i >= 0) this.triggers.splice(i, 1);
  }
  getScriptId() {
    return "fake-script-id";
  }

  /**
   * The web app's deployment, set by a test: its /exec URL, or null when it was never deployed.
   * Service.getUrl "Returns the URL of the web app, if it has been deployed; otherwise returns
   * null. If you are running the development mode web app, this returns the development mode
   * url" (developers.google.com/apps-script/reference/script/service). Each deployment has its
   * own …/macros/s/{deploymentId}/exec address; the editor's test deployment ends in /dev
   * (github.com/google/clasp/issues/63).
   */
  deployedUrl: string | null = null;
  getService() {
    return counted(
      { getUrl: () => this.deployedUrl, isEnabled: () => this.deployedUrl !== null },
      "Service",
      this.calls,
    ) as unknown as GoogleAppsScript.Script.Service;
  }
}

/**
 * Properties: "9 KB / val" and "500 KB / property store"
 * (developers.google.com/apps-script/guides/services/quotas#current_limitations). Apps Script
 * reports both with one message (seen in users' logs; Google does not print it in the docs).
 */
const PROPERTY_QUOTA =
  "Exception: You have exceeded the property storage quota. Please remove some properties and try again.";
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

export class FakeProperties {
  readonly store = new Map<string, string>();
  /** Whether this store can be read at all in the current run (not in AuthMode.NONE: guarded by the runtime). */
  getProperty(key: string) {
    return this.store.get(key) ?? null;
  }
  /** Bytes held: keys and values, as the quota counts them. */
  size(): number {
    let n = 0;
    for (const [k, v] of this.store) n += utf8(k) + utf8(v);
    return n;
  }
  setProperty(key: string, value: string) {
    const v = String(value);
    if (utf8(key) + utf8(v) > 9 * 1024) throw new Error(PROPERTY_QUOTA);
    const old = this.store.has(key) ? utf8(key) + utf8(this.store.get(key)!) : 0;
    if (this.size() - old + utf8(key) + utf8(v) > 500 * 1024) throw new Error(PROPERTY_QUOTA);
    this.store.set(key, v);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string) {
    this.store.delete(key);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getProperties() {
    return Object.fromEntries(this.store);
  }
  setProperties(props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getKeys() {
    return [...this.store.keys()];
  }
}

export class FakePropertiesService {
  readonly script = new FakeProperties();
  readonly document = new FakeProperties();
  readonly user = new FakeProperties();
  constructor(private readonly calls: ServiceCalls) {}
  getScriptProperties() {
    return counted(this.script, "Properties", this.calls) as unknown as GoogleAppsScript.Properties.Properties;
  }
  getDocumentProperties() {
    return counted(this.document, "Properties", this.calls) as unknown as GoogleAppsScript.Properties.Properties;
  }
  getUserProperties() {
    return counted(this.user, "Properties", this.calls) as unknown as GoogleAppsScript.Properties.Properties;
  }
}

/**
 * A lock that another execution may hold (developers.google.com/apps-script/reference/lock/lock):
 * tryLock waits up to its timeout and returns false; waitLock throws. The wait is real time in
 * the execution, so it is taken from the run's budget (the runtime's clock moves on).
 */
export class FakeLock {
  held = false;
  /** Set by a test to play another execution holding the lock for good. */
  heldElsewhere = false;
  /** Or until this instant (ms since the epoch, on the runtime's clock). */
  heldElsewhereUntil = 0;
  /** The longest wait asked for, for tests of how long a trigger is willing to wait. */
  longestWaitMs = 0;

  constructor(
    private readonly clock: { now(): number; advance(ms: number): void } = {
      now: () => Date.now(),
      advance: () => undefined,
    },
  ) {}

  tryLock(ms: number) {
    this.longestWaitMs = Math.max(this.longestWaitMs, ms);
    const busyUntil = this.heldElsewhere ? Infinity : this.heldElsewhereUntil;
    const now = this.clock.now();
    if (busyUntil > now) {
      if (busyUntil > now + ms) {
        this.clock.advance(ms);
        return false;
      }
      this.clock.advance(busyUntil - now);
    }
    this.held = true;
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms))
      throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock() {
    this.held = false;
  }
  hasLock() {
    return this.held;
  }
}

export class FakeLockService {
  readonly document: FakeLock;
  readonly script: FakeLock;
  /** False for a standalone script or a web app not bound to a document. */
  bound = true;
  constructor(
    private readonly calls: ServiceCalls,
    clock?: { now(): number; advance(ms: number): void },
  ) {
    this.document = new FakeLock(clock);
    this.script = new FakeLock(clock);
  }
  /**
   * "Returns null if the method is called from a standalone script or add-on" not bound to a
   * document (…/lock/lock-service#getdocumentlock).
   */
  getDocumentLock() {
    return this.bound ? (counted(this.document, "Lock", this.calls) as unknown as GoogleAppsScript.Lock.Lock) : null;
  }
  getScriptLock() {
    return counted(this.script, "Lock", this.calls) as unknown as GoogleAppsScript.Lock.Lock;
  }
  getUserLock() {
    return counted(this.script, "Lock", this.calls) as unknown as GoogleAppsScript.Lock.Lock;
  }
}

/** The HTML a PDF was made from, kept beside the opaque blob so tests can read what it says. */
const pdfSources = new WeakMap<object, string>();
export const sourceOfPdf = (blob: unknown): string | undefined => pdfSources.get(blob as object);

/**
 * A blob. Converting HTML to PDF gives a real PDF's bytes, opaque to the script: getDataAsString
 * on it returns binary, not the HTML (developers.google.com/apps-script/reference/base/blob#getascontenttype:
 * "For most blobs, 'application/pdf' is the only valid option").
 */
export class FakeBlob {
  constructor(
    private bytes: Uint8Array,
    private contentType: string,
    private name: string,
  ) {}
  getBytes() {
    return [...this.bytes];
  }
  getDataAsString() {
    return new TextDecoder().decode(this.bytes);
  }
  getContentType() {
    return this.contentType;
  }
  setContentType(t: string) {
    this.contentType = t;
    return this;
  }
  getName() {
    return this.name;
  }
  setName(n: string) {
    this.name = n;
    return this;
  }
  getAs(contentType: string) {
    if (contentType !== "application/pdf")
      throw new Error(`Exception: Converting from ${this.contentType} to ${contentType} is not supported.`);
    const pdf = new FakeBlob(opaquePdf(this.bytes.length), contentType, this.name.replace(/\.[^.]*$/, "") + ".pdf");
    pdfSources.set(pdf, this.getDataAsString());
    return pdf;
  }
}

/** Bytes that look like a PDF: a header, then binary (never the source text). */
function opaquePdf(size: number): Uint8Array {
  const head = new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
  const out = new Uint8Array(head.length + 64 + (size % 97));
  out.set(head);
  for (let i = head.length; i < out.length; i++) out[i] = (i * 131 + 7) % 256;
  return out;
}

/** formatDate with the patterns Apps Script takes (Java SimpleDateFormat subset). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  }).formatToParts(date))
    parts[p.type] = p.value;
  const offsetMinutes =
    (Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) -
      Math.floor(date.getTime() / 1000) * 1000) /
    60000;
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|EEE|Z|'[^']*'/g, (token) => {
    switch (token) {
      case "yyyy":
        return parts.year;
      case "MM":
        return parts.month;
      case "dd":
        return parts.day;
      case "HH":
        return parts.hour;
      case "mm":
        return parts.minute;
      case "ss":
        return parts.second;
      case "EEE":
        return parts.weekday;
      case "Z":
        return zone;
      default:
        return token.slice(1, -1);
    }
  });
}

/** A Java byte as Apps Script hands it to JavaScript. */
const signedByte = (b: number) => (b > 127 ? b - 256 : b);

/**
 * A string's UTF-8, or a byte array as Java takes it. Apps Script's byte arrays are Java
 * bytes (-128..127); what it does with 128..255 is not documented, so the fake refuses them
 * (inferred, the conservative reading): code that passes bytes back must pass signed ones.
 */
function javaBytes(data: string | number[], name: string): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  for (const b of data)
    if (!Number.isInteger(b) || b < -128 || b > 127) throw new Error(`Exception: Invalid argument: ${name}`);
  return Buffer.from(data.map((b) => b & 0xff));
}

export class FakeUtilities {
  readonly Charset = { UTF_8: "UTF_8" };
  formatDate(date: Date, timeZone: string, pattern: string) {
    return formatDate(date, timeZone, pattern);
  }
  newBlob(data: string | number[] | Uint8Array, contentType = "text/plain", name = "") {
    const bytes =
      typeof data === "string" ? new TextEncoder().encode(data) : Uint8Array.from(data as ArrayLike<number>);
    return new FakeBlob(bytes, contentType, name) as unknown as GoogleAppsScript.Base.Blob;
  }
  base64Encode(data: string | number[]) {
    return Buffer.from(typeof data === "string" ? data : Uint8Array.from(data)).toString("base64");
  }
  /**
   * "Get a UUID as a string (equivalent to using the java.util.UUID.randomUUID() method)"
   * (developers.google.com/apps-script/reference/utilities/utilities#getuuid): a random
   * version-4 UUID, 122 random bits from a cryptographically strong generator.
   */
  getUuid() {
    return randomUUID();
  }
  /**
   * HMAC-SHA256 of `value` with `key` (both strings, in UTF-8 unless a charset says otherwise,
   * or both byte arrays). Returns Java bytes: signed, -128..127, as a plain array
   * (developers.google.com/apps-script/reference/utilities/utilities#computehmacsha256signaturevalue,-key;
   * users convert with `b < 0 ? b + 256 : b`: gist.github.com/tanaikech/97a2787db7be94180a64e1f4c194d415).
   */
  computeHmacSha256Signature(value: string | number[], key: string | number[], _charset?: string) {
    if (typeof value !== typeof key)
      throw new Error("Exception: The parameters (value, key) don't match the method signature.");
    const mac = createHmac("sha256", javaBytes(key, "key")).update(javaBytes(value, "value")).digest();
    return [...mac].map(signedByte);
  }
  /** Web-safe base64 ("-" and "_", padded with "="), of a string's UTF-8 or of Java bytes. */
  base64EncodeWebSafe(data: string | number[], _charset?: string) {
    return javaBytes(data, "data").toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64DecodeWebSafe(encoded: string) {
    return [...Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64")].map(signedByte);
  }
  /** Sleeping takes time from the run's budget. */
  sleep(ms: number) {
    this.clock?.advance(ms);
  }
  constructor(private readonly clock?: { advance(ms: number): void }) {}
}

/**
 * Who runs the script. "the user's email address is not available in any context that allows a
 * script to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger"
 * (developers.google.com/apps-script/reference/base/session#getactiveuser): blank in
 * AuthMode.LIMITED, and blank wherever a test sets activeUser to "" (another domain, a consumer
 * account running someone else's script).
 */
export class FakeSession {
  activeUser = "van.phong@example.com";
  effectiveUser = "van.phong@example.com";
  /**
   * `visitorUnknown`: a run of a web app deployed to execute as the deploying user, where the
   * address is not available either ("a web app deployed to 'execute as me' (that is,
   * authorized by the developer instead of the user)": …/base/session#getactiveuser).
   */
  constructor(
    private readonly mode: () => string = () => "FULL",
    private readonly visitorUnknown: () => boolean = () => false,
  ) {}
  getActiveUser() {
    return {
      getEmail: () => (this.mode() === "FULL" && !this.visitorUnknown() ? this.activeUser : ""),
    } as unknown as GoogleAppsScript.Base.User;
  }
  getEffectiveUser() {
    return {
      getEmail: () => (this.mode() === "FULL" ? this.effectiveUser : ""),
    } as unknown as GoogleAppsScript.Base.User;
  }
  getScriptTimeZone() {
    return "Asia/Ho_Chi_Minh";
  }
  getTemporaryActiveUserKey() {
    return "fake-user-key";
  }
}

export interface FakeFile {
  id: string;
  name: string;
  contentType: string;
  /** The bytes as a string: a PDF's are opaque (see FakeBlob). */
  content: string;
  /** For a PDF made from HTML: that HTML, so a test can read what the document says. */
  sourceHtml?: string;
  trashed: boolean;
  /** Made by this script: the only files the drive.file scope lets it reach. */
  byThisApp: boolean;
}

/** Drive as far as reports need it, behind both DriveApp and the Drive advanced service. */
export class FakeDrive {
  readonly files: FakeFile[] = [];
  private next = 1;
  add(blob: FakeBlob, name?: string, byThisApp = true): FakeFile {
    const f: FakeFile = {
      id: `file-${this.next++}`,
      name: name ?? blob.getName(),
      contentType: blob.getContentType(),
      content: blob.getDataAsString(),
      sourceHtml: sourceOfPdf(blob),
      trashed: false,
      byThisApp,
    };
    this.files.push(f);
    return f;
  }
}

/** DriveApp: needs the drive scope for every call (the runtime's guard enforces it). */
export class FakeDriveApp {
  constructor(
    private readonly calls: ServiceCalls,
    readonly drive = new FakeDrive(),
  ) {}
  get files(): FakeFile[] {
    return this.drive.files;
  }
  private wrap(f: FakeFile) {
    return counted(
      {
        getId: () => f.id,
        getUrl: () => `https://drive.google.com/file/d/${f.id}/view`,
        getName: () => f.name,
        setTrashed: (t: boolean) => {
          f.trashed = t;
        },
        isTrashed: () => f.trashed,
      },
      "File",
      this.calls,
    ) as unknown as GoogleAppsScript.Drive.File;
  }
  createFile(blob: GoogleAppsScript.Base.Blob) {
    return this.wrap(this.drive.add(blob as unknown as FakeBlob));
  }
  getFileById(id: string) {
    const f = this.drive.files.find((x) => x.id === id);
    if (!f)
      throw new Error(
        `Exception: No item with the given ID could be found, or you do not have permission to access it.`,
      );
    return this.wrap(f);
  }
}

/**
 * The Drive advanced service, v3 (developers.google.com/apps-script/advanced/drive): present
 * only when the manifest enables it. With drive.file the Drive API sees only files this app
 * created or was given; any other id answers 404 (developers.google.com/drive/api/guides/about-auth).
 * `fields` chooses what comes back (developers.google.com/drive/api/guides/fields-parameter):
 * id, name and mimeType by default.
 */
export class FakeDriveFiles {
  constructor(
    private readonly drive: FakeDrive,
    private readonly fullDrive: () => boolean,
  ) {}
  private find(id: string, call: string): FakeFile {
    const f = this.drive.files.find((x) => x.id === id && (x.byThisApp || this.fullDrive()));
    if (!f)
      throw new Error(
        `GoogleJsonResponseException: API call to drive.files.${call} failed with error: File not found: ${id}.`,
      );
    return f;
  }
  private answer(f: FakeFile, fields?: string): Record<string, unknown> {
    const all: Record<string, unknown> = {
      kind: "drive#file",
      id: f.id,
      name: f.name,
      mimeType: f.contentType,
      trashed: f.trashed,
      webViewLink: `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
    };
    const wanted = fields ? fields.split(",").map((x) => x.trim()) : ["kind", "id", "name", "mimeType"];
    return Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k)));
  }
  create(
    resource: { name?: string; mimeType?: string },
    blob?: GoogleAppsScript.Base.Blob,
    options?: { fields?: string },
  ) {
    if (!blob)
      throw new Error(
        "GoogleJsonResponseException: API call to drive.files.create failed with error: Media is required.",
      );
    return this.answer(this.drive.add(blob as unknown as FakeBlob, resource.name), options?.fields);
  }
  get(id: string, options?: { fields?: string }) {
    return this.answer(this.find(id, "get"), options?.fields);
  }
  update(resource: { trashed?: boolean; name?: string }, id: string, _blob?: unknown, options?: { fields?: string }) {
    const f = this.find(id, "update");
    if (resource.trashed !== undefined) f.trashed = resource.trashed;
    if (resource.name !== undefined) f.name = resource.name;
    return this.answer(f, options?.fields);
  }
  /** "methods named delete in the Drive API are named remove in the advanced service". */
  remove(id: string) {
    const f = this.find(id, "delete");
    this.drive.files.splice(this.drive.files.indexOf(f), 1);
  }
}
