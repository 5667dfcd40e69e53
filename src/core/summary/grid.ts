/**
 * The summary tab's cells, both ways: summaryGrid writes a CommuneSummary as the rows of
 * "Tổng hợp"; readSummaryGrid reads them back (in the province's roll-up) and says, rather than
 * guesses, when the tab is not one it knows. One list of fields (FIELDS) serves both, so the
 * writer and the reader cannot drift apart. See schema.ts for the layout.
 */
import { formatIso, isLocalDate, parseIso, type LocalDate } from "../dates/localDate";
import type { IndicatorStatus } from "../indicators/compute";
import type { Unit } from "../indicators/extract";
import { catalogue, t, type MessageKey } from "../i18n/messages";
import { STATUSES, type TaskStatus } from "../status/statuses";
import type { CellValue } from "../workbook/cells";
import {
  SUMMARY_SCHEMA_ID,
  SUMMARY_SCHEMA_NAME,
  SUMMARY_VERSION,
  type CommuneSummary,
  type SummaryIndicator,
} from "./schema";

/** At most this many overdue ids are listed (the count is in status.overdue): a cell holds 50,000 characters. */
export const OVERDUE_LISTED = 100;

/** The key in column A of the indicators' header row and of each indicator's row. */
export const INDICATORS_HEADER_KEY = "indicators";
export const INDICATOR_ROW_KEY = "indicator";

// A cell as read back: text, a number, a date a spreadsheet made of ISO text, or empty.
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const isoDate = (v: CellValue | undefined): LocalDate | null => (isLocalDate(v) ? v : parseIso(text(v)));
/** 87.5, "87.5" or "87,5" → 87.5; "" → null; anything else → undefined (a wrong value). */
function numberOrEmpty(v: CellValue | undefined): number | null | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const s = text(v).replace(",", ".");
  if (s === "") return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}
