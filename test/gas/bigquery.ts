/**
 * The BigQuery advanced service (v2) as the export uses it: Jobs.insert with a media upload and
 * Jobs.get, over a store of projects, datasets, tables and their day partitions, so a test can
 * count the rows a table holds after a load and after a reload. As strict as the REST API where
 * the export could trip; each rule names the page it follows.
 *
 * Shapes: a Job resource {kind, id, jobReference: {projectId, jobId, location}, configuration,
 * status: {state, errorResult?, errors?}} (cloud.google.com/bigquery/docs/reference/rest/v2/Job);
 * state is PENDING, RUNNING or DONE, and "errorResult … If present, indicates that the job has
 * completed and was unsuccessful" (…/Job#JobStatus). Errors of a call are thrown as Apps Script
 * throws them for an advanced service, "GoogleJsonResponseException: API call to
 * bigquery.jobs.insert failed with error: <message>", with the API's messages ("Not found:
 * Dataset myproject:foo", "Access Denied", reasons notFound / accessDenied / invalid:
 * cloud.google.com/bigquery/docs/errors).
 */
import { randomUUID } from "node:crypto";

type Json = Record<string, unknown>;
type Row = Record<string, unknown>;
interface Field {
  name: string;
  type: string;
  mode?: string;
}

export interface FakeTable {
  schema: Field[];
  timePartitioning: { type: string; field: string } | null;
  clustering: string[] | null;
  /** Rows by partition id ("20241120"). */
  partitions: Map<string, Row[]>;
}

export interface FakeDataset {
  location: string;
  /** Whether the running user may create and write tables here (roles/bigquery.dataEditor). */
  writable: boolean;
  tables: Map<string, FakeTable>;
}

export interface FakeProject {
  /** Whether the running user may run jobs in the project (bigquery.jobs.create). */
  canCreateJobs: boolean;
  datasets: Map<string, FakeDataset>;
}

interface FakeJob {
  resource: Json;
  load: Json;
  media: string;
  location: string;
  /** Jobs.get calls still answered RUNNING before the job completes. */
  pollsLeft: number;
}

/** The fields of JobConfigurationLoad (…/rest/v2/Job#JobConfigurationLoad); any other name is refused. */
const LOAD_FIELDS = new Set([
  "sourceUris",
  "fileSetSpecType",
  "schema",
  "destinationTable",
  "destinationTableProperties",
  "createDisposition",
  "writeDisposition",
  "nullMarker",
  "fieldDelimiter",
  "skipLeadingRows",
  "encoding",
  "quote",
  "maxBadRecords",
  "allowQuotedNewlines",
  "sourceFormat",
  "allowJaggedRows",
  "ignoreUnknownValues",
  "projectionFields",
  "autodetect",
  "schemaUpdateOptions",
  "timePartitioning",
  "rangePartitioning",
  "clustering",
  "destinationEncryptionConfiguration",
  "useAvroLogicalTypes",
  "referenceFileSchemaUri",
  "hivePartitioningOptions",
  "decimalTargetTypes",
  "jsonExtension",
  "parquetOptions",
  "preserveAsciiControlCharacters",
  "connectionProperties",
  "createSession",
  "columnNameCharacterMap",
  "copyFilesOnly",
  "timeZone",
  "dateFormat",
  "datetimeFormat",
  "timeFormat",
  "timestampFormat",
]);

/** An error as the advanced service throws it. */
function apiError(call: string, message: string): Error {
  return new Error(`GoogleJsonResponseException: API call to bigquery.${call} failed with error: ${message}`);
}

const failed = (reason: string, message: string) => ({
  state: "DONE",
  errorResult: { reason, message },
  errors: [{ reason, message }],
});

export class FakeBigQuery {
  readonly projects = new Map<string, FakeProject>();
  private readonly jobs = new Map<string, FakeJob>();
  /** How many Jobs.get calls answer RUNNING before a job is DONE (Infinity: it never ends). */
  pollsToFinish = 1;

  /** A project with a dataset the running user can write, in `location` (asia-southeast1 by default). */
  addDataset(projectId: string, datasetId: string, options: Partial<FakeDataset> = {}): FakeDataset {
    let project = this.projects.get(projectId);
    if (!project) this.projects.set(projectId, (project = { canCreateJobs: true, datasets: new Map() }));
    const dataset: FakeDataset = { location: "asia-southeast1", writable: true, tables: new Map(), ...options };
    project.datasets.set(datasetId, dataset);
    return dataset;
  }

  /** The rows of one table (every partition), for a test's checks. */
  rows(projectId: string, datasetId: string, tableId: string): Row[] {
    const table = this.projects.get(projectId)?.datasets.get(datasetId)?.tables.get(tableId);
    return table ? [...table.partitions.values()].flat() : [];
  }

  table(projectId: string, datasetId: string, tableId: string): FakeTable | undefined {
    return this.projects.get(projectId)?.datasets.get(datasetId)?.tables.get(tableId);
  }

