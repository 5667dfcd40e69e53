import fc from "fast-check";
import { importPlanInto } from "../../../src/app/commands/importPlan";
import { setup } from "../../../src/app/commands/setup";
import { t } from "../../../src/core/i18n/messages";
import { PLAN_TAB } from "../../../src/core/workbook/layout";
import { MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import type { AppPorts, CellValue } from "../../../src/ports";
import { seedPlan } from "../../helpers";

type ImportPorts = Pick<AppPorts, "workbook" | "clock" | "user"> & { workbook: MemoryWorkbook };

function ports(workbook = new MemoryWorkbook()): ImportPorts {
  return {
    workbook,
    clock: { today: () => ({ year: 2024, month: 11, day: 20 }), timestamp: () => "2024-11-20 08:00:00" },
    user: { email: () => "van.phong@example.com" },
  };
}

const planTab = (wb: MemoryWorkbook) => wb.sheet(t("tab.plan")) as MemorySheet;
const colOf = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;

describe("setup", () => {
  test("creates the tracking tabs with Vietnamese names, headers, frozen row, rules and roles", () => {
    const p = ports();
    const result = setup(p);
    expect(result.created).toEqual([
      "Kế hoạch",
      "Danh bạ",
      "Cài đặt",
      "Ngày nghỉ",
      "Hoàn thành theo kỳ",
      "Chỉ số",
      "Số liệu chỉ số",
      "Nhật ký",
      "Tổng hợp",
    ]);
    const plan = planTab(p.workbook);
    expect(plan.cells[0]).toEqual(PLAN_TAB.columns.map((c) => t(c.header)));
    expect(plan.frozenRows).toBe(1);
    expect(plan.validations.get(colOf("progress"))).toMatchObject({
      kind: "list",
      values: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng"],
    });
    expect(plan.validations.get(colOf("completedOn"))?.kind).toBe("date");
    expect(plan.validations.get(colOf("evidence"))?.kind).toBe("url");
    expect(plan.protections.map((x) => [x.col, x.count])).toEqual([[colOf("status"), 5]]);
    expect(plan.protections[0].description).toBe(
      'Các cột "Tình trạng", "Hạn kế tiếp", "Ngày làm việc còn lại", "Cần sửa", "Ghi chú khi nhập" do ' +
        "tiện ích tự tính; sửa tay sẽ bị ghi đè ở lần cập nhật sau.",
    );
    expect(plan.validations.has(colOf("nextDue"))).toBe(false);
    const directory = p.workbook.sheet("Danh bạ") as MemorySheet;
    expect(directory.validations.get(5)?.kind).toBe("email");
    expect(
      directory
        .readValues()
        .slice(1)
        .map((r) => r[0]),
    ).toContain("officeStatistics");
    const settings = p.workbook.sheet("Cài đặt") as MemorySheet;
    expect(
      settings
        .readValues()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      "communeName",
      "planYear",
      "planStart",
      "dueSoonDays",
      "beforeMeansDayBefore",
      "signerOrg",
      "signerTitle",
      "signerName",
      "reportNumber",
      "reportLevel",
      "provinceName",
      "districtName",
      "reportRecipients",
      "reportSalutation",
      "reportEmails",
      "reportCutoffDay",
      "reminderHour",
      "escalateAfterDays",
      "sendOnDaysOff",
      "reminderStatus",
      "webAppUrl",
    ]);
  });

  test("run twice, adds nothing and keeps what was typed", () => {
    const p = ports();
    setup(p);
    const directory = p.workbook.sheet("Danh bạ") as MemorySheet;
    directory.type(2, 4, "Nguyễn Văn A");
    directory.type(2, 5, "a@gmail.com");
    const before = directory.readValues();
    const second = setup(p);
    expect(second.created).toEqual([]);
    expect(second.rolesAdded).toEqual([]);
    expect(directory.readValues()).toEqual(before);
    expect(planTab(p.workbook).protections).toHaveLength(1);
  });

  test("adds a column an officer deleted at the end, without moving the others", () => {
    const p = ports();
    setup(p);
    const plan = planTab(p.workbook);
    // The officer removed the "Ghi chú khi nhập" header and wrote their own column there.
    plan.type(1, colOf("importNotes"), "Cột riêng của tôi");
    const again = setup(p);
    expect(plan.get(1, colOf("importNotes"))).toBe("Cột riêng của tôi");
    expect(plan.get(1, PLAN_TAB.columns.length + 1)).toBe("Ghi chú khi nhập");
    expect(again.messages.map((m) => m.key)).toContain("merge.missingHeader");
  });
});

