#!/usr/bin/env node
/**
 * The command-line tool: the same use cases as the sheet, over files. `start` builds the
 * tracking workbook from a plan (the embedded default unless --plan is given) under out/;
 * `import` prints the tasks it read. With --json a command prints one JSON document only.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs as parseOptions, type ParseArgsConfig } from "node:util";
import { importTableInto } from "../app/commands/importPlan";
import { runDigest } from "../app/commands/sendDigests";
import { refreshAll } from "../app/commands/refresh";
import { generateReport, monthOf } from "../app/commands/generateReport";
import { prefillDays } from "../core/calendar/holidays";
import { formatIso, formatVi, parseIso, type LocalDate } from "../core/dates/localDate";
import { STATUSES } from "../core/status/statuses";
import { dueDates } from "../core/timeline/occurrences";
import { parseTimeline } from "../core/timeline/parse";
import { render } from "../core/i18n/messages";
import { nodeCrypto } from "./crypto";
import { tCli as t } from "./messages";
import { UserError } from "../core/errors";
import type { Plan } from "../core/plan/model";
import { readTextTable } from "../core/plan/readers/textTable";
import { SAMPLE_PLAN_NAME, SAMPLE_PLAN_TEXT } from "../core/plan/samplePlan";
import { MemoryStore, MemoryWorkbook } from "../memory/memoryWorkbook";
import { NO_DOCUMENTS, NO_MAILER } from "../memory/none";
import { OutboxMailer } from "./outbox";
import type { AppPorts } from "../ports";
import { CliError, loadPlan, readPlanFile } from "./loadPlan";
import { vietnamNow } from "./clock";
import { runRollup } from "./commands/rollup";
import { fillSampleEmails } from "./sampleDirectory";
import { DEFAULT_PORT, resolvePerson, signedLink, startServer } from "./serve";
import { readState, removeState, writeState } from "./serveState";
import { ensureOutDir, fsCode, renderCli, technical, writeFailure, type CliMessage } from "./inputGuard";

/**
 * An argument that starts with a dash and a space ("- Xây dựng … 2026 - 2027", a timeline copied
 * from a plan's bulleted cell) names no option: no option has a space in its name. Node's
 * parseArgs would read it as a group of short options and refuse it, so each such argument is
 * swapped for a placeholder before parsing and put back after, where it landed: a positional, or
 * the value of the option before it. `--` still ends the options as usual.
 */
function parseArgs<T extends ParseArgsConfig & { args: string[] }>(config: T): ReturnType<typeof parseOptions<T>> {
  const phrases = new Map<string, string>();
  const args = config.args.map((arg) => {
    if (!/^-\s/u.test(arg)) return arg;
    const placeholder = `\u0000${phrases.size}`;
    phrases.set(placeholder, arg);
    return placeholder;
  });
  const back = (value: unknown): unknown =>
    typeof value === "string" ? (phrases.get(value) ?? value) : Array.isArray(value) ? value.map(back) : value;
  const parsed = parseOptions({ ...config, args });
  const values = Object.fromEntries(Object.entries(parsed.values).map(([name, value]) => [name, back(value)]));
  return { ...parsed, values, positionals: parsed.positionals?.map((p) => back(p) as string) } as ReturnType<
    typeof parseOptions<T>
  >;
}

function parseDate(text: string): LocalDate {
  const d = parseIso(text);
  if (!d) throw new CliError({ key: "cli.badDate", params: { text } });
  return d;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new CliError({ key: "cli.badYear", params: { text } });
  return Number(text);
}

/**
 * Ports over an in-memory workbook; `today` is the reference date the run reports on. No PDF is
 * kept (the report's HTML is written to the output folder) and nothing is mailed, except the
 * digest, which is given its outbox (sendDigests).
 */
export function nodePorts(workbook: MemoryWorkbook, today: () => LocalDate): AppPorts {
  return {
    workbook,
    store: new MemoryStore(),
    clock: { today, timestamp: vietnamNow },
    user: { email: () => process.env.USER_EMAIL ?? "" },
    documents: NO_DOCUMENTS,
    mailer: NO_MAILER,
  };
}

