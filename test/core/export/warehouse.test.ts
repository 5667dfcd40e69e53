import { localDate } from "../../../src/core/dates/localDate";
import {
  BIGQUERY_EXPORT_SETTING,
  COMMUNE_DAY_SCHEMA,
  INDICATOR_DAY_SCHEMA,
  communeDayRow,
  indicatorDayRows,
  loadConfiguration,
  parseWarehouseTarget,
  provinceSlug,
  toNdjson,
  warehouseLoads,
  type TableSchema,
  type WarehouseRow,
} from "../../../src/core/export/warehouse";
import { STATUSES } from "../../../src/core/status/statuses";
import { seedSummary } from "./seedSummary";

const DAY = localDate(2024, 11, 21);
const TARGET = { projectId: "cchc-quoc-gia", datasetId: "tong_hop" };
const summary = seedSummary();

/** Every key of the row is a field of the schema, and every REQUIRED field has a value. */
function fitsSchema(row: WarehouseRow, schema: TableSchema): boolean {
  const names = new Set(schema.fields.map((f) => f.name));
  return (
    Object.keys(row).every((k) => names.has(k)) &&
    schema.fields.every((f) => f.mode !== "REQUIRED" || (row[f.name] !== undefined && row[f.name] !== null))
  );
}

describe("the warehouse's rows from the seed's summary", () => {
  it("one commune_day row: the roll-up's day as the partition, the commune's own day kept, every status counted", () => {
    const row = communeDayRow(summary, "Khánh Hòa", DAY);
    expect(row).toMatchObject({
      as_of: "2024-11-21",
      province: "Khánh Hòa",
      commune: "Đại Lãnh",
      summary_as_of: "2024-11-20",
      year: 2024,
      tasks: 77,
      status_overdue: 19,
      status_waiting_event: 2,
      on_time_rate: null,
      last_report_on: null,
    });
    const statusSum = STATUSES.reduce(
      (n, s) => n + Number(row[`status_${s.key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`]),
      0,
    );
    expect(statusSum).toBe(77);
    expect(row.overdue_task_ids).toHaveLength(19);
    expect(fitsSchema(row, COMMUNE_DAY_SCHEMA)).toBe(true);
  });

  it("one indicator_day row per indicator of the plan, each fitting its schema", () => {
    const rows = indicatorDayRows(summary, "Khánh Hòa", DAY);
    expect(rows).toHaveLength(summary.indicators.length);
    expect(rows.length).toBeGreaterThan(40);
    expect(rows[0]).toMatchObject({
      as_of: "2024-11-21",
      commune: "Đại Lãnh",
      indicator_id: "A.I.1#1",
      target: 100,
      status: "noData",
    });
    expect(rows.every((r) => fitsSchema(r, INDICATOR_DAY_SCHEMA))).toBe(true);
  });

  it("a schema BigQuery reads: name, type, mode for every field, a column per status, names SQL takes as they are", () => {
    for (const schema of [COMMUNE_DAY_SCHEMA, INDICATOR_DAY_SCHEMA]) {
      for (const f of schema.fields) {
        expect(Object.keys(f).sort()).toEqual(["mode", "name", "type"]);
        expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(["STRING", "INTEGER", "FLOAT", "DATE"]).toContain(f.type);
      }
      expect(new Set(schema.fields.map((f) => f.name)).size).toBe(schema.fields.length);
      expect(schema.fields.slice(0, 3).map((f) => f.name)).toEqual(["as_of", "province", "commune"]);
    }
    expect(COMMUNE_DAY_SCHEMA.fields.filter((f) => f.name.startsWith("status_"))).toHaveLength(STATUSES.length);
  });

  it("NDJSON: one line a row, Vietnamese kept, read back whole", () => {
    const rows = indicatorDayRows(summary, "Khánh Hòa", DAY);
    const lines = toNdjson(rows).split("\n");
    expect(lines).toHaveLength(rows.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
    expect(lines[0]).toContain("nhiệm vụ");
  });
});

describe("the load job's configuration", () => {
  it("names exactly the fields of JobConfigurationLoad: the day's partition through its decorator, replaced", () => {
    expect(loadConfiguration(TARGET, "commune_day_khanh_hoa", COMMUNE_DAY_SCHEMA, DAY)).toEqual({
      destinationTable: {
        projectId: "cchc-quoc-gia",
        datasetId: "tong_hop",
        tableId: "commune_day_khanh_hoa$20241121",
      },
      sourceFormat: "NEWLINE_DELIMITED_JSON",
      writeDisposition: "WRITE_TRUNCATE",
      createDisposition: "CREATE_IF_NEEDED",
      schema: COMMUNE_DAY_SCHEMA,
      timePartitioning: { type: "DAY", field: "as_of" },
      clustering: { fields: ["province", "commune"] },
      schemaUpdateOptions: ["ALLOW_FIELD_ADDITION"],
    });
  });

  it("a complete roll-up is two loads, the province's own tables; a province without a name is named, not loaded", () => {
    const planned = warehouseLoads(TARGET, "Khánh Hòa", [summary, seedSummary("Vạn Thạnh")], DAY);
    expect(planned.ok && planned.loads.map((l) => [l.table, l.rows])).toEqual([
      ["commune_day_khanh_hoa", 2],
      ["indicator_day_khanh_hoa", 2 * summary.indicators.length],
    ]);
    expect(warehouseLoads(TARGET, "  ", [summary], DAY)).toEqual({ ok: false, error: { key: "warehouse.noProvince" } });
  });

  it("the province's part of a table name: letters, digits and _ only", () => {
    expect(provinceSlug("Khánh Hòa")).toBe("khanh_hoa");
    expect(provinceSlug("thành phố Huế")).toBe("thanh_pho_hue");
    expect(provinceSlug("Đắk Lắk")).toBe("dak_lak");
  });
});

describe("the setting Xuất BigQuery", () => {
  it("reads project.dataset, empty as off, anything else as a wrong value with its message", () => {
    const read = (text: string) => BIGQUERY_EXPORT_SETTING.schema.safeParse(text);
    expect(read("")).toMatchObject({ success: true, data: null });
    expect(read("cchc-quoc-gia.tong_hop")).toMatchObject({ success: true, data: TARGET });
    for (const bad of ["tong_hop", "CCHC.tong_hop", "cchc-quoc-gia.tổng_hợp", "a.b", "cchc-quoc-gia-.x"]) {
      const result = read(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe("settings.badBigqueryTarget");
    }
    expect(parseWarehouseTarget(" cchc-quoc-gia.tong_hop ")).toEqual(TARGET);
  });
});
