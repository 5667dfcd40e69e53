/*
 * The pages build their DOM here and only here: elements from createElement, words through
 * textContent, attributes through setAttribute. Nothing a server sends is ever parsed as HTML,
 * so a plan cell holding "<img onerror=…>" shows as those characters (the lint forbids innerHTML
 * and its kin in src/client).
 */

export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | boolean | undefined>;

/** Event handler attributes ("onclick"…) are refused: handlers are added with addEventListener. */
function setAttributes(node: HTMLElement, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`handler attribute ${name}`);
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
}

/** el("p", { class: "note" }, "Hạn: ", date): an element with its attributes and children, as text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** The harness serves the pages from http://127.0.0.1; Google's own links are https. */
const SAFE_LINK = /^(https:\/\/|http:\/\/127\.0\.0\.1[:/])/i;

/** A link from data, only when it is a web address a person can safely open; null otherwise. */
export function safeHref(url: string | null | undefined): string | null {
  const text = (url ?? "").trim();
  return SAFE_LINK.test(text) && !/[\s<>"'`\\]/.test(text) ? text : null;
}

/** A link that opens in a new tab, without giving the new page a handle on this one. */
export function externalLink(url: string, text: string): HTMLAnchorElement | null {
  const href = safeHref(url);
  return href ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text) : null;
}

/** A unique id for label/field/error wiring. */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