  /** The advanced service's Jobs collection: insert(resource, projectId, mediaData) and get(projectId, jobId, optionalArgs). */
  readonly Jobs = {
    insert: (resource: Json, projectId: string, media?: { getDataAsString(): string }) =>
      this.insert(resource, projectId, media),
    get: (projectId: string, jobId: string, optionalArgs: { location?: string } = {}) =>
      this.get(projectId, jobId, optionalArgs),
  };

  private insert(resource: Json, projectId: string, media?: { getDataAsString(): string }): Json {
    const project = this.projects.get(projectId);
    if (!project) throw apiError("jobs.insert", `Not found: Project ${projectId}`);
    if (!project.canCreateJobs)
      throw apiError(
        "jobs.insert",
        `Access Denied: Project ${projectId}: User does not have bigquery.jobs.create permission in project ${projectId}.`,
      );
    const load = (resource.configuration as Json | undefined)?.load as Json | undefined;
    if (!load) throw apiError("jobs.insert", "Required parameter is missing: configuration");
    const unknown = Object.keys(load).filter((k) => !LOAD_FIELDS.has(k));
    if (unknown.length > 0)
      throw apiError("jobs.insert", `Invalid JSON payload received. Unknown name "${unknown[0]}"`);
    // A load from the request itself needs its media: "Load configuration must specify at least one source URI" otherwise.
    if (!media) throw apiError("jobs.insert", "Load configuration must specify at least one source URI");
    const dest = load.destinationTable as Json | undefined;
    if (!dest?.projectId || !dest.datasetId || !dest.tableId)
      throw apiError("jobs.insert", "Required parameter is missing: destinationTable");
    const dataset = this.projects.get(String(dest.projectId))?.datasets.get(String(dest.datasetId));
    const jobId = `job_${randomUUID().replace(/-/g, "_")}`;
    // The job runs where its dataset is (cloud.google.com/bigquery/docs/locations).
    const location = dataset?.location ?? "US";
    const job: FakeJob = {
      resource: {
        kind: "bigquery#job",
        id: `${projectId}:${location}.${jobId}`,
        jobReference: { projectId, jobId, location },
        configuration: { jobType: "LOAD", load },
        status: { state: "RUNNING" },
      },
      load,
      media: media.getDataAsString(),
      location,
      pollsLeft: this.pollsToFinish,
    };
    this.jobs.set(`${projectId}:${jobId}`, job);
    return structuredClone(job.resource);
  }

  private get(projectId: string, jobId: string, optionalArgs: { location?: string }): Json {
    const job = this.jobs.get(`${projectId}:${jobId}`);
    // "location … required … If the location to run a job is not in the us or the eu multi-regional
    // location" (…/rest/v2/jobs/get): without it, such a job is not found.
    const multiRegion = job && (job.location === "US" || job.location === "EU");
    if (!job || (!multiRegion && optionalArgs.location !== job.location))
      throw apiError("jobs.get", `Not found: Job ${projectId}:${jobId}`);
    if (job.pollsLeft > 0) {
      job.pollsLeft--;
      return structuredClone(job.resource);
    }
    if ((job.resource.status as Json).state !== "DONE") job.resource.status = this.run(job);
    return structuredClone(job.resource);
  }

  /** The load itself, when the job completes: its status. */
  private run(job: FakeJob): Json {
    const dest = job.load.destinationTable as { projectId: string; datasetId: string; tableId: string };
    const dataset = this.projects.get(dest.projectId)?.datasets.get(dest.datasetId);
    if (!dataset) return failed("notFound", `Not found: Dataset ${dest.projectId}:${dest.datasetId}`);
    if (!dataset.writable)
      return failed(
        "accessDenied",
        `Access Denied: Dataset ${dest.projectId}:${dest.datasetId}: Permission bigquery.tables.updateData denied`,
      );
    if (job.load.sourceFormat !== "NEWLINE_DELIMITED_JSON")
      return failed("invalid", "Error while reading data: this fake reads only NEWLINE_DELIMITED_JSON");
    const [tableId, decorator] = String(dest.tableId).split("$");
    const schema = ((job.load.schema as Json | undefined)?.fields ?? []) as Field[];
    let rows: Row[];
    try {
      rows = parseRows(job.media, schema);
    } catch (e) {
      return failed("invalid", (e as Error).message);
    }
    const table = this.prepareTable(dataset, tableId, job.load, schema);
    if ("reason" in table) return failed(table.reason, table.message);
    const byPartition = partitionRows(table, rows, decorator);
    if ("reason" in byPartition) return failed(byPartition.reason, byPartition.message);
    const disposition = job.load.writeDisposition ?? "WRITE_APPEND";
    for (const id of byPartition.keys()) {
      const before = table.partitions.get(id) ?? [];
      if (disposition === "WRITE_EMPTY" && before.length > 0)
        return failed("duplicate", `Already Exists: Table ${dest.projectId}:${dest.datasetId}.${tableId}`);
    }
    if (disposition === "WRITE_TRUNCATE" && !decorator) table.partitions.clear();
    for (const [id, partRows] of byPartition) {
      const kept = disposition === "WRITE_TRUNCATE" ? [] : (table.partitions.get(id) ?? []);
      table.partitions.set(id, [...kept, ...partRows]);
    }
    // WRITE_TRUNCATE on a decorator empties that partition even when no row comes.
    if (disposition === "WRITE_TRUNCATE" && decorator && !byPartition.has(decorator))
      table.partitions.set(decorator, []);
    return { state: "DONE" };
  }

