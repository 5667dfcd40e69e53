import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { localDate } from "../../src/core/dates/localDate";
import { t } from "../../src/core/i18n/messages";
import type { MemorySheet } from "../../src/memory/memoryWorkbook";
import { startServer, type Harness } from "../../src/node/serve";

/*
 * One browser and one harness per test file: the local server over the seed plan on its
 * reference day, with Danh bạ's sample addresses, and a headless Chromium driving the pages.
 */

export const TODAY = localDate(2024, 11, 20);

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    args: [...chromium.args, ...extraArgs],
    executablePath: await chromium.executablePath(),
    headless: true,
    env: { ...process.env, LANG: "vi_VN.UTF-8" },
  });
}

export async function start(): Promise<{ harness: Harness; browser: Browser }> {
  const harness = await startServer({ today: TODAY });
  const browser = await launch();
  return { harness, browser };
}

export async function stop(harness?: Harness, browser?: Browser): Promise<void> {
  await browser?.close();
  await harness?.close();
}

/** A page at the given width; any script error on it fails the test that reads `errors`. */
export async function openPage(
  browser: Browser,
  width: number,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 740 });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, errors, dialogs };
}

/** Whether the page scrolls sideways: it must not, at a phone's width or in the sidebar. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** A tab's cell by the header the product wrote (row 1). */
export function cellOf(sheet: MemorySheet, row: number, headerKey: Parameters<typeof t>[0]): unknown {
  const header = sheet.readValues()[0];
  const col = header.indexOf(t(headerKey)) + 1;
  if (col === 0) throw new Error(`no column ${t(headerKey)}`);
  return sheet.get(row, col);
}
