/**
 * HtmlService and HtmlOutput as Apps Script serves them, for the web page (doGet) and the
 * sidebar. What the fake holds the bundle to, each rule from Google's reference:
 * - the page's title, meta tags and frame policy are set on the HtmlOutput, not in the markup:
 *   "Meta tags included directly in an Apps Script HTML file are ignored", and only viewport,
 *   apple-mobile-web-app-capable, mobile-web-app-capable and google-site-verification may be
 *   added (developers.google.com/apps-script/reference/html/html-output#addmetatagname,-content);
 * - XFrameOptionsMode has two values: DEFAULT, "the default value for the X-Frame-Options
 *   header, which preserves normal security assumptions" and the mode used when none is set,
 *   and ALLOWALL, which sends no header and lets any site frame the page
 *   (developers.google.com/apps-script/reference/html/x-frame-options-mode);
 * - every page is served sandboxed in an iframe (IFRAME is the only mode left and
 *   setSandboxMode "now has no effect": developers.google.com/apps-script/guides/html/restrictions);
 * - HtmlService itself needs no OAuth scope; showing a sidebar needs script.container.ui (scopes.ts).
 * Templates (createTemplate…, evaluate) are not modelled: the product builds its pages in
 * TypeScript and escapes every value itself, so a use of them fails here rather than pass untested.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { counted, type ServiceCalls } from "./counter";

export const XFrameOptionsMode = { DEFAULT: "DEFAULT", ALLOWALL: "ALLOWALL" } as const;
export const SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" } as const;

/** The only names addMetaTag takes (html-output#addmetatagname,-content). */
export const ALLOWED_META_TAGS = [
  "apple-mobile-web-app-capable",
  "google-site-verification",
  "mobile-web-app-capable",
  "viewport",
] as const;

export class FakeHtmlOutput {
  content: string;
  title = "";
  width?: number;
  height?: number;
  readonly metaTags: { name: string; content: string }[] = [];
  /** What Apps Script sends when the script sets nothing (x-frame-options-mode: "uses DEFAULT mode as the default"). */
  xFrameOptionsMode: keyof typeof XFrameOptionsMode = "DEFAULT";

  constructor(content = "") {
    this.content = content;
  }
  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return this;
  }
  append(addedContent: string) {
    this.content += String(addedContent);
    return this;
  }
  clear() {
    this.content = "";
    return this;
  }
  setTitle(title: string) {
    this.title = String(title);
    return this;
  }
  getTitle() {
    return this.title;
  }
  /** The message is the fake's own (inferred): Google documents the allowed names, not the error's words. */
  addMetaTag(name: string, content: string) {
    if (!(ALLOWED_META_TAGS as readonly string[]).includes(name))
      throw new Error(`Exception: Meta tag "${name}" is not allowed. Allowed: ${ALLOWED_META_TAGS.join(", ")}.`);
    this.metaTags.push({ name, content: String(content) });
    return this;
  }
  getMetaTags() {
    return this.metaTags.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }
  setXFrameOptionsMode(mode: string) {
    if (!(mode in XFrameOptionsMode)) throw new Error(`Exception: Invalid argument: mode`);
    this.xFrameOptionsMode = mode as keyof typeof XFrameOptionsMode;
    return this;
  }
  /** "The setSandboxMode method now has no effect when called" (guides/html/restrictions). */
  setSandboxMode(_mode: string) {
    return this;
  }
  setWidth(width: number) {
    this.width = width;
    return this;
  }
  getWidth() {
    return this.width ?? null;
  }
  setHeight(height: number) {
    this.height = height;
    return this;
  }
  getHeight() {
    return this.height ?? null;
  }
  setFaviconUrl(_url: string) {
    return this;
  }
}

/** Is this what HtmlService made (seen through the counting proxy or not)? */
export function isHtmlOutput(value: unknown): value is FakeHtmlOutput {
  return (
    value instanceof FakeHtmlOutput ||
    (value !== null && typeof value === "object" && "metaTags" in value && "xFrameOptionsMode" in value)
  );
}

export class FakeHtmlService {
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;

  /** `htmlDir`: where the project's .html files are (dist/gas, beside Code.js). */
  constructor(
    private readonly calls: ServiceCalls,
    private readonly htmlDir: string,
  ) {}

  private wrap(output: FakeHtmlOutput): GoogleAppsScript.HTML.HtmlOutput {
    return counted(output, "HtmlOutput", this.calls) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  createHtmlOutput(html: unknown = "") {
    const text =
      html !== null &&
      typeof html === "object" &&
      typeof (html as { getDataAsString?: unknown }).getDataAsString === "function"
        ? (html as { getDataAsString(): string }).getDataAsString()
        : String(html);
    return this.wrap(new FakeHtmlOutput(text));
  }
  /** A file of the project, named without ".html"; the message is the one users report for a missing file. */
  createHtmlOutputFromFile(filename: string) {
    const path = join(this.htmlDir, `${filename.replace(/\.html$/, "")}.html`);
    if (!existsSync(path)) throw new Error(`Exception: No HTML file named ${filename} was found.`);
    return this.wrap(new FakeHtmlOutput(readFileSync(path, "utf8")));
  }
  createTemplate(_html: string): never {
    throw new Error("the fake runtime does not evaluate HtmlService templates (see test/gas/html.ts)");
  }
  createTemplateFromFile(_filename: string): never {
    throw new Error("the fake runtime does not evaluate HtmlService templates (see test/gas/html.ts)");
  }
}
