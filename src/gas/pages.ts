import { escapeHtml } from "../core/report/html";

/**
 * A small page for HtmlService: a heading and paragraphs, every piece of text escaped, no
 * script and no handler in the markup. The viewport and the frame policy are not written here:
 * HtmlService ignores meta tags in the HTML, so they are set on the HtmlOutput (webapp.ts).
 * The font size and widths suit a 360 px phone and the 300 px sidebar alike.
 */
export function simplePage(heading: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="vi">',
    "<head>",
    '<base target="_top">',
    "<style>body{font-family:Arial,sans-serif;font-size:16px;line-height:1.5;margin:16px;color:#202124}" +
      "h1{font-size:20px;margin:0 0 12px}p{margin:0 0 12px}</style>",
    "</head>",
    "<body>",
    `<h1>${escapeHtml(heading)}</h1>`,
    body,
    "</body>",
    "</html>",
  ].join("\n");
}
