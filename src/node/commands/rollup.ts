/**
 * `cli rollup DIR`: the province's roll-up over a folder of communes' workbooks (.xlsx written by
 * `npm start`), with the same use case as the roll-up workbook in Sheets: each file's "Tổng hợp"
 * tab read and checked (a file that is not an .xlsx, cannot be opened, or has no such tab is
 * named, never fatal), the list tab made from the folder, the roll-up's tabs written to
 * out/rollup/tong-hop-tinh.xlsx and the province's report beside it.
 */
import { NO_WAREHOUSE } from "../../memory/none";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { consolidateAndWrite, type RollupOutcome } from "../../app/rollup/consolidateAndWrite";
import { readCommuneList } from "../../app/rollup/list";
import { setupRollupWorkbook } from "../../app/rollup/settings";
import { rollupTabName } from "../../app/rollup/tabs";
import { formatIso, formatVi, type LocalDate } from "../../core/dates/localDate";
import { render } from "../../core/i18n/messages";
import { percent } from "../../core/report/html";
import type { CommuneReading, CommuneSource } from "../../core/rollup/model";
import { readSummaryGrid } from "../../core/summary/grid";
import { SUMMARY_TAB_NAME } from "../../core/summary/schema";
import { MemoryWorkbook } from "../../memory/memoryWorkbook";
import { vietnamNow } from "../clock";
import { CliError, ensureOutDir } from "../inputGuard";
import { tCli as t } from "../messages";
import { readXlsxWorkbook, writeXlsx } from "../xlsx";

export interface RollupOptions {
  readonly dir: string;
  readonly today: LocalDate;
  readonly out: string;
  readonly json: boolean;
  /** The province's name for the report's head (the roll-up's provinceName setting). */
  readonly province?: string;
}

/** The folder's files, by name (the list's order), the workbooks `npm start` writes and anything else. */
function filesOf(dir: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // missing: said below
  }
  if (!isDir) throw new CliError({ key: "cli.rollupNoDir", params: { dir } });
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && !name.startsWith("~$") && statSync(join(dir, name)).isFile())
    .sort((a, b) => a.localeCompare(b, "vi"));
}

/** One file's reading: its summary, or why there is none. */
async function readFile(dir: string, source: CommuneSource, today: LocalDate): Promise<CommuneReading> {
  const done = (result: CommuneReading["result"]): CommuneReading => ({ source, readOn: today, result });
  if (extname(source.url).toLowerCase() !== ".xlsx") return done({ ok: false, problem: "badUrl" });
  let workbook: MemoryWorkbook;
  try {
    workbook = await readXlsxWorkbook(join(dir, source.url));
  } catch {
    return done({ ok: false, problem: "unreachable" });
  }
  const tab = workbook.sheet(SUMMARY_TAB_NAME);
  if (!tab) return done({ ok: false, problem: "noTab" });
  return done(readSummaryGrid(tab.readValues()));
}

/** The roll-up workbook: set up, its list one row per file (name without extension, file name). */
function rollupWorkbook(files: readonly string[], province: string | undefined): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  setupRollupWorkbook(workbook);
  const list = workbook.sheet(rollupTabName("list"))!;
  if (files.length > 0)
    list.writeValues(
      2,
      1,
      files.map((f) => [basename(f, extname(f)), f]),
    );
  if (province) {
    const settings = workbook.sheet(rollupTabName("settings"))!;
    const row = settings.readValues().findIndex((r) => r[0] === "provinceName") + 1;
    settings.writeValues(row, 2, [[province]]);
  }
  return workbook;
}

