/**
 * Every entry point of Code.js called as a web page would call it: google.script.run on any page
 * the script serves reaches any top-level function by name
 * (developers.google.com/apps-script/guides/html/reference/run), and the web app executes as its
 * deployer for an anonymous visitor. The list is read from the built bundle, so a new entry
 * point is walked too. Only the officer's two and doGet answer, and only with refusals; nothing
 * is written anywhere, no mail is sent, no trigger made.
 */
import * as acorn from "acorn";
import { readFileSync } from "node:fs";
import { LINK_SECRET_KEY } from "../../src/app/state/linkSecret";
import { t } from "../../src/core/i18n/messages";
import { PLAN_TAB } from "../../src/core/workbook/layout";
import { isHtmlOutput } from "./html";
import { bootPages, tokenFor, worldOf } from "./pages";
import { BUNDLE, type Runtime } from "./runtime";

/** The top-level functions Apps Script would list for Code.js: every name a page can call. */
const ENTRY_POINTS = acorn
  .parse(readFileSync(BUNDLE, "utf8"), { ecmaVersion: 2020, sourceType: "script" })
  .body.filter((n): n is acorn.FunctionDeclaration => n.type === "FunctionDeclaration")
  .map((n) => n.id.name)
  .sort();

/** What a page can pass: nothing, objects and strings (no function, no Date: reference/run). */
const JUNK: unknown[][] = [
  [],
  [{}],
  [{ triggerUid: "x" }],
  [{ range: {} }],
  ["token"],
  ["v1.x", { action: "markDone" }],
];

/** The throttle's count of bad tokens: the one thing a refused link is meant to leave behind. */
const BAD_TOKENS = "officer.badTokens";

function worldWithoutThrottle(runtime: Runtime): string {
  runtime.properties.document.store.delete(BAD_TOKENS);
  return worldOf(runtime);
}

function call(runtime: Runtime, name: string, args: unknown[]): { threw: boolean; value: unknown } {
  try {
    return { threw: false, value: runtime.run(name, "webapp", ...args) };
  } catch {
    return { threw: true, value: undefined };
  }
}

describe("every entry point refuses a web page's call", () => {
  test("the bundle's entry points are the ones this walk expects to answer, and more", () => {
    expect(ENTRY_POINTS).toEqual(
      expect.arrayContaining(["doGet", "officerOpen", "officerAct", "dailyDigest", "onEdit"]),
    );
    expect(ENTRY_POINTS.length).toBeGreaterThan(15);
  });

  test.each(ENTRY_POINTS)("%s, called from the web page with junk, changes nothing and answers no data", (name) => {
    const runtime = bootPages();
    const before = worldWithoutThrottle(runtime);
    for (const args of JUNK) {
      const { threw, value } = call(runtime, name, args);
      if (name === "doGet") {
        expect(threw).toBe(false);
        expect(isHtmlOutput(value) && value.getContent()).toContain(t("webapp.invalidLink"));
      } else if (name === "officerOpen" || name === "officerAct") {
        expect(value).toMatchObject({ ok: false });
      } else {
        // Refused before any work: it threw (no editor Ui) or returned nothing.
        expect(threw || value === undefined).toBe(true);
      }
    }
    expect(worldWithoutThrottle(runtime)).toBe(before);
    expect(runtime.ui.dialogs).toEqual([]);
    expect(runtime.calls.matching("MailApp.sendEmail")).toBe(0);
    expect(runtime.calls.matching("Range.set")).toBe(0);
  });

  test("a page cannot make a links' secret either: a refused call before any secret exists leaves none", () => {
    const runtime = bootPages();
    runtime.properties.script.deleteProperty(LINK_SECRET_KEY);
    for (const name of ["doGet", "officerOpen", "officerAct"]) call(runtime, name, ["token"]);
    // The secret is made where links are signed (the e-mail, the sidebar), never by a visitor's junk.
    expect(runtime.properties.script.getProperty(LINK_SECRET_KEY)).toBeNull();
  });
});

describe("the triggers check their event", () => {
  test("dailyDigest started with a made-up trigger id sends nothing, even from a trigger's run", () => {
    const runtime = bootPages();
    const before = worldOf(runtime);
    runtime.run("dailyDigest", "trigger", { triggerUid: "trigger-999", authMode: "FULL" });
    runtime.run("dailyDigest", "trigger");
    expect(worldOf(runtime)).toBe(before);
    expect(runtime.logs.flat().join("\n")).toMatch(/dailyDigest not started by a trigger of this project/);
  });

  test("the trigger the secretariat turned on does send", () => {
    const runtime = bootPages();
    runtime.run("menuRemindersOn", "menu");
    const [trigger] = runtime.scriptApp.triggers;
    runtime.run("dailyDigest", "trigger", { triggerUid: trigger.id, authMode: "FULL" });
    expect(runtime.mail.sent.length).toBeGreaterThan(0);
  });

  test("onEdit without a real Range does nothing; with Sheets' event it still works", () => {
    const runtime = bootPages();
    const before = worldOf(runtime);
    runtime.run("onEdit", "simple", { range: { getRow: 5 } });
    expect(worldOf(runtime)).toBe(before);
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    plan.type(5, 11, "Cán bộ mới");
    // A computed cell gone: the edit has something to write (cells already right are not rewritten).
    plan.type(5, PLAN_TAB.columns.findIndex((c) => c.key === "status") + 1, "");
    runtime.run("onEdit", "simple", { range: plan.range(5, 11), source: runtime.spreadsheet.proxy });
    expect(runtime.calls.matching("Range.setValues")).toBeGreaterThan(0);
  });
});

describe("the officer's page still works for a real link, from the same web page", () => {
  test("officerOpen with a valid token answers the page", () => {
    const runtime = bootPages();
    expect(runtime.run("officerOpen", "webapp", tokenFor())).toMatchObject({ ok: true });
  });
});
