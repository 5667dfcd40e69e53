/**
 * Code.js called from the officers' web page with crafted arguments, as an attacker holding
 * one officer's link (or none) would: google.script.run reaches every top-level function by
 * name, executing as the deployer (developers.google.com/apps-script/guides/html/reference/run).
 */
import { t } from "../../src/core/i18n/messages";
import { PLAN_TAB } from "../../src/core/workbook/layout";
import { bootPages, OFFICER, tokenFor, worldOf } from "../gas/pages";
import type { Runtime } from "../gas/runtime";

const planGrid = (runtime: Runtime) => runtime.spreadsheet.tab(t("tab.plan")).grid();
const headerIndex = (runtime: Runtime, key: Parameters<typeof t>[0]) => planGrid(runtime)[0].indexOf(t(key));

function safeRun(runtime: Runtime, name: string, ...args: unknown[]): unknown {
  try {
    return runtime.run(name, "webapp", ...args);
  } catch (error) {
    return { threw: String(error) };
  }
}

/** An overdue task of OFFICER's that the page offers to mark done, and its plan row. */
function markableTask(runtime: Runtime): { id: string; row: number } {
  const answer = runtime.run("officerOpen", "webapp", tokenFor()) as {
    page: { tasks: { id: string; row: number; actions: string[] }[] };
  };
  const task = answer.page.tasks.find((x) => x.actions.includes("markDone"))!;
  return { id: task.id, row: task.row };
}

describe("a web page holding no link", () => {
  test("dailyDigest called with the real trigger's id sends nothing and writes nothing", () => {
    const runtime = bootPages();
    runtime.run("menuRemindersOn", "menu");
    const [trigger] = runtime.scriptApp.triggers;
    runtime.calls.reset();
    const before = worldOf(runtime);
    safeRun(runtime, "dailyDigest", { triggerUid: trigger.id, authMode: "FULL" });
    expect(runtime.mail.sent).toHaveLength(0);
    expect(worldOf(runtime)).toBe(before);
  });

  test.each([
    ["prototype keys", JSON.parse('{"__proto__": {"communeName": "x"}, "constructor": "x"}')],
    ["a formula", { communeName: '=IMPORTRANGE("https://evil", "A1")' }],
    ["50,000 characters", { communeName: "x".repeat(50000) }],
  ])("dashboardSaveSettings with %s is refused before any read", (_name, values) => {
    const runtime = bootPages();
    const before = worldOf(runtime);
    expect(safeRun(runtime, "dashboardSaveSettings", values, {})).toMatchObject({ threw: expect.any(String) });
    expect(worldOf(runtime)).toBe(before);
    expect(runtime.calls.matching("Spreadsheet")).toBe(0);
  });

  test("dashboardMyLink, which signs the caller's link, is refused: a visitor gets no token", () => {
    const runtime = bootPages();
    expect(safeRun(runtime, "dashboardMyLink")).toMatchObject({ threw: expect.any(String) });
  });
});

describe("an officer's own link, used for more than the page offers", () => {
  test("extra fields in a request write none of them: only progress, date and evidence change", () => {
    const runtime = bootPages();
    const { id, row } = markableTask(runtime);
    const before = planGrid(runtime)[row - 1].slice();
    const answer = runtime.run("officerAct", "webapp", tokenFor(), {
      action: "markDone",
      taskId: id,
      completedOn: "19/11/2024",
      evidence: "https://drive.google.com/x",
      task: "rewritten",
      owner: "someone@else.vn",
      progress: "=1+1",
      notes: "forged",
      row: 2,
      constructor: { prototype: { ok: true } },
    });
    expect(answer).toMatchObject({ ok: true });
    const after = planGrid(runtime)[row - 1];
    const changed = before.flatMap((v, i) => (v === after[i] ? [] : [planGrid(runtime)[0][i]]));
    const computed = PLAN_TAB.columns.filter((c) => c.owner === "computed").map((c) => t(c.header));
    expect(changed.filter((h) => !computed.includes(h as string))).toEqual([
      t("col.progress"),
      t("col.completedOn"),
      t("col.evidence"),
    ]);
    expect(after[headerIndex(runtime, "col.task")]).toBe(before[headerIndex(runtime, "col.task")]);
  });

  test.each([
    [
      "an array for the id",
      { action: "markDone", taskId: ["A.I.1"], completedOn: "19/11/2024", evidence: "https://a.vn" },
    ],
    ["a huge array for the text", { action: "noteDifficulty", taskId: "A.I.1", text: Array(100000).fill("a") }],
    [
      "an object for the date",
      { action: "markDone", taskId: "A.I.1", completedOn: { day: 19 }, evidence: "https://a.vn" },
    ],
    ["an unknown action", { action: "setOwner", taskId: "A.I.1", owner: OFFICER }],
    ["an array of requests", [{ action: "noteDifficulty", taskId: "A.I.1", text: "x" }]],
  ])("%s is refused as a bad request, writing nothing", (_name, request) => {
    const runtime = bootPages();
    const before = worldOf(runtime);
    expect(runtime.run("officerAct", "webapp", tokenFor(), request)).toMatchObject({
      ok: false,
      message: t("officer.badRequest"),
    });
    expect(worldOf(runtime)).toBe(before);
  });

  test("a replayed mark-done is refused the second time: the task no longer offers it", () => {
    const runtime = bootPages();
    const { id } = markableTask(runtime);
    const request = { action: "markDone", taskId: id, completedOn: "19/11/2024", evidence: "https://a.vn/x" };
    expect(runtime.run("officerAct", "webapp", tokenFor(), request)).toMatchObject({ ok: true });
    const logged = runtime.spreadsheet.tab(t("tab.log")).grid().length;
    expect(runtime.run("officerAct", "webapp", tokenFor(), request)).toMatchObject({ ok: false });
    expect(runtime.spreadsheet.tab(t("tab.log")).grid().length).toBe(logged);
  });
});
