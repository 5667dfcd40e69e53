import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { officerOpen } from "../../src/app/api/officer";
import { tCli } from "../../src/node/messages";
import { MAX_BODY, startServer, type Harness } from "../../src/node/serve";
import { statePath } from "../../src/node/serveState";
import { ROOT } from "../helpers";

/*
 * The local harness: each page's endpoint runs only the bridge's functions, from this origin, with a capped
 * body; `cli serve` and `cli link` in two processes agree on the links (the built CLI, spawned).
 */

const CLI = join(ROOT, "dist", "cli", "cli.js");

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, body: text, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("the harness's endpoints", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startServer();
  });
  afterAll(() => harness.close());

  it("answers a bridge function, as the app function answers it", async () => {
    const token = new URL(harness.linkFor("Văn phòng - Thống kê")).searchParams.get("t")!;
    const r = await post(`${harness.url}/rpc/officer`, JSON.stringify({ name: "officerOpen", args: [token] }));
    expect(r.status).toBe(200);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(r.body).value).toEqual(officerOpen(harness.ports, token));
  });

  it.each([
    ["a name outside the bridge", JSON.stringify({ name: "constructor", args: [] }), {}, 404],
    [
      "another site's origin",
      JSON.stringify({ name: "dashboardLoad", args: [] }),
      { Origin: "https://evil.example" },
      403,
    ],
    [
      "another host name (DNS rebinding)",
      JSON.stringify({ name: "dashboardLoad", args: [] }),
      { Host: "evil.example" },
      421,
    ],
    ["a form post", "name=dashboardLoad", { "Content-Type": "application/x-www-form-urlencoded" }, 415],
    ["a body over the cap", JSON.stringify({ name: "dashboardLoad", args: ["x".repeat(MAX_BODY)] }), {}, 413],
    ["text that is not JSON", "{", {}, 400],
  ])("refuses %s", async (_name, body, headers, status) => {
    const r = await post(`${harness.url}/rpc/officer`, body, headers as Record<string, string>);
    expect(r.status).toBe(status);
  });

  it("runs on each page's endpoint only that page's functions: the officer page reaches no sidebar function", async () => {
    const call = (endpoint: string, name: string) =>
      post(`${harness.url}/rpc/${endpoint}`, JSON.stringify({ name, args: [] }));
    // In Apps Script the sidebar's functions ask for the editor's Ui, which a web page's call has not.
    for (const name of ["dashboardMyLink", "dashboardLoad", "dashboardSaveSettings"])
      expect((await call("officer", name)).status).toBe(404);
    expect((await call("sidebar", "officerOpen")).status).toBe(404);
    expect((await call("sidebar", "dashboardMyLink")).status).toBe(200);
    expect((await post(`${harness.url}/rpc`, JSON.stringify({ name: "officerOpen", args: [] }))).status).toBe(404);
  });

  it("names the roles it knows when asked for an unknown person", () => {
    expect(() => harness.linkFor("Phòng không có")).toThrow(/Phòng không có/);
  });
});

describe("cli serve and cli link", () => {
  const port = 40000 + (process.pid % 20000);
  let server: ChildProcess;
  afterAll(() => server?.kill("SIGINT"));

  it("serve prints its URLs; link prints one line the running server verifies; the state file is the user's alone", async () => {
    server = spawn(process.execPath, [CLI, "serve", "--port", String(port), "--today", "2024-11-20"], { cwd: ROOT });
    const banner = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout!.on("data", (c) => {
        out += c;
        if (out.includes(tCli("cli.serveStop"))) resolve(out);
      });
      server.on("exit", (code) => reject(new Error(`serve exited ${code}`)));
    });
    expect(banner).toContain(`http://127.0.0.1:${port}/sidebar`);
    expect(statSync(statePath(port)).mode & 0o777).toBe(0o600);

    const r = spawnSync(process.execPath, [CLI, "link", "--person", "Tư pháp - Hộ tịch", "--port", String(port)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/exec\\?t=v1\\.`));
    const token = new URL(lines[0]).searchParams.get("t")!;
    const answer = JSON.parse(
      (await post(`http://127.0.0.1:${port}/rpc/officer`, JSON.stringify({ name: "officerOpen", args: [token] }))).body,
    );
    expect(answer.value).toMatchObject({ ok: true, page: { person: "justicecivil@vi-du.invalid" } });

    const unknown = spawnSync(process.execPath, [CLI, "link", "--person", "Không ai", "--port", String(port)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Công chức Tư pháp – Hộ tịch");

    const stopped = new Promise((resolve) => server.on("exit", resolve));
    server.kill("SIGINT");
    await stopped;
    expect(existsSync(statePath(port))).toBe(false);
  });

  it("link says in Vietnamese when no server runs on the port", () => {
    const r = spawnSync(process.execPath, [CLI, "link", "--person", "Tư pháp - Hộ tịch", "--port", String(port + 1)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(tCli("cli.noServer", { port: port + 1 }));
  });
});
