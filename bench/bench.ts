/**
 * `npm run bench [-- --json] [-- --sizes 100,1000]`: how far one sheet goes inside Apps Script's
 * limits. Each action runs through the built Code.js in the fake Apps Script runtime (the same
 * path the tests use), on plans of 100 to 50,000 tasks derived from the seed (the seed's rows
 * repeated with new numbers, so the same text shapes, timeline phrases, sections and roles).
 * For each action it prints service calls by kind, cells read and written, Node time (median),
 * heap growth, and an estimated Apps Script time from the cost model below.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { WorkCalendar } from "../src/core/calendar/workCalendar";
import { prefillDays } from "../src/core/calendar/holidays";
import { extractIndicators } from "../src/core/indicators/extract";
import { readTextTable } from "../src/core/plan/readers/textTable";
import { importPlan } from "../src/core/plan/importer";
import { DEFAULT_ROLES, RoleMatcher } from "../src/core/plan/roles";
import { SAMPLE_PLAN_TEXT } from "../src/core/plan/samplePlan";
import { evaluateTask } from "../src/core/status/status";
import { parseTaskTimeline } from "../src/core/timeline/parse";
import { STATUS } from "../src/core/status/statuses";
import { DIRECTORY_TAB, LOG_TAB, PLAN_TAB, TABS } from "../src/core/workbook/layout";
import { tabName } from "../src/app/read/tabs";
import { localDate } from "../src/core/dates/localDate";
import { importPlanInto } from "../src/app/commands/importPlan";
import { refreshAll } from "../src/app/commands/refresh";
import { COST_MODEL, estimateMs } from "./costModel";
import type { RollupMeasure } from "./rollup";
import { MemoryStore, MemoryWorkbook } from "../src/memory/memoryWorkbook";
import { NO_DOCUMENTS, NO_MAILER } from "../src/memory/none";
import { createRuntime, loadBundle, BUNDLE, type Runtime } from "../test/gas/runtime";
import { OFFICER, pageDir, SECRET, tokenFor, WEBAPP } from "../test/gas/pages";
import { CONTAINER_KEY } from "../src/gas/container";
import { LINK_SECRET_KEY } from "../src/app/state/linkSecret";
import type { OfficerOpenAnswer } from "../src/bridge/contract";

// The cost model (estimates, not measurements) lives in bench/costModel.ts, shared with the
// roll-up's bench and the fake runtime's clock; change its figures there to re-estimate.
export { COST_MODEL };

/** One thing an action cannot do without, and the service calls it takes at least. */
interface Need {
  what: string;
  calls: number;
}

/**
 * The service calls a refresh needs at least, counted from what it must read and write, not
 * from what it does. SpreadsheetApp has no multi-range read or write (the Sheets API's batchGet
 * would read every tab in one call, but only as an advanced service under the full
 * spreadsheets scope, which the add-on's currentonly excludes), so each tab costs its own
 * round trips: a Sheet (getSheetByName; getSheets then getName per sheet costs as many), a
 * range (getDataRange) and its values (getValues). On that same range, no second range:
 * getNumberFormats where a format carries the meaning, getNotes where the check writes notes
 * (a person's note is kept, the product's stale lines removed), getMergedRanges where rows are
 * checked. Written: the log's new lines, one block (getRange + setValues), and the summary tab
 * (Tổng hợp) the province's roll-up reads, rewritten whole each refresh (one block); in the bench's
 * steady state nothing else has changed, so every other block is already right and need not be
 * written (a status that changed would add one block: 2 calls). Around it: the spreadsheet and
 * its zone, the document lock (get, try, release), the document properties (the service, one
 * read of the edits left waiting, one write of the edit context: getProperties and
 * setProperties take several keys at once), the user for the log, the locale check, and the
 * dialog (getUi, alert).
 */
export function refreshLowerBound(): Need[] {
  const checked = ["plan", "directory", "completions", "holidays", "indicators", "indicatorData"];
  const rowChecked = ["plan", "directory", "completions", "holidays"];
  return [
    { what: "the spreadsheet, its time zone and locale", calls: 3 },
    { what: "the document lock: get, try, release", calls: 3 },
    { what: "document properties: service, one read, one write", calls: 3 },
    { what: `${TABS.length} tabs read: Sheet, range, getValues each`, calls: 3 * TABS.length },
    { what: "number formats where they carry the meaning", calls: TABS.filter((t) => t.readWithFormats).length },
    { what: "notes of the tabs the check notes", calls: checked.length },
    { what: "merged cells of the tabs checked row by row", calls: rowChecked.length },
    { what: "the log's new lines: one block", calls: 2 },
    { what: "the summary tab (Tổng hợp) rewritten: one block", calls: 2 },
    { what: "the user, for the log", calls: 1 },
    { what: "the dialog: getUi, alert", calls: 2 },
  ];
}

