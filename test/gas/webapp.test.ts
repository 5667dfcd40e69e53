/**
 * The web app's entry, the officer's two server functions, the sidebar and the link secret,
 * through Code.js in the strict runtime: a visit and the page's google.script.run calls run as
 * Google starts them ("webapp": FULL as the deploying user, no Ui, no active spreadsheet,
 * anonymous visitor); the sidebar's calls as the editor who opened it ("sidebar").
 */
import { t } from "../../src/core/i18n/messages";
import { LINK_SECRET_KEY as LINK_SECRET_PROPERTY } from "../../src/app/state/linkSecret";
import { CONTAINER_KEY } from "../../src/gas/container";
import type { Dashboard, OfficerActAnswer, OfficerOpenAnswer } from "../../src/bridge/contract";
import type { FakeHtmlOutput } from "./html";
import { bootPages, OFFICER, SECRET, tokenFor, WEBAPP, worldOf } from "./pages";
import { createRuntime, loadBundle, manifest, type Runtime } from "./runtime";

/** Calls that touch the spreadsheet or say who is visiting. */
const SHEET_OR_SESSION = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Session)\./;
const touchedSheet = (runtime: Runtime) =>
  Object.keys(runtime.calls.snapshot()).filter((k) => SHEET_OR_SESSION.test(k));

function open(runtime: Runtime, token: string): OfficerOpenAnswer {
  return runtime.run("officerOpen", "webapp", token) as OfficerOpenAnswer;
}

describe("the officers' web page (doGet)", () => {
  test("a refused link gets a page in Vietnamese with no script, the viewport meta tag and the DEFAULT frame policy", () => {
    const runtime = bootPages();
    const page = runtime.run("doGet", "webapp", {
      parameter: { t: "forged" },
      queryString: "t=forged",
    }) as FakeHtmlOutput;
    expect(page.getTitle()).toBe("Việc của tôi");
    expect(page.getContent()).toContain("Liên kết không hợp lệ hoặc đã hết hạn");
    expect(page.getContent()).toContain('<html lang="vi">');
    expect(page.metaTags).toEqual([{ name: "viewport", content: "width=device-width, initial-scale=1" }]);
    expect(page.xFrameOptionsMode).toBe("DEFAULT");
    // No script, no handler in the markup, and the query's text is not echoed.
    expect(page.getContent()).not.toMatch(/<script|\son\w+=|forged/i);
    expect(touchedSheet(runtime)).toEqual([]);
  });

  test("a valid link gets the officer's page file, titled, with the viewport and DEFAULT, still without a sheet call", () => {
    const runtime = bootPages();
    const page = runtime.run("doGet", "webapp", { parameter: { t: tokenFor() } }) as FakeHtmlOutput;
    expect(page.getContent()).toContain('<main id="app">');
    expect(page.getTitle()).toBe("Việc của tôi");
    expect(page.metaTags).toEqual([{ name: "viewport", content: "width=device-width, initial-scale=1" }]);
    expect(page.xFrameOptionsMode).toBe("DEFAULT");
    expect(runtime.calls.of("HtmlService.createHtmlOutputFromFile")).toBe(1);
    expect(runtime.calls.of("HtmlService.createHtmlOutput")).toBe(0);
    expect(touchedSheet(runtime)).toEqual([]);
  });

  test("an expired link, or one signed with another key, is refused like junk", () => {
    const runtime = bootPages();
    const expired = runtime.run("doGet", "webapp", { parameter: { t: tokenFor(OFFICER, "2024-11-19 08:00:00") } });
    expect((expired as FakeHtmlOutput).getContent()).toContain(t("webapp.invalidLink"));
    runtime.properties.script.setProperty(LINK_SECRET_PROPERTY, "b".repeat(64));
    const rotated = runtime.run("doGet", "webapp", { parameter: { t: tokenFor() } });
    expect((rotated as FakeHtmlOutput).getContent()).toContain(t("webapp.invalidLink"));
  });
});

