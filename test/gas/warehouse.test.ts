/**
 * The export to BigQuery end to end: exportRollup over the Apps Script adapter (src/gas/warehouse.ts)
 * over the fake advanced service (bigquery.ts), with every call counted and the manifest's scopes
 * checked as Apps Script checks them (scopes.ts).
 */
import { exportMessage, exportRollup, type ExportSettings } from "../../src/app/rollup/export";
import { localDate, type LocalDate } from "../../src/core/dates/localDate";
import { GasWarehouse, POLL_WAITS_MS } from "../../src/gas/warehouse";
import { seedSummary } from "../core/export/seedSummary";
import { FakeBigQuery } from "./bigquery";
import { counted, ServiceCalls } from "./counter";
import { permissionError, scopesFor } from "./scopes";
import { FakeUtilities } from "./services";

const PROJECT = "cchc-quoc-gia";
const DATASET = "tong_hop";
const ON: ExportSettings = { bigqueryExport: { projectId: PROJECT, datasetId: DATASET }, provinceName: "Khánh Hòa" };
const BQ_SCOPE = "https://www.googleapis.com/auth/bigquery";
const summaries = [seedSummary("Đại Lãnh"), seedSummary("Vạn Thạnh")];
const indicators = summaries[0].indicators.length;

let calls: ServiceCalls;
let bigquery: FakeBigQuery;
let granted: Set<string>;
let sleptMs: number;
const g = globalThis as Record<string, unknown>;

beforeEach(() => {
  calls = new ServiceCalls();
  bigquery = new FakeBigQuery();
  bigquery.addDataset(PROJECT, DATASET);
  granted = new Set([BQ_SCOPE]);
  sleptMs = 0;
  calls.guard = (name) => {
    const needs = scopesFor(name);
    if (needs.length > 0 && !needs.some((s) => granted.has(s))) throw permissionError(name, needs);
  };
  g.BigQuery = { Jobs: counted(bigquery.Jobs, "BigQuery.Jobs", calls) };
  g.Utilities = counted(new FakeUtilities({ advance: (ms) => (sleptMs += ms) }), "Utilities", calls);
});
afterEach(() => {
  delete g.BigQuery;
  delete g.Utilities;
});

const ports = (day: LocalDate = localDate(2024, 11, 21)) => ({
  warehouse: new GasWarehouse(),
  clock: { today: () => day, timestamp: () => "" },
});
const rowsOf = (table: string) => bigquery.rows(PROJECT, DATASET, table);

describe("exporting a complete roll-up to BigQuery", () => {
  it("loads the province's two tables, partitioned by day and clustered by province and commune", () => {
    const outcome = exportRollup(ports(), summaries, ON);
    expect(outcome.kind).toBe("done");
    expect(rowsOf("commune_day_khanh_hoa").map((r) => [r.as_of, r.commune, r.tasks])).toEqual([
      ["2024-11-21", "Đại Lãnh", 77],
      ["2024-11-21", "Vạn Thạnh", 77],
    ]);
    expect(rowsOf("indicator_day_khanh_hoa")).toHaveLength(2 * indicators);
    const table = bigquery.table(PROJECT, DATASET, "commune_day_khanh_hoa")!;
    expect(table.timePartitioning).toEqual({ type: "DAY", field: "as_of" });
    expect(table.clustering).toEqual(["province", "commune"]);
    expect([...table.partitions.keys()]).toEqual(["20241121"]);
    // One insert per table with its media, polled until DONE (the fake answers RUNNING once).
    expect(calls.of("BigQuery.Jobs.insert")).toBe(2);
    expect(calls.of("Utilities.newBlob")).toBe(2);
    expect(calls.of("BigQuery.Jobs.get")).toBe(4);
    expect(exportMessage(outcome)).toBe(
      `Đã xuất ${2 + 2 * indicators} dòng lên BigQuery (commune_day_khanh_hoa, indicator_day_khanh_hoa); ` +
        "xuất lại trong ngày sẽ thay thế, không cộng dồn.",
    );
  });

  it("a reload of the same day replaces the day's rows, never doubles them; another day adds its own partition", () => {
    exportRollup(ports(), summaries, ON);
    exportRollup(ports(), summaries, ON);
    expect(rowsOf("commune_day_khanh_hoa")).toHaveLength(2);
    expect(rowsOf("indicator_day_khanh_hoa")).toHaveLength(2 * indicators);
    // A commune gone from the list on a reload is gone from the day too.
    exportRollup(ports(), summaries.slice(1), ON);
    expect(rowsOf("commune_day_khanh_hoa").map((r) => r.commune)).toEqual(["Vạn Thạnh"]);
    exportRollup(ports(localDate(2024, 11, 22)), summaries, ON);
    expect(rowsOf("commune_day_khanh_hoa").map((r) => r.as_of)).toEqual(["2024-11-21", "2024-11-22", "2024-11-22"]);
  });

  it("another province's reload of the same day leaves this province's rows alone", () => {
    exportRollup(ports(), summaries, ON);
    exportRollup(ports(), summaries.slice(0, 1), { ...ON, provinceName: "Đắk Lắk" });
    exportRollup(ports(), summaries.slice(0, 1), { ...ON, provinceName: "Đắk Lắk" });
    expect(rowsOf("commune_day_khanh_hoa")).toHaveLength(2);
    expect(rowsOf("commune_day_dak_lak")).toHaveLength(1);
  });

  it("takes a column added to the schema on a table made before it (field addition on the partition)", () => {
    exportRollup(ports(), summaries, ON);
    const table = bigquery.table(PROJECT, DATASET, "commune_day_khanh_hoa")!;
    table.schema = table.schema.filter((f) => f.name !== "last_report_on");
    expect(exportRollup(ports(localDate(2024, 11, 22)), summaries, ON).kind).toBe("done");
    expect(table.schema.map((f) => f.name)).toContain("last_report_on");
  });

  it("the setting empty: no call at all", () => {
    expect(exportRollup(ports(), summaries, { ...ON, bigqueryExport: null })).toEqual({ kind: "off" });
    expect(calls.total()).toBe(0);
    expect(exportMessage({ kind: "off" })).toBeNull();
  });
});

