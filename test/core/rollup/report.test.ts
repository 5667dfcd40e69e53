import { localDate } from "../../../src/core/dates/localDate";
import { consolidate } from "../../../src/core/rollup/consolidate";
import { renderProvinceReportHtml } from "../../../src/core/rollup/html";
import { buildProvinceReport, namesList } from "../../../src/core/rollup/report";
import { parseRollupSettings } from "../../../src/core/rollup/settings";
import { communeWithDone, failed, read, seedSummary, source } from "./communes";
import { REFERENCE_DATE } from "../../helpers";

const rollup = () =>
  consolidate(
    [
      read(source(2, "Đại Lãnh"), communeWithDone("Đại Lãnh", 8, 2, 10)),
      read(source(3, "Vạn Thọ <b>"), communeWithDone("Vạn Thọ", 3, 3, 3, { lastReport: null })),
      failed(source(4, "Vạn Phước"), { ok: false, problem: "noAccess" }),
    ],
    REFERENCE_DATE,
  );

const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("the province's report", () => {
  it("is issued by Sở Nội vụ under UBND tỉnh, to UBND tỉnh, signed by the Director, by default", () => {
    const { settings } = parseRollupSettings({ provinceName: "Khánh Hòa", signerName: "Nguyễn Văn A" });
    const report = buildProvinceReport(rollup(), settings);
    expect(report.head).toMatchObject({
      issuerTop: "UBND TỈNH KHÁNH HÒA",
      issuer: "SỞ NỘI VỤ",
      number: "Số:      /BC-SNV",
      placeDate: "Khánh Hòa, ngày 20 tháng 11 năm 2024",
      addressee: "Ủy ban nhân dân tỉnh Khánh Hòa",
      signerTitle: ["GIÁM ĐỐC"],
      signerName: "Nguyễn Văn A",
    });
    expect(report.head.recipients).toEqual([
      "UBND tỉnh Khánh Hòa (b/c)",
      "Giám đốc, các Phó Giám đốc Sở",
      "Lưu: VT, CCHC",
    ]);
    const page = text(renderProvinceReportHtml(report));
    expect(page).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(page).toContain(
      "BÁO CÁO Tình hình thực hiện kế hoạch cải thiện Chỉ số CCHC, SIPAS của các xã, phường tháng 11 năm 2024",
    );
    expect(page).toContain("Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.");
    for (const heading of [
      "I. TÌNH HÌNH CHUNG",
      "II. KẾT QUẢ",
      "III. XẾP HẠNG",
      "IV. CÁC XÃ",
      "V. CÁC CHỈ SỐ",
      "VI. ĐỀ XUẤT",
    ])
      expect(page).toContain(heading);
    expect(page).toContain("Nơi nhận:");
  });

  it("takes what Sở Nội vụ typed: place, number, signer lines, recipients", () => {
    const { settings } = parseRollupSettings({
      provinceName: "thành phố Huế",
      place: "Huế",
      reportNumber: "Số: 123/BC-SNV",
      signerTitle: "KT. GIÁM ĐỐC; PHÓ GIÁM ĐỐC",
      recipients: "UBND thành phố (b/c); Lưu: VT",
    });
    const head = buildProvinceReport(rollup(), settings).head;
    expect(head).toMatchObject({
      issuerTop: "UBND THÀNH PHỐ HUẾ",
      placeDate: "Huế, ngày 20 tháng 11 năm 2024",
      number: "Số: 123/BC-SNV",
      addressee: "Ủy ban nhân dân thành phố Huế",
      signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      recipients: ["UBND thành phố (b/c)", "Lưu: VT"],
    });
  });

  it("reports the totals, each commune, the ranking, the late and the unread, and proposes from them", () => {
    const { settings } = parseRollupSettings({ provinceName: "Khánh Hòa" });
    const html = renderProvinceReportHtml(buildProvinceReport(rollup(), settings));
    const page = text(html);
    const tasks = 2 * seedSummary().tasks;
    expect(page).toContain(`tổng hợp được 2 bảng, chưa tổng hợp được 1 bảng`);
    expect(page).toContain(`có ${tasks} nhiệm vụ; đã hoàn thành 16 nhiệm vụ`);
    expect(page).toContain("Toàn tỉnh");
    // Ranked: Đại Lãnh 80% on time before Vạn Thọ 50%.
    expect(page).toMatch(/Hạng .* 1 Đại Lãnh 80% .* 2 Vạn Thọ &lt;b&gt; 50%/);
    expect(page).toContain("Vạn Thọ &lt;b&gt; Chưa có 11");
    expect(page).toContain("chưa chia sẻ quyền xem");
    expect(page).toContain("tập trung hoàn thành dứt điểm");
    expect(page).toContain("Đôn đốc các xã, phường chậm báo cáo (Đại Lãnh, Vạn Thọ &lt;b&gt;)");
    expect(html).not.toContain("Vạn Thọ <b>");
  });

  it("names a long list by its first five and how many more", () => {
    expect(namesList(["A", "B", "C", "D", "E", "G", "H"])).toBe("A, B, C, D, E và 2 xã, phường khác");
    expect(namesList(["A", "B"])).toBe("A, B");
  });

  it("is dated the roll-up's day, for the month due then", () => {
    const result = consolidate([read(source(2, "Đại Lãnh"), seedSummary())], localDate(2024, 11, 19));
    expect(buildProvinceReport(result, parseRollupSettings({}).settings).periodLabel).toBe("tháng 10 năm 2024");
  });
});
