import { render } from "../../src/core/i18n/messages";
import { importPlan, matchHeader } from "../../src/core/plan/importer";
import { readGrid } from "../../src/core/plan/readers/grid";
import { readTextTable } from "../../src/core/plan/readers/textTable";
import { matcher, seedPlan } from "../helpers";

// Fixtures in the shapes of provincial and ministerial plans: a lead column of bodies, groups
// under sections, numbering that starts again per table, headers with markup and other names.
const HEADER = ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Kết quả thực hiện"];
const row = (number: string, task: string, lead = "Sở Nội vụ", support = "Các sở, ban, ngành") => [
  number,
  task,
  lead,
  support,
  "Quý IV/2026",
  "Báo cáo",
];
const read = (grid: string[][]) => importPlan(readGrid(grid), { matcher, year: 2026 });

describe("columns found by what their header means", () => {
  test("names compared without case, diacritics, markup or footnote marks", () => {
    const header = matchHeader([
      "**TT**",
      "<b>NỘI DUNG/NHIỆM VỤ</b>",
      "Cơ quan chủ trì thực hiện",
      "Don vi phoi hop",
      "Thời gian dự kiến hoàn thành[2]",
      "Sản phẩm dự kiến",
    ]);
    expect(header && Object.fromEntries(header)).toEqual({
      number: 0,
      task: 1,
      lead: 2,
      support: 3,
      timeline: 4,
      output: 5,
    });
  });

  test("a column that only mentions a name loses it to the column called by it", () => {
    const header = matchHeader(["STT", "Thuộc nhóm nhiệm vụ", "Nội dung nhiệm vụ", "Thời hạn"]);
    expect(header?.get("task")).toBe(2);
  });

  test("keeps the other columns in each task, and names in a warning the ones it does not know", () => {
    const plan = read([
      [...HEADER, "Ghi chú", "Mức độ ưu tiên"],
      [...row("1", "Ban hành quy chế"), "Đã có dự thảo", "Cao"],
      ["", "(tiếp)", "", "", "", "", "", "rất cao"],
    ]);
    expect(plan.tasks[0].extra).toEqual({ "Ghi chú": "Đã có dự thảo", "Mức độ ưu tiên": "Cao rất cao" });
    const named = plan.warnings.filter((w) => w.message.key === "import.unknownColumn").map((w) => render(w.message));
    expect(named).toEqual([expect.stringContaining('"Mức độ ưu tiên"')]);
  });

  test("skips a header repeated on a new page without its TT cell", () => {
    const plan = read([
      HEADER,
      row("1", "Việc một"),
      ["", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "", ""],
      row("2", "Việc hai"),
    ]);
    expect(plan.tasks.map((t) => [t.id, t.task])).toEqual([
      ["1", "Việc một"],
      ["2", "Việc hai"],
    ]);
    expect(plan.warnings.map((w) => w.message.key)).not.toContain("import.orphanContinuation");
  });
});

