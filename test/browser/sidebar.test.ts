import type { Browser, Page } from "puppeteer-core";
import { dashboardSaveSettings } from "../../src/app/api/dashboard";
import { t as tPage } from "../../src/client/messages";
import { t } from "../../src/core/i18n/messages";
import type { Harness } from "../../src/node/serve";
import { openPage, scrollsSideways, start, stop } from "./browser";

/*
 * "Bảng điều khiển" at the sidebar's 300 px, over the local harness: the figures, a link to a
 * late task's row, a month's report, and the settings form refusing then saving a value.
 */

let harness: Harness;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ harness, browser } = await start());
  ({ page, errors } = await openPage(browser, 300));
  await page.goto(`${harness.url}/sidebar`);
  await page.waitForSelector("main[aria-busy=false] .sections li");
});
afterAll(() => stop(harness, browser));
afterEach(() => expect(errors).toEqual([]));

const settingCell = (key: string) => {
  const values = harness.workbook.sheet(t("tab.settings"))!.readValues();
  return values.find((r) => r[0] === key)?.[1];
};

/** Waits until no call runs: the buttons are enabled again once the answer is shown. */
const settled = () => page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));

describe("the sidebar at 300 px", () => {
  it("shows the sections, the overdue tasks and the indicators, without scrolling sideways", async () => {
    expect(await page.$$eval(".sections li", (li) => li.length)).toBe(10);
    expect(await page.$eval(".sections li .section-line", (s) => s.textContent)).toBe(
      tPage("page.sidebar.sectionLine", { done: 0, total: 7, overdue: 5 }),
    );
    expect(await page.$$eval("ul.overdue li", (li) => li.length)).toBe(19);
    const judgements = await page.$$eval(".indicator .badge", (b) => b.map((x) => x.textContent));
    expect(judgements.length).toBeGreaterThan(0);
    expect(judgements.every((j) => j === t("indicator.noData"))).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("links the editor's own “Việc của tôi” page, in a new tab that gets no handle on the sidebar", async () => {
    await page.waitForSelector("#my-link a");
    const link = await page.$eval("#my-link a", (a) => [
      a.getAttribute("href"),
      a.getAttribute("target"),
      a.getAttribute("rel"),
    ]);
    expect(link[0]).toMatch(new RegExp(`^${harness.url}/exec\\?t=v1\\.`));
    expect(link.slice(1)).toEqual(["_blank", "noopener noreferrer"]);
  });

  it("shows a hostile task text in the overdue list as text, after a refresh", async () => {
    const plan = harness.workbook.sheet(t("tab.plan"))!;
    const row = await page.$eval("ul.overdue .row-link", (b) => Number(b.getAttribute("data-row")));
    const hostile = '<img src=x onerror="document.title=1">';
    plan.type(row, plan.readValues()[0].indexOf(t("col.task")) + 1, hostile);
    await page.click(".toolbar .buttons button");
    await settled();
    expect(await page.$eval(`.row-link[data-row="${row}"] .task-text`, (s) => s.textContent)).toBe(hostile);
    expect(await page.$$("img")).toHaveLength(0);
    expect(await page.title()).not.toBe("1");
  });

  it("selects a late task's row in the sheet from the overdue list", async () => {
    const row = await page.$eval("ul.overdue .row-link", (b) => Number(b.getAttribute("data-row")));
    await page.click("ul.overdue .row-link");
    await settled();
    expect(harness.selectedRows).toEqual([row]);
  });

  it("refreshes from its button, the result lines in the live region", async () => {
    await page.click(".toolbar .buttons button");
    await settled();
    const lines = await page.$$eval("#results p", (p) => p.map((x) => x.textContent));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).not.toContain(tPage("page.working"));
    expect(await page.$eval("#results", (r) => r.getAttribute("aria-live"))).toBe("polite");
  });

  it("makes a month's report and names its tab", async () => {
    await page.select("select[name=period]", "2024-10");
    await page.click(".report button");
    await page.waitForSelector("#results .report-tab");
    await settled();
    const text = await page.$eval("#results .report-tab", (p) => p.textContent!);
    const tab = text.replace(tPage("page.sidebar.reportTab", { tab: "" }), "");
    expect(tab).toMatch(/10/);
    expect(harness.workbook.sheet(tab)).not.toBeNull();
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("folds the indicators and the settings until opened, and keeps them open across a refresh", async () => {
    const isOpen = (key: string) => page.$eval(`details.${key}-fold`, (d) => (d as HTMLDetailsElement).open);
    expect([await isOpen("indicators"), await isOpen("settings")]).toEqual([false, false]);
    await page.click("details.settings-fold > summary");
    await page.waitForSelector("input[name=dueSoonDays]", { visible: true });
    await page.click("details.indicators-fold > summary");
    await page.waitForSelector(".indicator .badge", { visible: true });
    const count = (await page.$$(".indicator")).length;
    expect(await page.$eval("details.indicators-fold summary", (s) => s.textContent)).toBe(
      tPage("page.sidebar.indicatorsCount", { count }),
    );
    await page.click(".toolbar .buttons button");
    await settled();
    expect([await isOpen("indicators"), await isOpen("settings")]).toEqual([true, true]);
  });

  it("shows a wrong setting's error beside it and writes nothing, then saves a right one", async () => {
    const input = "input[name=dueSoonDays]";
    const error = `${input} ~ .field-error`;
    await page.$eval(input, (i) => ((i as HTMLInputElement).value = ""));
    await page.type(input, "ba ngày");
    await page.click("form.settings button[type=submit]");
    await page.waitForSelector(`${error}:not([hidden])`);
    await settled();
    const refused = dashboardSaveSettings(harness.ports, { dueSoonDays: "ba ngày" });
    expect(refused.ok).toBe(false);
    expect(await page.$eval(error, (e) => e.textContent)).toBe(!refused.ok && refused.errors.dueSoonDays);
    expect(settingCell("dueSoonDays")).toBe("3");
    expect(await scrollsSideways(page)).toBe(false);

    await page.$eval(input, (i) => ((i as HTMLInputElement).value = ""));
    await page.type(input, "5");
    await page.click("form.settings button[type=submit]");
    await settled();
    expect(settingCell("dueSoonDays")).toBe("5");
    expect(await page.$eval(input, (i) => (i as HTMLInputElement).value)).toBe("5");
    expect(await page.$eval(error, (e) => (e as HTMLElement).hidden)).toBe(true);
  });

  it("refuses a setting someone changed in the sheet since the form showed it, keeping the sheet's value", async () => {
    const settings = harness.workbook.sheet(t("tab.settings"))!;
    const row = settings.readValues().findIndex((r) => r[0] === "reminderHour") + 1;
    settings.type(row, 2, "8");
    const input = "input[name=reminderHour]";
    await page.$eval(input, (i) => ((i as HTMLInputElement).value = ""));
    await page.type(input, "9");
    await page.click("form.settings button[type=submit]");
    await page.waitForSelector(`${input} ~ .field-error:not([hidden])`);
    await settled();
    expect(settingCell("reminderHour")).toBe("8");
  });
});
