import { importPlanInto } from "../../../src/app/commands/importPlan";
import { refreshAll } from "../../../src/app/commands/refresh";
import { localDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { INDICATORS_TAB } from "../../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { seededPorts, seedPlan } from "../../helpers";

const TODAY = localDate(2024, 11, 20);
const seeded = () => seededPorts(TODAY);
const tab = (
  p: { workbook: MemoryWorkbook },
  key: "tab.indicators" | "tab.indicatorData" | "tab.planStats" | "tab.indicatorChart",
) => p.workbook.sheet(t(key)) as MemorySheet;
const col = (key: string) => INDICATORS_TAB.columns.findIndex((c) => c.key === key) + 1;
const rowOf = (ws: MemorySheet, id: string) => ws.readValues().findIndex((r) => r[0] === id) + 1;

describe("indicators in the workbook", () => {
  test("the import proposes the plan's 44 targets, with units and directions in Vietnamese", () => {
    const ws = tab(seeded(), "tab.indicators");
    const rows = ws.readValues().slice(1);
    expect(rows).toHaveLength(44);
    const vii7 = rows.find((r) => r[0] === "A.VII.7#3")!;
    expect([
      vii7[col("unit") - 1],
      vii7[col("direction") - 1],
      vii7[col("target") - 1],
      vii7[col("floor") - 1],
    ]).toEqual(["%", "≥ (tối thiểu)", 90, 60]);
    expect(rows.find((r) => r[0] === "A.VI.4#1")![col("checkpoints") - 1]).toBe("25/08/2024: 60; 31/11/2024: 85");
  });

  test("a re-import keeps the secretariat's edits and does not bring back what they deleted", () => {
    const p = seeded();
    const ws = tab(p, "tab.indicators");
    ws.type(rowOf(ws, "A.VIII.4#1"), col("target"), 90); // raised by the secretariat
    ws.type(rowOf(ws, "A.VI.4#1"), col("checkpoints"), "25/08/2024: 60; 30/11/2024: 85"); // the date fixed
    const dropped = rowOf(ws, "A.I.1#1");
    ws.cells[dropped - 1] = []; // deleted by the secretariat
    const own = ws.readValues().length + 1;
    ws.type(own, 1, "XA.1");
    ws.type(own, 3, "Số buổi đối thoại với người dân");
    importPlanInto(p, seedPlan());
    expect(ws.get(rowOf(ws, "A.VIII.4#1"), col("target"))).toBe(90);
    expect(ws.get(rowOf(ws, "A.VI.4#1"), col("checkpoints"))).toBe("25/08/2024: 60; 30/11/2024: 85");
    expect(ws.readValues().some((r) => r[0] === "A.I.1#1")).toBe(false);
    expect(ws.get(own, 3)).toBe("Số buổi đối thoại với người dân");
  });

  test("figures entered are judged against the target that applies, with the change since the last period", () => {
    const p = seeded();
    const ws = tab(p, "tab.indicators");
    ws.type(rowOf(ws, "A.VI.4#1"), col("checkpoints"), "25/08/2024: 60; 30/11/2024: 85");
    const data = tab(p, "tab.indicatorData");
    const lines = [
      ["A.VIII.4#1", "2024-Q2", 80, 100],
      ["A.VIII.4#1", "2024-Q3", 88, 100],
      ["A.VII.7#3", "2024-10", 7, 10],
      ["A.VI.4#1", "2024-10", 70, 100],
      ["B.4#1", "2024-11", null, null, 3],
    ];
    lines.forEach((l, i) => l.forEach((v, j) => v !== null && data.type(i + 2, j + 1, v)));
    refreshAll(p, TODAY);
    const at = (id: string, key: string) => ws.get(rowOf(ws, id), col(key));
    expect([at("A.VIII.4#1", "latestValue"), at("A.VIII.4#1", "status"), at("A.VIII.4#1", "change")]).toEqual([
      88,
      "Đạt",
      8,
    ]);
    expect([at("A.VII.7#3", "latestValue"), at("A.VII.7#3", "status")]).toEqual([70, "Đạt mức tối thiểu"]);
    expect([at("A.VI.4#1", "appliesTarget"), at("A.VI.4#1", "status")]).toEqual([85, "Chưa đạt"]);
    expect([at("B.4#1", "latestValue"), at("B.4#1", "status")]).toEqual([3, "Đạt"]);
    expect(at("A.III.2#1", "status")).toBe("Chưa có số liệu");
    const stats = tab(p, "tab.planStats").readValues();
    expect(stats[1]).toEqual(["Toàn kế hoạch", 77, 0, 0, null, 24.7, null]);
    expect(stats.map((r) => r[0])).toContain("Phần A, mục III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
    const chart = tab(p, "tab.indicatorChart");
    expect(chart.chart).toMatchObject({
      row: 1,
      col: 1,
      numCols: 4,
      title: "Kết quả mới nhất so với chỉ tiêu và mức tối thiểu (%)",
    });
    expect(
      chart
        .readValues()
        .find((r) => String(r[0]).startsWith("A.VIII.4#1"))
        ?.slice(1),
    ).toEqual([88, 87, null]);
  });

  test(
    "bad figures get messages: text in a number column, a zero denominator, a numerator over its " +
      "denominator, an unknown id, no figure",
    () => {
      const p = seeded();
      const data = tab(p, "tab.indicatorData");
      const lines: (string | number | null)[][] = [
        ["A.VIII.4#1", "2024-Q3", "tám mươi", 100],
        ["A.III.2#1", "2024-11", 5, 0],
        ["A.III.3#1", "2024-11", 12, 10],
        ["A.XX#1", "2024-11", 1, 2],
        ["A.III.4#1", "2024-11"],
      ];
      lines.forEach((l, i) => l.forEach((v, j) => v !== null && data.type(i + 2, j + 1, v)));
      const messages = refreshAll(p, TODAY)
        .problems.map((x) => x.message)
        .filter((m) => m.startsWith('Trang "Số liệu chỉ số"'));
      expect(messages).toEqual([
        'Trang "Số liệu chỉ số", dòng 2, cột "Tử số": "tám mươi" không phải là số; hãy nhập một con số, ví dụ 45.',
        'Trang "Số liệu chỉ số", dòng 3, cột "Mẫu số": mẫu số bằng 0 nên không tính được tỷ lệ; hãy kiểm tra số liệu.',
        'Trang "Số liệu chỉ số", dòng 4, cột "Mẫu số": tử số lớn hơn mẫu số (tỷ lệ trên 100%); hãy kiểm tra số liệu.',
        'Trang "Số liệu chỉ số", dòng 5, cột "Mã chỉ số": mã chỉ số "A.XX#1" không có trên trang "Chỉ số".',
        'Trang "Số liệu chỉ số", dòng 6, cột "Giá trị": dòng chưa có số liệu: hãy nhập tử số và mẫu số, hoặc giá trị.',
      ]);
      expect(data.get(2, 3)).toBe("tám mươi");
    },
  );
});
