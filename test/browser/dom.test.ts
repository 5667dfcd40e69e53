import { safeHref } from "../../src/client/dom";
import { isoToVi, viToIso } from "../../src/client/dates";

describe("the pages' links from data", () => {
  it.each([
    ["https://drive.google.com/file/d/abc", "https://drive.google.com/file/d/abc"],
    ["http://127.0.0.1:8787/exec?t=v1.x", "http://127.0.0.1:8787/exec?t=v1.x"],
    ["javascript:alert(1)", null],
    ["JAVASCRIPT:alert(1)", null],
    ["data:text/html,<script>", null],
    ["http://example.com/", null],
    ["http://127.0.0.1.evil.example/", null],
    ['https://x.vn/"onmouseover=', null],
    ["", null],
  ])("%s → %s", (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

describe("the date field's value and the server's dates", () => {
  it("converts both ways, and refuses what is not a date", () => {
    expect(isoToVi("2024-11-19")).toBe("19/11/2024");
    expect(viToIso("19/11/2024")).toBe("2024-11-19");
    expect(isoToVi("")).toBe("");
    expect(viToIso("19/11/24")).toBe("");
  });
});
