import { localDate } from "../../src/core/dates/localDate";
import { t } from "../../src/core/i18n/messages";
import { checkRow, planRowSchemas, readPlanRow, type RowCells } from "../../src/core/validation/rows";
import { PLAN_TAB, PROGRESS_VALUES } from "../../src/core/workbook/layout";

const TODAY = localDate(2024, 11, 20);
/** A plan row with every column of the tab, empty unless given. */
const EMPTY: RowCells = Object.fromEntries(PLAN_TAB.columns.map((c) => [c.key, null]));
const row = (cells: RowCells): RowCells => ({ ...EMPTY, ...cells });
const schemas = planRowSchemas({
  today: TODAY,
  progressValues: PROGRESS_VALUES.map((k) => t(k)),
  doneValue: t("progress.done"),
  isKnownRole: () => true,
});

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
});
