/**
 * The national warehouse's side of the roll-up (docs/national.md): the rows a province loads
 * into BigQuery after a complete roll-up, their tables' schema, the NDJSON they travel in, and
 * the load job's configuration. Pure: the Apps Script adapter (src/gas/warehouse.ts) only sends
 * what this module builds.
 *
 * Field names are exactly those of the BigQuery REST reference (v2): JobConfigurationLoad,
 * TableReference, TableSchema / TableFieldSchema, TimePartitioning, Clustering
 * (cloud.google.com/bigquery/docs/reference/rest/v2/Job#JobConfigurationLoad,
 * …/rest/v2/tables#TableSchema).
 *
 * One province owns its tables: `commune_day_<province>` and `indicator_day_<province>`, each
 * partitioned by day on `as_of` (the roll-up's day). A load writes one day's partition through
 * the partition decorator (`table$YYYYMMDD`) with WRITE_TRUNCATE, so a second load of the same
 * day replaces the first: no row is counted twice, and no other province's rows are touched.
 */
import { formatIso, type LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
import { settingSchema, type SettingDef } from "../settings/registry";
import { STATUSES, type TaskStatus } from "../status/statuses";
import type { CommuneSummary } from "../summary/schema";
import { foldVietnamese } from "../text/normalize";

/** Where the province loads: a Google Cloud project and one of its datasets. */
export interface WarehouseTarget {
  readonly projectId: string;
  readonly datasetId: string;
}

/**
 * "par-quoc-gia.cchc" → {projectId, datasetId}; null for anything else. A project id is 6 to 30
 * lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen
 * (cloud.google.com/resource-manager/docs/creating-managing-projects#before_you_begin); a dataset
 * id letters, digits and underscores, at most 1,024 (cloud.google.com/bigquery/docs/datasets#dataset-naming).
 */
export function parseWarehouseTarget(text: string): WarehouseTarget | null {
  const m = /^([a-z][a-z0-9-]{4,28}[a-z0-9])\.([A-Za-z0-9_]{1,1024})$/.exec(text.trim());
  return m ? { projectId: m[1], datasetId: m[2] } : null;
}

/**
 * The roll-up workbook's setting "Xuất BigQuery" (project.dataset; empty: no export). Defined
 * here for the roll-up's settings registry to list under the key `bigqueryExport`.
 */
export const BIGQUERY_EXPORT_SETTING: SettingDef<WarehouseTarget | null> = {
  description: "setting.bigqueryExport",
  defaultText: "",
  schema: settingSchema("settings.badBigqueryTarget", (s) =>
    s === "" ? null : (parseWarehouseTarget(s) ?? undefined),
  ),
};

// --- The tables' schema (TableFieldSchema: name, type, mode) ---------------------------------

export type FieldType = "STRING" | "INTEGER" | "FLOAT" | "DATE";
export type FieldMode = "NULLABLE" | "REQUIRED" | "REPEATED";
export interface TableFieldSchema {
  readonly name: string;
  readonly type: FieldType;
  readonly mode: FieldMode;
  readonly description?: string;
}
export interface TableSchema {
  readonly fields: readonly TableFieldSchema[];
}

const field = (name: string, type: FieldType, mode: FieldMode = "REQUIRED"): TableFieldSchema => ({ name, type, mode });

/** "waitingEvent" → "waiting_event": a column name BigQuery and SQL readers take as it is. */
const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The key columns every table starts with: the partition (as_of), then the clustering columns. */
const KEY_FIELDS = [field("as_of", "DATE"), field("province", "STRING"), field("commune", "STRING")];

/**
 * One row per commune per day. A status added to STATUSES adds its column at the end (the load
 * allows field addition, below), so the table never has to be rebuilt.
 */
export const COMMUNE_DAY_SCHEMA: TableSchema = {
  fields: [
    ...KEY_FIELDS,
    field("schema_version", "INTEGER"),
    field("plan", "STRING"),
    field("year", "INTEGER"),
    field("summary_as_of", "DATE"),
    field("tasks", "INTEGER"),
    ...STATUSES.map((s) => field(`status_${snake(s.key)}`, "INTEGER")),
    field("on_time_rate", "FLOAT", "NULLABLE"),
    field("evidence_rate", "FLOAT", "NULLABLE"),
    field("overdue_task_ids", "STRING", "REPEATED"),
    field("last_report_period", "STRING", "NULLABLE"),
    field("last_report_on", "DATE", "NULLABLE"),
  ],
};

/** One row per indicator per commune per day. */
export const INDICATOR_DAY_SCHEMA: TableSchema = {
  fields: [
    ...KEY_FIELDS,
    field("year", "INTEGER"),
    field("indicator_id", "STRING"),
    field("name", "STRING"),
    field("unit", "STRING"),
    field("value", "FLOAT", "NULLABLE"),
    field("period", "STRING", "NULLABLE"),
    field("target", "FLOAT"),
    field("floor", "FLOAT", "NULLABLE"),
    field("status", "STRING"),
  ],
};

// --- Rows ------------------------------------------------------------------------------------

export type RowValue = string | number | null | readonly string[];
export type WarehouseRow = Readonly<Record<string, RowValue>>;

const keyOf = (asOf: LocalDate, province: string, commune: string) => ({
  as_of: formatIso(asOf),
  province,
  commune,
});

/** A commune's summary as its row of commune_day on the roll-up's day. */
export function communeDayRow(summary: CommuneSummary, province: string, asOf: LocalDate): WarehouseRow {
  const statuses = Object.fromEntries(
    STATUSES.map((s) => [`status_${snake(s.key)}`, summary.byStatus[s.key as TaskStatus] ?? 0]),
  );
  return {
    ...keyOf(asOf, province, summary.commune),
    schema_version: summary.version,
    plan: summary.plan,
    year: summary.year,
    summary_as_of: formatIso(summary.asOf),
    tasks: summary.tasks,
    ...statuses,
    on_time_rate: summary.onTimeRate,
    evidence_rate: summary.evidenceRate,
    overdue_task_ids: summary.overdueTasks,
    last_report_period: summary.lastReport?.period ?? null,
    last_report_on: summary.lastReport ? formatIso(summary.lastReport.generatedOn) : null,
  };
}

/** A commune's indicators as rows of indicator_day on the roll-up's day. */
export function indicatorDayRows(summary: CommuneSummary, province: string, asOf: LocalDate): WarehouseRow[] {
  return summary.indicators.map((i) => ({
    ...keyOf(asOf, province, summary.commune),
    year: summary.year,
    indicator_id: i.id,
    name: i.name,
    unit: i.unit,
    value: i.value,
    period: i.period,
    target: i.target,
    floor: i.floor,
    status: i.status,
  }));
}

/**
 * Newline-delimited JSON, one row a line, UTF-8 (as the blob carries it): DATE as
 * "YYYY-MM-DD", NULLABLE as null, REPEATED as an array
 * (cloud.google.com/bigquery/docs/loading-data-cloud-storage-json#limitations: "JSON data must be
 * newline delimited … Each JSON object must be on a separate line in the file").
 */
export function toNdjson(rows: readonly WarehouseRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join("\n");
}

// --- The load job ----------------------------------------------------------------------------

export interface TableReference {
  readonly projectId: string;
  readonly datasetId: string;
  readonly tableId: string;
}

/** The fields of JobConfigurationLoad this export sets, named as the REST reference names them. */
export interface JobConfigurationLoad {
  readonly destinationTable: TableReference;
  readonly sourceFormat: "NEWLINE_DELIMITED_JSON";
  readonly writeDisposition: "WRITE_TRUNCATE";
  readonly createDisposition: "CREATE_IF_NEEDED";
  readonly schema: TableSchema;
  readonly timePartitioning: { readonly type: "DAY"; readonly field: string };
  readonly clustering: { readonly fields: readonly string[] };
  readonly schemaUpdateOptions: readonly "ALLOW_FIELD_ADDITION"[];
}

/** One load: the job's configuration and the rows it carries. */
export interface WarehouseLoad {
  /** The table's base name ("commune_day_khanh_hoa"), for messages. */
  readonly table: string;
  readonly load: JobConfigurationLoad;
  readonly ndjson: string;
  readonly rows: number;
}

/** "Khánh Hòa" → "khanh_hoa": the province's part of its tables' names (letters, digits, _). */
export function provinceSlug(province: string): string {
  return foldVietnamese(province)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** "20241120": the partition decorator's id for a DAY-partitioned table. */
export const partitionId = (day: LocalDate): string => formatIso(day).replace(/-/g, "");

/**
 * The job configuration for one day of one table. WRITE_TRUNCATE on the partition decorator
 * replaces that day's partition only ("If you want to overwrite data in a partition …",
 * cloud.google.com/bigquery/docs/load-data-partitioned-tables); ALLOW_FIELD_ADDITION is allowed
 * with WRITE_TRUNCATE "when the destination table is a partition of a table, specified by
 * partition decorators" (…/rest/v2/Job#JobConfigurationLoad.FIELDS.schema_update_options).
 */
export function loadConfiguration(
  target: WarehouseTarget,
  tableId: string,
  schema: TableSchema,
  day: LocalDate,
): JobConfigurationLoad {
  return {
    destinationTable: {
      projectId: target.projectId,
      datasetId: target.datasetId,
      tableId: `${tableId}$${partitionId(day)}`,
    },
    sourceFormat: "NEWLINE_DELIMITED_JSON",
    writeDisposition: "WRITE_TRUNCATE",
    createDisposition: "CREATE_IF_NEEDED",
    schema,
    timePartitioning: { type: "DAY", field: "as_of" },
    clustering: { fields: ["province", "commune"] },
    schemaUpdateOptions: ["ALLOW_FIELD_ADDITION"],
  };
}

/**
 * The loads of one complete roll-up: commune_day then indicator_day, both for `day`. A province
 * without a name cannot own tables: the message says which setting to fill.
 */
export function warehouseLoads(
  target: WarehouseTarget,
  province: string,
  summaries: readonly CommuneSummary[],
  day: LocalDate,
): { ok: true; loads: WarehouseLoad[] } | { ok: false; error: Message } {
  const slug = provinceSlug(province);
  if (!slug) return { ok: false, error: { key: "warehouse.noProvince" } };
  const tables: [string, TableSchema, WarehouseRow[]][] = [
    [`commune_day_${slug}`, COMMUNE_DAY_SCHEMA, summaries.map((s) => communeDayRow(s, province, day))],
    [`indicator_day_${slug}`, INDICATOR_DAY_SCHEMA, summaries.flatMap((s) => indicatorDayRows(s, province, day))],
  ];
  return {
    ok: true,
    loads: tables.map(([table, schema, rows]) => ({
      table,
      load: loadConfiguration(target, table, schema, day),
      ndjson: toNdjson(rows),
      rows: rows.length,
    })),
  };
}