/**
 * An edit of one plan cell: the edited range's sheet and name, its row and height, the zone,
 * the lock, the document properties (the service, one read of the edit context and the edits
 * waiting), the header read again (a moved column must not be written into), the edited row
 * with its notes (range, getValues, getNotes), and its computed cells written (one block).
 */
export function editLowerBound(): Need[] {
  return [
    { what: "the event's range: getSheet, getName, getRow, getNumRows", calls: 4 },
    { what: "the time zone", calls: 1 },
    { what: "the document lock: get, try, release", calls: 3 },
    { what: "document properties: service, one read", calls: 2 },
    { what: "the header: range, getValues", calls: 2 },
    { what: "the edited row and its notes: range, getValues, getNotes", calls: 3 },
    { what: "its computed cells: range, setValues", calls: 2 },
  ];
}

const LOWER_BOUNDS: Record<string, () => Need[]> = {
  refresh: refreshLowerBound,
  check: refreshLowerBound,
  "edit (one cell)": editLowerBound,
};

const SEED = readTextTable(SAMPLE_PLAN_TEXT);
const NOW = new Date("2024-11-20T00:30:00Z"); // 07:30 on 20/11/2024 in Vietnam

/** A plan table of `tasks` tasks: the seed's rows repeated, each copy's numbers made unique. */
export function planGrid(tasks: number): string[][] {
  const [header, ...rows] = SEED.rows.map((r) => [...r.cells]);
  const out = [header];
  let count = 0;
  for (let copy = 0; count < tasks; copy++) {
    for (const row of rows) {
      const isTask = /^\d+$/.test(row[0]);
      if (isTask && count >= tasks) break;
      out.push(row.map((c, j) => (j === 0 && isTask && copy > 0 ? `${c}${String(copy).padStart(3, "0")}` : c)));
      if (isTask) count++;
    }
  }
  return out;
}

/** min, median and max of several runs: one run alone once showed a step five times slower than the next. */
interface Spread {
  min: number;
  median: number;
  max: number;
}

interface Measure {
  action: string;
  tasks: number;
  runs: number;
  calls: number;
  byKind: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** Node time of the whole action (median), and its spread. */
  nodeMs: number;
  nodeSpread: Spread;
  /** Time inside the fake's service calls (median), and the product's own: node − fake, run by run. */
  fakeMs: number;
  productMs: number;
  productSpread: Spread;
  /** Heap growth after the run (as before), kept for comparison. */
  heapMb: number;
  /** Heap used at rest before the run, after a GC: the fake's storage of the workbook, the bundle, the bench. */
  restMb: number;
  /** Highest heap used during the run (sampled at every service call and at its end), and above rest. */
  peakMb: number;
  peakAboveRestMb: number;
  /**
   * The live peak above rest: one more run with a full GC at every service call, so garbage not
   * yet collected is not counted (what a memory ceiling would see at those points). Refresh, the
   * daily digest and the report only.
   */
  livePeakAboveRestMb?: number;
  estimateS: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[]): Spread => ({
  min: round1(Math.min(...xs)),
  median: round1(median(xs)),
  max: round1(Math.max(...xs)),
});
const round1 = (n: number) => Math.round(n * 10) / 10;
const MB = 1048576;
const gc = () => (global as { gc?: () => void }).gc?.();

/** The actions whose live peak is measured (docs/performance.md: at most 150 MB at 50,000 tasks). */
const LIVE_PEAK = new Set(["refresh", "daily digest", "report"]);

/** One run with a full GC at every service call: the most live heap above rest, in bytes. */
function livePeak(runtime: Runtime, run: () => void, before?: () => void): number {
  before?.();
  gc();
  const rest = process.memoryUsage().heapUsed;
  let top = rest;
  runtime.calls.probe = () => {
    gc();
    top = Math.max(top, process.memoryUsage().heapUsed);
  };
  try {
    run();
  } finally {
    runtime.calls.probe = null;
  }
  return top - rest;
}

