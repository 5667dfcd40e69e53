import { generateReport } from "../../../src/app/commands/generateReport";
import { refreshAll } from "../../../src/app/commands/refresh";
import { setup } from "../../../src/app/commands/setup";
import { checkSummary } from "../../../src/app/read/checkSummary";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { SETTINGS_TAB } from "../../../src/core/workbook/layout";
import type { MemorySheet, MemoryWorkbook } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

/** The recipients setup wrote before the levels: every sheet set up then still has them typed. */
const OLD_RECIPIENTS = "Phòng Nội vụ huyện (b/c); Thường trực Đảng ủy xã (b/c); Chủ tịch, các PCT UBND xã; Lưu: VT, VP";
const LEVEL_KEYS = ["signerOrg", "signerTitle", "reportLevel", "provinceName", "districtName", "reportSalutation"];
const NOV_2025 = localDate(2025, 11, 20);

type Ports = ReturnType<typeof seededPorts>;
const settingsSheet = (p: { workbook: MemoryWorkbook }) => p.workbook.sheet(t(SETTINGS_TAB.name)) as MemorySheet;
const settingRow = (p: Ports, key: string) =>
  settingsSheet(p)
    .readValues()
    .findIndex((r) => r[0] === key) + 1;
const typeSetting = (p: Ports, key: string, value: string) => settingsSheet(p).type(settingRow(p, key), 2, value);

/** The seed as a 2025 plan, on 20/11/2025, its province named. */
function seed2025(province = "Khánh Hòa"): Ports {
  const p = seededPorts(NOV_2025);
  typeSetting(p, "planYear", "2025");
  typeSetting(p, "provinceName", province);
  return p;
}

/** A sheet set up before the levels: no row for the new settings, the district's recipients typed. */
function oldSheet(p: Ports): void {
  const sheet = settingsSheet(p);
  const rows = sheet.readValues().filter((r) => !LEVEL_KEYS.includes(String(r[0])));
  for (const r of rows) if (r[0] === "reportRecipients") r[1] = OLD_RECIPIENTS;
  sheet.clear();
  sheet.writeValues(1, 1, rows);
}

/** The report tab's foot: "Nơi nhận:" and what follows it, column by column. */
function foot(p: Ports, tabName: string): { left: string[]; right: string[] } {
  const grid = (p.workbook.sheet(tabName) as MemorySheet).readValues();
  const rows = grid.slice(grid.findIndex((r) => r[0] === t("report.recipients")));
  return { left: rows.map((r) => String(r[0] ?? "")), right: rows.map((r) => String(r[3] ?? "")) };
}

describe("the level a report goes to, in the report, its tab and its answer", () => {
  test("the seed's 2024 report keeps its district wording, in the HTML and in the tab", () => {
    const p = seededPorts();
    const { html, tabName, lines, report } = generateReport(p, "2024-11");
    expect(report.settings.level.level).toBe("district");
    expect(html).toContain("<div>- Phòng Nội vụ huyện (b/c)</div><div>- Thường trực Đảng ủy xã (b/c)</div>");
    expect(html).toContain('TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<div class="name">Nguyễn Lê Ngọc Toàn</div>');
    expect(html).not.toContain("Sở Nội vụ");
    expect(foot(p, tabName)).toEqual({
      left: [
        "Nơi nhận:",
        "- Phòng Nội vụ huyện (b/c)",
        "- Thường trực Đảng ủy xã (b/c)",
        "- Chủ tịch, các PCT UBND xã",
        "- Lưu: VT, VP",
      ],
      right: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Lê Ngọc Toàn", ""],
    });
    expect(lines).toHaveLength(1); // the report made; nothing to warn of
  });

  test("the seed as a 2025 plan: a report dated after 1/7/2025 goes to Sở Nội vụ and UBND tỉnh", () => {
    const p = seed2025();
    const { html, tabName, report } = generateReport(p, "2025-11");
    expect(report.cutoff).toEqual(NOV_2025);
    expect(report.settings.level).toMatchObject({ level: "province", salutation: "Sở Nội vụ tỉnh Khánh Hòa" });
    expect(html).toContain("<div>- Sở Nội vụ tỉnh Khánh Hòa (b/c)</div><div>- UBND tỉnh Khánh Hòa (b/c)</div>");
    expect(html.slice(html.indexOf('<table class="foot">'))).not.toMatch(/huyện/i); // (tasks may name one)
    expect(foot(p, tabName).left.slice(0, 3)).toEqual([
      "Nơi nhận:",
      "- Sở Nội vụ tỉnh Khánh Hòa (b/c)",
      "- UBND tỉnh Khánh Hòa (b/c)",
    ]);
  });

  test("one sheet, two levels: each report by its own date, 30/6/2025 the district, July the province", () => {
    const p = seed2025();
    const level = (period: string) => generateReport(p, period).report.settings.level.homeAffairs;
    expect(level("2025-H1")).toBe("Phòng Nội vụ huyện"); // dated 30/6/2025
    expect(level("2025-06")).toBe("Phòng Nội vụ huyện"); // dated 20/6/2025
    expect(level("2025-07")).toBe("Sở Nội vụ tỉnh Khánh Hòa"); // dated 20/7/2025
    typeSetting(p, "reportLevel", "HUYỆN");
    typeSetting(p, "districtName", "Vạn Ninh");
    expect(level("2025-11")).toBe("Phòng Nội vụ huyện Vạn Ninh"); // the level chosen wins over the date
  });

  test("typed words win: recipients, KHÔNG for none, the org line and a deputy's two-line title", () => {
    const p = seed2025();
    typeSetting(p, "reportRecipients", "Sở Nội vụ (b/c); Lưu: VT");
    typeSetting(p, "signerOrg", "TM. ỦY BAN NHÂN DÂN XÃ");
    typeSetting(p, "signerTitle", "KT. CHỦ TỊCH; PHÓ CHỦ TỊCH");
    typeSetting(p, "signerName", "Trần Văn B");
    const { html, tabName } = generateReport(p, "2025-11");
    expect(html).toContain("<b>Nơi nhận:</b><div>- Sở Nội vụ (b/c)</div><div>- Lưu: VT</div></td>");
    expect(html).toContain('TM. ỦY BAN NHÂN DÂN XÃ<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<div class="name">Trần Văn B</div>');
    expect(foot(p, tabName).right).toEqual([
      "TM. ỦY BAN NHÂN DÂN XÃ",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "",
      "Trần Văn B",
    ]);
    typeSetting(p, "reportRecipients", "KHÔNG");
    expect(generateReport(p, "2025-11").html).toContain("<b>Nơi nhận:</b></td>");
  });
});

