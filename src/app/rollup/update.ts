/**
 * "Cập nhật tổng hợp": reads every listed commune's summary in batches that resume across
 * executions, then consolidates once. Apps Script stops a run at 6 minutes, and opening another
 * person's spreadsheet is slow (about a second by the cost model), so 170 communes, let alone
 * 500, do not fit one run. Each run, under the script lock:
 *
 *  1. makes sure ONE continuation trigger is waiting (the safety net: a run killed at the limit,
 *     or ended by an exception, is resumed by it, never lost and never doubled);
 *  2. reads the list, and the readings kept from earlier runs of today's roll-up (the stage);
 *  3. reads the communes not yet read, one call chain each, until its time budget is spent,
 *     keeping the readings every FLUSH_EVERY communes (a run killed between two flushes reads
 *     those few again: a reading is keyed by its list row and URL, so none counts twice);
 *  4. when every listed commune has a reading, consolidates once (`finish`), forgets the stage
 *     and the checkpoint, and removes the trigger; otherwise leaves the trigger to continue soon.
 *
 * The checkpoint in the store is small (the day the roll-up started and how many runs it took):
 * the readings themselves go to the stage, because 500 communes' summaries with their
 * indicators (9.5 KB each with the seed's 44) are megabytes, far past a property store's
 * 500 KB (docs/rollup.md, "Deployment").
 */
import { formatIso, parseIso, type LocalDate } from "../../core/dates/localDate";
import type { CommuneReading, CommuneSource } from "../../core/rollup/model";
import { readSummaryGrid } from "../../core/summary/grid";
import type {
  Clock,
  CommuneSheetsPort,
  ContinuationPort,
  LockPort,
  ReadingsStagePort,
  RunTimerPort,
  StorePort,
} from "../../ports";

/**
 * Reading stops once a run has taken this long: 4.5 of Apps Script's 6 minutes, the rest a
 * margin for the last commune and the consolidation.
 */
export const RUN_BUDGET_MS = 270_000;
/**
 * The safety net's delay: longer than any run can last (6 minutes), so it never starts while the
 * run that made it still holds the lock.
 */
export const SAFETY_AFTER_MS = 390_000;
/** A run that stops on its budget asks to be continued this soon (the run ends right after). */
export const CONTINUE_AFTER_MS = 60_000;
/** Readings are kept every this many communes: one write per ten, not one per commune. */
export const FLUSH_EVERY = 10;

export const CHECKPOINT_KEY = "rollup.checkpoint";

interface Checkpoint {
  /** The day the roll-up started (ISO): a roll-up left from another day starts over. */
  readonly startedOn: string;
  /** Runs so far, this one included. */
  readonly runs: number;
}

export interface RollupUpdatePorts {
  readonly clock: Clock;
  readonly lock: LockPort;
  /** The checkpoint (document properties in Sheets). */
  readonly store: StorePort;
  readonly communes: CommuneSheetsPort;
  readonly stage: ReadingsStagePort;
  readonly continuation: ContinuationPort;
  readonly timer: RunTimerPort;
  /** The communes the list tab names now, in its order. */
  readonly listed: () => readonly CommuneSource[];
  /** Consolidates every reading and writes the roll-up's tabs: once, by the last run. Its answer's lines. */
  readonly finish: (readings: readonly CommuneReading[], today: LocalDate) => readonly string[];
  /** Told after each flush how far the roll-up is (a toast in Sheets). */
  readonly progress?: (read: number, total: number) => void;
}

export type UpdateOutcome =
  /** Another run holds the lock: nothing was done, nothing queued. */
  | { readonly kind: "busy" }
  /** The list names no commune. */
  | { readonly kind: "empty" }
  /** The budget was spent: the continuation trigger will go on. */
  | { readonly kind: "paused"; readonly read: number; readonly total: number; readonly runs: number }
  | {
      readonly kind: "done";
      readonly total: number;
      readonly failed: number;
      readonly runs: number;
      readonly lines: readonly string[];
    };