function printSummary(outcome: RollupOutcome, dir: string, files: { xlsx: string; html: string }): void {
  const { result } = outcome;
  const { read, distinct, notRead } = result.totals;
  console.log(t("cli.rollupHeader", { dir, today: formatVi(result.today), read, distinct, notRead }));
  for (const r of result.rows)
    console.log(
      `  ${r.source.name.padEnd(24)} ${String(r.tasks).padStart(4)} NV  ${t("cli.rollupLine", {
        done: percent(r.doneRate),
        onTime: percent(r.onTimeRate),
        overdue: r.overdue,
        asOf: formatVi(r.summary.asOf),
      })}`,
    );
  for (const p of result.problems) console.log(`  ! ${render(p.message)}`);
  for (const d of result.duplicates)
    console.log(
      `  ! ${t("rollupReport.duplicateLine", { row: d.source.row, name: d.source.name, first: d.firstRow })}`,
    );
  const ranking = result.ranking.map((x) => `${x.rank}. ${x.row.source.name}`).join(", ");
  console.log(t("cli.rollupRanking", { ranking: ranking || "—" }));
  const late = result.lateReports.map((l) => `${l.row.source.name} (${l.periodsLate})`).join(", ");
  console.log(t("cli.rollupLate", { period: outcome.report.periodLabel, late: late || "—" }));
  if (result.stale.length > 0)
    console.log(
      t("cli.rollupStale", {
        days: result.options.staleDays,
        names: result.stale.map((r) => r.source.name).join(", "),
      }),
    );
  console.log(t("cli.wrote", { file: files.xlsx }));
  console.log(t("cli.wroteReport", { file: files.html }));
}

function json(outcome: RollupOutcome, dir: string, files: { xlsx: string; html: string }) {
  const { result } = outcome;
  const who = (s: CommuneSource) => ({ row: s.row, name: s.name, file: s.url });
  return {
    dir,
    today: formatIso(result.today),
    duePeriod: result.duePeriod,
    options: result.options,
    totals: result.totals,
    communes: result.rows.map((r) => ({
      ...who(r.source),
      commune: r.summary.commune,
      asOf: formatIso(r.summary.asOf),
      tasks: r.tasks,
      byStatus: r.byStatus,
      done: r.done,
      doneRate: r.doneRate,
      onTimeRate: r.onTimeRate,
      evidenceRate: r.evidenceRate,
      overdue: r.overdue,
      indicatorsMet: r.indicatorsMet,
      indicatorsTotal: r.indicatorsTotal,
      stale: r.stale,
    })),
    problems: result.problems.map((p) => ({ ...who(p.source), problem: p.problem, message: render(p.message) })),
    duplicates: result.duplicates.map((d) => ({ ...who(d.source), firstRow: d.firstRow })),
    ranking: result.ranking.map((x) => ({ rank: x.rank, name: x.row.source.name })),
    lateReports: result.lateReports.map((l) => ({
      name: l.row.source.name,
      lastMonth: l.lastMonth,
      periodsLate: l.periodsLate,
    })),
    stale: result.stale.map((r) => r.source.name),
    indicators: result.indicators,
    files,
  };
}

export async function runRollup(options: RollupOptions): Promise<void> {
  const dir = resolve(options.dir);
  const files = filesOf(dir);
  const workbook = rollupWorkbook(files, options.province);
  const sources = readCommuneList(workbook)?.sources ?? [];
  const readings: CommuneReading[] = [];
  for (const source of sources) readings.push(await readFile(dir, source, options.today));
  const ports = {
    workbook,
    clock: { today: () => options.today, timestamp: vietnamNow },
    user: { email: () => process.env.USER_EMAIL ?? "" },
    warehouse: NO_WAREHOUSE,
  };
  const outcome = consolidateAndWrite(ports, readings, options.today);
  const outDir = ensureOutDir(join(resolve(options.out), "rollup"));
  const out = {
    xlsx: join(outDir, "tong-hop-tinh.xlsx"),
    html: join(outDir, `bao-cao-tinh-${outcome.result.duePeriod}.html`),
  };
  writeFileSync(out.html, outcome.html);
  await writeXlsx(workbook, out.xlsx);
  if (options.json) process.stdout.write(`${JSON.stringify(json(outcome, dir, out), null, 2)}\n`);
  else printSummary(outcome, dir, out);
}
