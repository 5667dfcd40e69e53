/**
 * The personal link to "Việc của tôi" in each daily e-mail, over the seed plan: one token per
 * recipient, signed when the digest is built, accepted by the page's own check for that person
 * only; nothing when Cài đặt has no address.
 */
import { parse } from "node-html-parser";
import { LINK_DAYS, verifyLink } from "../../../src/app/commands/officerLinks";
import { testDigest } from "../../../src/app/commands/reminders";
import { runDigest } from "../../../src/app/commands/sendDigests";
import { LINK_SECRET_KEY } from "../../../src/app/state/linkSecret";
import { t } from "../../../src/core/i18n/messages";
import { DIRECTORY_TAB, LOG_TAB, SETTINGS_TAB } from "../../../src/core/workbook/layout";
import { MemoryStore, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { nodeCrypto } from "../../../src/node/crypto";
import type { OutgoingMail } from "../../../src/ports";
import { seededPorts } from "../../helpers";

const EXEC = "https://script.google.com/macros/s/AKfycbx9_Zq-3LmN0pQr/exec";
const SECRETARIAT = "officestatistics@dailanh.gov.vn";
const rowLink = () => (row: number) => `https://docs.google.com/spreadsheets/d/ID/edit#gid=0&range=A${row}`;

/** Script properties that count their reads, as Apps Script counts each getProperty call. */
class CountingStore extends MemoryStore {
  reads = 0;
  get(key: string): string | null {
    this.reads++;
    return super.get(key);
  }
}

const sheet = (p: ReturnType<typeof seededPorts>, name: string) => p.workbook.sheet(name) as MemorySheet;
const col = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;

/** The seed with every role of Danh bạ given an address, the page's address typed in Cài đặt. */
function ports(webAppUrl: string) {
  const base = seededPorts();
  const sent: OutgoingMail[] = [];
  const secrets = new CountingStore();
  const p = {
    ...base,
    mailer: { remaining: () => 100, send: (mail: OutgoingMail) => void sent.push(mail) },
    user: { email: () => SECRETARIAT },
    crypto: nodeCrypto,
    secrets,
  };
  const directory = sheet(p, t(DIRECTORY_TAB.name));
  directory.readValues().forEach((row, i) => {
    if (i > 0 && row[0])
      directory.type(i + 1, col(DIRECTORY_TAB, "email"), `${String(row[0]).toLowerCase()}@dailanh.gov.vn`);
  });
  const settings = sheet(p, t(SETTINGS_TAB.name));
  const at = settings.readValues().findIndex((r) => r[0] === "webAppUrl") + 1;
  settings.type(at, col(SETTINGS_TAB, "value"), webAppUrl);
  return { p, sent, secrets, settingsRow: at };
}

/** The personal links in a mail: those of the text body and the hrefs of the HTML body (entities decoded). */
function linksIn(mail: OutgoingMail): { text: string[]; html: string[] } {
  const text = [...mail.body.matchAll(/https:\/\/script\.google\.com\/\S+/g)].map((m) => m[0]);
  const html = parse(mail.htmlBody ?? "")
    .querySelectorAll("a")
    .map((a) => a.getAttribute("href") ?? "")
    .filter((href) => href.startsWith("https://script.google.com/"));
  return { text, html };
}

const tokenOf = (url: string) => new URL(url).searchParams.get("t");

describe("the personal link in the daily e-mail", () => {
  test("each recipient's e-mail carries one link of their own, in both bodies, which opens their page only", () => {
    const { p, sent } = ports(EXEC);
    runDigest(p, { link: rowLink() });
    expect(sent.length).toBeGreaterThan(1);
    const tokens = new Set<string>();
    for (const mail of sent) {
      const { text, html } = linksIn(mail);
      expect(text).toHaveLength(1);
      expect(html).toEqual(text);
      expect(text[0].startsWith(`${EXEC}?t=v1.`)).toBe(true);
      const token = tokenOf(text[0]);
      expect(verifyLink(p, token)).toEqual({ ok: true, person: mail.to[0] });
      tokens.add(token!);
      expect(mail.body).toContain(t("digest.personalLink"));
      expect(mail.body).toContain(t("digest.personalNote", { days: LINK_DAYS }));
    }
    expect(tokens.size).toBe(sent.length);
    // One person's link names that person, never another recipient.
    const [first, second] = sent;
    const named = verifyLink(p, tokenOf(linksIn(first).text[0]));
    expect(named.ok && named.person).not.toBe(second.to[0]);
  });

  test("the link stands before the tasks, in Vietnamese, with the warning not to forward it", () => {
    const { p, sent } = ports(EXEC);
    runDigest(p, { link: rowLink() });
    const lines = sent[0].body.split("\n");
    const at = lines.findIndex((l) => l.startsWith(`${t("digest.personalLink")}: ${EXEC}?t=`));
    expect(at).toBe(2);
    expect(lines[at + 1]).toBe(
      "Đường link này là của riêng đồng chí, dùng được 14 ngày. Xin đừng chuyển tiếp thư này: ai có đường link cũng cập nhật được việc của đồng chí.",
    );
    expect(lines[at + 3]).toMatch(/^Quá hạn \(\d+\)$/);
  });

  test("with the setting empty the e-mail is as it was, and no secret is made", () => {
    const withLink = ports(EXEC);
    runDigest(withLink.p, { link: rowLink() });
    const without = ports("");
    runDigest(without.p, { link: rowLink() });
    expect(without.sent.map((m) => m.to)).toEqual(withLink.sent.map((m) => m.to));
    for (const mail of without.sent) expect(linksIn(mail)).toEqual({ text: [], html: [] });
    // The same e-mail, less the link's two lines and the blank after them.
    const plain = withLink.sent[0].body
      .split("\n")
      .filter((_, i) => i < 2 || i > 4)
      .join("\n");
    expect(without.sent[0].body).toBe(plain);
    // In HTML, the same two lines after the greeting: the button and the warning.
    const lines = withLink.sent[0].htmlBody!.split("\n");
    expect(lines[3]).toContain(t("digest.personalLink"));
    expect(without.sent[0].htmlBody).toBe(lines.filter((_, i) => i < 3 || i > 4).join("\n"));
    expect(without.secrets.values.has(LINK_SECRET_KEY)).toBe(false);
  });

  test("a wrong address sends no link, and Cài đặt's row says what is wrong", () => {
    const dev = "https://script.google.com/macros/s/AKfycbx9/dev";
    const { p, sent, settingsRow } = ports(dev);
    runDigest(p, { link: rowLink() });
    expect(sent.every((m) => linksIn(m).text.length === 0)).toBe(true);
    const check = sheet(p, t(SETTINGS_TAB.name)).readValues()[settingsRow - 1][col(SETTINGS_TAB, "check") - 1];
    expect(check).toBe(t("settings.noDefault", { problem: t("settings.badWebAppUrl", { value: dev }) }));
  });

  test("the token is in the e-mail only: Nhật ký, which every editor reads, never holds it", () => {
    const { p, sent } = ports(EXEC);
    runDigest(p, { link: rowLink() });
    const log = JSON.stringify(sheet(p, t(LOG_TAB.name)).readValues());
    expect(log).toContain(sent[0].subject);
    for (const mail of sent) expect(log).not.toContain(tokenOf(linksIn(mail).text[0])!);
  });

  test("the secret is read once a run, however many e-mails are signed", () => {
    const { p, sent, secrets } = ports(EXEC);
    runDigest(p, { link: rowLink() });
    expect(sent.length).toBeGreaterThan(1);
    expect(secrets.reads).toBe(1);
  });

  test("'Gửi thử cho tôi' carries the caller's own link too", () => {
    const { p, sent } = ports(EXEC);
    expect(testDigest(p, rowLink)).toMatch(/^Đã gửi thư thử tới officestatistics@dailanh\.gov\.vn/);
    expect(sent).toHaveLength(1);
    expect(verifyLink(p, tokenOf(linksIn(sent[0]).text[0]))).toEqual({ ok: true, person: SECRETARIAT });
  });
});