/** Runs an action `repeat` times: calls and cells of the last run, times and heap of every run. */
function measure(
  runtime: Runtime | null,
  action: string,
  tasks: number,
  repeat: number,
  run: () => void,
  before?: () => void,
): Measure {
  const times: number[] = [];
  const own: number[] = [];
  const fakes: number[] = [];
  let snapshot: Record<string, number> = {};
  let cellsRead = 0;
  let cellsWritten = 0;
  let heap = 0;
  let rest = 0;
  let peak = 0;
  for (let i = 0; i < repeat; i++) {
    before?.();
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    rest = Math.max(rest, heapBefore);
    let top = heapBefore;
    runtime?.calls.reset();
    if (runtime) runtime.calls.probe = () => (top = Math.max(top, process.memoryUsage().heapUsed));
    const t0 = process.hrtime.bigint();
    run();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    top = Math.max(top, process.memoryUsage().heapUsed);
    if (runtime) runtime.calls.probe = null;
    const fakeMs = runtime ? runtime.calls.fakeNs / 1e6 : 0;
    times.push(ms);
    fakes.push(fakeMs);
    own.push(ms - fakeMs);
    heap = Math.max(heap, process.memoryUsage().heapUsed - heapBefore);
    peak = Math.max(peak, top - heapBefore);
    if (runtime) {
      snapshot = runtime.calls.snapshot();
      cellsRead = runtime.calls.cellsRead;
      cellsWritten = runtime.calls.cellsWritten;
    }
  }
  const calls = Object.values(snapshot).reduce((a, b) => a + b, 0);
  const productMs = median(own);
  const live = runtime && LIVE_PEAK.has(action) ? livePeak(runtime, run, before) : undefined;
  return {
    action,
    tasks,
    runs: repeat,
    calls,
    byKind: snapshot,
    cellsRead,
    cellsWritten,
    nodeMs: median(times),
    nodeSpread: spread(times),
    fakeMs: round1(median(fakes)),
    productMs: round1(productMs),
    productSpread: spread(own),
    heapMb: heap / MB,
    restMb: round1(rest / MB),
    peakMb: round1((rest + peak) / MB),
    peakAboveRestMb: round1(peak / MB),
    ...(live === undefined ? {} : { livePeakAboveRestMb: round1(live / MB) }),
    // The script's CPU is the product's own time: the fake's is not Apps Script's.
    estimateS: estimateMs(snapshot, cellsRead, cellsWritten, productMs) / 1000,
  };
}

type Handler = (...args: unknown[]) => unknown;

function paste(runtime: Runtime, grid: string[][]): void {
  const sheet = runtime.spreadsheet.active;
  sheet.maxRows = Math.max(sheet.maxRows, grid.length + 10);
  grid.forEach((row, r) => row.forEach((v, c) => v !== "" && sheet.type(r + 1, c + 1, `'${v}`)));
}

/** The way tutorials refresh a status column: a read, a write and a background per row. */
function naiveRefresh(runtime: Runtime): void {
  const ss = runtime.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = ss.getActiveSpreadsheet().getSheetByName("Kế hoạch")!;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0].map(String);
  const col = (name: string) => header.indexOf(name);
  const calendar = new WorkCalendar(prefillDays(2024));
  const window = { from: { year: 2024, month: 4, day: 2 }, to: { year: 2024, month: 12, day: 31 } };
  for (let r = 2; r <= lastRow; r++) {
    const row = sheet.getRange(r, 1, 1, lastCol).getValues()[0];
    const timeline = parseTaskTimeline(
      String(row[col("Tiến độ")]),
      String(row[col("Phân công và cách thức thực hiện")]),
      { year: 2024 },
    );
    const e = evaluateTask(
      { timeline, ownDeadline: null, done: false, completedOn: null, completions: new Map() },
      { year: 2024, month: 11, day: 20 },
      calendar,
      { window, dueSoonDays: 3 },
    );
    sheet.getRange(r, col("Tình trạng") + 1).setValue(e.status);
    sheet.getRange(r, col("Tình trạng") + 1).setBackground(STATUS[e.status].swatch?.background ?? "#ffffff");
  }
}