describe("a sheet set up before the levels", () => {
  test("setup adds the new rows, keeps every value typed, and the 2024 report reads as before", () => {
    const p = seededPorts();
    const before = generateReport(p, "2024-11").html;
    oldSheet(p);
    const typed = settingsSheet(p).readValues();
    const { settingsAdded } = setup(p);
    expect(settingsAdded).toEqual(LEVEL_KEYS);
    expect(settingsSheet(p).readValues().slice(0, typed.length)).toEqual(typed);
    expect(settingsSheet(p).get(settingRow(p, "reportLevel"), 2)).toBe("TỰ ĐỘNG");
    const after = generateReport(p, "2024-11");
    expect(after.html).toBe(before);
    expect(after.lines).toHaveLength(1);
  });

  test("recipients still naming the district in a report to the province: warned by row and column, never rewritten", () => {
    const p = seed2025();
    oldSheet(p);
    setup(p);
    typeSetting(p, "provinceName", "Khánh Hòa");
    const row = settingRow(p, "reportRecipients");
    const settingsBefore = settingsSheet(p).readValues();
    const { html, lines } = generateReport(p, "2025-11");
    expect(html).toContain("<div>- Phòng Nội vụ huyện (b/c)</div>"); // what was typed is what is printed
    const warning =
      `Trang "Cài đặt", dòng ${row}, cột "Giá trị" (reportRecipients): còn ghi cấp huyện ("Phòng Nội vụ huyện (b/c)") ` +
      "nhưng báo cáo đề ngày 20/11/2025 gửi cấp tỉnh (từ 01/07/2025 không còn cấp huyện). Hãy sửa ô này, hoặc xóa " +
      "trống để dùng mặc định: Sở Nội vụ tỉnh Khánh Hòa (b/c); UBND tỉnh Khánh Hòa (b/c); Thường trực Đảng ủy xã (b/c); " +
      "Chủ tịch, các PCT UBND xã; Lưu: VT, VP. Ô này không được tự sửa.";
    expect(lines).toEqual([expect.stringMatching(/^Đã tạo báo cáo/), warning]);
    const log = (p.workbook.sheet(t("tab.log")) as MemorySheet).readValues().map((r) => String(r[3]));
    expect(log).toContain(warning);

    // "Kiểm tra dữ liệu" says it too, counted with the settings, and writes nothing in Cài đặt.
    const check = checkSummary(refreshAll(p, NOV_2025, t("log.check")), 8);
    expect(check).toContain(`• ${warning}`);
    expect(check).toContain(t("check.kindLine", { kind: t("problemKind.settings"), count: 1 }));
    expect(settingsSheet(p).readValues()).toEqual(settingsBefore);

    // A report dated before 1/7/2025 from the same sheet goes to the district: nothing to warn of.
    expect(generateReport(p, "2025-06").lines).toHaveLength(1);
    // Emptied, the cell gives the province's list, and the warning is gone.
    typeSetting(p, "reportRecipients", "");
    const fixed = generateReport(p, "2025-11");
    expect(fixed.lines).toHaveLength(1);
    expect(fixed.html).toContain("<div>- Sở Nội vụ tỉnh Khánh Hòa (b/c)</div>");
  });

  test("a salutation typed for the district is warned of the same way; one chosen as HUYỆN is not", () => {
    const p = seed2025();
    typeSetting(p, "reportSalutation", "Phòng Nội vụ huyện Vạn Ninh");
    const [, warning] = generateReport(p, "2025-11").lines;
    expect(warning).toContain(`dòng ${settingRow(p, "reportSalutation")}, cột "Giá trị" (reportSalutation)`);
    expect(warning).toContain("dùng mặc định: Sở Nội vụ tỉnh Khánh Hòa.");
    typeSetting(p, "reportLevel", "HUYỆN");
    expect(generateReport(p, "2025-11").lines).toHaveLength(1);
  });
});
