import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DirectoryPerson } from "./sampleDirectory";

/*
 * What `cli serve` shares with `cli link`: the links' secret, the day the server's clock says and
 * Danh bạ's addresses, in a file only the user can read (mode 0600), named by the port. `link`
 * then signs a link the running server verifies, in another process.
 */

export interface ServeState {
  readonly pid: number;
  readonly port: number;
  /** "http://127.0.0.1:8080". */
  readonly origin: string;
  readonly secret: string;
  /** The server's day, yyyy-mm-dd. */
  readonly today: string;
  readonly people: readonly DirectoryPerson[];
}

export function statePath(port: number): string {
  return join(tmpdir(), `par-plan-serve-${port}.json`);
}

/**
 * Writes the state for a new server. A file left by a server that died is replaced; "wx" then
 * refuses to follow a file or link someone else put there in between.
 */
export function writeState(state: ServeState): string {
  const path = statePath(state.port);
  if (existsSync(path)) unlinkSync(path);
  writeFileSync(path, JSON.stringify(state), { mode: 0o600, flag: "wx" });
  return path;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The state of the server on `port`, or null when none runs there: no file, a file another user
 * could read or write (not trusted), or the process that wrote it gone.
 */
export function readState(port: number): ServeState | null {
  const path = statePath(port);
  if (!existsSync(path)) return null;
  const info = statSync(path);
  if ((info.mode & 0o077) !== 0 || (typeof process.getuid === "function" && info.uid !== process.getuid())) return null;
  const state = JSON.parse(readFileSync(path, "utf8")) as ServeState;
  return state.port === port && running(state.pid) ? state : null;
}

/** Removes the state when its server stops (only the file this process wrote). */
export function removeState(port: number): void {
  const path = statePath(port);
  try {
    const state = JSON.parse(readFileSync(path, "utf8")) as ServeState;
    if (state.pid === process.pid) unlinkSync(path);
  } catch {
    // already gone
  }
}
