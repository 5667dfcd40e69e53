import fc from "fast-check";
import { renderDigest, type Digest } from "../../src/core/digest/compose";
import { checkWebApp, isWebAppUrl, personalUrl } from "../../src/core/digest/webAppLink";
import { render } from "../../src/core/i18n/messages";
import { escapeHtml } from "../../src/core/report/html";
import { parseSettings } from "../../src/core/settings/registry";

const EXEC = "https://script.google.com/macros/s/AKfycbx9_Zq-3LmN0pQr/exec";
const WORKSPACE = "https://script.google.com/a/macros/dailanh.gov.vn/s/AKfycbx9_Zq-3LmN0pQr/exec";
const OTHER = "https://script.google.com/macros/s/AKfycbyOTHERdeployment/exec";

describe("the web page's address in Cài đặt (webAppUrl)", () => {
  test("empty by default: no link, no problem", () => {
    expect(parseSettings({})).toMatchObject({ settings: { webAppUrl: "" }, problems: [] });
  });

  test("takes a deployment's /exec address, plain or in a Workspace domain, trimmed", () => {
    expect(parseSettings({ webAppUrl: ` ${EXEC} ` }).settings.webAppUrl).toBe(EXEC);
    expect(parseSettings({ webAppUrl: WORKSPACE }).settings.webAppUrl).toBe(WORKSPACE);
  });

  test.each([
    ["http://, which would send the token in clear", "http://script.google.com/macros/s/AKfycbx/exec"],
    ["another host", "https://script.google.com.evil.example/macros/s/AKfycbx/exec"],
    ["a look-alike host", "https://scripts.google.com/macros/s/AKfycbx/exec"],
    // The test deployment runs only for people who can open the script project
    // (developers.google.com/apps-script/concepts/deployments): officers would meet a sign-in wall.
    [
      "the /dev test deployment, which only the script's editors can open",
      "https://script.google.com/macros/s/AKfycbx/dev",
    ],
    ["the editor's address", "https://script.google.com/home/projects/1AbC/edit"],
    ["a query already on it (the token is added after ?t=)", `${EXEC}?t=x`],
    ["a trailing slash", `${EXEC}/`],
    ["a quote that would break the e-mail's HTML", 'https://script.google.com/macros/s/a"onclick="x/exec'],
    ["junk", "trang việc của tôi"],
  ])("refuses %s, naming the value, with no address used instead", (_why, value) => {
    const { settings, problems } = parseSettings({ webAppUrl: value });
    expect(settings.webAppUrl).toBe("");
    expect(problems).toEqual([
      { key: "webAppUrl", message: { key: "settings.badWebAppUrl", params: { value } }, value, fallback: "" },
    ]);
    expect(render(problems[0].message)).toMatch(/^".*" không phải địa chỉ trang Việc của tôi; dán URL dạng https:\/\//);
  });

  test("fuzzed: whatever is typed is refused or is an address that needs no escaping anywhere", () => {
    const typed = fc.oneof(
      fc.string(),
      // Near misses too: the right frame around any id, domain or ending.
      fc
        .tuple(
          fc.constantFrom("macros", "a/macros/x.vn", "a/macros/a b"),
          fc.string(),
          fc.constantFrom("exec", "dev", "exec/"),
        )
        .map(([path, id, end]) => `https://script.google.com/${path}/s/${id}/${end}`),
    );
    fc.assert(
      fc.property(typed, (value) => {
        const { settings, problems } = parseSettings({ webAppUrl: value });
        if (problems.length > 0) expect(settings.webAppUrl).toBe("");
        else if (settings.webAppUrl !== "") {
          expect(isWebAppUrl(settings.webAppUrl)).toBe(true);
          expect(escapeHtml(settings.webAppUrl)).toBe(settings.webAppUrl);
          expect(encodeURI(settings.webAppUrl)).toBe(settings.webAppUrl);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("the personal link", () => {
  test("is the page's address with the token after ?t=, the token's characters left as they are", () => {
    expect(personalUrl(EXEC, "v1.dmFuLnBob25n.Ab-_9")).toBe(`${EXEC}?t=v1.dmFuLnBob25n.Ab-_9`);
    // Anything else would be encoded: the address cannot be given another meaning.
    expect(personalUrl(EXEC, "a&b=c#d")).toBe(`${EXEC}?t=a%26b%3Dc%23d`);
  });
});

describe("the personal link in a rendered e-mail", () => {
  const digest: Digest = { to: "a@x.vn", role: "officer", overdue: [], dueSoon: [], toFix: [], urgency: 0 };
  const today = { year: 2024, month: 11, day: 20 };

  test("is escaped in the HTML whatever it holds, and kept as it is in the text", () => {
    const url = 'https://x.vn/exec?t=a&b="><script>';
    const mail = renderDigest(digest, today, () => "#", { url, days: 14 });
    expect(mail.html).toContain('href="https://x.vn/exec?t=a&amp;b=&quot;&gt;&lt;script&gt;"');
    expect(mail.html).not.toContain("<script>");
    expect(mail.text).toContain(`Mở trang Việc của tôi để cập nhật: ${url}`);
  });

  test("is absent when none is given", () => {
    const mail = renderDigest(digest, today, () => "#");
    expect(mail.html).not.toContain("Việc của tôi");
    expect(mail.text).not.toContain("Việc của tôi");
  });
});

describe("Kiểm tra cài đặt: the address against Google's", () => {
  const check = (setting: string, deployed: string | null) => {
    const { ok, message } = checkWebApp(setting, deployed);
    return { ok, key: message.key, text: render(message) };
  };

  test("not deployed and nothing set: passes, the e-mails carry no link", () => {
    expect(check("", null)).toMatchObject({ ok: true, key: "selfCheck.webAppNone" });
  });

  test("deployed but nothing set: suggests Google's address", () => {
    const seen = check("", EXEC);
    expect(seen).toMatchObject({ ok: false, key: "selfCheck.webAppSuggest" });
    expect(seen.text).toContain(EXEC);
  });

  test("set to another deployment than Google's: warns, naming both", () => {
    const seen = check(OTHER, EXEC);
    expect(seen).toMatchObject({ ok: false, key: "selfCheck.webAppDiffers" });
    expect(seen.text).toContain(OTHER);
    expect(seen.text).toContain(EXEC);
  });

  test("set but not deployed: warns that the links will not open", () => {
    expect(check(EXEC, null)).toMatchObject({ ok: false, key: "selfCheck.webAppNotDeployed" });
  });

  test("the same deployment passes, in either form", () => {
    expect(check(EXEC, EXEC)).toMatchObject({ ok: true, key: "selfCheck.webAppOk" });
    expect(check(EXEC, WORKSPACE)).toMatchObject({ ok: true, key: "selfCheck.webAppOk" });
  });

  test("Google reporting a test (/dev) address is named, never suggested", () => {
    const dev = "https://script.google.com/macros/s/AKfycbx/dev";
    expect(check("", dev)).toMatchObject({ ok: false, key: "selfCheck.webAppTestUrl" });
  });
});
