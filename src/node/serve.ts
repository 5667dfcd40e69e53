import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import * as dashboard from "../app/api/dashboard";
import type { DashboardPorts } from "../app/api/dashboard";
import { officerAct, officerOpen } from "../app/api/officer";
import { importTableInto } from "../app/commands/importPlan";
import { personalToken } from "../app/commands/officerLinks";
import { refreshAll } from "../app/commands/refresh";
import { LINK_SECRET_KEY } from "../app/state/linkSecret";
import type { ServerFunction } from "../bridge/contract";
import { formatIso, type LocalDate } from "../core/dates/localDate";
import { readTextTable } from "../core/plan/readers/textTable";
import { SAMPLE_PLAN_TEXT } from "../core/plan/samplePlan";
import { MemoryStore, MemoryWorkbook } from "../memory/memoryWorkbook";
import { NO_DOCUMENTS, NO_MAILER } from "../memory/none";
import type { Clock, LockPort, OfficerPorts, TriggersPort } from "../ports";
import { vietnamTimeOfDay } from "./clock";
import { nodeCrypto } from "./crypto";
import { CliError, readPlanFile } from "./loadPlan";
import { directoryPeople, fillSampleEmails, findPerson, type DirectoryPerson } from "./sampleDirectory";

/*
 * The local harness: the two pages served from 127.0.0.1 over a memory workbook, with a
 * google.script.run shim that posts to /rpc/officer or /rpc/sidebar (each page its own), where the same app functions the Apps Script
 * bridge calls (src/app/api/officer.ts, src/app/api/dashboard.ts) run over Node ports. The
 * browser tests and `cli serve` use it; nothing here is a second copy of a rule.
 */

export interface ServeOptions {
  /** A plan file; the embedded seed plan when absent. */
  readonly plan?: string;
  /** The server's day; 20 November of the plan's year when absent (as `cli start`). */
  readonly today?: LocalDate;
  /** 0 (the default) takes a free port. */
  readonly port?: number;
  readonly host?: "127.0.0.1";
  /** The links' secret; a new random one when absent. */
  readonly secret?: string;
  /** Who opened the sidebar (its "Việc của tôi" link); the first address of Danh bạ when absent. */
  readonly user?: string;
}

export type HarnessPorts = OfficerPorts & DashboardPorts & { workbook: MemoryWorkbook; store: MemoryStore };

export interface Harness {
  /** "http://127.0.0.1:41234". */
  readonly url: string;
  readonly port: number;
  readonly today: LocalDate;
  readonly secret: string;
  readonly ports: HarnessPorts;
  readonly workbook: MemoryWorkbook;
  readonly people: readonly DirectoryPerson[];
  /** The rows the sidebar's overdue links asked to select, in order. */
  readonly selectedRows: number[];
  /** The officer page's link for a role ("Văn phòng - Thống kê") or an address of Danh bạ. */
  linkFor(person: string): string;
  close(): Promise<void>;
}

/** Request bodies over this are refused: the largest call (a settings form) is a few KB. */
export const MAX_BODY = 64 * 1024;

/** In one Node process the handlers run one at a time, synchronously: holding the lock is running. */
const IN_PROCESS_LOCK: LockPort = { withLock: (fn) => fn() };

/** Daily triggers as the harness keeps them: ids in memory, one document. */
class MemoryTriggers implements TriggersPort {
  private ids: string[] = [];
  private made = 0;
  daily(): string[] {
    return [...this.ids];
  }
  spansDocuments(): boolean {
    return false;
  }
  createDaily(_hour: number): string {
    this.made += 1;
    const id = `trigger-${this.made}`;
    this.ids.push(id);
    return id;
  }
  remove(id: string): void {
    this.ids = this.ids.filter((x) => x !== id);
  }
}

/** A clock on a fixed day, the time of day real: link expiries count from it, as in Sheets. */
export function fixedDayClock(today: LocalDate): Clock {
  return { today: () => today, timestamp: () => `${formatIso(today)} ${vietnamTimeOfDay()}` };
}

/** The person's link, signed as the server would sign it: what `cli link` prints. */
export function signedLink(origin: string, secret: string, today: LocalDate, email: string): string {
  const secrets = new MemoryStore();
  secrets.set(LINK_SECRET_KEY, secret);
  const token = personalToken({ crypto: nodeCrypto, secrets, clock: fixedDayClock(today) }, email);
  return `${origin}/exec?t=${encodeURIComponent(token)}`;
}