function taskJson(plan: Plan) {
  // Warnings grouped once: filtering them for each task is quadratic on a large plan.
  const warningsOf = new Map<string, string[]>();
  for (const w of plan.warnings) {
    if (w.taskId === undefined) continue;
    const list = warningsOf.get(w.taskId);
    if (list) list.push(render(w.message));
    else warningsOf.set(w.taskId, [render(w.message)]);
  }
  return plan.tasks.map((task) => ({
    id: task.id,
    part: task.part,
    section: task.section,
    groups: task.groups,
    number: task.number,
    task: task.task,
    output: task.output,
    timeline: task.timeline,
    assignment: task.assignment,
    leadRoles: task.leadRoles,
    supportRoles: task.supportRoles,
    leadBodies: task.leadBodies,
    supportBodies: task.supportBodies,
    extra: task.extra,
    timelineKind: task.timelineKind,
    milestones: task.milestones.map((m) => ({
      date: formatIso(m.date),
      label: m.label,
      source: m.source,
      text: m.text,
    })),
    sourceRows: task.sourceRows,
    warnings: warningsOf.get(task.id) ?? [],
  }));
}

const warningJson = (plan: Plan) =>
  plan.warnings.map((w) => ({
    severity: w.severity,
    row: w.row,
    taskId: w.taskId ?? null,
    message: render(w.message),
    messageEn: render(w.message, "en"),
  }));

async function commandImport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, year: { type: "string" } },
  });
  if (positionals.length !== 1) throw new CliError({ key: "cli.usage" });
  const plan = await loadPlan(positionals[0], parseYear(values.year));
  if (values.json) {
    process.stdout.write(
      JSON.stringify(
        {
          file: positionals[0],
          year: plan.year,
          title: plan.title,
          taskCount: plan.tasks.length,
          tasks: taskJson(plan),
          warnings: warningJson(plan),
        },
        null,
        2,
      ) + "\n",
    );
    return;
  }
  console.log(t("cli.planLine", { title: plan.title, year: plan.year, tasks: plan.tasks.length }));
  for (const task of plan.tasks) console.log(`${task.id.padEnd(10)} ${task.task.split("\n")[0].slice(0, 90)}`);
  for (const w of plan.warnings) console.log(`${w.severity === "warning" ? "!" : "i"} ${render(w.message)}`);
}

