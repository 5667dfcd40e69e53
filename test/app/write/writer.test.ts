import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { setup } from "../../../src/app/commands/setup";
import { openTab } from "../../../src/app/write/structure";
import { writeSetting } from "../../../src/app/write/settings";
import {
  appendRows,
  writeBackgrounds,
  writeCell,
  writeCells,
  writeColumns,
  WriteRefused,
} from "../../../src/app/write/writer";
import { refreshAll } from "../../../src/app/commands/refresh";
import { t } from "../../../src/core/i18n/messages";
import { legendLines } from "../../../src/core/workbook/colours";
import { COMPLETIONS_TAB, PLAN_TAB, SETTINGS_TAB } from "../../../src/core/workbook/layout";
import type { MemorySheet } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

const col = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;

/** The plan tab as a command holds it, with a snapshot of its values to check nothing was written. */
function planTab() {
  const ports = seededPorts();
  const plan = setup(ports, {}, false, "use").tabs.plan;
  const sheet = plan.sheet as MemorySheet;
  return { ports, plan, sheet, before: JSON.stringify(sheet.readValues()) };
}

describe("the one writer refuses the columns the product does not own", () => {
  test("a person's column in a row that exists: refused by name, nothing written", () => {
    const { plan, sheet, before } = planTab();
    expect(() => writeCells(plan, 5, col("owner"), [["Anh Minh"]])).toThrow(WriteRefused);
    expect(() => writeCells(plan, 5, col("owner"), [["Anh Minh"]])).toThrow(
      `Lỗi nội bộ: tiện ích định ghi vào ô K5 của trang "Kế hoạch", thuộc cột "Người phụ trách" do người nhập. ` +
        "Tiện ích dừng trước khi ghi ô đó; hãy báo cho người bảo trì.",
    );
    // A block that only crosses a person's column is refused as a whole.
    expect(() => writeCells(plan, 2, col("support"), [["x", "y"]])).toThrow(WriteRefused);
    expect(JSON.stringify(sheet.readValues())).toBe(before);
  });

  test("an officer's own column, a column whose header is not the product's, the header row: refused", () => {
    const { ports, sheet } = planTab();
    // An officer adds a column of their own, and renames the computed "Tình trạng" column.
    const width = sheet.readValues()[0].length;
    sheet.type(1, width + 1, "Ghi chú riêng");
    sheet.type(1, col("status"), "Tình trạng (cũ)");
    const plan = openTab(ports.workbook, PLAN_TAB, false, "setup");
    const before = JSON.stringify(sheet.readValues());
    expect(() => writeCells(plan, 3, width + 1, [["x"]])).toThrow(WriteRefused);
    expect(() => writeCells(plan, 3, col("status"), [["x"]])).toThrow(
      /ô Q3 của trang "Kế hoạch", nằm ngoài các cột mang tiêu đề của tiện ích/,
    );
    expect(() => writeCells(plan, 1, plan.columns.get("nextDue")!, [["x"]])).toThrow(WriteRefused);
    expect(() => writeBackgrounds(plan, 3, col("owner"), [["#ff0000"]])).toThrow(WriteRefused);
    expect(JSON.stringify(sheet.readValues())).toBe(before);
    // The status column the product now writes is the one it added under its own header.
    expect(plan.columns.get("status")).toBe(width + 2);
  });

  test("the product's own columns, and new rows, are written", () => {
    const { plan, sheet } = planTab();
    writeCells(plan, 3, col("status"), [["Quá hạn", null]]);
    expect(sheet.get(3, col("status"))).toBe("Quá hạn");
    writeColumns(plan, ["status", "check", "id"], 2, 2, (i, key) => `${key}${i}`);
    expect([sheet.get(2, col("id")), sheet.get(3, col("check"))]).toEqual(["id0", "check1"]);
    const rows = plan.values.length;
    appendRows(plan, [{ id: "Z.1", owner: "Anh Minh" }]);
    expect([sheet.get(rows + 1, col("id")), sheet.get(rows + 1, col("owner"))]).toEqual(["Z.1", "Anh Minh"]);
  });

  test("an append that rechecks goes below a row a person typed under the tab since it was read, never over it", () => {
    const ports = seededPorts();
    setup(ports);
    const log = openTab(ports.workbook, COMPLETIONS_TAB, false);
    const sheet = log.sheet as MemorySheet;
    const read = log.values.length;
    // Typed in the sheet after the action read the tab (typing takes no lock), two rows, one gap.
    sheet.type(read + 1, 1, "A.I.7");
    sheet.type(read + 1, 2, "2024-10");
    sheet.type(read + 3, 1, "A.I.8");
    appendRows(log, [{ taskId: "A.V.4", period: "2024-11" }], { recheck: true });
    expect([sheet.get(read + 1, 1), sheet.get(read + 1, 2), sheet.get(read + 3, 1)]).toEqual([
      "A.I.7",
      "2024-10",
      "A.I.8",
    ]);
    // The first empty row after the typed one: the gap, which holds nothing of anyone's.
    expect([sheet.get(read + 2, 1), sheet.get(read + 2, 2)]).toEqual(["A.V.4", "2024-11"]);
    expect(log.values).toHaveLength(read + 2);
  });

  test("a person's cell is written only where it is empty, or in a row the product keeps its state in", () => {
    const ports = seededPorts();
    const settings = openTab(ports.workbook, SETTINGS_TAB, false);
    const sheet = settings.sheet as MemorySheet;
    const rowOf = (key: string) => settings.values.findIndex((r) => r[0] === key) + 1;
    const value = SETTINGS_TAB.columns.findIndex((c) => c.key === "value") + 1;
    writeSetting(settings, "reminderStatus", "Đang bật");
    writeSetting(settings, "reminderStatus", "Đã tắt");
    expect(sheet.get(rowOf("reminderStatus"), value)).toBe("Đã tắt");
    writeCell(settings, rowOf("reportEmails"), "value", "vp@xa.gov.vn");
    expect(sheet.get(rowOf("reportEmails"), value)).toBe("vp@xa.gov.vn");
    expect(() => writeCell(settings, rowOf("reportEmails"), "value", "khac@xa.gov.vn")).toThrow(WriteRefused);
    expect(() => writeCell(settings, rowOf("dueSoonDays"), "value", "5")).toThrow(
      `thuộc cột "${t("col.value")}" do người nhập`,
    );
    expect(sheet.get(rowOf("dueSoonDays"), value)).toBe("3");
  });

  test("an empty cell of a person's column elsewhere (the plan's owner) is refused too", () => {
    const { plan, sheet } = planTab();
    const row = plan.values.findIndex((r, i) => i > 0 && (r[col("owner") - 1] ?? "") === "") + 1;
    expect(row).toBeGreaterThan(1);
    expect(() => writeCell(plan, row, "owner", "Anh Minh")).toThrow(WriteRefused);
    expect(sheet.get(row, col("owner"))).toBeNull();
  });
});

