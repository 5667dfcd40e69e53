import type { Browser, Page } from "puppeteer-core";
import { officerAct } from "../../src/app/api/officer";
import { personalToken } from "../../src/app/commands/officerLinks";
import { t as tPage } from "../../src/client/messages";
import { t } from "../../src/core/i18n/messages";
import type { MemorySheet } from "../../src/memory/memoryWorkbook";
import { signedLink, type Harness } from "../../src/node/serve";
import { cellOf, openPage, scrollsSideways, start, stop, TODAY } from "./browser";

/*
 * "Việc của tôi" on a 360 px phone, driven in Chromium over the local harness: what an officer
 * does with the link from the e-mail, and what a wrong link, someone else's task or a hostile
 * plan cell cannot do.
 */

const OFFICER = "Văn phòng - Thống kê";
const OTHER = "Tư pháp - Hộ tịch";
const EVIDENCE = "https://drive.google.com/file/d/bien-ban-hop";

let harness: Harness;
let browser: Browser;
let page: Page;
let errors: string[];
let dialogs: string[];

beforeAll(async () => {
  ({ harness, browser } = await start());
  ({ page, errors, dialogs } = await openPage(browser, 360));
});
afterAll(() => stop(harness, browser));
afterEach(() => expect(errors).toEqual([]));

const plan = (): MemorySheet => harness.workbook.sheet(t("tab.plan"))!;
const logRows = () => harness.workbook.sheet(t("tab.log"))!.readValues().length;
const rowOf = (id: string) =>
  plan()
    .readValues()
    .findIndex((r) => r[0] === id) + 1;
const tokenOf = (link: string) => new URL(link).searchParams.get("t")!;

async function openAs(link: string): Promise<void> {
  await page.goto(link);
  await page.waitForSelector("main[aria-busy=false]");
}

/** The ids of the cards in a group, in order. */
const idsIn = (group: string) =>
  page.$$eval(`[data-group="${group}"] .card`, (cards) => cards.map((c) => c.getAttribute("data-task-id")!));

/** The ids of the cards in a group that offer "mark done". */
const markable = (group: string) =>
  page.$$eval(`[data-group="${group}"] .card:has(button[data-action="markDone"])`, (cards) =>
    cards.map((c) => c.getAttribute("data-task-id")!),
  );

/** Opens the action's form on the task's card: the form, found under that card. */
async function openForm(id: string, action: string): Promise<string> {
  const card = `.card[data-task-id="${id}"]`;
  await page.click(`${card} button[data-action="${action}"]`);
  await page.waitForSelector(`${card} form[data-action="${action}"]`);
  return `${card} form`;
}

