import { localDate } from "../../../src/core/dates/localDate";
import { render } from "../../../src/core/i18n/messages";
import { consolidate, duePeriod } from "../../../src/core/rollup/consolidate";
import { sheetId, sheetKey } from "../../../src/core/rollup/sources";
import { communeSummary, communeWithDone, failed, read, seedSummary, source } from "./communes";
import { REFERENCE_DATE } from "../../helpers";

describe("consolidate", () => {
  it("gives one row per commune read, with the seed's own figures", () => {
    const seed = seedSummary();
    const result = consolidate([read(source(2, "Đại Lãnh"), seed)], REFERENCE_DATE);
    expect(result.rows).toHaveLength(1);
    const row = result.rows[0];
    expect(row.tasks).toBe(seed.tasks);
    expect(row.overdue).toBe(seed.byStatus.overdue);
    expect(row.done).toBe(seed.byStatus.doneEarly + seed.byStatus.doneOnTime + seed.byStatus.doneLate);
    expect(row.doneRate).toBeCloseTo((row.done / seed.tasks) * 100);
    expect(row.indicatorsTotal).toBe(seed.indicators.length);
    expect(result.totals).toMatchObject({ listed: 1, distinct: 1, read: 1, notRead: 0, tasks: seed.tasks });
    // On 20/11/2024 the seed has nothing done yet: no rate to give, not 0%.
    expect([row.onTimeRate, result.totals.onTimeRate, result.totals.evidenceRate]).toEqual([null, null, null]);
  });

  it("names each commune not read by its row, in Vietnamese, by problem", () => {
    const result = consolidate(
      [
        failed(source(2, "Xã A"), { ok: false, problem: "unreachable" }),
        failed(source(3, "Xã B"), { ok: false, problem: "noAccess" }),
        failed(source(4, "Xã C"), { ok: false, problem: "noTab" }),
        failed(source(5, "Xã D", "không phải địa chỉ"), { ok: false, problem: "badUrl" }),
        failed(source(6, "Xã E"), { ok: false, problem: "noSchema" }),
        failed(source(7, "Xã G"), { ok: false, problem: "otherVersion", version: "par-summary/2" }),
        failed(source(8, "Xã H"), { ok: false, problem: "badField", field: "tasks", row: 8 }),
        failed(source(9, "Xã K"), { ok: false, problem: "badField", field: "asOf", row: null }),
      ],
      REFERENCE_DATE,
    );
    const texts = result.problems.map((p) => render(p.message));
    expect(texts[0]).toMatch(/^Dòng 2 \(Xã A\): không mở được/);
    expect(texts[1]).toContain("chưa chia sẻ quyền xem");
    expect(texts[2]).toContain('không có trang "Tổng hợp"');
    expect(texts[3]).toContain('"không phải địa chỉ" không phải địa chỉ của một bảng tính');
    expect(texts[4]).toContain('thiếu dòng "schema"');
    expect(texts[5]).toContain("phiên bản par-summary/2, công cụ đọc phiên bản par-summary/1");
    expect(texts[6]).toContain('ô "tasks" ở dòng 8');
    expect(texts[7]).toContain('thiếu dòng "asOf"');
    expect(result.rows).toHaveLength(0);
    expect(result.totals).toMatchObject({ read: 0, notRead: 8, onTimeRate: null, doneRate: null });
  });

  it("counts a sheet listed twice once, and says which row repeats which", () => {
    const url = "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit#gid=0";
    const same = "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit?usp=sharing";
    const result = consolidate(
      [read(source(5, "Vạn Thọ (lần 2)", same), seedSummary()), read(source(2, "Vạn Thọ", url), seedSummary())],
      REFERENCE_DATE,
    );
    expect(result.rows.map((r) => r.source.row)).toEqual([2]);
    expect(result.duplicates).toEqual([{ source: source(5, "Vạn Thọ (lần 2)", same), firstRow: 2 }]);
    expect(result.totals).toMatchObject({ listed: 2, distinct: 1, read: 1, tasks: seedSummary().tasks });
    expect(sheetKey(url)).toBe(sheetKey(same));
    expect(sheetKey("Xã A.xlsx")).toBe(sheetKey("xa a.xlsx"));
    expect(sheetId(url)).toBe("1AbCdEfGhIjKlMnOpQrStUv");
    expect(sheetId("https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUv/edit")).toBeNull();
    expect(sheetId("Đại Lãnh")).toBeNull();
  });

  it("ranks by on-time rate, then share done, then fewest overdue; equals share a rank, listed by name", () => {
    const result = consolidate(
      [
        read(source(2, "Xã Bình"), communeWithDone("Xã Bình", 4, 1)),
        read(source(3, "Xã An"), communeWithDone("Xã An", 4, 1)),
        read(source(4, "Xã Chưa"), communeSummary("Xã Chưa", { onTimeRate: null })),
        read(source(5, "Xã Đông"), communeWithDone("Xã Đông", 19, 1)),
        read(
          source(6, "Xã Ít quá hạn"),
          communeWithDone("Xã Ít quá hạn", 4, 1, 5, {
            byStatus: { ...communeWithDone("", 4, 1).byStatus, overdue: 3, onTrack: 23 },
          }),
        ),
        read(source(7, "Xã Nhiều xong"), communeWithDone("Xã Nhiều xong", 8, 2, 10)),
      ],
      REFERENCE_DATE,
    );
    expect(result.ranking.map((r) => [r.rank, r.row.source.name])).toEqual([
      [1, "Xã Đông"],
      [2, "Xã Nhiều xong"],
      [3, "Xã Ít quá hạn"],
      [4, "Xã An"],
      [4, "Xã Bình"],
      [6, "Xã Chưa"],
    ]);
  });

  it("finds the period due by the cut-off day", () => {
    expect(duePeriod(localDate(2024, 11, 19), 20)).toBe("2024-10");
    expect(duePeriod(localDate(2024, 11, 20), 20)).toBe("2024-11");
    expect(duePeriod(localDate(2025, 1, 5), 20)).toBe("2024-12");
    expect(duePeriod(localDate(2025, 1, 5), 5)).toBe("2025-01");
  });

  it("names the communes late with their report and by how many months", () => {
    const on = (period: string, day: number, month: number) => ({
      period,
      generatedOn: localDate(2024, month, day),
    });
    const result = consolidate(
      [
        read(source(2, "Đúng hạn"), communeSummary("Đúng hạn", { lastReport: on("2024-11", 20, 11) })),
        read(source(3, "Chậm một kỳ"), communeSummary("Chậm một kỳ", { lastReport: on("2024-10", 20, 10) })),
        read(source(4, "Chậm ba kỳ"), communeSummary("Chậm ba kỳ", { lastReport: on("2024-08", 21, 8) })),
        read(source(5, "Chưa báo cáo"), communeSummary("Chưa báo cáo", { lastReport: null })),
        read(source(6, "Quý"), communeSummary("Quý", { lastReport: on("2024-Q4", 20, 11) })),
      ],
      REFERENCE_DATE,
    );
    expect(result.duePeriod).toBe("2024-11");
    expect(result.lateReports.map((l) => [l.row.source.name, l.lastMonth, l.periodsLate])).toEqual([
      ["Chậm một kỳ", "2024-10", 1],
      ["Chậm ba kỳ", "2024-08", 3],
      ["Chưa báo cáo", null, 11],
    ]);
    expect(result.totals.lateReports).toBe(3);
  });

  it("names summaries older than the stale days", () => {
    const result = consolidate(
      [
        read(source(2, "Mới"), communeSummary("Mới", { asOf: localDate(2024, 11, 1) })),
        read(source(3, "Cũ"), communeSummary("Cũ", { asOf: localDate(2024, 9, 30) })),
      ],
      REFERENCE_DATE,
      { cutoffDay: 20, staleDays: 30 },
    );
    expect(result.stale.map((r) => [r.source.name, r.ageDays])).toEqual([["Cũ", 51]]);
    expect(result.totals.stale).toBe(1);
  });

  it("counts each indicator across the communes that track it", () => {
    const seed = seedSummary();
    const first = seed.indicators[0];
    const other = communeSummary("Xã B", {
      indicators: [
        { ...first, status: "notMet" },
        { ...first, id: "", name: "Chỉ số riêng", status: "noData" },
      ],
    });
    const result = consolidate([read(source(2, "Xã A"), seed), read(source(3, "Xã B"), other)], REFERENCE_DATE);
    const across = result.indicators.find((i) => i.id === first.id)!;
    expect(across.communes).toBe(2);
    expect(across.notMet).toBe(1 + (first.status === "notMet" ? 1 : 0));
    expect(result.indicators.find((i) => i.name === "Chỉ số riêng")).toMatchObject({ communes: 1, noData: 1 });
  });

  it("pools the province's rates over every task done, not an average of rates", () => {
    const big = communeWithDone("Lớn", 9, 1, 10);
    const small = communeWithDone("Nhỏ", 0, 2, 0);
    const result = consolidate([read(source(2, "Lớn"), big), read(source(3, "Nhỏ"), small)], REFERENCE_DATE);
    expect(result.rows.map((r) => [r.done, r.onTimeRate, r.evidenceRate])).toEqual([
      [10, 90, 100],
      [2, 0, 0],
    ]);
    expect(result.totals.onTimeRate).toBeCloseTo(75);
    expect(result.totals.evidenceRate).toBeCloseTo((10 / 12) * 100);
    expect(result.totals.doneRate).toBeCloseTo((12 / (2 * seedSummary().tasks)) * 100);
    expect(result.totals.overdue).toBe(2 * seedSummary().byStatus.overdue - 12);
  });
});