/** Runs per action: enough for a spread, fewer where one run takes seconds. */
const repeatFor = (tasks: number) => (tasks <= 1000 ? 7 : tasks <= 10000 ? 5 : 3);

/** The plan of `tasks` tasks as the importer reads it. */
const importedPlan = (tasks: number) =>
  importPlan(
    readTextTable(
      planGrid(tasks)
        .map((r) => `| ${r.join(" | ")} |`)
        .join("\n"),
    ),
    { matcher: new RoleMatcher(DEFAULT_ROLES), year: 2024 },
  );

/**
 * The product's CPU for a refresh, with no Apps Script fake: the whole refresh (the snapshot's
 * rows evaluated, the checks, the indicators, the computed cells, notes and log) over the
 * in-memory workbook the command line uses, whose reads and writes are copies of arrays.
 */
function evaluateCore(tasks: number, plan: ReturnType<typeof importedPlan>, repeat: number): Measure {
  const workbook = new MemoryWorkbook();
  const today = localDate(2024, 11, 20);
  const ports = {
    workbook,
    store: new MemoryStore(),
    clock: { today: () => today, timestamp: () => "2024-11-20 07:30:00" },
    user: { email: () => "" },
    documents: NO_DOCUMENTS,
    mailer: NO_MAILER,
  };
  importPlanInto(ports, plan);
  refreshAll(ports, today); // the first refresh makes the legend and the chart
  // The log grows by a refresh's lines each run: emptied before each, so every run does the same work.
  const log = workbook.sheet(tabName(LOG_TAB));
  const measured = measure(
    null,
    "evaluate (core)",
    tasks,
    repeat,
    () => void refreshAll(ports, today),
    () => {
      if (log) log.cells.length = 1;
    },
  );
  return measured;
}

/**
 * A plan of `tasks` tasks as the secretariat leaves it: pasted, set up, imported, every role's
 * address filled, refreshed once (the legend and the chart). `step` measures setup and import.
 */
function preparedWorkbook(
  tasks: number,
  step: (name: string, runtime: Runtime, run: () => void) => void = (_n, _r, run) => run(),
): { runtime: Runtime; g: Record<string, Handler> } {
  const runtime = createRuntime({ now: NOW });
  const g = loadBundle(runtime) as Record<string, Handler>;
  paste(runtime, planGrid(tasks));
  step("setup", runtime, () => g.menuSetup());
  runtime.spreadsheet.active = runtime.spreadsheet.tab("Trang tính1");
  step("import", runtime, () => g.menuImportFromSheet());
  const directory = runtime.spreadsheet.tab("Danh bạ");
  const emailCol = DIRECTORY_TAB.columns.findIndex((c) => c.key === "email") + 1;
  directory
    .grid()
    .forEach(
      (row, i) => i > 0 && row[0] && directory.type(i + 1, emailCol, `${String(row[0]).toLowerCase()}@dailanh.gov.vn`),
    );
  g.menuRefresh(); // the first refresh makes the legend and the chart
  return { runtime, g };
}

function benchSize(tasks: number): { measures: Measure[]; naive: Measure } {
  const repeat = repeatFor(tasks);
  const measures: Measure[] = [];
  const { runtime, g } = preparedWorkbook(tasks, (name, rt, run) => measures.push(measure(rt, name, tasks, 1, run)));
  measures.push(measure(runtime, "refresh", tasks, repeat, () => g.menuRefresh()));
  measures.push(measure(runtime, "check", tasks, repeat, () => g.menuCheck()));
  const plan = runtime.spreadsheet.tab("Kế hoạch");
  // An officer sets a task's deadline by hand, a different day each time: its status, next due
  // date and working days left change, so the edit has its computed cells to write.
  const deadlineCol = PLAN_TAB.columns.findIndex((c) => c.key === "deadline") + 1;
  let edits = 0;
  measures.push(
    measure(
      runtime,
      "edit (one cell)",
      tasks,
      repeat,
      () => g.onEdit({ range: plan.range(5, deadlineCol), source: runtime.spreadsheet.proxy }),
      () => plan.type(5, deadlineCol, `'${edits++ % 2 ? 22 : 21}/11/2024`),
    ),
  );
  const extracted = importedPlan(tasks);
  measures.push(
    measure(runtime, "indicators (core)", tasks, repeat, () => {
      extracted.tasks.flatMap(extractIndicators);
    }),
  );
  measures.push(evaluateCore(tasks, extracted, repeat));
  const [report, digest] = heavyActions(runtime, g).slice(1);
  for (const a of [report, digest]) measures.push(measure(runtime, a.action, tasks, repeat, a.run, a.before));
  const naive = measure(runtime, "naive refresh", tasks, tasks <= 10000 ? 3 : 1, () => naiveRefresh(runtime));
  return { measures, naive };
}