/** A reading's key: its list row and URL, so a row moved or a URL changed is read again, never counted twice. */
export const readingKey = (source: CommuneSource): string => `${source.row}|${source.url.trim()}`;

/** One run of the roll-up's update, under the lock; "busy" when another run holds it. */
export function updateRollup(ports: RollupUpdatePorts, budgetMs = RUN_BUDGET_MS): UpdateOutcome {
  return ports.lock.withLock(() => oneRun(ports, budgetMs)) ?? { kind: "busy" };
}

function oneRun(ports: RollupUpdatePorts, budgetMs: number): UpdateOutcome {
  const today = ports.clock.today();
  const checkpoint = startRun(ports, today);
  ports.continuation.schedule(SAFETY_AFTER_MS);
  const sources = ports.listed();
  if (sources.length === 0) {
    endRollup(ports);
    return { kind: "empty" };
  }
  const staged = ports.stage.readAll();
  readUntilBudget(ports, sources, staged, today, budgetMs);
  const read = sources.filter((s) => staged.has(readingKey(s))).length;
  if (read < sources.length) {
    ports.continuation.schedule(CONTINUE_AFTER_MS);
    return { kind: "paused", read, total: sources.length, runs: checkpoint.runs };
  }
  // The list's sources as they stand now, with what was read of each.
  const readings = sources.map((source) => ({ ...staged.get(readingKey(source))!, source }));
  const lines = ports.finish(readings, today);
  endRollup(ports);
  return {
    kind: "done",
    total: sources.length,
    failed: readings.filter((r) => !r.result.ok).length,
    runs: checkpoint.runs,
    lines,
  };
}

/** The checkpoint of today's roll-up with this run counted; a new one (and an empty stage) when there is none for today. */
function startRun(ports: RollupUpdatePorts, today: LocalDate): Checkpoint {
  const previous = readCheckpoint(ports.store);
  const current = previous && parseIso(previous.startedOn) && previous.startedOn === formatIso(today) ? previous : null;
  if (!current) ports.stage.forget();
  const next: Checkpoint = { startedOn: formatIso(today), runs: (current?.runs ?? 0) + 1 };
  ports.store.set(CHECKPOINT_KEY, JSON.stringify(next));
  return next;
}

function readCheckpoint(store: StorePort): Checkpoint | null {
  const raw = store.get(CHECKPOINT_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Checkpoint>;
    return typeof value.startedOn === "string" && typeof value.runs === "number"
      ? { startedOn: value.startedOn, runs: value.runs }
      : null;
  } catch {
    return null; // a checkpoint that cannot be read: start over, as a new roll-up would
  }
}

/** Reads the communes with no reading yet, until the budget is spent; keeps them in `staged` and in the stage. */
function readUntilBudget(
  ports: RollupUpdatePorts,
  sources: readonly CommuneSource[],
  staged: Map<string, CommuneReading>,
  today: LocalDate,
  budgetMs: number,
): void {
  let pending: { key: string; reading: CommuneReading }[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    ports.stage.append(pending);
    pending = [];
    ports.progress?.(sources.filter((s) => staged.has(readingKey(s))).length, sources.length);
  };
  for (const source of sources) {
    const key = readingKey(source);
    if (staged.has(key)) continue;
    if (ports.timer.elapsedMs() >= budgetMs) break;
    const reading: CommuneReading = { source, readOn: today, result: readCommune(ports.communes, source.url) };
    staged.set(key, reading);
    pending.push({ key, reading });
    if (pending.length >= FLUSH_EVERY) flush();
  }
  flush();
}

/** One commune's summary, or why there is none. */
function readCommune(communes: CommuneSheetsPort, url: string): CommuneReading["result"] {
  const tab = communes.readSummaryTab(url);
  return tab.ok ? readSummaryGrid(tab.values) : tab;
}

/** The roll-up is over (or had nothing to read): no checkpoint, no stage, no trigger. */
function endRollup(ports: RollupUpdatePorts): void {
  ports.stage.forget();
  ports.store.set(CHECKPOINT_KEY, "");
  ports.continuation.cancel();
}
