import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { summaryGrid } from "../../src/core/summary/grid";
import type { CommuneSummary } from "../../src/core/summary/schema";
import { writeXlsx } from "../../src/node/xlsx";
import type { CellValue } from "../../src/ports";
import { communeWithDone, seedSummary } from "../core/rollup/communes";
import { ROOT, seededPorts } from "../helpers";

const CLI = join(ROOT, "dist", "cli", "cli.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });

/** A commune's workbook as `npm start` writes it (the seed imported), with its summary tab, or without. */
async function communeFile(dir: string, file: string, summary: CommuneSummary | null, edit = (g: CellValue[][]) => g) {
  const { workbook } = seededPorts();
  // Setup made the tab: the test writes the summary it wants over it, or takes the tab away.
  const tab = workbook.sheet("Tổng hợp")!;
  tab.clear();
  if (summary) tab.writeValues(1, 1, edit(summaryGrid(summary)));
  else
    workbook.sheets.splice(
      workbook.sheets.findIndex((s) => s.name === "Tổng hợp"),
      1,
    );
  await writeXlsx(workbook, join(dir, file));
}

let dir = "";
let out = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rollup-in-"));
  out = mkdtempSync(join(tmpdir(), "rollup-out-"));
  await communeFile(dir, "dai-lanh.xlsx", communeWithDone("Đại Lãnh", 8, 2, 10));
  await communeFile(dir, "van-tho.xlsx", communeWithDone("Vạn Thọ", 3, 3, 3, { lastReport: null }));
  await communeFile(dir, "van-thang.xlsx", seedSummary());
  await communeFile(dir, "ban-cu.xlsx", seedSummary(), (g) =>
    g.map((r) => (r[0] === "schema" ? [r[0], r[1], "par-summary/0"] : r)),
  );
  await communeFile(dir, "chua-co-tong-hop.xlsx", null);
  writeFileSync(join(dir, "hong.xlsx"), "not a zip at all");
  writeFileSync(join(dir, "ghi-chu.txt"), "danh sách gọi điện");
}, 60000);

describe("cli rollup", () => {
  it("--json: reads the good workbooks, names the others, never stops", () => {
    const r = run("rollup", dir, "--today", "2024-11-20", "--out", out, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.totals).toMatchObject({ listed: 7, distinct: 7, read: 3, notRead: 4, tasks: 3 * seedSummary().tasks });
    expect(doc.communes.map((c: { file: string }) => c.file)).toEqual([
      "dai-lanh.xlsx",
      "van-thang.xlsx",
      "van-tho.xlsx",
    ]);
    expect(Object.fromEntries(doc.problems.map((p: { file: string; problem: string }) => [p.file, p.problem]))).toEqual(
      {
        "ban-cu.xlsx": "otherVersion",
        "chua-co-tong-hop.xlsx": "noTab",
        "ghi-chu.txt": "badUrl",
        "hong.xlsx": "unreachable",
      },
    );
    expect(doc.problems.find((p: { file: string }) => p.file === "ban-cu.xlsx").message).toContain("par-summary/0");
    expect(doc.ranking[0]).toEqual({ rank: 1, name: "dai-lanh" });
    expect(doc.lateReports.map((l: { name: string }) => l.name)).toEqual(["dai-lanh", "van-thang", "van-tho"]);
  });

  it("writes the roll-up workbook with the same tabs and the province's report", async () => {
    const r = run("rollup", dir, "--today", "2024-11-20", "--out", out, "--province", "Khánh Hòa");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Tổng hợp 3/7 bảng theo dõi");
    expect(r.stdout).toContain('không có trang "Tổng hợp"');
    expect(r.stdout).toMatch(/Xếp hạng: 1\. dai-lanh, 2\. van-tho, 3\. van-thang/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "rollup", "tong-hop-tinh.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Danh sách xã",
      "Cài đặt",
      "Tổng hợp các xã",
      "Xếp hạng",
      "Chậm báo cáo",
      "Chỉ số các xã",
      "Báo cáo tỉnh",
      "Nhật ký",
    ]);
    const list = wb.getWorksheet("Danh sách xã")!;
    expect(list.getCell(2, 2).value).toBe("ban-cu.xlsx");
    expect(String(list.getCell(2, 3).value)).toContain("phiên bản par-summary/0");
    const html = readFileSync(join(out, "rollup", "bao-cao-tinh-2024-11.html"), "utf8");
    expect(html).toContain("UBND TỈNH KHÁNH HÒA");
    expect(html).toContain("Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.");
  });

  it("exits 1 with a message for a folder that is not there", () => {
    const r = run("rollup", join(dir, "khong-co"), "--today", "2024-11-20", "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Không có thư mục");
    expect(existsSync(join(dir, "khong-co"))).toBe(false);
  });
});
