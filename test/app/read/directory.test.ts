import { importTableInto } from "../../../src/app/commands/importPlan";
import { readWorkbook } from "../../../src/app/commands/readWorkbook";
import { refreshAll } from "../../../src/app/commands/refresh";
import { digestModel } from "../../../src/app/read/digest";
import { assignmentOf, tasksFor } from "../../../src/app/read/queries";
import { localDate, type LocalDate } from "../../../src/core/dates/localDate";
import { t } from "../../../src/core/i18n/messages";
import { readGrid } from "../../../src/core/plan/readers/grid";
import { DEFAULT_ROLES, roleKeyOf } from "../../../src/core/plan/roles";
import { DIRECTORY_TAB, PLAN_TAB } from "../../../src/core/workbook/layout";
import { MemoryStore, MemoryWorkbook, type MemorySheet } from "../../../src/memory/memoryWorkbook";
import { NO_DOCUMENTS, NO_MAILER } from "../../../src/memory/none";
import type { AppPorts } from "../../../src/ports";
import { seededPorts } from "../../helpers";

const dirCol = (key: string) => DIRECTORY_TAB.columns.findIndex((c) => c.key === key) + 1;
const planCol = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
const directoryOf = (p: { workbook: MemoryWorkbook }) => p.workbook.sheet(t("tab.directory")) as MemorySheet;
const planOf = (p: { workbook: MemoryWorkbook }) => p.workbook.sheet(t("tab.plan")) as MemorySheet;
/** Danh bạ's rows as [key, name], below the header. */
const rowsOf = (p: { workbook: MemoryWorkbook }) =>
  directoryOf(p)
    .readValues()
    .slice(1)
    .map((r) => [r[dirCol("roleKey") - 1], r[dirCol("role") - 1]]);
const rowOfRole = (p: { workbook: MemoryWorkbook }, name: string) =>
  directoryOf(p)
    .readValues()
    .findIndex((r) => r[dirCol("role") - 1] === name) + 1;

// A provincial plan's table: bodies in the lead and co-operating columns, the province's
// people's committee written both ways, a co-operating body listed with commas.
const HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn"];
const PROVINCIAL = [
  HEADER,
  ["I", "HOÀN THIỆN THỂ CHẾ VỀ KINH TẾ SỐ", "", "", "", ""],
  ["1", "Xây dựng đề án phát triển kinh tế số", "Sở Công Thương", "Sở Tư pháp; Sở Tài chính", "Đề án", "30/6/2026"],
  ["2", "Ban hành quy chế phối hợp", "Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Quyết định", "Tháng 9/2026"],
  ["II", "TRIỂN KHAI", "", "", "", ""],
  ["1", "Rà soát thủ tục hành chính nội bộ", "Sở Tư pháp", "Các sở, ban, ngành", "Báo cáo rà soát", "15/10/2026"],
  ["2", "Kiểm tra việc thực hiện", "UBND tỉnh", "Sở Tư pháp, Công an tỉnh", "Kết luận kiểm tra", "Quý IV/2026"],
  ["3", "Tổng kết, đánh giá", "Sở Tư pháp", "UBND các huyện, thị xã", "Báo cáo tổng kết", "20/12/2026"],
];

function portsAt(today: LocalDate): AppPorts & { workbook: MemoryWorkbook; store: MemoryStore } {
  const clock = { today: () => today, timestamp: () => "2026-12-16 08:00:00" };
  return {
    workbook: new MemoryWorkbook(),
    store: new MemoryStore(),
    clock,
    user: { email: () => "" },
    documents: NO_DOCUMENTS,
    mailer: NO_MAILER,
  };
}

/**
 * The provincial plan imported into a new spreadsheet, on Wednesday 16/12/2026: II.3 (due
 * Monday 21/12) due soon, II.2 on track, the rest late.
 */
function provincial(grid = PROVINCIAL) {
  const ports = portsAt(localDate(2026, 12, 16));
  importTableInto(ports, readGrid(grid), 2026);
  return ports;
}