describe("the legend tab, the product's own, after a person changed it", () => {
  test("a column inserted between swatch and meaning keeps its cells and colours; the refresh goes on", () => {
    const ports = seededPorts();
    refreshAll(ports);
    const legend = ports.workbook.sheet(t("tab.legend")) as MemorySheet;
    const lines = legend.readValues().length;
    // A person inserts a column B of their own notes, with a header and a colour.
    for (const sheetRow of legend.cells) sheetRow.splice(1, 0, null);
    legend.type(1, 2, "Ghi chú của tôi");
    legend.type(2, 2, "xem lại");
    legend.backgrounds.set("2,2", "#00ff00");
    const result = refreshAll(ports);
    expect(result.summary.key).toBe("refresh.done");
    expect([legend.get(1, 2), legend.get(2, 2), legend.backgrounds.get("2,2")]).toEqual([
      "Ghi chú của tôi",
      "xem lại",
      "#00ff00",
    ]);
    expect(legend.get(2, 3)).toBe(legendLines()[0].meaning);
    expect(legend.readValues().length).toBe(lines);
  });
});

/** Every source file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("nothing in src/app writes a sheet's cells but the writer", () => {
  const app = join(__dirname, "..", "..", "..", "src", "app");
  const writes = /\.(writeValues|writeNotes|writeBackgrounds|clear)\(/;
  const offenders = sources(app).filter(
    (f) => !f.endsWith(join("write", "writer.ts")) && writes.test(readFileSync(f, "utf8")),
  );
  expect(offenders).toEqual([]);
});