async function commandStart(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { plan: { type: "string" }, today: { type: "string" }, out: { type: "string" }, year: { type: "string" } },
  });
  const year = parseYear(values.year);
  const table = values.plan ? await readPlanFile(values.plan) : readTextTable(SAMPLE_PLAN_TEXT);
  const explicitToday = values.today ? parseDate(values.today) : null;
  const workbook = new MemoryWorkbook();
  // The default reference date is 20 November (the monthly report's day) of the plan's year,
  // which is known once the plan is read.
  let plan: Plan | null = null;
  const referenceDate = (): LocalDate => explicitToday ?? { year: plan?.year ?? year ?? 2024, month: 11, day: 20 };
  const ports = nodePorts(workbook, referenceDate);
  const imported = importTableInto(ports, table, year);
  plan = imported.plan;
  const outcome = imported.outcome;
  const today = referenceDate();
  const outDir = ensureOutDir(resolve(values.out ?? "out"));
  const file = join(outDir, "bang-theo-doi.xlsx");
  writeFileSync(
    join(outDir, "plan.json"),
    JSON.stringify({ year: plan.year, title: plan.title, tasks: taskJson(plan), warnings: warningJson(plan) }, null, 2),
  );

  const sections = new Set(plan.tasks.filter((x) => x.section).map((x) => `${x.part?.code ?? ""}.${x.section?.code}`));
  console.log(
    t("cli.planLine", {
      title: plan.title || (values.plan ?? SAMPLE_PLAN_NAME),
      year: plan.year,
      tasks: plan.tasks.length,
    }),
  );
  console.log(
    t("cli.sourceLine", {
      source: values.plan ?? t("cli.embedded", { name: SAMPLE_PLAN_NAME }),
      parts: new Set(plan.tasks.map((x) => x.part?.code)).size,
      sections: sections.size,
    }),
  );
  console.log(t("cli.todayLine", { today: formatIso(today), note: values.today ? "" : t("cli.todayDefault") }));
  console.log(render(outcome.summary));
  // The same refresh as the sheet's menu: statuses, checks, colours, notes, in the workbook.
  const refreshed = refreshAll(ports, today);
  console.log(t("cli.statusHeader", { today: formatVi(today) }));
  for (const { key, label } of STATUSES) {
    if (refreshed.counts[key] > 0) console.log(`  ${t(label).padEnd(24)} ${String(refreshed.counts[key]).padStart(3)}`);
  }
  if (refreshed.problems.length > 0)
    console.log(t("cli.problems", { count: refreshed.problems.length, column: t("col.check") }));
  const partial = refreshed.problems.filter((p) => p.code === "timeline.partlyUnderstood").length;
  if (partial > 0) console.log(t("cli.partialTimelines", { count: partial, column: t("col.deadline") }));
  console.log(t("cli.indicatorsHeader", { count: refreshed.indicators.indicators.length, today: formatVi(today) }));
  for (const { indicator: i, result: r } of refreshed.indicators.indicators) {
    const unit = i.unit === "percent" ? "%" : ` ${t(`unit.${i.unit}`)}`;
    const floor = i.floor !== null ? ` (${t("col.floor").toLowerCase()} ${i.floor}%)` : "";
    const target = `${t(`direction.${i.direction}`).split(" ")[0]} ${i.target}${unit}${floor}`;
    const value = r.latest ? `${Math.round(r.latest.value * 10) / 10}` : "—";
    console.log(
      `  ${i.id.padEnd(11)} ${target.padEnd(26)} ${value.padStart(6)}  ${t(`indicator.${r.status}`).padEnd(16)} ${i.name.slice(0, 60)}`,
    );
  }
  const whole = refreshed.indicators.ratios[0]?.ratios;
  if (whole)
    console.log(
      t("cli.planRatios", { done: whole.done, tasks: whole.tasks, overdue: Math.round(whole.overduePct ?? 0) }),
    );
  // The monthly report for the reference date's month, as the secretariat would send it.
  const report = generateReport(ports, monthOf(today), today);
  const reportFile = join(outDir, `bao-cao-${monthOf(today)}.html`);
  writeFileSync(reportFile, report.html);
  // The reminders of the reference day, as the daily trigger would send them.
  const digest = sendDigests(workbook, ports, today, join(outDir, "outbox"));
  await (await import("./xlsx")).writeXlsx(workbook, file);
  const warnings = plan.warnings.filter((w) => w.severity === "warning");
  if (warnings.length > 0) {
    console.log(t("cli.warningsHeader", { count: warnings.length }));
    for (const w of warnings) console.log(`  - ${w.taskId ?? ""} ${render(w.message)}`);
  }
  console.log(t("cli.wrote", { file }));
  console.log(t("cli.wroteReport", { file: reportFile }));
  console.log(
    t("cli.wroteOutbox", {
      count: digest.sent.length,
      dir: join(outDir, "outbox"),
      samples: digest.samples ? t("cli.sampleEmails") : "",
    }),
  );
}

/**
 * Runs the daily reminders into an outbox folder. A directory with no e-mail addresses (the seed
 * has none) gets sample addresses ("…@vi-du.invalid"), labelled as samples, so the outbox shows
 * what each officer would receive.
 */
function sendDigests(
  workbook: MemoryWorkbook,
  ports: AppPorts,
  today: LocalDate,
  dir: string,
): { sent: readonly string[]; samples: boolean } {
  const samples = fillSampleEmails(workbook);
  rmSync(dir, { recursive: true, force: true });
  const mailer = new OutboxMailer(dir, new Date(Date.UTC(today.year, today.month - 1, today.day, 0, 0, 0)));
  // A personal link (when Cài đặt names the page) is signed with a secret of this run only: the
  // outbox shows what an officer would get, and its links open nothing.
  const result = runDigest(
    { ...ports, mailer, crypto: nodeCrypto, secrets: new MemoryStore() },
    { today, link: (row) => `https://docs.google.com/spreadsheets/d/ID/edit#gid=0&range=A${row}` },
  );
  return { sent: result.sent, samples };
}