/** The actions whose heap issue 16 bounds (150 MB at 50,000 tasks), each with what it needs before a run. */
function heavyActions(
  runtime: Runtime,
  g: Record<string, Handler>,
): { action: string; run: () => void; before: () => void }[] {
  return [
    { action: "refresh", run: () => void g.menuRefresh(), before: () => undefined },
    {
      action: "report",
      run: () => void g.menuReport(),
      before: () => void runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" }, { button: "OK" }),
    },
    {
      action: "daily digest",
      run: () => void runtime.fire("dailyDigest"),
      before: () => runtime.properties.document.deleteProperty("digest.sent.v2.day"),
    },
  ];
}

/** What an action left: every tab's cells (value, formula, note, background, format), the mail sent, the files. */
function stateHash(runtime: Runtime): string {
  const hash = createHash("sha256");
  for (const sheet of runtime.spreadsheet.sheets) {
    hash.update(`\u0000${sheet.name}`);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell)
          hash.update(JSON.stringify([r, c, cell.value, cell.formula, cell.note, cell.background, cell.numberFormat]));
      }),
    );
  }
  for (const mail of runtime.mail.sent) hash.update(JSON.stringify([mail.to, mail.subject, mail.body, mail.htmlBody]));
  for (const file of runtime.drive.files) hash.update(JSON.stringify([file.name, file.sourceHtml ?? file.content]));
  return hash.digest("hex").slice(0, 16);
}

interface CappedRun {
  /** Heap used at rest before each action, after a full GC (MB), and the state each action left. */
  restMb: Record<string, number>;
  /** Heap used after each action, after a full GC (MB): what the fake now stores of what the action wrote. */
  afterMb: Record<string, number>;
  state: Record<string, string>;
}

/**
 * The child of `--heap-cap`: the workbook prepared, then the heavy actions in order; before the
 * one named `capped` (if any) a ballast is taken from the cap, and the child stops after it.
 * Prints a CappedRun.
 */
function heapCapChild(tasks: number, capped: string | undefined, ballastMb: number): void {
  const { runtime, g } = preparedWorkbook(tasks);
  const out: CappedRun = { restMb: {}, afterMb: {}, state: {} };
  let ballast: number[][] = [];
  for (const a of heavyActions(runtime, g)) {
    a.before();
    // Live doubles on V8's heap (a typed array's bytes are outside it), in arrays of 64 MB (one
    // array holds at most 2^27 - 1 doubles): the preparation and the actions before had the room.
    if (a.action === capped)
      ballast = Array.from({ length: Math.ceil(ballastMb / 64) }, () => new Array<number>((64 * MB) / 8).fill(0.5));
    gc();
    out.restMb[a.action] = round1(process.memoryUsage().heapUsed / MB);
    a.run();
    gc();
    out.afterMb[a.action] = round1(process.memoryUsage().heapUsed / MB);
    out.state[a.action] = stateHash(runtime);
    if (a.action === capped) break;
  }
  process.stdout.write(JSON.stringify({ ...out, ballastMb: ballast.length * 64 }));
}