describe("the pages the build makes (dist/gas/officer.html, sidebar.html)", () => {
  /** A runtime serving the built files, beside Code.js, as clasp pushes them. */
  function built(): Runtime {
    const runtime = createRuntime({ now: new Date("2024-11-20T01:00:00Z"), webapp: WEBAPP });
    loadBundle(runtime);
    runtime.properties.script.setProperty(LINK_SECRET_PROPERTY, SECRET);
    return runtime;
  }

  test("a valid link is answered with the built officer's page, its script inline, the viewport set by the server", () => {
    const page = built().run("doGet", "webapp", { parameter: { t: tokenFor() } }) as FakeHtmlOutput;
    expect(page.getContent()).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(page.getContent()).toContain("<script>");
    // HtmlService ignores a meta viewport in the file: it comes from addMetaTag only.
    expect(page.getContent()).not.toMatch(/<meta name="viewport"/);
    expect(page.metaTags).toEqual([{ name: "viewport", content: "width=device-width, initial-scale=1" }]);
  });

  test("Bảng điều khiển shows the built sidebar page", () => {
    const runtime = built();
    runtime.run("menuDashboard", "menu");
    expect(runtime.ui.dialogs[0]).toMatchObject({ kind: "sidebar", title: "Bảng điều khiển", width: 300 });
    expect(runtime.ui.dialogs[0].message).toContain("<script>");
  });
});

describe("the officer's page calls (google.script.run from the web page)", () => {
  test("officerOpen opens the bound sheet by its noted id, as the web app has no active spreadsheet", () => {
    const runtime = bootPages();
    const answer = open(runtime, tokenFor());
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.page.person).toBe(OFFICER);
    expect(answer.page.tasks.length).toBeGreaterThan(0);
    expect(runtime.calls.of("SpreadsheetApp.openById")).toBe(1);
  });

  test("a refused token opens nothing: no sheet call at all", () => {
    const runtime = bootPages();
    const answer = open(runtime, "v1.junk");
    expect(answer).toMatchObject({ ok: false, message: t("webapp.invalidLink") });
    expect(touchedSheet(runtime)).toEqual([]);
  });

  test("officerAct marks one of the officer's tasks done, in that row's officer cells only", () => {
    const runtime = bootPages();
    const opened = open(runtime, tokenFor());
    if (!opened.ok) throw new Error(opened.message);
    const task = opened.page.tasks.find((x) => x.actions.includes("markDone"))!;
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    const before = plan.grid().map((r) => [...r]);
    const answer = runtime.run("officerAct", "webapp", tokenFor(), {
      action: "markDone",
      taskId: task.id,
      completedOn: "19/11/2024",
      evidence: "https://dailanh.gov.vn/vb/1",
    }) as OfficerActAnswer;
    expect(answer).toMatchObject({ ok: true, message: t("officer.doneMarked", { id: task.id }) });
    const after = plan.grid();
    const changedRows = after.map((r, i) => i).filter((i) => JSON.stringify(after[i]) !== JSON.stringify(before[i]));
    expect(changedRows).toEqual([task.row - 1]);
  });

  test("logging an occurrence into a completions tab whose grid is full reads no row past it and grows it by one", () => {
    const runtime = bootPages();
    const opened = open(runtime, tokenFor());
    if (!opened.ok) throw new Error(opened.message);
    const task = opened.page.tasks.find((x) => x.actions.includes("logOccurrence"))!;
    const log = runtime.spreadsheet.tab("Hoàn thành theo kỳ");
    const rows = log.grid().length;
    // The grid ends at the tab's last row: the append must ask for a row past it, not read beyond it.
    log.maxRows = rows;
    const answer = runtime.run("officerAct", "webapp", tokenFor(), {
      action: "logOccurrence",
      taskId: task.id,
      period: task.period!.key,
      completedOn: "19/11/2024",
      evidence: "https://dailanh.gov.vn/vb/2",
    }) as OfficerActAnswer;
    expect(answer).toMatchObject({ ok: true });
    expect(log.maxRows).toBe(rows + 1);
    expect(log.grid()[rows].slice(0, 2)).toEqual([task.id, task.period!.key]);
  });

  test("without the spreadsheets scope the page could not open its sheet: the scope the web app adds", () => {
    const scopes = manifest("bound").oauthScopes!.filter((s) => s !== "https://www.googleapis.com/auth/spreadsheets");
    const runtime = bootPages({ scopes });
    expect(() => open(runtime, tokenFor())).toThrow("You do not have permission to call SpreadsheetApp.openById");
  });

  test("the daily e-mail's run notes the bound sheet's id for the page; a sheet never noted says what to do", () => {
    const runtime = bootPages();
    runtime.properties.script.deleteProperty(CONTAINER_KEY);
    expect(() => open(runtime, tokenFor())).toThrow(t("webapp.noContainer"));
    runtime.fire("dailyDigest");
    expect(runtime.properties.script.getProperty(CONTAINER_KEY)).toBe(runtime.spreadsheet.getId());
    expect(open(runtime, tokenFor()).ok).toBe(true);
  });
});

