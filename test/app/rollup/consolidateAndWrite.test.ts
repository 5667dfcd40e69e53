import { NO_WAREHOUSE } from "../../../src/memory/none";
import type { WarehouseLoad } from "../../../src/core/export/warehouse";

/** The loads a roll-up asked the warehouse for. */
const loads: WarehouseLoad[] = [];
beforeEach(() => (loads.length = 0));
import { consolidateAndWrite } from "../../../src/app/rollup/consolidateAndWrite";
import { readCommuneList } from "../../../src/app/rollup/list";
import { readRollupSettings, setupRollupWorkbook } from "../../../src/app/rollup/settings";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { communeWithDone, failed, read, seedSummary } from "../../core/rollup/communes";
import { REFERENCE_DATE } from "../../helpers";

const URL = (n: number) => `https://docs.google.com/spreadsheets/d/1commune-${n}-abcdefghijklmnop/edit`;

/** A roll-up workbook set up, with the list Sở Nội vụ typed. */
function rollupWorkbook(rows: readonly (readonly string[])[]) {
  const workbook = new MemoryWorkbook();
  setupRollupWorkbook(workbook);
  const list = workbook.sheet("Danh sách xã")!;
  rows.forEach((r, i) => r.forEach((v, c) => list.type(i + 2, c + 1, v)));
  const ports = {
    workbook,
    clock: { today: () => REFERENCE_DATE, timestamp: () => "2024-11-20 08:00:00" },
    user: { email: () => "snv@example.gov.vn" },
    warehouse: {
      load: (load: WarehouseLoad) => (
        loads.push(load),
        { ok: true as const, jobId: "j", state: "DONE" as const, rows: load.rows }
      ),
    },
  };
  return { workbook, list, ports };
}

const cells = (sheet: MemorySheet) => sheet.readValues();

function readingsOf(workbook: MemoryWorkbook) {
  const sources = readCommuneList(workbook)!.sources;
  const [a, b, c, d] = sources;
  return [
    read(a, communeWithDone("Đại Lãnh", 8, 2, 10)),
    read(b, communeWithDone("Vạn Thọ", 3, 3, 3, { lastReport: null })),
    failed(c, { ok: false, problem: "noAccess" }),
    read(d, seedSummary()),
  ];
}