function runChild(
  tasks: number,
  capped?: { action: string; capMb: number },
): { run: CappedRun | null; stderr: string } {
  const flags = ["--expose-gc", ...(capped ? [`--max-old-space-size=${capped.capMb}`] : [])];
  const args = capped ? [`--capped=${capped.action}`, `--ballast=${BALLAST_MB}`] : [];
  const child = spawnSync(process.execPath, [...flags, __filename, `--heap-cap-child=${tasks}`, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const ok = child.status === 0;
  return { run: ok ? (JSON.parse(child.stdout) as CappedRun) : null, stderr: child.stderr.slice(-1000) };
}

/** What the capped child holds live once the workbook is prepared (see heapCapChild). */
const BALLAST_MB = 1024;

/**
 * `--heap-cap=50000`: the heap the product itself needs, garbage aside. Each heavy action runs
 * in a child whose old generation is capped at what the fake holds in an uncapped run plus
 * `aboveMb`, plus the ballast (V8 collects fully as it nears the cap, and dies with "heap out of
 * memory" only when the live objects do not fit): it must complete there and leave the same
 * state as uncapped. What the fake holds is the larger of the heap before the action and after
 * it (both after a full GC): the cells an action writes (the report's tab: 553,672 at 50,000
 * tasks) and the PDF it saves stay in the fake's storage, where in Apps Script they live in
 * Google's spreadsheet and Drive, not in the script's heap.
 */
function heapCapCheck(tasks: number, aboveMb = 150): void {
  const free = runChild(tasks);
  if (!free.run) throw new Error(`uncapped run failed: ${free.stderr}`);
  const uncapped = free.run;
  const results = heavyActions(createRuntime({ now: NOW }), {}).map(({ action }) => {
    const fakeMb = Math.max(uncapped.restMb[action], uncapped.afterMb[action]);
    const capMb = Math.floor(fakeMb) + BALLAST_MB + aboveMb;
    const capped = runChild(tasks, { action, capMb });
    const completed = capped.run !== null;
    const same = completed && capped.run!.state[action] === uncapped.state[action];
    if (!completed) console.error(`${action}: ${capped.stderr}`);
    return {
      action,
      restMb: uncapped.restMb[action],
      afterMb: uncapped.afterMb[action],
      capMb,
      cappedRestMb: capped.run?.restMb[action],
      completed,
      same,
    };
  });
  console.log(JSON.stringify({ tasks, aboveMb, ballastMb: BALLAST_MB, results }, null, 2));
  if (results.some((r) => !r.same)) process.exitCode = 1;
}

/** The pages' sizes: the seed's 77 tasks and ten times as many. */
const PAGE_SIZES = [77, 770];

/** A plan of `tasks` tasks set up as the secretariat leaves it: imported, addresses filled, refreshed. */
function pagesRuntime(tasks: number): { runtime: Runtime; g: Record<string, Handler> } {
  const runtime = createRuntime({ now: NOW, webapp: WEBAPP, htmlDir: pageDir() });
  const g = loadBundle(runtime) as Record<string, Handler>;
  paste(runtime, planGrid(tasks));
  g.menuSetup();
  runtime.spreadsheet.active = runtime.spreadsheet.tab("Trang tính1");
  g.menuImportFromSheet();
  const directory = runtime.spreadsheet.tab("Danh bạ");
  const emailCol = DIRECTORY_TAB.columns.findIndex((c) => c.key === "email") + 1;
  directory.grid().forEach((row, i) => {
    if (i > 0 && row[0]) directory.type(i + 1, emailCol, i === 1 ? OFFICER : `role${i}@dailanh.gov.vn`);
  });
  g.menuRefresh();
  runtime.properties.script.setProperty(LINK_SECRET_KEY, SECRET);
  runtime.properties.script.setProperty(CONTAINER_KEY, runtime.spreadsheet.getId());
  return { runtime, g };
}

/**
 * The pages' service calls: an officer opening the page (the visit, doGet, then the page's
 * officerOpen), marking a task done (officerAct), and the sidebar's first load (dashboardLoad,
 * once the sidebar's server side is in Code.js). They should not grow with the plan.
 */
function benchPages(tasks: number): Measure[] {
  const { runtime, g } = pagesRuntime(tasks);
  const token = tokenFor();
  const measures = [
    measure(runtime, "officer page opened", tasks, 3, () => {
      runtime.run("doGet", "webapp", { parameter: { t: token } });
      runtime.run("officerOpen", "webapp", token);
    }),
  ];
  const opened = runtime.run("officerOpen", "webapp", token) as OfficerOpenAnswer;
  const open = opened.ok ? opened.page.tasks.filter((x) => x.actions.includes("markDone")) : [];
  let next = 0;
  measures.push(
    measure(runtime, "officer marks done", tasks, Math.min(3, open.length), () => {
      const task = open[next++];
      runtime.run("officerAct", "webapp", token, {
        action: "markDone",
        taskId: task.id,
        completedOn: "19/11/2024",
        evidence: "https://dailanh.gov.vn/vb/1",
      });
    }),
  );
  if (typeof g.dashboardLoad === "function")
    measures.push(measure(runtime, "sidebar load", tasks, 3, () => runtime.run("dashboardLoad", "sidebar")));
  return measures;
}

/**
 * Largest plan that fits a time limit, by a straight line through the two largest sizes; an
 * action whose estimate moves by under a second from the smallest plan to the largest does not
 * grow with the plan (Infinity).
 */
function largestFitting(points: { tasks: number; s: number }[], limitS: number): number {
  const [a, b] = points.slice(-2);
  if (!a || !b) return 0;
  if (Math.abs(b.s - points[0].s) < 1 || b.s <= a.s) return b.s <= limitS ? Infinity : 0;
  const slope = (b.s - a.s) / (b.tasks - a.tasks);
  return Math.max(0, Math.floor(b.tasks + (limitS - b.s) / slope));
}

function bundleLoad(): { kb: number; loadMs: number } {
  const code = readFileSync(BUNDLE, "utf8");
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const runtime = createRuntime();
    const t0 = process.hrtime.bigint();
    loadBundle(runtime, code);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { kb: Math.round(code.length / 102.4) / 10, loadMs: Math.round(median(times) * 100) / 100 };
}

/**
 * The roll-up at 20, 170 and 500 communes (bench/rollup.ts), run in a process of its own: its
 * bundle (dist/bench-rollup.js, built by `npm run bench` beside this one) finds the seed one
 * folder above itself, and its runtimes do not weigh on this process's heap figures.
 */
function rollupFigures(): RollupMeasure[] {
  const out = execFileSync(process.execPath, [join(dirname(BUNDLE), "..", "bench-rollup.js"), "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as RollupMeasure[];
}

function main(): void {
  const json = process.argv.includes("--json");
  const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
  const sizes = sizesArg ? sizesArg.slice(8).split(",").map(Number) : [100, 1000, 10000, 50000];
  const results = sizes.map((n) => {
    if (!json) process.stderr.write(`… ${n} tasks\n`);
    return benchSize(n);
  });
  const actions = results[0].measures.map((m) => m.action);
  const limits = actions.map((action) => {
    const points = results.map((r) => ({
      tasks: r.measures.find((m) => m.action === action)!.tasks,
      s: r.measures.find((m) => m.action === action)!.estimateS,
    }));
    const limitS = action.startsWith("edit") ? 30 : 360;
    const largest = largestFitting(points, limitS);
    return { action, limitS, largestTasks: largest === Infinity ? null : largest, grows: largest !== Infinity };
  });
  const ratios = results.map((r) => ({
    tasks: r.naive.tasks,
    naiveS: r.naive.estimateS,
    oursS: r.measures.find((m) => m.action === "refresh")!.estimateS,
    ratio: r.naive.estimateS / r.measures.find((m) => m.action === "refresh")!.estimateS,
  }));
  const bundle = bundleLoad();
  const pages = PAGE_SIZES.flatMap(benchPages);
  const lowerBounds = Object.entries(LOWER_BOUNDS).map(([action, needs]) => {
    const bound = needs().reduce((n, x) => n + x.calls, 0);
    const measured = results.map((r) => r.measures.find((m) => m.action === action)!);
    return {
      action,
      lowerBound: bound,
      needs: needs(),
      bySize: measured.map((m) => ({
        tasks: m.tasks,
        calls: m.calls,
        ratio: Math.round((m.calls / bound) * 100) / 100,
      })),
    };
  });
  const core = results.map((r) => {
    const m = r.measures.find((x) => x.action === "evaluate (core)")!;
    return { tasks: m.tasks, ms: m.productSpread, msPer1000: round1((m.productMs / m.tasks) * 1000) };
  });
  const doc = {
    costModel: COST_MODEL,
    bundle,
    results: results.flatMap((r) => [...r.measures, r.naive]),
    lowerBounds,
    core,
    pages,
    naiveRatio: ratios,
    limits,
    rollup: rollupFigures(),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (json) {
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
    return;
  }
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`Code.js ${bundle.kb} KB, loaded in a fresh vm context in ${bundle.loadMs} ms (median of 15)\n`);
  console.log(
    `${"action".padEnd(20)}${pad("tasks", 7)}${pad("runs", 5)}${pad("calls", 7)}${pad("cells read", 12)}${pad("cells written", 14)}` +
      `${pad("node ms min/med/max", 24)}${pad("fake ms", 9)}${pad("own ms", 9)}${pad("rest MB", 9)}${pad("peak+ MB", 10)}${pad("est. GAS s", 12)}  top calls`,
  );
  for (const m of doc.results) {
    const top = Object.entries(m.byKind)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, v]) => `${k}×${v}`)
      .join(", ");
    const times = `${m.nodeSpread.min.toFixed(0)}/${m.nodeSpread.median.toFixed(0)}/${m.nodeSpread.max.toFixed(0)}`;
    console.log(
      `${m.action.padEnd(20)}${pad(m.tasks, 7)}${pad(m.runs, 5)}${pad(m.calls, 7)}${pad(m.cellsRead, 12)}${pad(m.cellsWritten, 14)}` +
        `${pad(times, 24)}${pad(m.fakeMs.toFixed(0), 9)}${pad(m.productMs.toFixed(0), 9)}${pad(m.restMb.toFixed(0), 9)}${pad(m.peakAboveRestMb.toFixed(0) + (m.livePeakAboveRestMb === undefined ? "" : `/${m.livePeakAboveRestMb.toFixed(0)}`), 10)}${pad(m.estimateS.toFixed(1), 12)}  ${top}`,
    );
  }
  console.log(
    "\n(fake ms: time inside the fake's service calls; own ms: the rest, the product's; rest MB: heap at rest before a run," +
      " the fake's workbook included; peak+ MB: the highest heap during a run, sampled at every service call, above rest; after the slash, the live peak: a run with a GC at every call)",
  );
  console.log("\nService calls against the least the action needs (docs/performance.md says how it is counted):");
  for (const l of lowerBounds)
    console.log(
      `  ${l.action.padEnd(16)} lower bound ${pad(l.lowerBound, 3)}: ` +
        l.bySize.map((x) => `${x.tasks} tasks ${x.calls} calls (${x.ratio.toFixed(2)}×)`).join(", "),
    );
  console.log(
    "\nEvaluate (core), the product's refresh over the in-memory workbook, min/median/max ms and per 1,000 tasks:",
  );
  for (const c of core)
    console.log(
      `  ${pad(c.tasks, 6)} tasks: ${c.ms.min}/${c.ms.median}/${c.ms.max} ms, ${c.msPer1000} ms per 1,000 tasks`,
    );
  console.log("\nThe pages (the seed's 77 tasks and 770), service calls, which should not grow with the plan:");
  for (const m of pages)
    console.log(
      `  ${m.action.padEnd(22)}${pad(m.tasks, 5)} tasks ${pad(m.calls, 4)} calls, est. ${m.estimateS.toFixed(1)} s  ` +
        Object.entries(m.byKind)
          .map(([k, v]) => `${k}×${v}`)
          .join(", "),
    );
  console.log("\nNaive refresh (a read, a write and a background per row) against ours, estimated:");
  for (const r of ratios)
    console.log(
      `  ${pad(r.tasks, 6)} tasks: naive ${r.naiveS.toFixed(1)} s, ours ${r.oursS.toFixed(1)} s, ${r.ratio.toFixed(0)}× slower`,
    );
  console.log("\nLargest plan within the limit (6 min per action, 30 s for the edit), by the model:");
  for (const l of limits)
    console.log(
      `  ${l.action.padEnd(20)} ${l.largestTasks === null ? "does not grow with the plan" : `${l.largestTasks.toLocaleString("en-US")} tasks`}`,
    );
  console.log("\nThe province's roll-up (dist/rollup/Code.js), from the click to its last continuation:");
  for (const m of doc.rollup)
    console.log(
      `  ${pad(m.communes, 4)} communes: ${pad(m.runs, 2)} run(s), ${pad(m.calls, 5)} calls, ` +
        `longest run ${m.longestRunS.toFixed(1)} s of 360, all runs ${m.totalS.toFixed(1)} s`,
    );
  console.log(`\nPeak memory of this run: ${doc.maxRssMb} MB (max RSS)`);
}

const capArg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const childTasks = capArg("heap-cap-child");
const capTasks = capArg("heap-cap");
if (childTasks) heapCapChild(Number(childTasks), capArg("capped"), Number(capArg("ballast") ?? 0));
else if (capTasks) heapCapCheck(Number(capTasks), Number(capArg("above") ?? 150));
else main();