async function commandDigest(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: WORKBOOK_OPTIONS });
  const { workbook, ports, today } = await loadWorkbook(values);
  const dir = join(ensureOutDir(resolve(values.out ?? "out")), "outbox");
  const result = sendDigests(workbook, ports, today, dir);
  console.log(
    t("cli.wroteOutbox", { count: result.sent.length, dir, samples: result.samples ? t("cli.sampleEmails") : "" }),
  );
}

/** The plan of --plan (or the embedded one) imported into a fresh workbook, as of --today. */
async function loadWorkbook(values: { plan?: string; today?: string; year?: string }) {
  const year = parseYear(values.year);
  const table = values.plan ? await readPlanFile(values.plan) : readTextTable(SAMPLE_PLAN_TEXT);
  const workbook = new MemoryWorkbook();
  let planYear = year ?? 2024;
  const explicitToday = values.today ? parseDate(values.today) : null;
  // Without --today the reference date is 20 November of the plan's year, known once read.
  const ports = nodePorts(workbook, () => explicitToday ?? { year: planYear, month: 11, day: 20 });
  planYear = importTableInto(ports, table, year).plan.year;
  return { workbook, ports, today: ports.clock.today() };
}

const WORKBOOK_OPTIONS = {
  plan: { type: "string" },
  today: { type: "string" },
  out: { type: "string" },
  year: { type: "string" },
} as const;

async function commandReport(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...WORKBOOK_OPTIONS, period: { type: "string" } } });
  const { ports, today } = await loadWorkbook(values);
  const period = values.period ?? monthOf(today);
  const outDir = ensureOutDir(resolve(values.out ?? "out"));
  const report = generateReport(ports, period, today);
  const file = join(outDir, `bao-cao-${period.toUpperCase()}.html`);
  writeFileSync(file, report.html);
  console.log(t("cli.wroteReport", { file }));
}

/** The province's roll-up over a folder of communes' workbooks (node/commands/rollup.ts). */
async function commandRollup(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      today: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
      province: { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new CliError({ key: "cli.usage" });
  const today = values.today ? parseDate(values.today) : vietnamToday();
  await runRollup({
    dir: positionals[0],
    today,
    out: values.out ?? "out",
    json: values.json ?? false,
    province: values.province,
  });
}

/** Today in Vietnam: the roll-up's default day (the edge reads the clock). */
function vietnamToday(): LocalDate {
  return parseIso(vietnamNow().slice(0, 10))!;
}

/** The current year in Vietnam: the default for --year (the edge reads the clock). */
function thisYear(): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
}

async function commandTimeline(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      year: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "day-before": { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new CliError({ key: "cli.usage" });
  const year = parseYear(values.year) ?? thisYear();
  const window = {
    from: values.from ? parseDate(values.from) : { year, month: 1, day: 1 },
    to: values.to ? parseDate(values.to) : { year, month: 12, day: 31 },
  };
  const beforeMeansDayBefore = values["day-before"] ?? false;
  const timeline = parseTimeline(positionals[0], { year, beforeMeansDayBefore });
  const dates = dueDates(timeline, window, beforeMeansDayBefore).map(formatIso);
  if (values.json) {
    process.stdout.write(
      JSON.stringify({
        kind: timeline.kind,
        dueDates: dates,
        recurring: timeline.recurrence !== null,
        continuous: timeline.continuous,
        understood: timeline.understood,
        confidence: timeline.confidence,
        unused: timeline.unused,
        warnings: timeline.warnings.map((w) => render(w)),
        milestones: timeline.milestones.map((m) => ({ date: formatIso(m.date), label: m.label })),
        recurrence: timeline.recurrence?.rule ?? null,
        event: timeline.event,
        external: timeline.external,
      }) + "\n",
    );
    return;
  }
  console.log(t("cli.timelineKind", { kind: t(`kind.${timeline.kind}`) }));
  console.log(t("cli.timelineDates", { dates: dates.join(", ") || "—" }));
  for (const w of timeline.warnings) console.log(`! ${render(w)}`);
}

async function commandHolidays(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" }, year: { type: "string" } } });
  const year = parseYear(values.year) ?? thisYear();
  const days = prefillDays(year);
  if (values.json) {
    process.stdout.write(
      JSON.stringify({
        year,
        days: days.map((d) => ({ date: formatIso(d.date), kind: d.kind, name: t(d.name), confirmed: d.confirmed })),
      }) + "\n",
    );
    return;
  }
  for (const d of days) {
    console.log(
      `${formatVi(d.date)}  ${t(d.kind === "workday" ? "holiday.kindWorkday" : "holiday.kindHoliday").padEnd(7)} ` +
        `${t(d.name)}${d.confirmed ? "" : ` (${t("holiday.toConfirm")})`}`,
    );
  }
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) throw new CliError({ key: "cli.badPort", params: { text } });
  return port;
}

