/**
 * The WarehousePort over the BigQuery advanced service (v2). One load job per call: the NDJSON
 * goes up as the job's media (Jobs.insert(resource, projectId, blob): "Starts a new
 * asynchronous job"), then the job is read back with Jobs.get until its status.state is DONE,
 * within a bounded number of polls. Utilities.sleep waits between them (Apps Script has no
 * setTimeout), and each wait counts against the run's 6 minutes.
 *
 * A load job that ran can still have failed: "status.errorResult … If present, indicates that
 * the job has completed and was unsuccessful" (cloud.google.com/bigquery/docs/reference/rest/v2/Job#JobStatus).
 * Refusals come either thrown by the call (a missing project, no right to create jobs, a scope
 * the manifest lacks) or in errorResult (a missing dataset, no right to write the table, a bad
 * row); both are named by their reason (cloud.google.com/bigquery/docs/error-messages).
 * Nothing here runs at load time: the service is looked up when a load is asked for.
 */
import type { WarehouseLoad } from "../core/export/warehouse";
import type { Message } from "../core/i18n/messages";
import type { WarehousePort, WarehouseResult } from "../ports";

type Job = GoogleAppsScript.BigQuery.Schema.Job;

/** The waits between polls, in ms: short first (a small load is done in seconds), about 47 s in all. */
export const POLL_WAITS_MS: readonly number[] = [1000, 1000, 2000, 3000, 5000, 5000, 10000, 10000, 10000];

export class GasWarehouse implements WarehousePort {
  constructor(private readonly waits: readonly number[] = POLL_WAITS_MS) {}

  load(load: WarehouseLoad): WarehouseResult {
    const service = typeof BigQuery === "undefined" ? undefined : BigQuery;
    if (!service?.Jobs) return refused(null, { key: "warehouse.noService" });
    const projectId = load.load.destinationTable.projectId;
    const resource = { configuration: { load: load.load } } as unknown as Job;
    let job: Job;
    try {
      job = service.Jobs.insert(resource, projectId, Utilities.newBlob(load.ndjson, "application/octet-stream"));
    } catch (e) {
      return refused(null, thrownMessage(e, load));
    }
    const ref = job.jobReference ?? {};
    const jobId = ref.jobId ?? "";
    for (let poll = 0; job.status?.state !== "DONE"; poll++) {
      if (poll >= this.waits.length) return refused(jobId, { key: "warehouse.stillRunning", params: { jobId } });
      Utilities.sleep(this.waits[poll]);
      try {
        // A job outside the US and EU multi-regions is found only with its location (…/rest/v2/jobs/get).
        job = service.Jobs.get(projectId, jobId, ref.location ? { location: ref.location } : {});
      } catch (e) {
        return refused(jobId, thrownMessage(e, load));
      }
    }
    const failure = job.status?.errorResult;
    if (failure) return refused(jobId, reasonMessage(failure.reason ?? "", failure.message ?? "", load));
    return { ok: true, jobId, state: "DONE", rows: load.rows };
  }
}

const refused = (jobId: string | null, error: Message): WarehouseResult => ({ ok: false, jobId, error });

/** What the advanced service threw, as a message: its text carries the API's own sentence. */
function thrownMessage(e: unknown, load: WarehouseLoad): Message {
  const text = e instanceof Error ? e.message : String(e);
  if (/You do not have permission to call/.test(text)) return { key: "warehouse.noScope" };
  if (/Not found: Project/i.test(text)) return { key: "warehouse.noProject", params: project(load) };
  if (/Access Denied|permission/i.test(text)) return { key: "warehouse.accessDenied", params: where(load) };
  return { key: "warehouse.failed", params: { detail: text } };
}

/** A failed job's errorResult, by its reason (the "Error message" column of Google's table). */
function reasonMessage(reason: string, detail: string, load: WarehouseLoad): Message {
  if (reason === "notFound") return { key: "warehouse.noDataset", params: where(load) };
  if (reason === "accessDenied") return { key: "warehouse.accessDenied", params: where(load) };
  if (reason === "quotaExceeded" || reason === "rateLimitExceeded") return { key: "warehouse.quota" };
  return { key: "warehouse.failed", params: { detail: `${reason}: ${detail}` } };
}

const project = (load: WarehouseLoad) => ({ project: load.load.destinationTable.projectId });
const where = (load: WarehouseLoad) => ({
  project: load.load.destinationTable.projectId,
  dataset: load.load.destinationTable.datasetId,
});