describe("groups and numbering", () => {
  test("dotted Roman and Arabic sub-headings are groups, not tasks, and the ids stay those of the numbers", () => {
    const plan = read([
      HEADER,
      ["II", "Phát triển nền tảng số", "", "", "", ""],
      ["II.1", "Nhóm nền tảng dùng chung", "", "", "", ""],
      row("1", "Triển khai nền tảng định danh"),
      ["II.2", "Nhóm nền tảng chuyên ngành", "", "", "", ""],
      row("2", "Triển khai nền tảng y tế"),
      ["III", "Phát triển kinh tế số", "", "", "", ""],
      ["3.1", "Nông nghiệp", "", "", "", ""],
      row("3.1.1", "Sàn giao dịch nông sản"),
      row("3.1.2", "Truy xuất nguồn gốc"),
      ["3.2", "Du lịch", "", "", "", ""],
      row("3.2.1", "Thẻ du lịch thông minh"),
      row("3.3", "Thương mại điện tử"),
    ]);
    expect(plan.tasks.map((t) => [t.id, t.groups.map((g) => g.code).join(">")])).toEqual([
      ["II.1", "II.1"],
      ["II.2", "II.2"],
      ["III.3.1.1", "3.1"],
      ["III.3.1.2", "3.1"],
      ["III.3.2.1", "3.2"],
      ["III.3.3", ""],
    ]);
    expect(plan.tasks[0].groups[0].title).toBe("Nhóm nền tảng dùng chung");
    expect(plan.warnings.map((w) => w.message.key)).not.toContain("import.unknownRow");
  });

  test("numbers that restart per group take the group's code into the id", () => {
    const plan = read([
      HEADER,
      ["I", "Hạ tầng", "", "", "", ""],
      ["I.1", "Hạ tầng mạng", "", "", "", ""],
      row("1", "Phủ sóng 5G"),
      row("2", "Cáp quang"),
      ["I.2", "Hạ tầng dữ liệu", "", "", "", ""],
      row("1", "Trung tâm dữ liệu"),
    ]);
    expect(plan.tasks.map((t) => t.id)).toEqual(["I.1.1", "I.1.2", "I.2.1"]);
  });

  test("tables that each start again at 1 are runs of their own: 1.x, 2.x, never #2", () => {
    const text = [
      "**1. Nhiệm vụ về thể chế**",
      "",
      `| ${HEADER.join(" | ")} |`,
      "|---|---|---|---|---|---|",
      `| ${row("1.", "Sửa quy chế").join(" | ")} |`,
      `| ${row("2.", "Ban hành quy định").join(" | ")} |`,
      "",
      "**2. Nhiệm vụ về dữ liệu**",
      "",
      `| ${HEADER.join(" | ")} |`,
      `| ${row("1.", "Làm sạch dữ liệu").join(" | ")} |`,
    ].join("\n");
    const plan = importPlan(readTextTable(text), { matcher, year: 2026 });
    expect(plan.tasks.map((t) => t.id)).toEqual(["1.1", "1.2", "2.1"]);
    const restart = plan.warnings.find((w) => w.message.key === "import.numberingRestart");
    expect(restart?.taskId).toBe("2.1");
  });

  test("a lettered row is a task numbered under the row before it", () => {
    const plan = read([
      HEADER,
      ["I", "Cải cách hành chính", "", "", "", ""],
      ["1", "Cải cách thủ tục hành chính", "", "", "", ""],
      row("a)", "Rà soát thủ tục"),
      row("b)", "Công khai thủ tục"),
      row("2", "Kiểm tra công vụ"),
    ]);
    expect(plan.tasks.map((t) => [t.id, t.groups.map((g) => g.code).join(">")])).toEqual([
      ["I.1.a", "1"],
      ["I.1.b", "1"],
      ["I.2", ""],
    ]);
  });
});

describe("who leads, as the plan names them", () => {
  test("lead and co-operating cells split into bodies, spelt one way across the plan, and owned by a role key", () => {
    const plan = read([
      HEADER,
      row("1", "Việc một", "UBND tỉnh; Sở Khoa học và Công nghệ", "Sở TT&TT, Công an tỉnh"),
      row("2", "Việc hai", "Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông"),
      ["", "(tiếp)", "Sở Tài chính", "", "", ""],
    ]);
    const [one, two] = plan.tasks;
    // A tie between spellings goes to the first the plan writes.
    expect(one.leadBodies).toEqual(["UBND tỉnh", "Sở Khoa học và Công nghệ"]);
    expect(one.supportBodies).toEqual(["Sở Thông tin và Truyền thông", "Công an tỉnh"]);
    expect(two.leadBodies).toEqual(["UBND tỉnh", "Sở Tài chính"]);
    expect(one.leadRoles).toEqual(["ubnd-tinh", "so-khoa-hoc-va-cong-nghe"]);
    expect(plan.warnings.map((w) => w.message.key)).not.toContain("import.noLead");
  });

  test("a commune plan's assignment column keeps its roles, and names them as its bodies", () => {
    const task = seedPlan().tasks.find((t) => t.id === "A.VII.7")!;
    expect(task.leadRoles).toEqual(["allOfficers", "councilOffice"]);
    expect(task.leadBodies).toEqual(["Các cán bộ, công chức", "Văn phòng HĐND và UBND xã"]);
    expect(task.supportBodies).toEqual(["Công chức Văn hoá – Xã hội"]);
  });
});
