import { STATUSES, type Swatch } from "../core/status/statuses";

/*
 * The colours the plan tab gives a status, for the pages' badges: the same soft background and
 * dark text as the sheet (src/core/status/statuses.ts), always next to the status in words.
 */
const NEUTRAL: Swatch = { background: "#e8eaed", fontColor: "#202124" };

export function statusSwatch(status: string): Swatch {
  return STATUSES.find((s) => s.key === status)?.swatch ?? NEUTRAL;
}

/** A badge's inline colours: a style property set through the DOM, never parsed markup. */
export function paint(node: HTMLElement, swatch: Swatch): HTMLElement {
  node.style.backgroundColor = swatch.background;
  node.style.color = swatch.fontColor;
  return node;
}
