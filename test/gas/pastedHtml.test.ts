/**
 * A plan published as an HTML page (a table under a few paragraphs, as provinces and ministries
 * publish their appendices), copied from the browser and pasted into a tab, then imported with
 * "Nhập kế hoạch từ trang tính này": the same tasks as `cli import` reads from the file.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PLAN_TAB } from "../../src/core/workbook/layout";
import { ROOT, fixture } from "../helpers";
import { htmlClipboard } from "./clipboard";
import { createRuntime, loadBundle } from "./runtime";

const FILE = fixture("ke-hoach-so.html");
const colOf = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key);

interface CliTask {
  id: string;
  number: string;
  task: string;
  output: string;
  timeline: string;
  assignment: string;
  warnings: string[];
}

function fromCli(): CliTask[] {
  const r = spawnSync(process.execPath, [join(ROOT, "dist", "cli", "cli.js"), "import", FILE, "--json"], {
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout).tasks;
}

/** The plan tab's rows after the page is pasted into the first tab and imported. */
function fromSheets(): unknown[][] {
  const runtime = createRuntime({ now: new Date("2026-03-02T01:00:00Z") });
  loadBundle(runtime);
  runtime.spreadsheet.active.paste(1, 1, htmlClipboard(readFileSync(FILE, "utf8")));
  runtime.run("menuImportFromSheet", "menu");
  return runtime.spreadsheet.tab("Kế hoạch").grid().slice(1);
}

describe("an HTML plan pasted into a tab", () => {
  test("imports the same tasks as the command line reads from the file: ids, texts, timelines, notes", () => {
    const cli = fromCli();
    const rows = fromSheets();
    expect(cli.map((t) => t.id)).toEqual(["I.1", "I.2", "II.3", "II.4", "II.5", "II.6"]);
    const cell = (row: unknown[], key: string) => String(row[colOf(key)] ?? "");
    expect(
      rows.map((row) => ({
        id: cell(row, "id"),
        number: cell(row, "number"),
        task: cell(row, "task"),
        output: cell(row, "output"),
        timeline: cell(row, "timeline"),
        assignment: cell(row, "assignment"),
        notes: cell(row, "importNotes"),
      })),
    ).toEqual(
      cli.map((t) => ({
        id: t.id,
        number: t.number,
        task: t.task,
        output: t.output,
        timeline: t.timeline,
        assignment: t.assignment,
        notes: t.warnings.join("\n"),
      })),
    );
  });

  test("a month-year deadline Sheets turned into a date is read as the month written, not its first day", () => {
    const rows = fromSheets();
    const timelineOf = (id: string) => rows.find((r) => r[colOf("id")] === id)?.[colOf("timeline")];
    // Typed "12/2026", Sheets stores 01/12/2026 shown as 12/2026: the plan means December.
    expect(timelineOf("I.1")).toBe("12/2026");
    expect(timelineOf("II.4")).toBe("06/2027");
    // A bullet Sheets took for a formula comes back as typed.
    expect(timelineOf("II.6")).toBe("- Trước ngày 15/12 hằng năm");
  });
});
