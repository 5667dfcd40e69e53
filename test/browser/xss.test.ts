import type { Browser, Page } from "puppeteer-core";
import { refreshAll } from "../../src/app/commands/refresh";
import { t, type MessageKey } from "../../src/core/i18n/messages";
import type { MemorySheet } from "../../src/memory/memoryWorkbook";
import type { Harness } from "../../src/node/serve";
import { openPage, start, stop } from "./browser";

/*
 * Every value the two pages display, made hostile at its source (a plan cell, Danh bạ, Cài
 * đặt, Chỉ số, an officer's note), then both pages opened in Chromium: nothing of it may become
 * an element, run a script or open a dialog. The payloads set a flag on window when they run.
 */

const PAYLOADS = [
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload="window.__xss=2">`,
  `</script><script>window.__xss=3</script>`,
  `javascript:window.__xss=4`,
  `<iframe srcdoc="<script>parent.__xss=5</script>">`,
];
const hostile = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} #${i}`;

let harness: Harness;
let browser: Browser;
let page: Page;
let errors: string[];
let dialogs: string[];

const sheet = (tab: MessageKey): MemorySheet => harness.workbook.sheet(t(tab))!;
const colOf = (s: MemorySheet, header: MessageKey) => s.readValues()[0].indexOf(t(header)) + 1;

/** Types a hostile value into every row of these columns, as a person typing in the sheet would. */
function poison(tab: MessageKey, headers: readonly MessageKey[]): void {
  const s = sheet(tab);
  const rows = s.readValues().length;
  for (const header of headers) {
    const col = colOf(s, header);
    if (col < 1) throw new Error(`no column ${header} in ${tab}`);
    for (let row = 2; row <= rows; row++) s.type(row, col, hostile(row));
  }
}

/** The setting's value cell, by its key in the first column. */
function setSetting(key: string, value: string): void {
  const s = sheet("tab.settings");
  const row = s.readValues().findIndex((r) => r[0] === key) + 1;
  if (row < 2) throw new Error(`no setting ${key}`);
  s.type(row, 2, value);
}

/** What any payload would leave behind in the page: a flag, or an element it made. */
const traces = (p: Page) =>
  p.evaluate(`({
    flag: window.__xss ?? null,
    made: document.querySelectorAll("main img, main svg, main iframe, main script, main object, main embed").length,
    hrefs: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).filter((h) => !/^https:|^http:\\/\\/127\\.0\\.0\\.1[:/]/.test(h)),
  })`);

beforeAll(async () => {
  ({ harness, browser } = await start());
  ({ page, errors, dialogs } = await openPage(browser, 360));
  poison("tab.plan", ["col.section", "col.task", "col.output", "col.notes"]);
  poison("tab.directory", ["col.person", "col.remarks"]);
  poison("tab.indicators", ["col.indicatorName"]);
  setSetting("communeName", hostile(100));
  refreshAll(harness.ports);
});
afterAll(() => stop(harness, browser));
afterEach(() => {
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
});

test("the officer's page shows every hostile plan value as text", async () => {
  await page.goto(harness.linkFor("Văn phòng - Thống kê"));
  await page.waitForSelector("main[aria-busy=false]");
  const text = String(await page.evaluate("document.body.textContent"));
  expect(text).toContain(PAYLOADS[0]);
  expect(text).toContain(PAYLOADS[2]);
  expect(await traces(page)).toEqual({ flag: null, made: 0, hrefs: [] });
});

test("the sidebar shows hostile tasks, indicators, sections and the commune's name as text", async () => {
  await page.goto(`${harness.url}/sidebar`);
  await page.waitForFunction("!document.querySelector('[aria-busy=true]') && document.querySelector('.sections li')");
  const text = String(await page.evaluate("document.body.textContent"));
  expect(text).toContain(PAYLOADS[1]);
  expect(await traces(page)).toEqual({ flag: null, made: 0, hrefs: [] });
});
