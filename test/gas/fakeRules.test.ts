/**
 * The fake runtime's rules for web pages and signing, checked against Google's reference and
 * Node's crypto, so a product test that passes here would pass in Apps Script.
 */
import { createHmac } from "node:crypto";
import { ServiceCalls } from "./counter";
import { FakeHtmlService } from "./html";
import { createRuntime } from "./runtime";
import { FakeScriptApp, FakeUi, FakeUtilities, SIDEBAR_WIDTH } from "./services";

describe("Utilities as Apps Script has it", () => {
  const utilities = new FakeUtilities();

  test("computeHmacSha256Signature gives RFC 4231 test case 2 as signed Java bytes", () => {
    const bytes = utilities.computeHmacSha256Signature("what do ya want for nothing?", "Jefe");
    const expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    expect(bytes).toHaveLength(32);
    expect(bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
    expect(bytes.some((b) => b < 0)).toBe(true); // 0xdc is -36 in Java
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString("hex")).toBe(expected);
    expect(bytes[1]).toBe(0xdc - 256);
  });

  test("computeHmacSha256Signature takes UTF-8 text, and signed byte arrays, as Node's HMAC does", () => {
    const key = "khoá bí mật";
    const message = "Nguyễn Văn A|2024-12-31";
    const node = createHmac("sha256", Buffer.from(key, "utf8")).update(message, "utf8").digest();
    const bytes = utilities.computeHmacSha256Signature(message, key);
    expect(Buffer.from(bytes.map((b) => b & 0xff)).equals(node)).toBe(true);
    // A signature's bytes can key the next one, as Apps Script users chain them.
    expect(() => utilities.computeHmacSha256Signature(bytes, bytes)).not.toThrow();
  });

  test("byte arrays are Java bytes: 128..255 are refused (inferred, the conservative reading)", () => {
    expect(() => utilities.computeHmacSha256Signature([200], [1])).toThrow(/Invalid argument/);
    expect(() => utilities.base64EncodeWebSafe([255])).toThrow(/Invalid argument/);
  });

  test("base64EncodeWebSafe uses - and _ and keeps the padding; decoding gives signed bytes back", () => {
    const bytes = [-5, -1, -2, 62, 63];
    const encoded = utilities.base64EncodeWebSafe(bytes);
    expect(encoded).toBe(Buffer.from([0xfb, 0xff, 0xfe, 0x3e, 0x3f]).toString("base64url") + "=");
    expect(encoded).not.toMatch(/[+/]/);
    expect(utilities.base64DecodeWebSafe(encoded)).toEqual(bytes);
    expect(utilities.base64EncodeWebSafe("Đ")).toBe("xJA=");
  });

  test("getUuid is a random version-4 UUID each time", () => {
    const a = utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(utilities.getUuid()).not.toBe(a);
  });
});

describe("HtmlService and HtmlOutput as Apps Script has them", () => {
  const html = new FakeHtmlService(new ServiceCalls(), __dirname);

  test("a page's title, meta tags and frame policy live on the output; DEFAULT unless set", () => {
    const output = html.createHtmlOutput("<p>x</p>") as unknown as import("./html").FakeHtmlOutput;
    expect(output.xFrameOptionsMode).toBe("DEFAULT");
    output.setTitle("Việc của tôi").addMetaTag("viewport", "width=device-width, initial-scale=1");
    expect(output.getTitle()).toBe("Việc của tôi");
    expect(output.getMetaTags().map((m) => [m.getName(), m.getContent()])).toEqual([
      ["viewport", "width=device-width, initial-scale=1"],
    ]);
    output.setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL);
    expect(output.xFrameOptionsMode).toBe("ALLOWALL");
    expect(() => output.setXFrameOptionsMode("SAMEORIGIN")).toThrow(/Invalid argument/);
  });

  test("only the four documented meta tags may be added", () => {
    const output = html.createHtmlOutput("");
    expect(() => output.addMetaTag("description", "x")).toThrow(/not allowed/);
    expect(() => output.addMetaTag("mobile-web-app-capable", "yes")).not.toThrow();
  });

  test("templates are not modelled, so a use of them fails loudly", () => {
    expect(() => html.createTemplate("<?= 1 ?>")).toThrow(/does not evaluate/);
    expect(() => html.createHtmlOutputFromFile("NoSuchPage")).toThrow(/No HTML file named NoSuchPage/);
  });

  test("a sidebar is 300 px wide whatever the output asks, and takes only an HtmlOutput", () => {
    const ui = new FakeUi(new ServiceCalls());
    ui.showSidebar(html.createHtmlOutput("<p>x</p>").setTitle("Bảng").setWidth(600) as never);
    expect(ui.dialogs[0]).toMatchObject({ kind: "sidebar", title: "Bảng", message: "<p>x</p>", width: SIDEBAR_WIDTH });
    expect(SIDEBAR_WIDTH).toBe(300);
    expect(() => ui.showSidebar("<p>x</p>" as never)).toThrow(/Invalid argument/);
  });
});