const count = (v: CellValue | undefined): number | undefined => {
  const n = numberOrEmpty(v);
  return n !== null && n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** A field of the key-value rows: its key, its label, its value in a summary, and how its cell reads back. */
interface Field {
  readonly key: string;
  readonly label: MessageKey;
  readonly write: (s: CommuneSummary) => CellValue;
  /** The value read from the cell, or undefined when the cell holds no such value. */
  readonly read: (v: CellValue | undefined) => unknown;
}

const statusField = (key: TaskStatus, label: MessageKey): Field => ({
  key: `status.${key}`,
  label,
  write: (s) => s.byStatus[key],
  read: count,
});

const FIELDS: readonly Field[] = [
  { key: "schema", label: "summary.schema", write: () => SUMMARY_SCHEMA_ID, read: text },
  { key: "commune", label: "summary.commune", write: (s) => s.commune, read: text },
  { key: "plan", label: "summary.plan", write: (s) => s.plan, read: text },
  {
    key: "year",
    label: "summary.year",
    write: (s) => s.year,
    read: (v) => {
      const n = count(v);
      return n !== undefined && n >= 1900 && n <= 2200 ? n : undefined;
    },
  },
  { key: "asOf", label: "summary.asOf", write: (s) => formatIso(s.asOf), read: (v) => isoDate(v) ?? undefined },
  { key: "tasks", label: "summary.tasks", write: (s) => s.tasks, read: count },
  ...STATUSES.map((s) => statusField(s.key, s.label)),
  { key: "onTimeRate", label: "summary.onTimeRate", write: (s) => s.onTimeRate, read: numberOrEmpty },
  { key: "evidenceRate", label: "summary.evidenceRate", write: (s) => s.evidenceRate, read: numberOrEmpty },
  {
    key: "overdueTasks",
    label: "summary.overdueTasks",
    write: (s) => s.overdueTasks.slice(0, OVERDUE_LISTED).join("; "),
    read: (v) =>
      text(v)
        .split(";")
        .map((x) => x.trim())
        .filter(Boolean),
  },
  {
    key: "lastReport.period",
    label: "summary.lastReportPeriod",
    write: (s) => s.lastReport?.period ?? "",
    read: text,
  },
  {
    key: "lastReport.generatedOn",
    label: "summary.lastReportOn",
    write: (s) => (s.lastReport ? formatIso(s.lastReport.generatedOn) : ""),
    read: (v) => (text(v) === "" ? null : (isoDate(v) ?? undefined)),
  },
];

/** The fields whose value must be there (the others read as empty when missing). */
const REQUIRED = new Set(["schema", "commune", "year", "asOf", "tasks"]);

const INDICATOR_COLUMNS: readonly MessageKey[] = [
  "summary.indName",
  "summary.indValue",
  "summary.indPeriod",
  "summary.indTarget",
  "summary.indFloor",
  "summary.indUnit",
  "summary.indStatus",
  "summary.indId",
];

const UNITS: readonly Unit[] = ["percent", "points", "count", "perWeek"];
const INDICATOR_STATUSES: readonly IndicatorStatus[] = ["met", "metFloor", "notMet", "noData"];
/** A unit or a judgement as written (its Vietnamese label) or as its key. */
function fromLabel<T extends string>(v: CellValue | undefined, values: readonly T[], prefix: string): T | undefined {
  const s = text(v);
  return values.find((x) => x === s || catalogue[`${prefix}.${x}` as MessageKey]?.vi === s);
}

/** The header row of the key-value part. */
export function summaryHeader(): CellValue[] {
  return [t("summary.colKey"), t("summary.colLabel"), t("summary.colValue")];
}

/**
 * summaryGrid(summary) → the rows of "Tổng hợp": a header, one row per field (key, label,
 * value), a blank row, then the indicators' header and one row per indicator. Rows are as wide
 * as the widest (the indicators'), padded with empty cells, so the block is written in one call.
 */
export function summaryGrid(summary: CommuneSummary): CellValue[][] {
  const width = 1 + INDICATOR_COLUMNS.length;
  const pad = (row: CellValue[]) => [...row, ...Array<CellValue>(width - row.length).fill("")];
  const rows: CellValue[][] = [pad(summaryHeader())];
  for (const f of FIELDS) rows.push(pad([f.key, t(f.label), f.write(summary)]));
  rows.push(pad([]));
  rows.push(pad([INDICATORS_HEADER_KEY, ...INDICATOR_COLUMNS.map((k) => t(k))]));
  for (const i of summary.indicators)
    rows.push([
      INDICATOR_ROW_KEY,
      i.name,
      i.value,
      i.period ?? "",
      i.target,
      i.floor,
      t(`unit.${i.unit}`),
      t(`indicator.${i.status}`),
      i.id,
    ]);
  return rows;
}

export type SummaryReading =
  | { readonly ok: true; readonly summary: CommuneSummary }
  /** The tab has no "schema" row: it is not a summary. */
  | { readonly ok: false; readonly problem: "noSchema" }
  /** A summary of another version (older or newer than this reader's). */
  | { readonly ok: false; readonly problem: "otherVersion"; readonly version: string }
  /** A field missing or holding no such value: its key and the row (1-based) it was looked for on. */
  | { readonly ok: false; readonly problem: "badField"; readonly field: string; readonly row: number | null };

function readIndicator(row: readonly CellValue[]): SummaryIndicator | null {
  const [, name, value, period, target, floor, unit, status, id] = row;
  const v = numberOrEmpty(value);
  const tg = numberOrEmpty(target);
  const fl = numberOrEmpty(floor);
  const u = fromLabel(unit, UNITS, "unit");
  const st = fromLabel(status, INDICATOR_STATUSES, "indicator");
  if (v === undefined || tg === undefined || tg === null || fl === undefined || !u || !st) return null;
  return {
    id: text(id),
    name: text(name),
    unit: u,
    value: v,
    period: text(period) || null,
    target: tg,
    floor: fl,
    status: st,
  };
}

/**
 * readSummaryGrid(values of "Tổng hợp") → the summary, or why it is not one: no schema row, a
 * version this reader does not know ("par-summary/2"), or a field that is missing or wrong (its
 * key and row). Rows are found by their key in column A, so rows moved or added by a person do
 * not matter; keys it does not know are ignored.
 */
export function readSummaryGrid(grid: readonly (readonly CellValue[])[]): SummaryReading {
  const byKey = new Map<string, { value: CellValue | undefined; row: number }>();
  const indicatorRows: (readonly CellValue[])[] = [];
  grid.forEach((row, i) => {
    const key = text(row[0]);
    if (key === INDICATOR_ROW_KEY) indicatorRows.push(row);
    else if (key !== "" && !byKey.has(key)) byKey.set(key, { value: row[2], row: i + 1 });
  });
  const schema = byKey.get("schema");
  if (!schema) return { ok: false, problem: "noSchema" };
  const id = text(schema.value);
  if (id !== SUMMARY_SCHEMA_ID)
    return id.startsWith(`${SUMMARY_SCHEMA_NAME}/`)
      ? { ok: false, problem: "otherVersion", version: id }
      : { ok: false, problem: "badField", field: "schema", row: schema.row };
  const values: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const cell = byKey.get(f.key);
    if (!cell && REQUIRED.has(f.key)) return { ok: false, problem: "badField", field: f.key, row: null };
    const value = f.read(cell?.value ?? "");
    if (value === undefined || (REQUIRED.has(f.key) && value === ""))
      return { ok: false, problem: "badField", field: f.key, row: cell?.row ?? null };
    values[f.key] = value;
  }
  const indicators: SummaryIndicator[] = [];
  for (const row of indicatorRows) {
    const indicator = readIndicator(row);
    if (!indicator)
      return { ok: false, problem: "badField", field: INDICATOR_ROW_KEY, row: grid.indexOf(row as CellValue[]) + 1 };
    indicators.push(indicator);
  }
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s.key, (values[`status.${s.key}`] as number | null) ?? 0]));
  const period = values["lastReport.period"] as string;
  const generatedOn = values["lastReport.generatedOn"] as LocalDate | null;
  return {
    ok: true,
    summary: {
      version: SUMMARY_VERSION,
      commune: values.commune as string,
      plan: values.plan as string,
      year: values.year as number,
      asOf: values.asOf as LocalDate,
      tasks: values.tasks as number,
      byStatus: byStatus as Record<TaskStatus, number>,
      onTimeRate: values.onTimeRate as number | null,
      evidenceRate: values.evidenceRate as number | null,
      overdueTasks: values.overdueTasks as string[],
      lastReport: period && generatedOn ? { period, generatedOn } : null,
      indicators,
    },
  };
}
