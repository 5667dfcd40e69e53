import { parseIso, toEpochDay } from "../../core/dates/localDate";
import type { StorePort } from "../../ports";

/*
 * Throttling of the officer page, in the document properties: fixed windows of counters, so
 * what is kept stays a few hundred bytes whatever an attacker sends (a property holds 9 KB).
 */

export interface ThrottleLimits {
  /** More bad tokens than this within `badTokenWindow` seconds, across the document, … */
  readonly badTokens: number;
  readonly badTokenWindow: number;
  /** … and every token is refused for this many seconds. */
  readonly lockout: number;
  /** More writes than this by one person within `writeWindow` seconds are refused. */
  readonly writes: number;
  readonly writeWindow: number;
  /** Persons whose write counters are kept at most (the oldest windows are dropped first). */
  readonly persons: number;
}

export const THROTTLE: ThrottleLimits = {
  badTokens: 20,
  badTokenWindow: 600,
  lockout: 900,
  writes: 30,
  writeWindow: 60,
  persons: 100,
};

const BAD_KEY = "officer.badTokens";
const WRITES_KEY = "officer.writes";

/** Seconds since 1970 of a clock timestamp ("2024-11-20 08:15:00"), in the plan's zone. */
export function secondsOf(timestamp: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(timestamp);
  const day = m && parseIso(m[1]);
  if (!m || !day) throw new Error(`Not a timestamp: ${timestamp}`);
  return toEpochDay(day) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

function readJson<T>(store: StorePort, key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const v: unknown = JSON.parse(store.get(key) ?? "null");
    return valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

interface BadTokens {
  /** Start of the counting window, its count, and the end of a lockout (0: none). */
  readonly start: number;
  readonly count: number;
  readonly until: number;
}
const isBad = (v: unknown): v is BadTokens =>
  typeof v === "object" && v !== null && ["start", "count", "until"].every((k) => typeof (v as never)[k] === "number");

/** Whether tokens are refused now, after too many bad ones. */
export function tokensLocked(store: StorePort, now: number): boolean {
  return readJson(store, BAD_KEY, { start: 0, count: 0, until: 0 }, isBad).until > now;
}

/** Counts a bad token; past the limit, every token is refused for `lockout` seconds. */
export function noteBadToken(store: StorePort, now: number, limits: ThrottleLimits = THROTTLE): void {
  const kept = readJson(store, BAD_KEY, { start: 0, count: 0, until: 0 }, isBad);
  const fresh = now - kept.start >= limits.badTokenWindow;
  const count = fresh ? 1 : kept.count + 1;
  const until = count > limits.badTokens ? now + limits.lockout : kept.until;
  store.set(BAD_KEY, JSON.stringify({ start: fresh ? now : kept.start, count, until }));
}

/** person → [window start, writes in it] */
type Writes = Record<string, [number, number]>;
const isWrites = (v: unknown): v is Writes =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((w) => Array.isArray(w) && w.length === 2 && w.every((n) => typeof n === "number"));

/**
 * Counts one write by `person` and says whether it may go ahead: false past `writes` in the
 * window (the refused write is counted too, so hammering does not reopen the window early).
 */
export function allowWrite(store: StorePort, person: string, now: number, limits: ThrottleLimits = THROTTLE): boolean {
  const kept = readJson<Writes>(store, WRITES_KEY, {}, isWrites);
  const live = Object.entries(kept).filter(([p, [start]]) => p !== person && now - start < limits.writeWindow);
  const [start, count] = kept[person] && now - kept[person][0] < limits.writeWindow ? kept[person] : [now, 0];
  const mine: [string, [number, number]] = [person, [start, count + 1]];
  const bounded = live.sort((a, b) => b[1][0] - a[1][0]).slice(0, limits.persons - 1);
  store.set(WRITES_KEY, JSON.stringify(Object.fromEntries([mine, ...bounded])));
  return count + 1 <= limits.writes;
}
