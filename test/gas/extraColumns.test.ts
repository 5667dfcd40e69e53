/**
 * A plan with extra columns ("Kinh phí", "Văn bản giao nhiệm vụ") pasted into a tab and imported
 * through Code.js: the columns show in Kế hoạch with their texts; after an officer inserts a
 * column headed like one of them, edits and empties cells, a re-import and a refresh write only
 * the product's own cells, and only where they are empty.
 */
import { readFileSync } from "node:fs";
import { t } from "../../src/core/i18n/messages";
import { PLAN_TAB } from "../../src/core/workbook/layout";
import { fixture } from "../helpers";
import { htmlClipboard } from "./clipboard";
import { createRuntime, loadBundle } from "./runtime";

const LAYOUT = PLAN_TAB.columns.length;
const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));

function imported() {
  const runtime = createRuntime({ now: new Date("2025-03-01T01:00:00Z") });
  loadBundle(runtime);
  const source = runtime.spreadsheet.active;
  source.paste(1, 1, htmlClipboard(readFileSync(fixture("extra-columns.html"), "utf8")));
  runtime.run("menuImportFromSheet", "menu");
  return { runtime, source, plan: runtime.spreadsheet.tab("Kế hoạch") };
}

describe("a plan's extra columns, through Code.js", () => {
  test("show in Kế hoạch after the product's columns, headed as the plan heads them, texts in row order", () => {
    const { plan } = imported();
    const grid = plan.grid();
    expect(grid[0].map(text)).toEqual([
      ...PLAN_TAB.columns.map((c) => t(c.header)),
      "Kinh phí",
      "Văn bản giao nhiệm vụ",
    ]);
    expect(grid.slice(1).map((r) => [r[0], r[LAYOUT], r[LAYOUT + 1]].map(text))).toEqual([
      ["I.1", "Ngân sách xã", "Quyết định số 12/QĐ-UBND"],
      ["I.2", "", "Công văn số 45/UBND-VP"],
      ["II.1", "Nguồn chi thường xuyên", ""],
    ]);
  });

  test("an officer's inserted look-alike column is never written; re-import fills only what is empty", () => {
    const { runtime, source, plan } = imported();
    // The officer inserts their own "Kinh phí" column after the id, and types in it.
    plan.insertColumnsAfter(1, 1);
    plan.type(1, 2, "Kinh phí");
    plan.type(3, 2, "dự kiến 5 triệu");
    const budget = LAYOUT + 2;
    const assignedBy = LAYOUT + 3;
    plan.type(2, budget, "Ngân sách tỉnh");
    plan.type(3, assignedBy, "");
    source.activate();
    runtime.run("menuImportFromSheet", "menu");
    runtime.run("menuRefresh", "menu");
    const grid = plan.grid();
    expect(grid.map((r) => text(r[1]))).toEqual(["Kinh phí", "", "dự kiến 5 triệu", ""]);
    expect(grid.slice(1).map((r) => [r[budget - 1], r[assignedBy - 1]].map(text))).toEqual([
      ["Ngân sách tỉnh", "Quyết định số 12/QĐ-UBND"],
      ["", "Công văn số 45/UBND-VP"],
      ["Nguồn chi thường xuyên", ""],
    ]);
    expect(grid[0]).toHaveLength(assignedBy);
  });
});
