/**
 * `npm run bench:rollup [-- --json] [-- --sizes=20,170,500]`: the province's roll-up over 20,
 * 170 and 500 communes, through the built dist/rollup/Code.js in the fake Apps Script runtime
 * (the path the tests use), its clock moved by the cost model on every call (bench/costModel.ts),
 * so a run really stops at its 4.5-minute budget and the continuation trigger really resumes it.
 * For each size: the service calls by kind over the whole roll-up, the runs needed, each run's
 * estimated seconds by the cost model (calls, cells moved, CPU), and the total.
 *
 * The communes' summaries come from the real seed plan (test/helpers.ts reads it from
 * seeds/, one folder up from the bundle's: hence the bundle is dist/bench-rollup.js).
 */
import { estimateMs } from "./costModel";
import { addCommune, communeUrl, rollupRuntime, typeList } from "../test/gas/rollupFixtures";

export interface RollupMeasure {
  communes: number;
  runs: number;
  calls: number;
  byKind: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** Each run's estimated Apps Script seconds. */
  runSeconds: number[];
  /** The longest run, against Apps Script's 360 s. */
  longestRunS: number;
  /** The runs' seconds added up (the waits between runs, a minute each, not counted). */
  totalS: number;
}

/** One roll-up of `communes` communes, from the click to the last continuation. */
function benchOne(communes: number): RollupMeasure {
  const { runtime, g } = rollupRuntime();
  for (let n = 1; n <= communes; n++) addCommune(runtime, n);
  typeList(
    runtime,
    Array.from({ length: communes }, (_, i) => [`Xã ${i + 1}`, communeUrl(i + 1)] as const),
  );
  const total: Record<string, number> = {};
  let cellsRead = 0;
  let cellsWritten = 0;
  const runSeconds: number[] = [];
  const measureRun = (run: () => void) => {
    runtime.calls.reset();
    const t0 = process.hrtime.bigint();
    run();
    const nodeMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const calls = runtime.calls.snapshot();
    for (const [k, v] of Object.entries(calls)) total[k] = (total[k] ?? 0) + v;
    cellsRead += runtime.calls.cellsRead;
    cellsWritten += runtime.calls.cellsWritten;
    runSeconds.push(estimateMs(calls, runtime.calls.cellsRead, runtime.calls.cellsWritten, nodeMs) / 1000);
  };
  measureRun(() => g.menuRollupUpdate());
  // Each continuation fires when due, until none is left (a roll-up that never ended would stop here).
  while (runtime.scriptApp.oneTime("rollupContinue").some((t) => !t.fired) && runSeconds.length < 50)
    measureRun(() => runtime.fireDue("rollupContinue"));
  return {
    communes,
    runs: runSeconds.length,
    calls: Object.values(total).reduce((a, b) => a + b, 0),
    byKind: Object.fromEntries(Object.entries(total).sort(([a], [b]) => a.localeCompare(b))),
    cellsRead,
    cellsWritten,
    runSeconds: runSeconds.map((s) => Math.round(s * 10) / 10),
    longestRunS: Math.round(Math.max(...runSeconds) * 10) / 10,
    totalS: Math.round(runSeconds.reduce((a, b) => a + b, 0) * 10) / 10,
  };
}

/** The roll-up at each size. */
export function benchRollup(sizes: readonly number[] = [20, 170, 500]): RollupMeasure[] {
  return sizes.map(benchOne);
}

function main(): void {
  const json = process.argv.includes("--json");
  const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
  const sizes = sizesArg ? sizesArg.slice(8).split(",").map(Number) : [20, 170, 500];
  const results = benchRollup(sizes);
  if (json) {
    process.stdout.write(JSON.stringify(results, null, 2) + "\n");
    return;
  }
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `${"communes".padEnd(10)}${pad("runs", 6)}${pad("calls", 8)}${pad("longest run s", 15)}${pad("total s", 9)}  top calls`,
  );
  for (const m of results) {
    const top = Object.entries(m.byKind)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k}×${v}`)
      .join(", ");
    console.log(
      `${String(m.communes).padEnd(10)}${pad(m.runs, 6)}${pad(m.calls, 8)}${pad(m.longestRunS.toFixed(1), 15)}${pad(m.totalS.toFixed(1), 9)}  ${top}`,
    );
  }
}

if (require.main === module) main();