describe("what BigQuery refuses, named in Vietnamese", () => {
  const failure = (settings: ExportSettings = ON) => exportMessage(exportRollup(ports(), summaries, settings));

  it("a missing dataset (the job's errorResult: notFound)", () => {
    expect(failure({ ...ON, bigqueryExport: { projectId: PROJECT, datasetId: "khong_co" } })).toBe(
      'Bảng commune_day_khanh_hoa: Chưa xuất BigQuery: dự án "cchc-quoc-gia" không có tập dữ liệu "khong_co". ' +
        "Hãy kiểm tra ô Xuất BigQuery.",
    );
    expect(calls.of("BigQuery.Jobs.insert")).toBe(1); // stops at the first table refused
  });

  it("a missing project (404 thrown by jobs.insert)", () => {
    expect(failure({ ...ON, bigqueryExport: { projectId: "du-an-khac", datasetId: DATASET } })).toContain(
      'không tìm thấy dự án "du-an-khac"',
    );
  });

  it("no permission: to run jobs in the project (403 thrown), or to write the dataset (accessDenied)", () => {
    const expected = 'tài khoản này không có quyền ghi vào "cchc-quoc-gia.tong_hop"';
    bigquery.projects.get(PROJECT)!.canCreateJobs = false;
    expect(failure()).toContain(expected);
    bigquery.projects.get(PROJECT)!.canCreateJobs = true;
    bigquery.projects.get(PROJECT)!.datasets.get(DATASET)!.writable = false;
    expect(failure()).toContain(expected);
    expect(rowsOf("commune_day_khanh_hoa")).toEqual([]);
  });

  it("a manifest without the bigquery scope, and an installation without the advanced service", () => {
    granted = new Set();
    expect(failure()).toContain("chưa cấp quyền BigQuery");
    delete g.BigQuery;
    expect(failure()).toContain("không có dịch vụ BigQuery");
  });

  it("a job still running after the last poll: bounded, counted, the job named; nothing claimed loaded", () => {
    bigquery.pollsToFinish = Infinity;
    const outcome = exportRollup(ports(), summaries, ON);
    expect(outcome.kind).toBe("failed");
    expect(calls.of("BigQuery.Jobs.get")).toBe(POLL_WAITS_MS.length);
    expect(calls.of("Utilities.sleep")).toBe(POLL_WAITS_MS.length);
    expect(sleptMs).toBe(POLL_WAITS_MS.reduce((a, b) => a + b, 0));
    expect(sleptMs).toBeLessThan(60_000); // well inside the run's 6 minutes
    expect(exportMessage(outcome)).toMatch(/^Bảng commune_day_khanh_hoa: BigQuery chưa nạp xong \(lệnh job_\w+\)/);
  });
});
