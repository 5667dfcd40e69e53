import {
  dailyReminders,
  hasDocumentTrigger,
  testDigest,
  turnOff,
  turnOn,
  type ReminderPorts,
} from "../../../src/app/commands/reminders";
import { t } from "../../../src/core/i18n/messages";
import { LOG_TAB, SETTINGS_TAB } from "../../../src/core/workbook/layout";
import { MemoryStore, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { nodeCrypto } from "../../../src/node/crypto";
import type { LockPort, MailerPort, OutgoingMail, TriggersPort } from "../../../src/ports";
import { seededPorts } from "../../helpers";

interface FakeTrigger {
  readonly id: string;
  readonly owner: string;
  readonly document: string;
  readonly hour: number;
}

/**
 * Daily triggers as Apps Script keeps them: each user sees only their own; in an add-on one
 * user's triggers span every document the add-on is used in.
 */
class MemoryTriggers implements TriggersPort {
  private next = 1;
  constructor(
    private readonly user: () => string,
    readonly document: string,
    readonly addon = false,
    readonly all: FakeTrigger[] = [],
  ) {}
  /** The same platform seen from another document (an add-on used in two communes' sheets). */
  in(document: string): MemoryTriggers {
    return new MemoryTriggers(this.user, document, this.addon, this.all);
  }
  daily(): string[] {
    return this.all.filter((x) => x.owner === this.user()).map((x) => x.id);
  }
  spansDocuments(): boolean {
    return this.addon;
  }
  createDaily(hour: number): string {
    const id = `${this.document}-trigger-${this.next++}`;
    this.all.push({ id, owner: this.user(), document: this.document, hour });
    return id;
  }
  remove(id: string): void {
    const i = this.all.findIndex((x) => x.id === id && x.owner === this.user());
    if (i >= 0) this.all.splice(i, 1);
  }
}

const free: LockPort = { withLock: (fn) => fn() };
const busy: LockPort = { withLock: () => null };

function ports(options: { addon?: boolean; lock?: LockPort } = {}) {
  let email = "van.phong@example.com";
  const base = seededPorts();
  const sent: OutgoingMail[] = [];
  const mailer: MailerPort = { remaining: () => 100, send: (mail) => void sent.push(mail) };
  const triggers = new MemoryTriggers(() => email, "sheet-1", options.addon);
  const p = {
    ...base,
    mailer,
    triggers,
    scriptLock: options.lock ?? free,
    user: { email: () => email },
    crypto: nodeCrypto,
    secrets: new MemoryStore(),
  };
  p satisfies ReminderPorts;
  return { p, triggers, sent, as: (who: string) => (email = who) };
}

type Ports = ReturnType<typeof ports>["p"];
const settingsRows = (p: Ports) => (p.workbook.sheet(t(SETTINGS_TAB.name)) as MemorySheet).readValues();
const status = (p: Ports) => settingsRows(p).find((r) => r[0] === "reminderStatus")?.[1];
const typeSetting = (p: Ports, key: string, value: string) => {
  const sheet = p.workbook.sheet(t(SETTINGS_TAB.name)) as MemorySheet;
  sheet.type(settingsRows(p).findIndex((r) => r[0] === key) + 1, 2, value);
};
const link = () => (row: number) => `#row${row}`;

describe("turning the daily reminders on and off", () => {
  test("turning on twice keeps one trigger, at the settings' hour, and Cài đặt says who and when", () => {
    const { p, triggers } = ports();
    expect(turnOn(p)).toBe(t("reminders.installed", { hour: 7 }));
    turnOn(p);
    expect(triggers.all).toEqual([expect.objectContaining({ owner: "van.phong@example.com", hour: 7 })]);
    expect(status(p)).toBe(t("reminders.on", { hour: 7, by: "van.phong@example.com", at: "2024-11-20 08:00:00" }));
    expect(hasDocumentTrigger(p)).toBe(true);
  });

  test("another editor's 'on' is respected: no second trigger, and the answer says who turned it on", () => {
    const { p, triggers, as } = ports();
    turnOn(p);
    as("chu.tich@example.com");
    expect(turnOn(p)).toBe(t("reminders.on", { hour: 7, by: "van.phong@example.com", at: "2024-11-20 08:00:00" }));
    expect(triggers.all).toHaveLength(1);
    // Their own trigger is invisible to them: for them, this document has none.
    expect(hasDocumentTrigger(p)).toBe(false);
  });

  test("off removes only this document's trigger, in an add-on used in two documents", () => {
    const { p, triggers } = ports({ addon: true });
    // The same user's trigger for another commune's sheet, made by the add-on there.
    triggers.in("sheet-2").createDaily(6);
    turnOn(p);
    turnOn(p);
    expect(triggers.all.map((x) => x.document).sort()).toEqual(["sheet-1", "sheet-2"]);
    expect(turnOff(p)).toBe(t("reminders.removed", { count: 1 }));
    expect(triggers.all.map((x) => x.document)).toEqual(["sheet-2"]);
    expect(status(p)).toBe(t("reminders.off", { by: "van.phong@example.com", at: "2024-11-20 08:00:00" }));
  });

  test("a bound script's daily triggers are all this document's: off removes every one this user made", () => {
    const { p, triggers } = ports();
    triggers.createDaily(9); // left by an earlier version, not recorded in the state
    turnOn(p);
    expect(triggers.all).toHaveLength(1);
    expect(turnOff(p)).toBe(t("reminders.removed", { count: 1 }));
    expect(triggers.all).toHaveLength(0);
  });

  test("the hour is the typed settings': 8:00 is 8; 99 is named, and 7 is used", () => {
    const { p, triggers } = ports();
    typeSetting(p, "reminderHour", "8:00");
    expect(turnOn(p)).toBe(t("reminders.installed", { hour: 8 }));
    expect(triggers.all.map((x) => x.hour)).toEqual([8]);
    typeSetting(p, "reminderHour", "99");
    const answer = `${t("reminders.badHour", { value: "99", hour: 7 })}\n${t("reminders.installed", { hour: 7 })}`;
    expect(turnOn(p)).toBe(answer);
    expect(triggers.all.map((x) => x.hour)).toEqual([7]);
  });

  test("while the script lock is held elsewhere, nothing is made and the answer says to try again", () => {
    const { p, triggers } = ports({ lock: busy });
    expect(turnOn(p)).toBe(t("error.busy"));
    expect(triggers.all).toHaveLength(0);
    expect(status(p)).toBe("");
  });
});

describe("the daily run", () => {
  test("after 'off', a trigger left by another editor sends nothing and reads nothing", () => {
    const { p, as } = ports();
    as("chu.tich@example.com");
    turnOn(p);
    as("van.phong@example.com");
    turnOff(p);
    p.workbook.counter.reset();
    let linked = false;
    const counting = () => {
      linked = true;
      return link();
    };
    const run = dailyReminders({ ...p, lock: free }, { link: counting, outOfTime: () => false });
    expect(run).toEqual({ kind: "off" });
    expect(linked).toBe(false);
    expect(p.workbook.counter.total()).toBe(0);
  });

  test("on, the digest runs under the lock; with the lock held elsewhere it waits for the next day", () => {
    const { p } = ports();
    turnOn(p);
    expect(dailyReminders({ ...p, lock: free }, { link, outOfTime: () => false }).kind).toBe("sent");
    expect(dailyReminders({ ...p, lock: busy }, { link, outOfTime: () => false })).toEqual({ kind: "busy" });
  });

  test("a sheet not as the product left it mails nobody, and Nhật ký says why", () => {
    const { p, sent } = ports();
    (p.workbook.sheet(t("tab.plan")) as MemorySheet).name = "Kế hoạch (cũ)";
    const run = dailyReminders({ ...p, lock: free }, { link, outOfTime: () => false });
    expect(run).toEqual({ kind: "stopped", problem: { key: "structure.tabMissing", params: { tab: t("tab.plan") } } });
    expect(sent).toHaveLength(0);
    const log = (p.workbook.sheet(t(LOG_TAB.name)) as MemorySheet).readValues();
    expect(String(log.at(-1)?.[3])).toBe(t("structure.tabMissing", { tab: t("tab.plan") }));
  });

  test("'Gửi thử cho tôi' without a known address sends nothing and says so", () => {
    const { p, sent, as } = ports();
    as("");
    expect(testDigest(p, link)).toBe(t("digest.noUser"));
    expect(sent).toHaveLength(0);
  });
});
