/**
 * The web app's entry, the sidebar and the link secret, through Code.js in the strict runtime:
 * a visit runs doGet as Google starts it (FULL as the deploying user, no Ui, anonymous visitor).
 */
import { t } from "../../src/core/i18n/messages";
import { LINK_SECRET_KEY as LINK_SECRET_PROPERTY } from "../../src/app/state/linkSecret";
import type { FakeHtmlOutput } from "./html";
import { createRuntime, loadBundle, manifest, type Runtime } from "./runtime";

/** The deployment README argues for, once the page is served: as the deployer, open without login. */
const WEBAPP = { executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" } as const;

function boot(): Runtime {
  const runtime = createRuntime({ now: new Date("2024-11-20T01:00:00Z"), webapp: WEBAPP });
  loadBundle(runtime);
  return runtime;
}

describe("the officers' web page (doGet)", () => {
  test("answers an HTML page in Vietnamese, with the viewport meta tag and the DEFAULT frame policy", () => {
    const runtime = boot();
    const page = runtime.run("doGet", "webapp", {
      parameter: { t: "forged" },
      queryString: "t=forged",
    }) as FakeHtmlOutput;
    expect(page.getTitle()).toBe("Việc của tôi");
    expect(page.getContent()).toContain("Liên kết không hợp lệ hoặc đã hết hạn");
    expect(page.getContent()).toContain(t("webapp.invalidLink"));
    expect(page.getContent()).toContain('<html lang="vi">');
    expect(page.metaTags).toEqual([{ name: "viewport", content: "width=device-width, initial-scale=1" }]);
    expect(page.xFrameOptionsMode).toBe("DEFAULT");
    // No script, no handler in the markup, and the query's text is not echoed.
    expect(page.getContent()).not.toMatch(/<script|\son\w+=|forged/i);
  });

  test("calls no service it need not: HtmlService only, no sheet, no properties, no Session", () => {
    const runtime = boot();
    runtime.run("doGet", "webapp", { parameter: {} });
    expect(Object.keys(runtime.calls.snapshot()).every((k) => /^(HtmlService|HtmlOutput)\./.test(k))).toBe(true);
    expect(runtime.calls.snapshot()).toEqual({
      "HtmlOutput.addMetaTag": 1,
      "HtmlOutput.setTitle": 1,
      "HtmlOutput.setXFrameOptionsMode": 1,
      "HtmlService.createHtmlOutput": 1,
    });
  });

  test("no manifest has a webapp section yet: nothing can be deployed as a web app before every other entry refuses it", () => {
    // google.script.run on any page the script serves can call any top-level function of Code.js
    // (developers.google.com/apps-script/guides/html/reference/run), as the deployer when it
    // executes as USER_DEPLOYING: the section comes with the page and that refusal.
    expect(manifest("bound").webapp).toBeUndefined();
    expect(manifest("addon").webapp).toBeUndefined();
    const runtime = createRuntime({ now: new Date("2024-11-20T01:00:00Z") });
    loadBundle(runtime);
    expect(() => runtime.run("doGet", "webapp", { parameter: {} })).toThrow(/no webapp section/);
  });

  test("scopes still pass: the page needs none beyond the manifest's, which it did not grow", () => {
    const runtime = createRuntime({ scopes: [], webapp: WEBAPP });
    loadBundle(runtime);
    expect(() => runtime.run("doGet", "webapp", { parameter: {} })).not.toThrow();
    expect(manifest().oauthScopes).toHaveLength(6);
  });
});

describe("revoking every link: a new secret (the menu item comes with the officer's page)", () => {
  test("rotating the link secret writes a new one to script properties, never to the sheet", () => {
    const runtime = boot();
    runtime.ui.answers.push({ button: "YES" });
    runtime.run("menuRotateLinkSecret", "menu");
    const first = runtime.properties.script.getProperty(LINK_SECRET_PROPERTY);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(runtime.ui.dialogs.at(-1)?.message).toBe(t("linkSecret.done"));
    runtime.ui.answers.push({ button: "YES" });
    runtime.run("menuRotateLinkSecret", "menu");
    const second = runtime.properties.script.getProperty(LINK_SECRET_PROPERTY);
    expect(second).toMatch(/^[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
    // Not in the document's or the user's store, and in no cell of any tab.
    expect(runtime.properties.document.getKeys()).not.toContain(LINK_SECRET_PROPERTY);
    expect(runtime.properties.user.getKeys()).toEqual([]);
    const cells = runtime.spreadsheet.sheets.flatMap((s) => s.grid().flat().map(String));
    expect(cells.some((c) => c.includes(second!))).toBe(false);
    expect(runtime.calls.matching("Range.")).toBe(0);
  });

  test("answering no to the question keeps the secret, so no link is revoked by a slip", () => {
    const runtime = boot();
    runtime.properties.script.setProperty(LINK_SECRET_PROPERTY, "a".repeat(64));
    runtime.ui.answers.push({ button: "NO" });
    runtime.run("menuRotateLinkSecret", "menu");
    expect(runtime.properties.script.getProperty(LINK_SECRET_PROPERTY)).toBe("a".repeat(64));
    expect(runtime.ui.dialogs.at(-1)?.message).toBe(t("linkSecret.confirm"));
  });
});
