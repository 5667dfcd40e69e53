/**
 * The old Word (.doc) reader: word-extractor's text, with cells ended by tabs and rows by a tab
 * and a new line, turned into the same source table the .docx reader gives.
 */
import { readFileSync } from "node:fs";
import { readDoc, tableOfDocText } from "../../src/node/readers/doc";
import { readDocx } from "../../src/node/readers/docx";
import { importPlan } from "../../src/core/plan/importer";
import { fixture, matcher } from "../helpers";

const cells = (text: string) => tableOfDocText(text).rows.map((r) => r.cells);

describe("the text of a .doc as a table", () => {
  test("the paragraphs before the first row are the preamble; the row starts at its first cell", () => {
    const table = tableOfDocText(
      "UBND XÃ AN PHÚ\nPHỤ LỤC\nKế hoạch năm 2026\nSTT\tNội dung\tThời hạn\t\n1\tLập danh mục\tQuý I/2026\t\n",
    );
    expect(table.preamble).toBe("UBND XÃ AN PHÚ\nPHỤ LỤC\nKế hoạch năm 2026");
    expect(table.rows).toEqual([
      { cells: ["STT", "Nội dung", "Thời hạn"], row: 1 },
      { cells: ["1", "Lập danh mục", "Quý I/2026"], row: 2 },
    ]);
  });

  test("paragraphs inside a cell stay in it, a first cell's too once the table has begun", () => {
    expect(cells("TT\tNhiệm vụ\t\nII.\nTHỂ CHẾ\t\t\n2\tRà soát\n- văn bản\n- quy trình\t\n")).toEqual([
      ["TT", "Nhiệm vụ"],
      ["II.\nTHỂ CHẾ", ""],
      ["2", "Rà soát\n- văn bản\n- quy trình"],
    ]);
  });

  test("a row merged across columns is shorter, empty cells stay empty, text after the table is left out", () => {
    expect(cells("TT\tA\tB\t\nI\tCHỈ ĐẠO\t\n1\t\tTháng 5\t\nNơi nhận:\n- Như trên\n")).toEqual([
      ["TT", "A", "B"],
      ["I", "CHỈ ĐẠO"],
      ["1", "", "Tháng 5"],
    ]);
  });

  test("a document with no table is all preamble and no rows", () => {
    expect(tableOfDocText("Công văn\nvề việc báo cáo\n")).toEqual({ rows: [], preamble: "Công văn\nvề việc báo cáo" });
  });
});

describe("an old Word file", () => {
  test("reads to the same plan as the .docx it was saved from", async () => {
    // ke-hoach-cu.doc is ke-hoach-cu.docx saved as Word 97-2003 by LibreOffice.
    const fromDoc = importPlan(await readDoc(readFileSync(fixture("ke-hoach-cu.doc"))), { matcher });
    const fromDocx = importPlan(await readDocx(readFileSync(fixture("ke-hoach-cu.docx"))), { matcher });
    expect(fromDoc.tasks.map((t) => t.id)).toEqual(["A.I.1", "A.I.2", "A.II.1", "A.II.2", "B.1"]);
    expect(fromDoc.tasks).toEqual(fromDocx.tasks);
    expect(fromDoc.year).toBe(2025);
    // The cell with two paragraphs and the "&" come through as written.
    expect(fromDoc.tasks[0].task).toBe("Ban hành kế hoạch kiểm tra công tác CCHC năm 2025 & tổ chức kiểm tra");
    expect(fromDoc.tasks[1].task).toBe("Báo cáo CCHC định kỳ của xã\n- Quý I, 6 tháng, quý III và năm");
    // Part B's title row is one cell merged across the table.
    expect(fromDoc.tasks[4].part).toEqual({ code: "B", title: "NHIỆM VỤ NÂNG CAO CHỈ SỐ HÀI LÒNG (SIPAS)" });
  });
});