/** The person Danh bạ names, or a Vietnamese error listing the roles it knows. */
export function resolvePerson(people: readonly DirectoryPerson[], who: string): DirectoryPerson {
  const found = findPerson(people, who);
  if (found) return found;
  const roles = people.map((p) => `${p.role} (${p.email})`).join("; ");
  throw new CliError({ key: "cli.unknownPerson", params: { person: who, roles } });
}

async function buildWorkbook(options: ServeOptions, secret: string) {
  const table = options.plan ? await readPlanFile(options.plan) : readTextTable(SAMPLE_PLAN_TEXT);
  const workbook = new MemoryWorkbook();
  let today: LocalDate = options.today ?? { year: 2024, month: 11, day: 20 };
  const secrets = new MemoryStore();
  secrets.set(LINK_SECRET_KEY, secret);
  const ports: HarnessPorts = {
    workbook,
    store: new MemoryStore(),
    clock: { today: () => today, timestamp: () => fixedDayClock(today).timestamp() },
    user: { email: () => options.user ?? directoryPeople(workbook)[0]?.email ?? "" },
    documents: NO_DOCUMENTS,
    mailer: NO_MAILER,
    crypto: nodeCrypto,
    secrets,
    lock: IN_PROCESS_LOCK,
    scriptLock: IN_PROCESS_LOCK,
    triggers: new MemoryTriggers(),
  };
  const { plan } = importTableInto(ports, table);
  if (!options.today) today = { year: plan.year, month: 11, day: 20 };
  fillSampleEmails(workbook);
  refreshAll(ports, today);
  return { ports, today };
}

/** The built pages: next to dist/cli when bundled, under dist/ from the sources (the tests). */
function pagesDir(): string {
  const candidates = [join(__dirname, "..", "gas"), join(__dirname, "..", "..", "dist", "gas")];
  const found = candidates.find((dir) => existsSync(join(dir, "officer.html")));
  if (!found) throw new CliError({ key: "cli.noPages" });
  return found;
}

/**
 * google.script.run, google.script.url and google.script.host as the pages use them, over
 * fetch to the page's endpoint: the same chaining (withSuccessHandler, withFailureHandler, withUserObject), a
 * failure handler given an Error, answers always asynchronous.
 */
const shim = (endpoint: string) => `(function () {
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === "withSuccessHandler") return function (fn) { return runner(fn, failure, userObject); };
        if (name === "withFailureHandler") return function (fn) { return runner(success, fn, userObject); };
        if (name === "withUserObject") return function (o) { return runner(success, failure, o); };
        if (typeof name !== "string") return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch("${endpoint}", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ name: name, args: args })
          })
            .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
            .then(function (x) {
              if (!x.ok) throw new Error(x.body && x.body.error ? x.body.error : "error");
              return x.body.value;
            })
            .then(
              function (value) { if (success) success(value, userObject); },
              function (e) { if (failure) failure(e instanceof Error ? e : new Error(String(e)), userObject); }
            );
        };
      }
    });
  }
  function getLocation(callback) {
    var parameter = {}, parameters = {};
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (!(key in parameter)) parameter[key] = value;
      (parameters[key] = parameters[key] || []).push(value);
    });
    Promise.resolve().then(function () {
      callback({ hash: window.location.hash.slice(1), parameter: parameter, parameters: parameters });
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      url: { getLocation: getLocation },
      host: { close: function () { window.close(); } }
    }
  };
})();
`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** A page with the shim before its own script, and the CSP that allows exactly those inline blocks. */
function servedPage(file: string, endpoint: string): { html: string; csp: string } {
  const built = readFileSync(file, "utf8");
  const at = built.indexOf("<script>");
  const html = `${built.slice(0, at)}<script>${shim(endpoint)}</script>\n${built.slice(at)}`;
  const blocks = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]);
  const csp = [
    "default-src 'none'",
    `script-src ${blocks("script").map(sha256).join(" ")}`,
    `style-src ${blocks("style").map(sha256).join(" ")}`,
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { html, csp };
}

const COMMON_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // The rest is read and dropped, so the 413 reaches a client still sending.
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

type Handlers = Partial<Record<ServerFunction, (args: readonly unknown[]) => unknown>>;

/**
 * Each page posts to its own endpoint, and each endpoint runs only its page's functions: in Apps
 * Script the officer page cannot reach the sidebar's (their guard asks for the editor's Ui), so
 * neither can it here, and a test of the harness would see the guard go missing.
 */
const OFFICER_RPC = "/rpc/officer";
const SIDEBAR_RPC = "/rpc/sidebar";