describe("importing the plan into the tracking tab", () => {
  test("writes one row per task, in plan order, with roles by name and import notes", () => {
    const p = ports();
    const outcome = importPlanInto(p, seedPlan());
    expect(outcome.added).toHaveLength(77);
    const rows = planTab(p.workbook).readValues();
    expect(rows).toHaveLength(78);
    expect(rows.slice(1).map((r) => r[0])).toEqual(seedPlan().tasks.map((x) => x.id));
    const vi4 = rows.find((r) => r[0] === "A.VI.4")!;
    expect(vi4[colOf("lead") - 1]).toBe("Công chức Tài chính – Kế toán");
    expect(String(vi4[colOf("importNotes") - 1])).toContain("31/11/2024 không tồn tại");
    const settings = (p.workbook.sheet("Cài đặt") as MemorySheet).readValues();
    expect(settings.find((r) => r[0] === "planYear")?.[1]).toBe("2024");
    expect(settings.find((r) => r[0] === "communeName")?.[1]).toBe("Đại Lãnh");
  });

  test("importing the seed twice, with officers' edits in between, changes none of those edits", () => {
    const p = ports();
    importPlanInto(p, seedPlan());
    const plan = planTab(p.workbook);
    const edits: [number, number, CellValue][] = [
      [2, colOf("owner"), "Nguyễn Thị B"],
      [2, colOf("progress"), "Hoàn thành"],
      [2, colOf("completedOn"), { year: 2024, month: 11, day: 8 }],
      [2, colOf("evidence"), "https://drive.google.com/file/d/abc"],
      [5, colOf("notes"), "Chờ huyện hướng dẫn"],
      [7, colOf("deadline"), { year: 2024, month: 12, day: 1 }],
      [10, colOf("task"), "Nhiệm vụ đã được sửa lại cho rõ"], // an officer rewrote a plan cell
      [12, colOf("lead"), ""], // and cleared another
      [80, 1, "Việc thêm của xã"], // a row added by hand under the plan
      [80, colOf("task"), "Tổ chức hội nghị"],
    ];
    for (const [r, c, v] of edits) plan.type(r, c, v);
    const outcome = importPlanInto(p, seedPlan());
    for (const [r, c, v] of edits) {
      if (v === "") continue;
      expect(plan.get(r, c)).toEqual(v);
    }
    expect(plan.get(12, 1)).toBe("A.II.4");
    expect(plan.get(12, colOf("lead"))).toBe("Các cán bộ, công chức"); // refilled: the cell was empty
    expect(outcome.added).toEqual([]);
    expect(outcome.filled).toBe(1); // the cleared lead cell, refilled from the plan
    expect(outcome.conflicts.map((m) => m.params)).toEqual([{ row: 10, column: "Nhiệm vụ" }]);
    expect(outcome.missing.map((m) => m.params?.id)).toEqual(["Việc thêm của xã"]);
    expect(
      plan
        .readValues()
        .slice(1, 78)
        .map((r) => r[0]),
    ).toEqual(seedPlan().tasks.map((x) => x.id));
  });

  test("appends tasks new to the plan after the existing rows, never between them", () => {
    const p = ports();
    const full = seedPlan();
    importPlanInto(p, { ...full, tasks: full.tasks.filter((x) => x.id !== "A.III.3") });
    planTab(p.workbook).type(2, colOf("owner"), "Người A");
    importPlanInto(p, full);
    const ids = planTab(p.workbook)
      .readValues()
      .slice(1)
      .map((r) => r[0]);
    expect(ids[ids.length - 1]).toBe("A.III.3");
    expect(planTab(p.workbook).get(2, colOf("owner"))).toBe("Người A");
  });

  test("costs the same number of calls for the seed as for a plan ten times its size", () => {
    const cost = (copies: number) => {
      const seed = seedPlan();
      const tasks = Array.from({ length: copies }, (_, k) =>
        seed.tasks.map((x) => ({ ...x, id: `${x.id}.${k}` })),
      ).flat();
      const p = ports();
      importPlanInto(p, { ...seed, tasks });
      p.workbook.counter.reset();
      importPlanInto(p, { ...seed, tasks });
      return p.workbook.counter.total();
    };
    expect(cost(10)).toBe(cost(1));
  });

  test("property: whatever officers type in their columns survives any sequence of imports", () => {
    const personCols = PLAN_TAB.columns.filter((c) => c.owner === "person").map((c) => PLAN_TAB.columns.indexOf(c) + 1);
    const value = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => s.trim() !== ""),
      fc.record({
        year: fc.constant(2024),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.integer({ min: 1, max: 1000 }),
    );
    const edit = fc.record({ row: fc.integer({ min: 2, max: 90 }), col: fc.constantFrom(...personCols), value });
    fc.assert(
      fc.property(fc.array(fc.oneof(edit, fc.constant("import" as const)), { maxLength: 12 }), (steps) => {
        const p = ports();
        importPlanInto(p, seedPlan());
        const plan = planTab(p.workbook);
        const typed = new Map<string, CellValue>();
        for (const step of steps) {
          if (step === "import") importPlanInto(p, seedPlan());
          else {
            plan.type(step.row, step.col, step.value);
            typed.set(`${step.row},${step.col}`, step.value);
          }
        }
        importPlanInto(p, seedPlan());
        for (const [key, v] of typed) {
          const [r, c] = key.split(",").map(Number);
          if (JSON.stringify(plan.get(r, c)) !== JSON.stringify(v)) return false;
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });
});
