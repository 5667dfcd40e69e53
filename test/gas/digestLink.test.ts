/**
 * The personal link through Code.js in the strict runtime: the daily trigger signs each
 * recipient's link with GasCrypto and the secret in script properties, MailApp carries it in
 * both bodies; "Kiểm tra cài đặt" compares Cài đặt's address with ScriptApp.getService().getUrl().
 */
import { parse } from "node-html-parser";
import { verifyLink } from "../../src/app/commands/officerLinks";
import { LINK_SECRET_KEY } from "../../src/app/state/linkSecret";
import { DIRECTORY_TAB, LOG_TAB, SETTINGS_TAB } from "../../src/core/workbook/layout";
import { MemoryStore } from "../../src/memory/memoryWorkbook";
import { nodeCrypto } from "../../src/node/crypto";
import { createRuntime, loadBundle, type Runtime } from "./runtime";
import type { SentMail } from "./services";

const WEDNESDAY = new Date("2024-11-20T00:00:00Z"); // 07:00 on Wednesday 20/11/2024 in Vietnam
const EXEC = "https://script.google.com/macros/s/AKfycbx9_Zq-3LmN0pQr/exec";
const OTHER = "https://script.google.com/macros/s/AKfycbyOTHERdeployment/exec";
const col = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;

/** The seed imported, every role of Danh bạ given an address, the page's address typed in Cài đặt. */
function boot(webAppUrl: string): Runtime {
  const runtime = createRuntime({ now: WEDNESDAY });
  loadBundle(runtime);
  runtime.run("menuImportSamplePlan", "menu");
  const directory = runtime.spreadsheet.tab("Danh bạ");
  directory.grid().forEach((row, i) => {
    if (i > 0 && row[0])
      directory.type(i + 1, col(DIRECTORY_TAB, "email"), `${String(row[0]).toLowerCase()}@dailanh.gov.vn`);
  });
  const settings = runtime.spreadsheet.tab("Cài đặt");
  const row = settings.grid().findIndex((r) => r[0] === "webAppUrl") + 1;
  expect(row).toBeGreaterThan(1);
  settings.type(row, col(SETTINGS_TAB, "value"), webAppUrl);
  return runtime;
}

/** The page's check, as doGet will run it, over the script properties the trigger left. */
function pagePorts(runtime: Runtime) {
  const secrets = new MemoryStore();
  for (const [k, v] of runtime.properties.script.store) secrets.set(k, v);
  const clock = { today: () => ({ year: 2024, month: 11, day: 20 }), timestamp: () => "2024-11-20 07:00:00" };
  return { crypto: nodeCrypto, secrets, store: new MemoryStore(), clock };
}

/** The page's address in the HTML body, as a mail client reads the href (entities decoded). */
const htmlLink = (mail: SentMail) =>
  parse(mail.htmlBody ?? "")
    .querySelectorAll("a")
    .map((a) => a.getAttribute("href") ?? "")
    .filter((href) => href.startsWith(EXEC));

describe("the daily e-mail's personal link, through the trigger", () => {
  test("each recipient's e-mail carries their own link to the page, in the text and the HTML", () => {
    const runtime = boot(EXEC);
    runtime.run("dailyDigest", "trigger");
    const mails = runtime.mail.sent;
    expect(mails.map((m) => m.to)).toEqual([
      "officestatistics@dailanh.gov.vn",
      "counciloffice@dailanh.gov.vn",
      "justicecivil@dailanh.gov.vn",
      "financeaccounting@dailanh.gov.vn",
    ]);
    expect(runtime.properties.script.getProperty(LINK_SECRET_KEY)).toMatch(/^[0-9a-f]{64}$/);
    const page = pagePorts(runtime);
    for (const mail of mails) {
      const [href] = htmlLink(mail);
      expect(mail.body).toContain(`Mở trang Việc của tôi để cập nhật: ${href}`);
      expect(verifyLink(page, new URL(href).searchParams.get("t"))).toEqual({ ok: true, person: mail.to });
    }
  });

  test("with Cài đặt's address empty, no e-mail has a link and no secret is made", () => {
    const runtime = boot("");
    runtime.run("dailyDigest", "trigger");
    expect(runtime.mail.sent).toHaveLength(4);
    for (const mail of runtime.mail.sent) {
      expect(mail.body).not.toContain("script.google.com");
      expect(mail.htmlBody).not.toContain("script.google.com");
    }
    expect(runtime.properties.script.getProperty(LINK_SECRET_KEY)).toBeNull();
  });

  test("'Gửi thử cho tôi' sends the caller their own link", () => {
    const runtime = boot(EXEC);
    runtime.session.activeUser = "justicecivil@dailanh.gov.vn";
    runtime.run("menuTestDigest", "menu");
    const [mail] = runtime.mail.sent;
    const [href] = htmlLink(mail);
    expect(verifyLink(pagePorts(runtime), new URL(href).searchParams.get("t"))).toEqual({
      ok: true,
      person: "justicecivil@dailanh.gov.vn",
    });
  });
});

describe("Kiểm tra cài đặt: the page's address", () => {
  /** The self-check's line about the web page, from Nhật ký. */
  const webAppLine = (runtime: Runtime) => {
    runtime.run("menuSelfCheck", "menu");
    return runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[col(LOG_TAB, "details") - 1]))
      .filter((d) => d.includes("| Trang Việc của tôi (đường link trong thư nhắc việc) |"))
      .at(-1);
  };

  test("deployed, nothing in Cài đặt: suggests the address Google reports", () => {
    const runtime = boot("");
    runtime.scriptApp.deployedUrl = EXEC;
    expect(webAppLine(runtime)).toBe(
      `Không đạt | Trang Việc của tôi (đường link trong thư nhắc việc) | trang đã triển khai tại ${EXEC} nhưng ` +
        "dòng webAppUrl trong Cài đặt còn trống; dán địa chỉ này vào đó để mỗi thư nhắc việc có đường link riêng",
    );
  });

  test("Cài đặt names another deployment than Google's: warns with both", () => {
    const runtime = boot(OTHER);
    runtime.scriptApp.deployedUrl = EXEC;
    expect(webAppLine(runtime)).toMatch(
      new RegExp(`^Không đạt \\| .* \\| dòng webAppUrl ghi ${OTHER} nhưng Google báo trang của tập lệnh ở ${EXEC};`),
    );
  });

  test("Cài đặt has an address but the script is not deployed: warns that the links will not open", () => {
    const runtime = boot(EXEC);
    expect(webAppLine(runtime)).toMatch(
      /^Không đạt \| .* chưa được triển khai thành ứng dụng web; đường link trong thư sẽ không mở được$/,
    );
  });

  test("the same deployment passes, and the check changes nothing in Cài đặt", () => {
    const runtime = boot(EXEC);
    runtime.scriptApp.deployedUrl = EXEC;
    const before = runtime.spreadsheet.tab("Cài đặt").grid();
    expect(webAppLine(runtime)).toBe(
      `Đạt | Trang Việc của tôi (đường link trong thư nhắc việc) | thư nhắc việc có đường link riêng tới ${EXEC}`,
    );
    expect(runtime.spreadsheet.tab("Cài đặt").grid()).toEqual(before);
  });

  test("a wrong address is named as Cài đặt names it", () => {
    const runtime = boot("http://script.google.com/macros/s/AKfycbx/exec");
    expect(webAppLine(runtime)).toMatch(
      /^Không đạt \| .* \| "http:\/\/script\.google\.com\/macros\/s\/AKfycbx\/exec" không phải địa chỉ/,
    );
  });
});