/** The officer page's server functions: all the web page may call (Apps Script's guard refuses it the rest). */
function officerHandlers(ports: HarnessPorts): Handlers {
  return {
    officerOpen: (a) => officerOpen(ports, a[0]),
    officerAct: (a) => officerAct(ports, a[0], a[1]),
  };
}

/** The sidebar's server functions, which Apps Script runs only for the editor who opened it. */
function sidebarHandlers(ports: HarnessPorts, origin: string, selectedRows: number[]): Handlers {
  return {
    dashboardLoad: () => dashboard.dashboardLoad(ports),
    dashboardRefresh: () => dashboard.dashboardRefresh(ports),
    dashboardCheck: () => dashboard.dashboardCheck(ports),
    dashboardReport: (a) => dashboard.dashboardReport(ports, a[0]),
    dashboardReminders: (a) => dashboard.dashboardReminders(ports, a[0]),
    dashboardSaveSettings: (a) => dashboard.dashboardSaveSettings(ports, a[0], a[1]),
    dashboardGoToRow: (a) => {
      if (typeof a[0] === "number" && Number.isInteger(a[0]) && a[0] > 1) selectedRows.push(a[0]);
    },
    dashboardMyLink: () => dashboard.dashboardMyLink(ports, `${origin}/exec`),
  };
}

/** An endpoint: {name, args} as JSON from this origin only; the answer as {value} or {error}. */
async function rpc(req: IncomingMessage, res: ServerResponse, calls: Handlers, hosts: string[]): Promise<void> {
  const from = req.headers.origin;
  if (from !== undefined && !hosts.some((h) => from === `http://${h}`)) return sendJson(res, 403, { error: "origin" });
  if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
    return sendJson(res, 415, { error: "content-type" });
  const body = Number(req.headers["content-length"] ?? 0) > MAX_BODY ? null : await readBody(req);
  if (body === null) {
    res.setHeader("Connection", "close");
    return sendJson(res, 413, { error: "too large" });
  }
  let call: { name?: unknown; args?: unknown };
  try {
    call = JSON.parse(body) as typeof call;
  } catch {
    return sendJson(res, 400, { error: "json" });
  }
  const name = typeof call?.name === "string" ? call.name : "";
  const run = Object.prototype.hasOwnProperty.call(calls, name) ? calls[name as ServerFunction] : undefined;
  if (!run) return sendJson(res, 404, { error: "unknown function" });
  const args = Array.isArray(call.args) ? call.args : [];
  try {
    sendJson(res, 200, { value: run(args) ?? null });
  } catch (error) {
    // The page shows its own Vietnamese sentence; the terminal keeps the reason for a maintainer.
    process.stderr.write(`${name}: ${(error as Error)?.stack ?? String(error)}\n`);
    sendJson(res, 500, { error: "server error" });
  }
}

/** The port `serve` and `link` use when --port is not given. */
export const DEFAULT_PORT = 8787;

/** Starts the harness on 127.0.0.1 (never another interface). */
export async function startServer(options: ServeOptions = {}): Promise<Harness> {
  const secret = options.secret ?? nodeCrypto.randomSecret();
  const { ports, today } = await buildWorkbook(options, secret);
  const dir = pagesDir();
  const pages: Record<string, { html: string; csp: string }> = {
    "/exec": servedPage(join(dir, "officer.html"), OFFICER_RPC),
    "/sidebar": servedPage(join(dir, "sidebar.html"), SIDEBAR_RPC),
  };
  const selectedRows: number[] = [];
  let origin = "";
  let hosts: string[] = [];
  let calls: Record<string, Handlers> = {};
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // A page of another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
    if (!hosts.includes(req.headers.host ?? "")) return sendJson(res, 421, { error: "host" });
    const endpoint = req.method === "POST" ? calls[url.pathname] : undefined;
    if (endpoint) return void rpc(req, res, endpoint, hosts);
    const page = req.method === "GET" ? pages[url.pathname] : undefined;
    if (!page) return sendJson(res, 404, { error: "not found" });
    res.writeHead(200, {
      ...COMMON_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": page.csp,
    });
    res.end(page.html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  calls = { [OFFICER_RPC]: officerHandlers(ports), [SIDEBAR_RPC]: sidebarHandlers(ports, origin, selectedRows) };
  const people = directoryPeople(ports.workbook);
  return {
    url: origin,
    port,
    today,
    secret,
    ports,
    workbook: ports.workbook,
    people,
    selectedRows,
    linkFor: (person) => signedLink(origin, secret, today, resolvePerson(people, person).email),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
