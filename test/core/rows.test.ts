import { localDate } from "../../src/core/dates/localDate";
import { t } from "../../src/core/i18n/messages";
import { checkRow, planRowSchemas, readPlanRow, type RowCells } from "../../src/core/validation/rows";
import { PLAN_TAB, PROGRESS_VALUES } from "../../src/core/workbook/layout";

const TODAY = localDate(2024, 11, 20);
/** A plan row with every column of the tab, empty unless given. */
const EMPTY: RowCells = Object.fromEntries(PLAN_TAB.columns.map((c) => [c.key, null]));
const row = (cells: RowCells): RowCells => ({ ...EMPTY, ...cells });
const schemasContext = {
  today: TODAY,
  progressValues: PROGRESS_VALUES.map((k) => t(k)),
  doneValue: t("progress.done"),
  isKnownRole: () => true,
};
const schemas = planRowSchemas(schemasContext);

describe("the plan row schema", () => {
  const good = row({
    id: " A.I.1 ",
    part: "A",
    task: "Xây dựng kế hoạch",
    timeline: "Tháng 11",
    deadline: "29/11/2024",
    completedOn: localDate(2024, 11, 14),
    progress: "hoan thanh",
    lead: "Chủ tịch UBND xã; Văn phòng",
    evidence: "https://x.vn/a",
  });

  test("reads a row's cells into typed values", () => {
    expect(readPlanRow(good)).toEqual({
      id: "A.I.1",
      part: "A",
      section: "",
      number: "",
      task: "Xây dựng kế hoạch",
      output: "",
      timeline: "Tháng 11",
      assignment: "",
      lead: ["Chủ tịch UBND xã", "Văn phòng"],
      support: [],
      owner: "",
      notes: "",
      deadline: localDate(2024, 11, 29),
      completedOn: localDate(2024, 11, 14),
      progress: "progress.done",
      evidence: "https://x.vn/a",
    });
    // A cell the tab does not have reads as empty.
    expect(readPlanRow({ id: "B.1" })).toMatchObject({ id: "B.1", deadline: null, progress: null, lead: [] });
  });

  test("every cell the reader reads is checked, but part, section and number: one definition for both", () => {
    expect(checkRow(schemas, good)).toEqual([]);
    const read = Object.keys(readPlanRow(good)).filter((k) => !["part", "section", "number"].includes(k));
    expect(Object.keys(schemas.fields.shape)).toEqual(read);
  });

  test("a cell with no value of its kind reads as empty, and the check names it with its code", () => {
    const bad = row({ id: "A.I.2", task: "x", deadline: "31/11/2024", progress: "xong rồi", evidence: "x.vn" });
    expect(readPlanRow(bad)).toMatchObject({ deadline: null, progress: null, evidence: "x.vn" });
    expect(checkRow(schemas, bad)).toEqual([
      { column: "deadline", code: "check.notDate" },
      { column: "progress", code: "check.notInList" },
      { column: "evidence", code: "check.notUrl" },
    ]);
  });

  test("a row the quick pass lets through is one the schemas find nothing in, and the others are named by them", () => {
    const longText = "x".repeat(4001);
    const rows = [
      good,
      row({ id: "A.I.3", task: "x" }),
      row({ id: "A.I.4", task: longText }),
      row({ id: "A.I.5", task: "x", deadline: "31/12/9999" }),
      row({
        id: "A.I.6",
        task: "x",
        completedOn: "21/11/2024",
        progress: t("progress.done"),
        evidence: "https://x.vn",
      }),
      row({ id: "A.I.7", task: "x", progress: t("progress.done") }),
      row({ id: "A.I.8", task: "x", completedOn: "19/11/2024" }),
      row({}),
    ];
    const unknownRole = planRowSchemas({ ...schemasContext, isKnownRole: (r) => r !== "Ai đó" });
    for (const r of [...rows, row({ id: "A.I.9", task: "x", lead: "Văn phòng; Ai đó" })]) {
      const full = checkRow({ fields: unknownRole.fields, rules: unknownRole.rules }, r);
      expect(unknownRole.passes(r)).toBe(full.length === 0);
      expect(checkRow(unknownRole, r)).toEqual(full);
    }
    expect(rows.filter((r) => !schemas.passes(r))).toHaveLength(rows.length - 2);
  });
});