/** Types a person and an address beside a Danh bạ row. */
function staff(p: { workbook: MemoryWorkbook }, role: string, person: string, email: string) {
  const row = rowOfRole(p, role);
  directoryOf(p).type(row, dirCol("person"), person);
  directoryOf(p).type(row, dirCol("email"), email);
}

describe("Danh bạ for a commune plan (the seed)", () => {
  test("holds exactly the commune roles, in their order, and nothing the plan's bodies would add", () => {
    expect(rowsOf(seededPorts())).toEqual(DEFAULT_ROLES.map((r) => [r.key, r.name]));
  });

  test("tasksFor still finds each role's tasks by the holder's name and address", () => {
    const ports = seededPorts();
    for (const role of DEFAULT_ROLES) staff(ports, role.name, `Người ${role.key}`, `${role.key}@xa.gov.vn`);
    const snapshot = readWorkbook(ports);
    const counts = Object.fromEntries(
      DEFAULT_ROLES.map((r) => [r.key, tasksFor(snapshot, `${r.key}@xa.gov.vn`).length]),
    );
    // The seed's 77 tasks by lead role's address; "the officers'" go to the secretariat, who coordinates them.
    expect(counts).toEqual(SEED_TASKS_BY_ROLE);
    for (const role of DEFAULT_ROLES) {
      expect(tasksFor(snapshot, `Người ${role.key}`).map((r) => r.id)).toEqual(
        snapshot.rows.filter((r) => r.cells.lead.includes(role.name)).map((r) => r.id),
      );
    }
  });
});

// Counted on the seed before Danh bạ learnt the plan's bodies: a regression pin.
const SEED_TASKS_BY_ROLE = {
  officeStatistics: 56,
  justiceCivil: 3,
  financeAccounting: 6,
  cultureSociety: 5,
  councilOffice: 22,
  chairman: 2,
  healthStation: 1,
  oneStop: 0,
  allOfficers: 0,
};

