import { settingKeys } from "../../core/settings/registry";
import type { StorePort } from "../../ports";
import type { OpenTab } from "../read/tabs";

const CACHE_KEY = "parPlan.context.v1";
/** The plan's number of rows at the last full refresh: tells an edit whether a full refresh fits its time. */
const SIZE_KEY = "parPlan.size.v1";

/** What an edit needs to know without reading every tab again: kept in document properties. */
export interface EditContext {
  readonly columns: [string, number][];
  readonly headers: [number, string][];
  readonly width: number;
  readonly settings: Record<string, string>;
  readonly holidays: [string, "holiday" | "workday"][];
  readonly roles: string[];
  readonly completionIds: string[];
}

/** The settings an edit needs (flagged in the registry): the cache stays small whatever else the tab holds. */
const EDIT_SETTINGS = settingKeys((s) => s.edit === true);

/** The settings an edit needs, as typed in the settings tab. */
export function editSettings(typed: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(EDIT_SETTINGS.map((key) => [key, typed[key] ?? ""]));
}

/** Writes several keys: in one call where the store can. */
function setAll(store: StorePort, entries: Record<string, string>): void {
  if (store.setAll) store.setAll(entries);
  else for (const [key, value] of Object.entries(entries)) store.set(key, value);
}

/** Saves the context of a full refresh, and the plan's size (its rows, header included), for the edits that follow. */
export function saveContext(
  store: StorePort,
  plan: Pick<OpenTab, "columns" | "values">,
  settings: Record<string, string>,
  holidays: [string, "holiday" | "workday"][],
  roles: ReadonlySet<string>,
  completionIds: string[],
): void {
  const context: EditContext = {
    columns: [...plan.columns],
    headers: [...plan.columns.values()].map((c) => [c, String(plan.values[0]?.[c - 1] ?? "")]),
    width: Math.max(...plan.columns.values(), plan.values[0]?.length ?? 0),
    settings,
    holidays,
    roles: [...roles],
    completionIds,
  };
  const json = JSON.stringify(context);
  // Document properties hold 9 KB a value: a context too big is simply not cached.
  setAll(store, { [CACHE_KEY]: json.length < 8500 ? json : "", [SIZE_KEY]: String(plan.values.length) });
}

/** The plan's number of rows at the last full refresh (0 when unknown). */
export function planSize(store: StorePort): number {
  return Number(store.get(SIZE_KEY) || 0);
}

/** Drops the cached context: an edit that starts a full refresh leaves no stale cache behind if cut short. */
export function dropContext(store: StorePort): void {
  store.set(CACHE_KEY, "");
}

/** The cached edit context, or null when there is none or it cannot be read. */
export function readContext(store: StorePort): EditContext | null {
  try {
    const cached = store.get(CACHE_KEY);
    return cached ? (JSON.parse(cached) as EditContext) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the plan's header, read again now, is the one the context was saved with: an
 * inserted or moved column would make the cached positions write into an officer's column.
 */
export function headerUnchanged(context: EditContext, header: readonly unknown[]): boolean {
  return !context.headers.some(([col, text]) => String(header[col - 1] ?? "") !== text);
}
