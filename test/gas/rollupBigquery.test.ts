/**
 * The roll-up's export to BigQuery through the built bundle, as a province installs it: the
 * variant dist/rollup-bigquery (the same Code.js, a manifest with the advanced service and its
 * scope) exports each complete roll-up into the fake BigQuery; the plain roll-up is never given
 * the service and says so when its settings ask for an export.
 */
import { addCommune, rollupRuntime, typeList, communeUrl } from "./rollupFixtures";
import { manifest, type Runtime } from "./runtime";

const G = "https://www.googleapis.com/auth/";
const lastDialog = (runtime: Runtime) => runtime.ui.dialogs.at(-1)?.message ?? "";

/** Three communes listed and shared, the roll-up set up, and its settings typed as Sở Nội vụ would. */
function province(bigquery: boolean, exportTo: string) {
  const { runtime, g } = rollupRuntime({ bigquery });
  for (const n of [1, 2, 3]) addCommune(runtime, n);
  g.menuRollupSetup();
  typeList(
    runtime,
    [1, 2, 3].map((n) => [`Xã ${n}`, communeUrl(n)] as const),
  );
  const settings = runtime.spreadsheet.tab("Cài đặt");
  const rowOf = (key: string) => settings.grid().findIndex((r) => r[0] === key) + 1;
  settings.type(rowOf("provinceName"), 2, "Khánh Hòa");
  settings.type(rowOf("bigqueryExport"), 2, exportTo);
  return { runtime, g };
}

describe("the roll-up's export to BigQuery", () => {
  test("only the BigQuery build asks for BigQuery: the advanced service and one scope more", () => {
    const plain = manifest("rollup");
    const variant = manifest("rollup-bigquery");
    expect(variant.oauthScopes).toEqual([...plain.oauthScopes!, `${G}bigquery`]);
    expect(variant.dependencies?.enabledAdvancedServices).toEqual([
      ...plain.dependencies!.enabledAdvancedServices!,
      { userSymbol: "BigQuery", serviceId: "bigquery", version: "v2" },
    ]);
    expect(plain.dependencies?.enabledAdvancedServices?.map((s) => s.serviceId)).toEqual(["drive"]);
  });

  test("a complete roll-up is loaded into the day's partition; a second one the same day replaces it", () => {
    const { runtime, g } = province(true, "cchc-quoc-gia.tong_hop");
    runtime.bigquery.addDataset("cchc-quoc-gia", "tong_hop");
    g.menuRollupUpdate();
    expect(lastDialog(runtime)).toMatch(
      /Đã xuất \d+ dòng lên BigQuery \(commune_day_khanh_hoa, indicator_day_khanh_hoa\)/,
    );
    const rows = () => runtime.bigquery.rows("cchc-quoc-gia", "tong_hop", "commune_day_khanh_hoa");
    expect(rows()).toHaveLength(3);
    g.menuRollupUpdate();
    expect(rows()).toHaveLength(3);
    expect(runtime.spreadsheet.tab("Nhật ký").grid().flat().join("\n")).toMatch(/Đã xuất \d+ dòng lên BigQuery/);
  });

  test("a dataset that is not there is named in Vietnamese; the roll-up's tabs are written all the same", () => {
    const { runtime, g } = province(true, "cchc-quoc-gia.khong_co");
    runtime.bigquery.addDataset("cchc-quoc-gia", "tong_hop");
    g.menuRollupUpdate();
    expect(lastDialog(runtime)).toMatch(/^Đã đọc xong 3 xã/);
    expect(lastDialog(runtime)).toMatch(/Bảng commune_day_khanh_hoa: .*khong_co/);
    expect(runtime.spreadsheet.tab("Tổng hợp các xã").grid().length).toBeGreaterThan(3);
  });

  test("the plain roll-up has no BigQuery: asked to export, it says which build to install, and calls nothing", () => {
    const { runtime, g } = province(false, "cchc-quoc-gia.tong_hop");
    g.menuRollupUpdate();
    expect(lastDialog(runtime)).toMatch(/bản cài đặt này không có dịch vụ BigQuery/);
    expect(Object.keys(runtime.calls.snapshot()).some((k) => k.startsWith("BigQuery"))).toBe(false);
  });

  test("with Xuất BigQuery empty the BigQuery build makes no BigQuery call", () => {
    const { runtime, g } = province(true, "");
    g.menuRollupUpdate();
    expect(lastDialog(runtime)).not.toMatch(/BigQuery/);
    expect(Object.keys(runtime.calls.snapshot()).some((k) => k.startsWith("BigQuery"))).toBe(false);
  });
});
