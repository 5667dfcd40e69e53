/*
 * docs/images/digest-link.png: an officer's daily e-mail, with its personal link to "Việc của
 * tôi", as a phone 360 px wide shows it. Over the seed plan on 20/11/2024, every role of Danh bạ
 * given an address. Not a test: run it when the e-mail's look changes, and look at the picture.
 *
 *   npx esbuild scripts/digest-link-screenshot.ts --bundle --platform=node --format=cjs \
 *     --packages=external --loader:.txt=text --outfile=dist/digest-link-screenshot.cjs \
 *     && node dist/digest-link-screenshot.cjs
 */
import chromium from "@sparticuz/chromium";
import puppeteer from "puppeteer-core";
import { importTableInto } from "../src/app/commands/importPlan";
import { runDigest } from "../src/app/commands/sendDigests";
import { t } from "../src/core/i18n/messages";
import { readTextTable } from "../src/core/plan/readers/textTable";
import { SAMPLE_PLAN_TEXT } from "../src/core/plan/samplePlan";
import { DIRECTORY_TAB, SETTINGS_TAB } from "../src/core/workbook/layout";
import { MemoryStore, MemoryWorkbook, type MemorySheet } from "../src/memory/memoryWorkbook";
import { NO_DOCUMENTS } from "../src/memory/none";
import { nodeCrypto } from "../src/node/crypto";
import type { OutgoingMail } from "../src/ports";

const OUT = "docs/images/digest-link.png";
const WEB_APP = "https://script.google.com/macros/s/AKfycbx9_Zq-3LmN0pQr/exec";
const OFFICER = "justicecivil@dailanh.gov.vn";
const col = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;

/** The officer's e-mail of the seed's reference day, as the daily run renders it. */
function officerMail(): OutgoingMail {
  const sent: OutgoingMail[] = [];
  const ports = {
    workbook: new MemoryWorkbook(),
    store: new MemoryStore(),
    clock: { today: () => ({ year: 2024, month: 11, day: 20 }), timestamp: () => "2024-11-20 07:00:00" },
    user: { email: () => "" },
    documents: NO_DOCUMENTS,
    mailer: { remaining: () => 100, send: (mail: OutgoingMail) => void sent.push(mail) },
    crypto: nodeCrypto,
    secrets: new MemoryStore(),
  };
  importTableInto(ports, readTextTable(SAMPLE_PLAN_TEXT));
  const directory = ports.workbook.sheet(t(DIRECTORY_TAB.name)) as MemorySheet;
  directory.readValues().forEach((row, i) => {
    if (i > 0 && row[0])
      directory.type(i + 1, col(DIRECTORY_TAB, "email"), `${String(row[0]).toLowerCase()}@dailanh.gov.vn`);
  });
  const settings = ports.workbook.sheet(t(SETTINGS_TAB.name)) as MemorySheet;
  const row = settings.readValues().findIndex((r) => r[0] === "webAppUrl") + 1;
  settings.type(row, col(SETTINGS_TAB, "value"), WEB_APP);
  runDigest(ports, { link: (r) => `https://docs.google.com/spreadsheets/d/ID/edit#gid=0&range=A${r}` });
  const mail = sent.find((m) => m.to[0] === OFFICER);
  if (!mail?.htmlBody) throw new Error(`no e-mail for ${OFFICER}`);
  return mail;
}

async function main(): Promise<void> {
  const mail = officerMail();
  const browser = await puppeteer.launch({
    args: chromium.args,
    executablePath: await chromium.executablePath(),
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2 });
    await page.setContent(mail.htmlBody!, { waitUntil: "load" });
    await page.screenshot({ path: OUT, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`${OUT}: ${mail.subject}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