  /**
   * The destination table: created from the load's schema with CREATE_IF_NEEDED, else "Not
   * found: Table"; an existing table takes new fields only with ALLOW_FIELD_ADDITION, and never a
   * changed type ("Provided Schema does not match Table").
   */
  private prepareTable(
    dataset: FakeDataset,
    tableId: string,
    load: Json,
    schema: Field[],
  ): FakeTable | { reason: string; message: string } {
    const existing = dataset.tables.get(tableId);
    if (!existing) {
      if (load.createDisposition === "CREATE_NEVER")
        return { reason: "notFound", message: `Not found: Table ${tableId}` };
      const table: FakeTable = {
        schema: schema.map((f) => ({ ...f })),
        timePartitioning: (load.timePartitioning as FakeTable["timePartitioning"]) ?? null,
        clustering: ((load.clustering as Json | undefined)?.fields as string[] | undefined) ?? null,
        partitions: new Map(),
      };
      dataset.tables.set(tableId, table);
      return table;
    }
    const known = new Map(existing.schema.map((f) => [f.name, f]));
    for (const f of schema) {
      const was = known.get(f.name);
      if (was && (was.type !== f.type || (was.mode ?? "NULLABLE") !== (f.mode ?? "NULLABLE")))
        return {
          reason: "invalid",
          message: `Provided Schema does not match Table ${tableId}. Field ${f.name} has changed type`,
        };
      if (!was && !((load.schemaUpdateOptions as string[] | undefined) ?? []).includes("ALLOW_FIELD_ADDITION"))
        return {
          reason: "invalid",
          message: `Provided Schema does not match Table ${tableId}. Cannot add fields (field: ${f.name})`,
        };
    }
    for (const f of schema) if (!known.has(f.name)) existing.schema.push({ ...f });
    return existing;
  }
}

/**
 * The rows of an NDJSON upload, checked against the schema: an unknown field ("No such field"),
 * a REQUIRED field missing or null, a value of the wrong type. Dates as "YYYY-MM-DD"
 * (cloud.google.com/bigquery/docs/loading-data-cloud-storage-json).
 */
function parseRows(media: string, schema: Field[]): Row[] {
  const fields = new Map(schema.map((f) => [f.name, f]));
  return media
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      let row: Row;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(
          `Error while reading data, error message: JSON table encountered too many errors (row ${i + 1})`,
        );
      }
      for (const name of Object.keys(row))
        if (!fields.has(name))
          throw new Error(`JSON parsing error in row starting at position 0: No such field: ${name}.`);
      for (const f of schema) checkValue(f, row[f.name], i + 1);
      return row;
    });
}

function checkValue(f: Field, value: unknown, line: number): void {
  const mode = f.mode ?? "NULLABLE";
  if (value === undefined || value === null) {
    if (mode === "REQUIRED") throw new Error(`Missing required field: ${f.name} (row ${line}).`);
    return;
  }
  const values = mode === "REPEATED" ? value : [value];
  if (!Array.isArray(values)) throw new Error(`Array specified for non-repeated field: ${f.name}.`);
  for (const v of values) {
    const ok =
      f.type === "STRING"
        ? typeof v === "string"
        : f.type === "INTEGER" || f.type === "INT64"
          ? Number.isInteger(v)
          : f.type === "FLOAT" || f.type === "FLOAT64"
            ? typeof v === "number"
            : f.type === "DATE"
              ? typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)
              : true;
    if (!ok)
      throw new Error(
        `Could not convert value to ${f.type.toLowerCase()}. Field: ${f.name}; Value: ${String(v)} (row ${line})`,
      );
  }
}

/**
 * Rows by the day partition of their partitioning column. With a decorator, every row must fall
 * in the decorated partition: "the partition ID specified in the decorator must match the data
 * being written … Otherwise an error occurs" (cloud.google.com/bigquery/docs/load-data-partitioned-tables).
 */
function partitionRows(
  table: FakeTable,
  rows: Row[],
  decorator: string | undefined,
): Map<string, Row[]> | { reason: string; message: string } {
  const out = new Map<string, Row[]>();
  const column = table.timePartitioning?.field;
  for (const row of rows) {
    const id = column ? String(row[column] ?? "__NULL__").replace(/-/g, "") : "__UNPARTITIONED__";
    if (decorator && id !== decorator)
      return {
        reason: "invalid",
        message: `Some rows belong to different partitions rather than destination partition ${decorator}`,
      };
    out.set(id, [...(out.get(id) ?? []), row]);
  }
  return out;
}
