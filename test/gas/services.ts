/** In-memory Ui, MailApp, ScriptApp, PropertiesService, LockService, Utilities and Session. */
import { counted, type ServiceCalls } from "./counter";

export const ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" } as const;
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
}

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Answers for the next prompts/alerts, in order; default OK with empty text. */
  readonly answers: { button: string; text?: string }[] = [];
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  constructor(private readonly calls: ServiceCalls) {}

  createMenu(name: string) { return this.menu(name); }
  createAddonMenu() { return this.menu("Add-on"); }
  private menu(name: string) {
    const record: MenuRecord = { name, items: [], addedToUi: false };
    this.menus.push(record);
    const menu = {
      addItem: (label: string, functionName: string) => { record.items.push({ label, functionName }); return proxy; },
      addSeparator: () => { record.items.push("separator"); return proxy; },
      addSubMenu: (_m: unknown) => proxy,
      addToUi: () => { record.addedToUi = true; },
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
  showSidebar(output: { getContent?: () => string; title?: string }) {
    this.dialogs.push({ kind: "sidebar", title: output.title ?? "", message: output.getContent?.() ?? "" });
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

export class FakeMailApp {
  readonly sent: SentMail[] = [];
  quota = 100;
  /** Addresses whose send throws, to test that one failure stops nobody else. */
  readonly failing = new Set<string>();

  sendEmail(a: unknown, b?: string, c?: string, d?: Record<string, unknown>) {
    const mail: SentMail = typeof a === "object" && a !== null
      ? { ...(a as SentMail) }
      : { to: String(a), subject: String(b), body: String(c), ...(d ?? {}) } as SentMail;
    const recipients = mail.to.split(",").map((s) => s.trim()).filter(Boolean);
    if (recipients.length > 50) throw new Error("Exception: Too many recipients.");
    if (recipients.length > this.getRemainingDailyQuota()) throw new Error("Exception: Service invoked too many times for one day: email.");
    for (const r of recipients) if (this.failing.has(r) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r)) throw new Error(`Exception: Invalid email: ${r}`);
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
}

export class FakeScriptApp {
  readonly triggers: TriggerRecord[] = [];
  readonly AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" };
  readonly TriggerSource = { SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK" };
  readonly EventType = { CLOCK: "CLOCK", ON_OPEN: "ON_OPEN", ON_EDIT: "ON_EDIT" };
  private next = 1;
  limit = 20;

  constructor(private readonly calls: ServiceCalls) {}

  newTrigger(handler: string) {
    const record: TriggerRecord = { id: `trigger-${this.next++}`, handler, kind: "CLOCK" };
    const clock = {
      everyDays: (n: number) => { record.everyDays = n; return clockProxy; },
      atHour: (h: number) => { record.atHour = h; return clockProxy; },
      nearMinute: (_m: number) => clockProxy,
      inTimezone: (tz: string) => { record.timeZone = tz; return clockProxy; },
      create: () => {
        if (this.triggers.length >= this.limit) throw new Error("Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.");
        this.triggers.push(record);
        return this.wrap(record);
      },
    };
    const clockProxy = counted(clock, "ClockTriggerBuilder", this.calls);
    const builder = { timeBased: () => clockProxy };
    return counted(builder, "TriggerBuilder", this.calls) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  private wrap(t: TriggerRecord) {
    return counted({
      getUniqueId: () => t.id,
      getHandlerFunction: () => t.handler,
      getEventType: () => t.kind,
      getTriggerSource: () => "CLOCK",
    }, "Trigger", this.calls) as unknown as GoogleAppsScript.Script.Trigger;
  }
  getProjectTriggers() { return this.triggers.map((t) => this.wrap(t)); }
  getUserTriggers(_doc: unknown) { return this.getProjectTriggers(); }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
    const id = trigger.getUniqueId();
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i >= 0) this.triggers.splice(i, 1);
  }
  getScriptId() { return "fake-script-id"; }
}

export class FakeProperties {
  readonly store = new Map<string, string>();
  getProperty(key: string) { return this.store.get(key) ?? null; }
  setProperty(key: string, value: string) {
    // Apps Script refuses values over 9 KB.
    if (key.length + String(value).length > 9 * 1024) throw new Error("Exception: Argument too large: value");
    this.store.set(key, String(value));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string) { this.store.delete(key); return this as unknown as GoogleAppsScript.Properties.Properties; }
  getProperties() { return Object.fromEntries(this.store); }
  setProperties(props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getKeys() { return [...this.store.keys()]; }
}

export class FakePropertiesService {
  readonly script = new FakeProperties();
  readonly document = new FakeProperties();
  readonly user = new FakeProperties();
  constructor(private readonly calls: ServiceCalls) {}
  getScriptProperties() { return counted(this.script, "Properties", this.calls) as unknown as GoogleAppsScript.Properties.Properties; }
  getDocumentProperties() { return counted(this.document, "Properties", this.calls) as unknown as GoogleAppsScript.Properties.Properties; }
  getUserProperties() { return counted(this.user, "Properties", this.calls) as unknown as GoogleAppsScript.Properties.Properties; }
}

export class FakeLock {
  held = false;
  /** Set by a test to play another execution holding the lock. */
  heldElsewhere = false;
  tryLock(_ms: number) {
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms)) throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock() { this.held = false; }
  hasLock() { return this.held; }
}

export class FakeLockService {
  readonly document = new FakeLock();
  readonly script = new FakeLock();
  constructor(private readonly calls: ServiceCalls) {}
  getDocumentLock() { return counted(this.document, "Lock", this.calls) as unknown as GoogleAppsScript.Lock.Lock; }
  getScriptLock() { return counted(this.script, "Lock", this.calls) as unknown as GoogleAppsScript.Lock.Lock; }
  getUserLock() { return counted(this.script, "Lock", this.calls) as unknown as GoogleAppsScript.Lock.Lock; }
}

export class FakeBlob {
  constructor(private bytes: Uint8Array, private contentType: string, private name: string) {}
  getBytes() { return [...this.bytes]; }
  getDataAsString() { return new TextDecoder().decode(this.bytes); }
  getContentType() { return this.contentType; }
  setContentType(t: string) { this.contentType = t; return this; }
  getName() { return this.name; }
  setName(n: string) { this.name = n; return this; }
  getAs(contentType: string) { return new FakeBlob(this.bytes, contentType, this.name); }
}

/** formatDate with the patterns Apps Script takes (Java SimpleDateFormat subset). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat("en-US", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", weekday: "short",
  }).formatToParts(date)) parts[p.type] = p.value;
  const offsetMinutes = (Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(date.getTime() / 1000) * 1000) / 60000;
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|EEE|Z|'[^']*'/g, (token) => {
    switch (token) {
      case "yyyy": return parts.year;
      case "MM": return parts.month;
      case "dd": return parts.day;
      case "HH": return parts.hour;
      case "mm": return parts.minute;
      case "ss": return parts.second;
      case "EEE": return parts.weekday;
      case "Z": return zone;
      default: return token.slice(1, -1);
    }
  });
}

export class FakeUtilities {
  readonly Charset = { UTF_8: "UTF_8" };
  formatDate(date: Date, timeZone: string, pattern: string) { return formatDate(date, timeZone, pattern); }
  newBlob(data: string | number[] | Uint8Array, contentType = "text/plain", name = "") {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : Uint8Array.from(data as ArrayLike<number>);
    return new FakeBlob(bytes, contentType, name) as unknown as GoogleAppsScript.Base.Blob;
  }
  base64Encode(data: string | number[]) {
    return Buffer.from(typeof data === "string" ? data : Uint8Array.from(data)).toString("base64");
  }
  getUuid() { return "00000000-0000-4000-8000-000000000000"; }
  sleep(_ms: number) {}
}

export class FakeSession {
  activeUser = "van.phong@example.com";
  effectiveUser = "van.phong@example.com";
  getActiveUser() { return { getEmail: () => this.activeUser } as unknown as GoogleAppsScript.Base.User; }
  getEffectiveUser() { return { getEmail: () => this.effectiveUser } as unknown as GoogleAppsScript.Base.User; }
  getScriptTimeZone() { return "Asia/Ho_Chi_Minh"; }
  getTemporaryActiveUserKey() { return "fake-user-key"; }
}

export interface FakeFile {
  id: string;
  name: string;
  contentType: string;
  content: string;
  trashed: boolean;
}

/** Drive, as far as reports need it: files created from blobs, found by id, trashed. */
export class FakeDriveApp {
  readonly files: FakeFile[] = [];
  private next = 1;
  constructor(private readonly calls: ServiceCalls) {}
  private wrap(f: FakeFile) {
    return counted({
      getId: () => f.id,
      getUrl: () => `https://drive.google.com/file/d/${f.id}/view`,
      getName: () => f.name,
      setTrashed: (t: boolean) => { f.trashed = t; },
      isTrashed: () => f.trashed,
    }, "File", this.calls) as unknown as GoogleAppsScript.Drive.File;
  }
  createFile(blob: GoogleAppsScript.Base.Blob) {
    const b = blob as unknown as FakeBlob;
    const f: FakeFile = { id: `file-${this.next++}`, name: b.getName(), contentType: b.getContentType(), content: b.getDataAsString(), trashed: false };
    this.files.push(f);
    return this.wrap(f);
  }
  getFileById(id: string) {
    const f = this.files.find((x) => x.id === id);
    if (!f) throw new Error(`Exception: No item with the given ID could be found, or you do not have permission to access it.`);
    return this.wrap(f);
  }
}
