/*
 * `npm run screenshots`: the pages as a person sees them, over the local harness and the seed
 * plan on its reference day, written to docs/images (README and docs link them). Run after a
 * change to the pages, then look at each picture.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { t } from "../src/client/messages";
import { localDate } from "../src/core/dates/localDate";
import { startServer } from "../src/node/serve";
import { launch } from "../test/browser/browser";

const OUT = join(process.cwd(), "docs", "images");

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, name) });
  console.log(join(OUT, name));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const harness = await startServer({ today: localDate(2024, 11, 20) });
  // A Vietnamese phone: the date field then reads dd/mm/yyyy, as the officers see it.
  const browser = await launch(["--lang=vi-VN"]);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 1100, deviceScaleFactor: 2 });
    await page.goto(harness.linkFor("Văn phòng - Thống kê"));
    await page.waitForSelector("main[aria-busy=false]");
    // The first overdue card, its form open: a recurring report due for this period.
    const card = '[data-group="overdue"] .card:first-of-type';
    await page.click(`${card} .actions button:first-child`);
    await page.waitForSelector(`${card} form`);
    await page.type(`${card} input[name=evidence]`, "https://drive.google.com/file/d/bien-ban");
    await shoot(page, "officer-phone.png");

    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2 });
    await page.goto(`${harness.url}/exec?t=v1.bGllbiBrZXQgZ2lh.AAAA`);
    await page.waitForSelector(".refused");
    await shoot(page, "officer-refused.png");

    await page.setViewport({ width: 300, height: 1500, deviceScaleFactor: 2 });
    await page.goto(`${harness.url}/sidebar`);
    await page.waitForSelector("main[aria-busy=false] .sections li");
    await page.click(".toolbar .buttons button");
    await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
    await shoot(page, "sidebar.png");

    await page.click("details.settings-fold > summary");
    await page.$eval("input[name=dueSoonDays]", (i) => ((i as HTMLInputElement).value = "ba ngày"));
    await page.click("form.settings button[type=submit]");
    await page.waitForSelector("input[name=dueSoonDays] ~ .field-error:not([hidden])");
    await page.$eval("details.settings-fold", (f) => f.scrollIntoView({ block: "start" }));
    await shoot(page, "sidebar-settings.png");
    if (!(await page.$eval("#results", (r) => r.textContent))?.includes(t("page.sidebar.settingsRefused")))
      throw new Error("the settings refusal is not shown");
  } finally {
    await browser.close();
    await harness.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