describe("Danh bạ for a provincial plan: one row per body the plan names", () => {
  test("each lead and co-operating body gets a row, keyed and named as the importer merged it, after the commune roles", () => {
    const ports = provincial();
    const bodies = [
      "Sở Công Thương",
      "Sở Tư pháp",
      "Sở Tài chính",
      "Ủy ban nhân dân tỉnh",
      "Các sở, ban, ngành",
      "Công an tỉnh",
      "UBND các huyện, thị xã",
    ];
    expect(rowsOf(ports)).toEqual([
      ...DEFAULT_ROLES.map((r) => [r.key, r.name]),
      ...bodies.map((b) => [roleKeyOf(b), b]),
    ]);
    // "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one body: one row, and the plan tab writes it one way.
    const leads = planOf(ports)
      .readValues()
      .slice(1)
      .map((r) => r[planCol("lead") - 1]);
    expect(leads).toEqual([
      "Sở Công Thương",
      "Ủy ban nhân dân tỉnh",
      "Sở Tư pháp",
      "Ủy ban nhân dân tỉnh",
      "Sở Tư pháp",
    ]);
  });

  test("an address typed beside a body makes its tasks that person's: tasksFor and the digest", () => {
    const ports = provincial();
    staff(ports, "Sở Tư pháp", "Trần Thị Hoa", "hoa@stp.gov.vn");
    const snapshot = readWorkbook(ports);
    const ids = ["II.1", "II.3"];
    expect(tasksFor(snapshot, "hoa@stp.gov.vn").map((r) => r.id)).toEqual(ids);
    expect(tasksFor(snapshot, "tran thi hoa").map((r) => r.id)).toEqual(ids);
    const digest = digestModel(snapshot, [], { link: (row) => `#${row}` });
    const hers = digest.digests.find((d) => d.digest.to === "hoa@stp.gov.vn")?.digest;
    expect(hers?.overdue.map((task) => task.id)).toEqual(["II.1"]);
    expect(hers?.dueSoon.map((task) => task.id)).toEqual(["II.3"]);
    // Bodies nobody has an address for are named, not lost.
    expect(assignmentOf(snapshot, snapshot.rows[0].cells).unreachable).toEqual(["Sở Công Thương"]);
  });

  test("the check no longer flags the plan's bodies; a body Danh bạ lacks still is", () => {
    const ports = provincial();
    const unknownRoles = () =>
      refreshAll(ports)
        .problems.filter((p) => p.code === "check.unknownRole")
        .map((p) => p.row);
    expect(unknownRoles()).toEqual([]);
    planOf(ports).type(3, planCol("lead"), "Sở Y tế");
    expect(unknownRoles()).toEqual([3]);
  });

  test("a spelling typed in the plan tab finds the body's one row: 'UBND tỉnh' is the Ủy ban nhân dân tỉnh's", () => {
    const ports = provincial();
    staff(ports, "Ủy ban nhân dân tỉnh", "Lê Văn Nam", "nam@ubnd.gov.vn");
    const row = planOf(ports)
      .readValues()
      .findIndex((r) => r[0] === "I.1");
    planOf(ports).type(row + 1, planCol("lead"), "UBND Tỉnh");
    const result = refreshAll(ports);
    expect(result.problems.filter((p) => p.code === "check.unknownRole")).toEqual([]);
    expect(tasksFor(result.snapshot, "nam@ubnd.gov.vn").map((r) => r.id)).toEqual(["I.1", "I.2", "II.2"]);
  });

  test("imported again, or another plan spelling a body otherwise, adds no row and keeps what was typed", () => {
    const ports = provincial();
    staff(ports, "Sở Tư pháp", "Trần Thị Hoa", "hoa@stp.gov.vn");
    const before = directoryOf(ports).readValues();
    importTableInto(ports, readGrid(PROVINCIAL), 2026);
    expect(directoryOf(ports).readValues()).toEqual(before);
    const respelt = PROVINCIAL.map((r) => r.map((c) => c.replace("Ủy ban nhân dân tỉnh", "UBND TỈNH")));
    importTableInto(ports, readGrid(respelt), 2026);
    expect(directoryOf(ports).readValues()).toEqual(before);
  });

  test("imported again, a plan reads the same: a body's row does not hold the next body to it", () => {
    // "Các sở, cơ quan" is one body; in "Các sở, cơ quan thuộc UBND tỉnh" the comma parts two.
    const grid = [
      ...PROVINCIAL,
      ["4", "Công khai kết quả", "Sở Tư pháp", "Các sở, cơ quan", "Tin bài", "30/11/2026"],
      ["5", "Tự kiểm tra", "Sở Tư pháp", "Các sở, cơ quan thuộc UBND tỉnh", "Báo cáo", "30/11/2026"],
    ];
    const ports = provincial(grid);
    const supportOf = (id: string) =>
      planOf(ports)
        .readValues()
        .find((r) => r[0] === id)?.[planCol("support") - 1];
    expect(supportOf("II.5")).toBe("Các sở; Cơ quan thuộc UBND tỉnh");
    const before = directoryOf(ports).readValues();
    const again = importTableInto(ports, readGrid(grid), 2026);
    expect(again.outcome.conflicts).toEqual([]);
    expect(again.plan.tasks.find((task) => task.id === "II.5")?.supportBodies).toEqual([
      "Các sở",
      "Cơ quan thuộc UBND tỉnh",
    ]);
    expect(directoryOf(ports).readValues()).toEqual(before);
  });

  test("a body a person typed in Danh bạ before the import is that row's, not a second one", () => {
    const ports = portsAt(localDate(2026, 12, 16));
    importTableInto(ports, readGrid(PROVINCIAL.slice(0, 3)), 2026);
    const typedAt = directoryOf(ports).readValues().length + 1;
    directoryOf(ports).type(typedAt, dirCol("role"), "UBND Tỉnh");
    directoryOf(ports).type(typedAt, dirCol("email"), "vp@ubnd.gov.vn");
    importTableInto(ports, readGrid(PROVINCIAL), 2026);
    const names = rowsOf(ports).map(([, name]) => name);
    expect(names.filter((n) => /(nhân dân|UBND) tỉnh/i.test(String(n)))).toEqual(["UBND Tỉnh"]);
    expect(tasksFor(readWorkbook(ports), "vp@ubnd.gov.vn").map((r) => r.id)).toEqual(["I.2", "II.2"]);
  });
});