describe("a web app's run", () => {
  test("ScriptApp.getService().getUrl() is null until the web app is deployed", () => {
    const scriptApp = new FakeScriptApp(new ServiceCalls());
    expect(scriptApp.getService().getUrl()).toBeNull();
    scriptApp.deployedUrl = "https://script.google.com/macros/s/AKfycbx/exec";
    expect(scriptApp.getService().getUrl()).toBe("https://script.google.com/macros/s/AKfycbx/exec");
  });

  test("runs FULL for 6 minutes, without the editor's Ui, and as USER_DEPLOYING knows no visitor", () => {
    const runtime = createRuntime({ webapp: { executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" } });
    const seen: unknown[] = [];
    runtime.bundle = {
      doGet: () => {
        seen.push(runtime.execution.authMode, runtime.execution.budgetMs);
        const session = runtime.globals.Session as { getActiveUser(): { getEmail(): string } };
        seen.push(session.getActiveUser().getEmail());
        const app = runtime.globals.SpreadsheetApp as { getUi(): unknown };
        expect(() => app.getUi()).toThrow(/Cannot call SpreadsheetApp.getUi\(\) from this context/);
        expect(
          (runtime.globals.SpreadsheetApp as { getActiveSpreadsheet(): unknown }).getActiveSpreadsheet(),
        ).toBeNull();
        return (runtime.globals.HtmlService as FakeHtmlService).createHtmlOutput("ok");
      },
      serverFunction: () => ({ answer: 42 }),
    };
    runtime.run("doGet", "webapp", { parameter: {} });
    expect(seen).toEqual(["FULL", 6 * 60_000, ""]);
    // A visit must answer a page; the page's google.script.run calls answer plain values.
    runtime.bundle.doGet = () => "text";
    expect(() => runtime.run("doGet", "webapp")).toThrow("The script completed but did not return anything.");
    expect(runtime.run("serverFunction", "webapp")).toEqual({ answer: 42 });
  });

  test("a deployment whose manifest has no webapp section cannot be visited: the add-on's", () => {
    const runtime = createRuntime({ deployment: "addon" });
    runtime.bundle = { doGet: () => (runtime.globals.HtmlService as FakeHtmlService).createHtmlOutput("ok") };
    expect(() => runtime.run("doGet", "webapp")).toThrow(/no webapp section/);
  });

  test("a sidebar's call runs FULL as the editor who opened it, with the editor's Ui and spreadsheet", () => {
    const runtime = createRuntime();
    const seen: unknown[] = [];
    runtime.bundle = {
      fromSidebar: () => {
        const app = runtime.globals.SpreadsheetApp as { getUi(): unknown; getActiveSpreadsheet(): unknown };
        const session = runtime.globals.Session as { getActiveUser(): { getEmail(): string } };
        seen.push(runtime.execution.authMode, session.getActiveUser().getEmail(), app.getActiveSpreadsheet() !== null);
        expect(() => app.getUi()).not.toThrow();
      },
    };
    runtime.run("fromSidebar", "sidebar");
    expect(seen).toEqual(["FULL", "van.phong@example.com", true]);
  });
});
