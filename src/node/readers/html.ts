import { parse, type HTMLElement } from "node-html-parser";
import type { SourceRow, SourceTable } from "../../core/plan/model";
import { cellText } from "../../core/text/normalize";

/**
 * The deepest nesting of elements a plan may have. A plan saved from Word nests a dozen levels
 * (html, body, div, table, tbody, tr, td, p, span, b…); 200 leaves room for nested tables and
 * odd editors. The parser slows down sharply with depth (100,000 unclosed <div> take minutes)
 * and its tree walks recurse, so anything deeper is refused before parsing.
 */
export const MAX_HTML_DEPTH = 200;

/** A document nested deeper than MAX_HTML_DEPTH: refused before the parser sees it. */
export class HtmlTooDeepError extends Error {
  constructor(readonly limit: number) {
    super(`HTML nested deeper than ${limit} levels`);
    this.name = "HtmlTooDeepError";
  }
}

// The tokenizer and the implicit-closing rules of node-html-parser 9 (its parse with default
// options), so that the depth counted here is exactly the depth of the stack the parser builds.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([a-zA-Z][-.:0-9_a-zA-Z@\xB7\xC0-\xD6\xD8-\xF6\u00F8-\u03A1\u03A3-\u03D9\u03DB-\u03EF\u03F7-\u03FF\u0400-\u04FF\u0500-\u052F\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E00-\u1E9B\u1F00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2126\u212A-\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA78E\uA790-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB5F\uAB64-\uAB65\uFB00-\uFB06\uFB13-\uFB17\uFF21-\uFF3A\uFF41-\uFF5A\x37F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*)((?:\s+[^>]*?(?:(?:'[^']*')|(?:"[^"]*"))?)*)\s*(\/?)>/gu;
const UNQUOTED_VALUE_AT_END = /(?:^|\s)[^\s"'<>=/]+\s*=\s*[^\s"'<>`]+$/;
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const words = (s: string) => new Set(s.split(" "));
const CLOSED_BY_OPENING: Record<string, Set<string>> = {
  li: words("li"),
  p: words("p div"),
  b: words("div"),
  td: words("td th tr tbody tfoot"),
  th: words("td th tr tbody tfoot"),
  tr: words("tr tbody tfoot"),
  thead: words("tbody tfoot"),
  tbody: words("tbody tfoot"),
  h1: words("h1"),
  h2: words("h2"),
  h3: words("h3"),
  h4: words("h4"),
  h5: words("h5"),
  h6: words("h6"),
  dt: words("dt dd"),
  dd: words("dt dd"),
};
const CLOSED_BY_CLOSING: Record<string, Set<string>> = {
  li: words("ul ol"),
  a: words("div"),
  b: words("div"),
  i: words("div"),
  p: words("div"),
  td: words("tr table thead tbody tfoot"),
  th: words("tr table thead tbody tfoot"),
  tr: words("table thead tbody tfoot"),
  tbody: words("table"),
  tfoot: words("table"),
  dt: words("dl body html"),
  dd: words("dl body html"),
};
const P_NOT_CLOSED_BY = words("a audio del ins map noscript video");
/** The parser's tables hold each name in lower and in upper case only: "Div" matches no rule. */
const oneCase = (name: string): string | null =>
  name === name.toLowerCase() || name === name.toUpperCase() ? name.toLowerCase() : null;
const own = <T>(table: Record<string, T>, key: string | null): T | undefined =>
  key !== null && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * How deep the parser's element stack gets on this HTML, counting no further than `stopAbove`
 * + 1: one linear pass over the tags, without building a tree.
 */
export function htmlNestingDepth(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const stack: string[] = [];
  let deepest = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const [text, leadingSlash, name, attributes = ""] = m;
    let closingSlash = m[4];
    // Comments, CDATA, and the parser's own wrapper element, which it skips.
    if (!name || text[1] === "!" || name === "documentfragmentcontainer") continue;
    if (closingSlash && !leadingSlash && UNQUOTED_VALUE_AT_END.test(attributes) && !VOID.has(oneCase(name) ?? ""))
      closingSlash = "";
    let closes = Boolean(leadingSlash || closingSlash || VOID.has(oneCase(name) ?? ""));
    if (!leadingSlash) {
      if (!closingSlash) {
        while (stack.length > 0 && own(CLOSED_BY_OPENING, oneCase(stack[stack.length - 1]))?.has(oneCase(name) ?? ""))
          stack.pop();
      }
      stack.push(name);
      deepest = Math.max(deepest, stack.length);
      if (deepest > stopAbove) return deepest;
      const lower = name.toLowerCase();
      if (lower === "script" || lower === "style") {
        // Raw text up to the closing tag (matched as written), or to the end of the document.
        const end = html.indexOf(`</${name}>`, MARKUP.lastIndex);
        if (end === -1) return deepest;
        MARKUP.lastIndex = end + name.length + 3;
        closes = true;
      }
    }
    if (!closes) continue;
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      if (top === name) {
        stack.pop();
        break;
      }
      if (own(CLOSED_BY_CLOSING, top.toLowerCase())?.has(oneCase(name) ?? "")) {
        stack.pop();
        continue;
      }
      const container = stack[stack.length - 2];
      if (
        top.toLowerCase() === "p" &&
        container !== undefined &&
        container.toLowerCase() === name.toLowerCase() &&
        !P_NOT_CLOSED_BY.has(name.toLowerCase())
      ) {
        stack.pop();
        continue;
      }
      break;
    }
  }
  return deepest;
}

/** The rows of a table that belong to it (not to a table nested inside one of its cells). */
function ownRows(table: HTMLElement): HTMLElement[] {
  return table.querySelectorAll("tr").filter((tr) => tr.closest("table") === table);
}

/**
 * Reads every top-level table of an HTML document (a plan saved from Word, or the HTML that
 * the .docx reader makes) as one source table: page-split tables follow each other, exactly
 * as the importer expects. A cell spanning columns is padded so later cells keep their column.
 * A document nested deeper than MAX_HTML_DEPTH throws HtmlTooDeepError before it is parsed.
 */
export function readHtmlTables(html: string): SourceTable {
  if (htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) throw new HtmlTooDeepError(MAX_HTML_DEPTH);
  const root = parse(html, { blockTextElements: { script: false, style: false } });
  const tables = root
    .querySelectorAll("table")
    .filter((t) => !t.parentNode || !(t.parentNode as HTMLElement).closest?.("table"));
  const rows: SourceRow[] = [];
  let n = 0;
  for (const table of tables) {
    for (const tr of ownRows(table)) {
      n++;
      const cells: string[] = [];
      for (const td of tr.childNodes.filter(
        (c): c is HTMLElement => (c as HTMLElement).tagName === "TD" || (c as HTMLElement).tagName === "TH",
      )) {
        cells.push(td.innerHTML);
        const span = Number(td.getAttribute("colspan") ?? "1");
        for (let i = 1; i < span && i < 20; i++) cells.push("");
      }
      rows.push({ cells, row: n });
    }
  }
  const first = html.search(/<table\b/i);
  const before = first >= 0 ? html.slice(0, first) : html;
  const body = before.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, "");
  return { rows, preamble: cellText(body) };
}