describe("the manifests", () => {
  test("the bound script's manifest deploys the web app as its deployer, open to anyone with the URL; the add-on's has none", () => {
    expect(manifest("bound").webapp).toEqual(WEBAPP);
    expect(manifest("addon").webapp).toBeUndefined();
  });
});

describe("the secretariat's sidebar", () => {
  test("Bảng điều khiển opens the sidebar file titled from the catalogue, 300 px wide", () => {
    const runtime = bootPages();
    runtime.run("menuDashboard", "menu");
    expect(runtime.ui.dialogs).toEqual([
      { kind: "sidebar", title: "Bảng điều khiển", message: expect.stringContaining('<main id="dash">'), width: 300 },
    ]);
  });

  test("no sidebar from a trigger or a web page: there is no editor to show it in", () => {
    const runtime = bootPages();
    for (const kind of ["trigger", "webapp"] as const)
      expect(() => runtime.run("menuDashboard", kind)).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
    expect(runtime.ui.dialogs).toEqual([]);
  });

  test("the sidebar's first load answers the dashboard as the editor who opened it, and notes the sheet for the web page", () => {
    const runtime = bootPages();
    runtime.properties.script.deleteProperty(CONTAINER_KEY);
    const dashboard = runtime.run("dashboardLoad", "sidebar") as Dashboard;
    expect(dashboard.counts.reduce((n, c) => n + c.count, 0)).toBe(77);
    expect(runtime.properties.script.getProperty(CONTAINER_KEY)).toBe(runtime.spreadsheet.getId());
  });

  test("the editor's own link is on the deployment's /exec address and opens the officer's page; none before deploying", () => {
    const runtime = bootPages();
    runtime.session.activeUser = OFFICER;
    expect(runtime.run("dashboardMyLink", "sidebar")).toMatchObject({ url: null });
    runtime.scriptApp.deployedUrl = "https://script.google.com/macros/s/AKfycbx/exec";
    const { url } = runtime.run("dashboardMyLink", "sidebar") as { url: string };
    expect(url).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/AKfycbx\/exec\?t=v1\./);
    const token = new URL(url).searchParams.get("t")!;
    const answer = open(runtime, token);
    expect(answer.ok && answer.page.person).toBe(OFFICER);
  });

  test("a task's link selects its row of Kế hoạch; a row outside the plan, or not a whole number, selects nothing", () => {
    const runtime = bootPages();
    const plan = runtime.spreadsheet.tab("Kế hoạch");
    for (const row of [0, 1, 2.5, plan.grid().length + 1, "5", null]) runtime.run("dashboardGoToRow", "sidebar", row);
    expect(runtime.spreadsheet.selection).toBeNull();
    runtime.run("dashboardGoToRow", "sidebar", 5);
    expect(runtime.spreadsheet.selection).toEqual({
      sheet: "Kế hoạch",
      row: 5,
      col: 1,
      numRows: 1,
      numCols: plan.grid()[0].length,
    });
  });
});

describe("revoking every link: a new secret", () => {
  test("rotating the link secret writes a new one to script properties, never to the sheet", () => {
    const runtime = createRuntime({ now: new Date("2024-11-20T01:00:00Z") });
    loadBundle(runtime);
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
    const runtime = bootPages();
    runtime.ui.answers.push({ button: "NO" });
    const before = worldOf(runtime);
    runtime.run("menuRotateLinkSecret", "menu");
    expect(worldOf(runtime)).toBe(before);
    expect(runtime.ui.dialogs.at(-1)?.message).toBe(t("linkSecret.confirm"));
  });
});
