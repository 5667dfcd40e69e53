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
  /**
   * More writes than this by one person in a day (the plan's calendar day) are refused: every
   * write adds a row to Nhật ký, so a leaked link kept busy at the burst limit would otherwise
   * add 40,000 rows a day towards the spreadsheet's cell limit.
   */
  readonly writesPerDay: number;
  /** More openings of the page by one person than this within `openWindow` seconds, or in a day, are refused. */
  readonly opens: number;
  readonly openWindow: number;
  readonly opensPerDay: number;
  /** Persons whose write counters are kept at most (the oldest windows are dropped first). */
  readonly persons: number;
}

export const THROTTLE: ThrottleLimits = {
  badTokens: 20,
  badTokenWindow: 600,
  lockout: 900,
  writes: 30,
  writeWindow: 60,
  writesPerDay: 200,
  opens: 30,
  openWindow: 300,
  opensPerDay: 300,
  persons: 100,
};

const BAD_KEY = "officer.badTokens";
const WRITES_KEY = "officer.writes";
const OPENS_KEY = "officer.opens";

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

/** person → [burst window start, count in it, day (days since 1970), count that day] */
type Counter = [number, number, number, number];
type Counters = Record<string, Counter>;
const isCounters = (v: unknown): v is Counters =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((w) => Array.isArray(w) && w.length === 4 && w.every((n) => typeof n === "number"));

const DAY = 86400;

/** A per-person limit: at most `burst` in `window` seconds and `perDay` in a day. */
interface PersonLimit {
  readonly key: string;
  readonly burst: number;
  readonly window: number;
  readonly perDay: number;
  readonly persons: number;
}

/**
 * Counts one more by `person` against `limit`, and says whether it may go ahead (the refused
 * one is counted too, so hammering does not reopen a window early). Callers hold the document
 * lock, so two requests at once cannot both read the same count. At most `persons` counters
 * are kept, the most recent first: a few kilobytes whatever is sent.
 */
function allowCounted(store: StorePort, person: string, now: number, limit: PersonLimit): boolean {
  const kept = readJson<Counters>(store, limit.key, {}, isCounters);
  const day = Math.floor(now / DAY);
  const live = Object.entries(kept).filter(
    ([p, [start, , d]]) => p !== person && (now - start < limit.window || d === day),
  );
  const [start, count, keptDay, dayCount] = kept[person] ?? [now, 0, day, 0];
  const burst: [number, number] = now - start < limit.window ? [start, count + 1] : [now, 1];
  const daily: [number, number] = keptDay === day ? [day, dayCount + 1] : [day, 1];
  const mine: [string, Counter] = [person, [...burst, ...daily]];
  const bounded = live.sort((a, b) => b[1][0] - a[1][0]).slice(0, limit.persons - 1);
  store.set(limit.key, JSON.stringify(Object.fromEntries([mine, ...bounded])));
  return burst[1] <= limit.burst && daily[1] <= limit.perDay;
}

/** One write by `person` (under the document lock): false past `writes` a window or `writesPerDay` a day. */
export function allowWrite(store: StorePort, person: string, now: number, limits: ThrottleLimits = THROTTLE): boolean {
  const { writes: burst, writeWindow: window, writesPerDay: perDay, persons } = limits;
  return allowCounted(store, person, now, { key: WRITES_KEY, burst, window, perDay, persons });
}

/**
 * One opening of the page by `person` (under the document lock): each reads the whole workbook
 * as the deploying account, so a leaked link reloaded in a loop is refused past `opens` a window
 * or `opensPerDay` a day, rather than spend the account's executions.
 */
export function allowOpen(store: StorePort, person: string, now: number, limits: ThrottleLimits = THROTTLE): boolean {
  const { opens: burst, openWindow: window, opensPerDay: perDay, persons } = limits;
  return allowCounted(store, person, now, { key: OPENS_KEY, burst, window, perDay, persons });
}
