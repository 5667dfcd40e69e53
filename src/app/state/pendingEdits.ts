import type { StorePort } from "../../ports";

/** Edits an edit trigger could not finish, for the next refresh or edit to catch up (see notePending). */
const PENDING_KEY = "parPlan.pending.v1";
/** Past this many pending rows, the next catch-up is a full refresh. */
const MAX_PENDING_ROWS = 200;

/** A rectangle an officer edited, as the onEdit event tells it. */
export interface Edit {
  readonly sheetName: string;
  readonly row: number;
  readonly numRows: number;
}

/** What an edit trigger could not finish: plan rows to recompute, or everything. */
export interface Pending {
  readonly seq: number;
  readonly rows: number[];
  readonly full: boolean;
}

/** The edits left waiting, or null when none; a record nobody can read means everything waits. */
export function readPending(store: StorePort): Pending | null {
  const raw = store.get(PENDING_KEY);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Pending;
    return Array.isArray(p.rows) && typeof p.seq === "number" ? p : { seq: 0, rows: [], full: true };
  } catch {
    // A record nobody can read: the safe reading is that everything waits.
    return { seq: 0, rows: [], full: true };
  }
}

/** Records an edit left for later: its plan rows, or a full refresh for any other tab. */
export function notePending(store: StorePort, edit: Edit, full: boolean): void {
  const old = readPending(store);
  const edited = Array.from({ length: edit.numRows }, (_, i) => edit.row + i);
  const rows = full ? [] : [...new Set([...(old?.rows ?? []), ...edited])].filter((r) => r > 1);
  const everything = full || !!old?.full || rows.length > MAX_PENDING_ROWS;
  store.set(PENDING_KEY, JSON.stringify({ seq: (old?.seq ?? 0) + 1, rows: everything ? [] : rows, full: everything }));
}

/** Clears what a finished refresh covered, unless more was left waiting while it ran. */
export function clearPending(store: StorePort, seen: Pending | null): void {
  if (!seen) return;
  const now = readPending(store);
  if (now && now.seq === seen.seq) store.set(PENDING_KEY, "");
}