/** Sets an <input type=date> as the phone's picker would, whatever the browser's locale. */
async function pickDate(form: string, iso: string): Promise<void> {
  await page.$eval(
    `${form} input[name=completedOn]`,
    (input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    iso,
  );
}

async function typeInto(selector: string, text: string): Promise<void> {
  await page.$eval(selector, (input) => ((input as HTMLInputElement).value = ""));
  await page.type(selector, text);
}

describe("the officer's page at 360 px", () => {
  it("marks an overdue task done: it leaves the overdue group, the plan row and Nhật ký record it", async () => {
    await openAs(harness.linkFor(OFFICER));
    const overdue = await idsIn("overdue");
    expect(overdue.length).toBeGreaterThan(0);
    const id = (await markable("overdue"))[0];
    const form = await openForm(id, "markDone");
    expect(await page.$eval(`${form} input[name=completedOn]`, (i) => (i as HTMLInputElement).max)).toBe("2024-11-20");
    await pickDate(form, "2024-11-19");
    await typeInto(`${form} input[name=evidence]`, EVIDENCE);
    expect(await scrollsSideways(page)).toBe(false);
    const logBefore = logRows();
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(
      (text) => document.getElementById("notice")?.textContent === text,
      {},
      t("officer.doneMarked", { id }),
    );
    expect(await idsIn("overdue")).not.toContain(id);
    expect(
      await page.$eval(`.card[data-task-id="${id}"]`, (c) => c.closest("section")!.getAttribute("data-group")),
    ).toBe("other");
    const row = rowOf(id);
    expect(cellOf(plan(), row, "col.progress")).toBe(t("progress.done"));
    expect(cellOf(plan(), row, "col.evidence")).toBe(EVIDENCE);
    expect(cellOf(plan(), row, "col.completedOn")).toBeTruthy();
    const log = harness.workbook.sheet(t("tab.log"))!.readValues();
    expect(log.length).toBe(logBefore + 1);
    expect(log.at(-1)!.join(" ")).toContain(id);
    expect(log.at(-1)!.join(" ")).toContain(harness.people[0].email);
  });

  it("refuses a missing evidence link beside its field, and a link the server refuses beside it too; nothing written", async () => {
    await openAs(harness.linkFor(OFFICER));
    const id = (await markable("overdue"))[0];
    const row = rowOf(id);
    const before = plan().readValues()[row - 1].slice();
    const logBefore = logRows();
    const form = await openForm(id, "markDone");
    await page.click(`${form} button[type=submit]`);
    const error = `${form} input[name=evidence] ~ .field-error`;
    await page.waitForSelector(`${error}:not([hidden])`);
    expect(await page.$eval(error, (e) => e.textContent)).toBe(tPage("page.error.evidenceRequired"));
    expect(await page.$eval(`${form} input[name=evidence]`, (i) => i.getAttribute("aria-invalid"))).toBe("true");
    // Past the page's own check, the server's: a link with no host before the "@", refused by officerAct.
    const bad = "https://@drive.google.com/x";
    const token = tokenOf(page.url());
    const refused = officerAct(harness.ports, token, {
      action: "markDone",
      taskId: id,
      completedOn: "20/11/2024",
      evidence: bad,
    });
    expect(refused).toMatchObject({ ok: false, field: "evidence" });
    await typeInto(`${form} input[name=evidence]`, bad);
    await page.click(`${form} button[type=submit]`);
    const shown = (refused as { message: string }).message;
    await page.waitForFunction((sel, text) => document.querySelector(sel)?.textContent === text, {}, error, shown);
    expect(plan().readValues()[row - 1]).toEqual(before);
    expect(logRows()).toBe(logBefore);
  });

  it("sends a form once however often it is submitted while the call runs", async () => {
    await openAs(harness.linkFor(OFFICER));
    const id = (await markable("overdue"))[0];
    const form = await openForm(id, "markDone");
    await typeInto(`${form} input[name=evidence]`, EVIDENCE);
    const calls: string[] = [];
    const count = (r: { url(): string }) => void (r.url().includes("/rpc/") && calls.push(r.url()));
    page.on("request", count);
    const logBefore = logRows();
    // Three submits in one go, before any answer can come back: a double tap on a slow network.
    await page.$eval(form, (f) => {
      for (let i = 0; i < 3; i++) (f as HTMLFormElement).requestSubmit();
    });
    await page.waitForFunction(
      (text) => document.getElementById("notice")?.textContent === text,
      {},
      t("officer.doneMarked", { id }),
    );
    page.off("request", count);
    expect(calls).toHaveLength(1);
    expect(logRows()).toBe(logBefore + 1);
  });

  it("says in Vietnamese when the network fails, with no stack, and keeps what was typed", async () => {
    await openAs(harness.linkFor(OFFICER));
    const id = (await idsIn("overdue"))[0];
    const form = await openForm(id, "noteDifficulty");
    await typeInto(`${form} input[name=text]`, "Mất mạng");
    await page.setOfflineMode(true);
    try {
      await page.click(`${form} button[type=submit]`);
      await page.waitForSelector(`${form} .form-error:not([hidden])`);
      expect(await page.$eval(`${form} .form-error`, (e) => e.textContent)).toBe(tPage("page.callFailed"));
      expect(await page.$eval(`${form} input[name=text]`, (i) => (i as HTMLInputElement).value)).toBe("Mất mạng");
    } finally {
      await page.setOfflineMode(false);
    }
  });

  it("notes a difficulty on one line, written to the row's notes", async () => {
    await openAs(harness.linkFor(OFFICER));
    const id = (await idsIn("overdue"))[0];
    const form = await openForm(id, "noteDifficulty");
    await typeInto(`${form} input[name=text]`, "Chưa có kinh phí in tài liệu");
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(
      (text) => document.getElementById("notice")?.textContent === text,
      {},
      t("officer.doneNoted", { id }),
    );
    expect(String(cellOf(plan(), rowOf(id), "col.notes"))).toContain("Chưa có kinh phí in tài liệu");
  });

  it("logs this period's occurrence of a recurring task", async () => {
    await openAs(harness.linkFor(OFFICER));
    const id = await page.$eval('.card:has(button[data-action="logOccurrence"])', (c) =>
      c.getAttribute("data-task-id")!,
    );
    const form = await openForm(id, "logOccurrence");
    await typeInto(`${form} input[name=evidence]`, EVIDENCE);
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(
      (text) => document.getElementById("notice")?.textContent === text,
      {},
      t("officer.doneLogged", { id }),
    );
    const completions = harness.workbook.sheet(t("tab.completions"))!.readValues();
    expect(completions.some((r) => r.includes(id) && r.includes(EVIDENCE))).toBe(true);
  });

  it("shows a plan cell that holds markup as text: no element made from it, no script run", async () => {
    await openAs(harness.linkFor(OFFICER));
    const id = (await idsIn("overdue"))[0];
    const hostile = "<img src=x onerror=alert(1)>";
    plan().type(rowOf(id), plan().readValues()[0].indexOf(t("col.task")) + 1, hostile);
    await openAs(harness.linkFor(OFFICER));
    expect(await page.$eval(`.card[data-task-id="${id}"] .task`, (p) => p.textContent)).toBe(hostile);
    expect(await page.$$("img")).toHaveLength(0);
    expect(dialogs).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it.each([
    ["forged", () => `${harness.url}/exec?t=v1.b2ZmaWNlc3RhdGlzdGljc0B2aS1kdS5pbnZhbGlk.AAAA`],
    ["expired", () => expiredLink()],
    [
      "another document's",
      () => signedLink(harness.url, "another-document-secret-0123456789abcdef", TODAY, harness.people[0].email),
    ],
    ["missing", () => `${harness.url}/exec`],
  ])("replaces the page with the refusal for a %s link", async (_name, link) => {
    await openAs(link());
    await page.waitForSelector(".refused");
    expect(await page.$eval(".refused", (s) => s.textContent)).toContain(t("webapp.invalidLink"));
    expect(await page.$$(".card")).toHaveLength(0);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("shows only the link's person's tasks, and refuses a call from the console on someone else's task", async () => {
    const other = harness.linkFor(OTHER);
    await openAs(other);
    const theirs = await page.$$eval(".card", (cards) => cards.map((c) => c.getAttribute("data-task-id")!));
    await openAs(harness.linkFor(OFFICER));
    const mine = await page.$$eval(".card", (cards) => cards.map((c) => c.getAttribute("data-task-id")!));
    const onlyTheirs = theirs.filter((id) => !mine.includes(id));
    expect(onlyTheirs.length).toBeGreaterThan(0);
    const row = rowOf(onlyTheirs[0]);
    const before = plan().readValues()[row - 1].slice();
    const answer = await page.evaluate(
      (token, taskId) =>
        new Promise((resolve) =>
          (window as any).google.script.run
            .withSuccessHandler(resolve)
            .withFailureHandler((e: Error) => resolve({ failed: e.message }))
            .officerAct(token, { action: "markDone", taskId, completedOn: "19/11/2024", evidence: "https://x.vn/a" }),
        ),
      tokenOf(harness.linkFor(OFFICER)),
      onlyTheirs[0],
    );
    expect(answer).toMatchObject({ ok: false });
    expect(plan().readValues()[row - 1]).toEqual(before);
  });
});

/** A link signed 20 days before the server's day: past its 14 days. */
function expiredLink(): string {
  const old = { today: () => TODAY, timestamp: () => "2024-10-31 08:00:00" };
  return `${harness.url}/exec?t=${encodeURIComponent(personalToken({ ...harness.ports, clock: old }, harness.people[0].email))}`;
}