describe("the roll-up workbook", () => {
  it("reads the list as typed: blank rows skipped, a row without a name named by its URL", () => {
    const { workbook } = rollupWorkbook([
      ["Đại Lãnh", URL(1)],
      ["", ""],
      ["", URL(3)],
      ["Vạn Phước", ""],
    ]);
    expect(readCommuneList(workbook)!.sources).toEqual([
      { row: 2, name: "Đại Lãnh", url: URL(1) },
      { row: 4, name: URL(3), url: URL(3) },
      { row: 5, name: "Vạn Phước", url: "" },
    ]);
  });

  it("writes the table, the ranking with its chart, the late, the indicators, the report and the log", () => {
    const { workbook, ports } = rollupWorkbook([
      ["Đại Lãnh", URL(1)],
      ["Vạn Thọ", URL(2)],
      ["Vạn Phước", URL(3)],
      ["Đại Lãnh (trùng)", URL(1) + "#gid=0"],
    ]);
    const outcome = consolidateAndWrite(ports, readingsOf(workbook), REFERENCE_DATE);
    expect(outcome.tabs).toEqual(["Tổng hợp các xã", "Xếp hạng", "Chậm báo cáo", "Chỉ số các xã", "Báo cáo tỉnh"]);
    const table = cells(workbook.sheet("Tổng hợp các xã")!);
    expect(table[0].slice(0, 6)).toEqual(["TT", "Xã, phường", "Kế hoạch", "Năm", "Số liệu ngày", "Số NV"]);
    expect(table.map((r) => r[1])).toEqual(["Xã, phường", "Đại Lãnh", "Vạn Thọ", "Toàn tỉnh"]);
    expect(table[3][5]).toBe(2 * seedSummary().tasks);

    const ranking = workbook.sheet("Xếp hạng")!;
    expect(
      cells(ranking)
        .slice(1, 3)
        .map((r) => r.slice(0, 4)),
    ).toEqual([
      [1, "Đại Lãnh", 80, 13],
      [2, "Vạn Thọ", 50, 7.8],
    ]);
    expect(ranking.chart).toMatchObject({ row: 1, col: 2, numRows: 3, numCols: 3 });

    const late = cells(workbook.sheet("Chậm báo cáo")!).map((r) => r.filter((v) => v !== null && v !== ""));
    expect(late).toContainEqual([1, "Đại Lãnh", "tháng 10 năm 2024", 1, 2]);
    expect(late).toContainEqual([2, "Vạn Thọ", "Chưa có", 11, 3]);
    expect(late.find((r) => r[0] === 4)?.[3]).toContain("chưa chia sẻ quyền xem");
    expect(late.flat()).toContain("Dòng 5 (Đại Lãnh (trùng)) trùng bảng tính với dòng 2: chỉ tính một lần.");

    const report = cells(workbook.sheet("Báo cáo tỉnh")!).map((r) => r[0]);
    expect(report.slice(0, 3)).toEqual(["UBND TỈNH", "SỞ NỘI VỤ", "Số:      /BC-SNV"]);
    expect(report).toContain("VI. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(outcome.html).toContain("Kính gửi: Ủy ban nhân dân tỉnh.");

    const log = cells(workbook.sheet("Nhật ký")!);
    expect(log[1].slice(1, 4)).toEqual([
      "snv@example.gov.vn",
      "Cập nhật tổng hợp",
      "Đã tổng hợp 2/3 bảng theo dõi; chưa tổng hợp được 1; 2 xã, phường chậm báo cáo.",
    ]);
  });

  it("writes only its own status column in the list, never what a person typed", () => {
    const { workbook, list, ports } = rollupWorkbook([
      ["Đại Lãnh", URL(1)],
      ["Vạn Thọ", URL(2)],
      ["Vạn Phước", URL(3)],
      ["Đại Lãnh (trùng)", URL(1)],
    ]);
    const typed = cells(list).map((r) => r.slice(0, 2));
    consolidateAndWrite(ports, readingsOf(workbook), REFERENCE_DATE);
    const after = cells(list);
    expect(after.map((r) => r.slice(0, 2))).toEqual(typed);
    expect(after.map((r) => r[2])).toEqual([
      "Tình trạng đọc",
      "Đã tổng hợp (số liệu ngày 20/11/2024)",
      "Đã tổng hợp (số liệu ngày 20/11/2024)",
      expect.stringContaining("chưa chia sẻ quyền xem"),
      "Trùng bảng tính với dòng 2: chỉ tính một lần",
    ]);
  });

  it("puts its status column after what a person added to the list, and finds it again", () => {
    const workbook = new MemoryWorkbook();
    const list = workbook.addSheet("Danh sách xã");
    [
      ["Xã", "Đường dẫn", "Ghi chú"],
      ["Đại Lãnh", URL(1), "đã gọi điện"],
      ["Vạn Thọ", URL(2)],
    ].forEach((r, i) => r.forEach((v, c) => list.type(i + 1, c + 1, v)));
    list.type(5, 4, "ô ai đó gõ");
    const ports = {
      workbook,
      clock: { today: () => REFERENCE_DATE, timestamp: () => "t" },
      user: { email: () => "" },
      warehouse: NO_WAREHOUSE,
    };
    const readings = readCommuneList(workbook)!.sources.map((s) => read(s, seedSummary()));
    consolidateAndWrite(ports, readings, REFERENCE_DATE);
    expect(list.readValues()[0]).toEqual(["Xã", "Đường dẫn", "Ghi chú", null, "Tình trạng đọc"]);
    expect(list.readValues()[4][3]).toBe("ô ai đó gõ");
    expect(readCommuneList(workbook)!.statusColumn).toBe(5);
    consolidateAndWrite(ports, readings, REFERENCE_DATE);
    expect(list.readValues()[0]).toEqual(["Xã", "Đường dẫn", "Ghi chú", null, "Tình trạng đọc"]);
  });

  it("takes its settings from its Cài đặt tab, and logs one typed wrong", () => {
    const { workbook, ports } = rollupWorkbook([["Đại Lãnh", URL(1)]]);
    const settings = workbook.sheet("Cài đặt")!;
    const rowOf = (key: string) => settings.readValues().findIndex((r) => r[0] === key) + 1;
    settings.type(rowOf("provinceName"), 2, "Khánh Hòa");
    settings.type(rowOf("cutoffDay"), 2, "31");
    expect(readRollupSettings(workbook).settings).toMatchObject({ provinceName: "Khánh Hòa", cutoffDay: 20 });
    const readings = readCommuneList(workbook)!.sources.map((s) => read(s, seedSummary()));
    const outcome = consolidateAndWrite(ports, readings, REFERENCE_DATE);
    expect(outcome.report.head.issuerTop).toBe("UBND TỈNH KHÁNH HÒA");
    expect(cells(workbook.sheet("Nhật ký")!).map((r) => r[3])).toContainEqual(
      expect.stringMatching(/^Cài đặt cutoffDay: .*31/),
    );
  });

  it("rewrites its tabs whole: a commune gone from the list leaves no row behind", () => {
    const { workbook, ports } = rollupWorkbook([
      ["Đại Lãnh", URL(1)],
      ["Vạn Thọ", URL(2)],
    ]);
    const sources = readCommuneList(workbook)!.sources;
    consolidateAndWrite(
      ports,
      sources.map((s) => read(s, seedSummary())),
      REFERENCE_DATE,
    );
    consolidateAndWrite(ports, [read(sources[0], seedSummary())], REFERENCE_DATE);
    expect(cells(workbook.sheet("Tổng hợp các xã")!).map((r) => r[1])).toEqual(["Xã, phường", "Đại Lãnh", "Toàn tỉnh"]);
    expect(workbook.sheet("Xếp hạng")!.chart).toMatchObject({ numRows: 2 });
  });

  it("exports a complete roll-up to BigQuery only when Xuất BigQuery is set, and logs what it answered", () => {
    const { workbook, ports } = rollupWorkbook([
      ["Đại Lãnh", URL(1)],
      ["Vạn Thọ", URL(2)],
    ]);
    const sources = readCommuneList(workbook)!.sources;
    const readings = [read(sources[0], seedSummary()), failed(sources[1], { ok: false, problem: "noAccess" })];
    expect(consolidateAndWrite(ports, readings, REFERENCE_DATE).exported).toBeNull();
    expect(loads).toHaveLength(0);

    const settings = workbook.sheet("Cài đặt")!;
    const rowOf = (key: string) => settings.readValues().findIndex((r) => r[0] === key) + 1;
    settings.type(rowOf("provinceName"), 2, "Khánh Hòa");
    settings.type(rowOf("bigqueryExport"), 2, "cchc-quoc-gia.tong_hop");
    const outcome = consolidateAndWrite(ports, readings, REFERENCE_DATE);
    // One load per table, the commune read only (the one not shared is not exported).
    expect(loads.map((l) => [l.table, l.rows])).toEqual([
      ["commune_day_khanh_hoa", 1],
      ["indicator_day_khanh_hoa", seedSummary().indicators.length],
    ]);
    expect(outcome.exported).toMatch(/^Đã xuất \d+ dòng lên BigQuery/);
    expect(cells(workbook.sheet("Nhật ký")!).map((r) => r[3])).toContain(outcome.exported);
  });

  it("in Node a roll-up asking for BigQuery is told it exports only from Sheets", () => {
    const { workbook, ports } = rollupWorkbook([["Đại Lãnh", URL(1)]]);
    const settings = workbook.sheet("Cài đặt")!;
    const rowOf = (key: string) => settings.readValues().findIndex((r) => r[0] === key) + 1;
    settings.type(rowOf("provinceName"), 2, "Khánh Hòa");
    settings.type(rowOf("bigqueryExport"), 2, "cchc-quoc-gia.tong_hop");
    const sources = readCommuneList(workbook)!.sources;
    const outcome = consolidateAndWrite(
      { ...ports, warehouse: NO_WAREHOUSE },
      [read(sources[0], seedSummary())],
      REFERENCE_DATE,
    );
    expect(outcome.exported).toMatch(/: Không xuất BigQuery: chỉ bảng tổng hợp của tỉnh trong Google Sheets/);
  });
});