/** The pages on this machine over the plan, until Ctrl-C; `link` signs links for it (serveState.ts). */
async function commandServe(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { plan: { type: "string" }, today: { type: "string" }, port: { type: "string" } },
  });
  const port = parsePort(values.port);
  const harness = await startServer({
    plan: values.plan,
    today: values.today ? parseDate(values.today) : undefined,
    port,
  });
  writeState({
    pid: process.pid,
    port: harness.port,
    origin: harness.url,
    secret: harness.secret,
    today: formatIso(harness.today),
    people: harness.people,
  });
  const stop = () => {
    removeState(harness.port);
    void harness.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(t("cli.serveStarted", { url: harness.url, today: formatVi(harness.today) }));
  console.log(t("cli.serveSidebar", { url: `${harness.url}/sidebar` }));
  const first = harness.people[0];
  if (first) console.log(t("cli.serveOfficer", { person: first.role, url: harness.linkFor(first.email) }));
  console.log(t("cli.serveLinkHint", { port: harness.port }));
  console.log(t("cli.serveStop"));
}

/** One line: the person's link for the server running on --port. */
function commandLink(args: string[]): void {
  const { values } = parseArgs({ args, options: { person: { type: "string" }, port: { type: "string" } } });
  if (!values.person) throw new CliError({ key: "cli.needPerson" });
  const port = parsePort(values.port);
  const state = readState(port);
  if (!state) throw new CliError({ key: "cli.noServer", params: { port } });
  const today = parseIso(state.today);
  if (!today) throw new CliError({ key: "cli.noServer", params: { port } });
  const person = resolvePerson(state.people, values.person);
  process.stdout.write(`${signedLink(state.origin, state.secret, today, person.email)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "start":
        await commandStart(rest);
        return 0;
      case "import":
        await commandImport(rest);
        return 0;
      case "timeline":
        await commandTimeline(rest);
        return 0;
      case "report":
        await commandReport(rest);
        return 0;
      case "digest":
        await commandDigest(rest);
        return 0;
      case "holidays":
        await commandHolidays(rest);
        return 0;
      case "serve":
        await commandServe(rest);
        return 0;
      case "link":
        commandLink(rest);
        return 0;
      case "rollup":
        await commandRollup(rest);
        return 0;
      case undefined:
      case "help":
      case "--help":
        console.log(t("cli.usage"));
        return command ? 0 : 1;
      default:
        throw new CliError({ key: "cli.unknownCommand", params: { command } });
    }
  } catch (error) {
    report(error);
    return 1;
  }
}

/**
 * Any failure as a message: a person's mistake or an unusable file as its own message; a file
 * system error while writing (the --out folder and what goes in it) naming the path; anything
 * else as an unexpected error with the library's one-line reason. The stack trace is printed
 * only with PAR_DEBUG=1, for a maintainer.
 */
function describe(error: unknown): CliMessage {
  if (error instanceof CliError || error instanceof UserError) return error.detail;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))
    return { key: "cli.unknownOption", params: { option: String((error as Error).message) } };
  const path = (error as { path?: unknown } | null)?.path;
  if (fsCode(error) && typeof path === "string") return writeFailure(path, error);
  return { key: "cli.unexpected", params: { message: technical(error) } };
}

function report(error: unknown): void {
  const detail = describe(error);
  process.stderr.write(`${renderCli(detail)}\n${renderCli(detail, "en")}\n`);
  if (process.env.PAR_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
}

// A reader that fails outside its promise (an error thrown in a stream's callback) still ends
// as a message and exit status 1.
const fail = (error: unknown) => {
  report(error);
  process.exit(1);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
