import { readFileSync } from "node:fs";
import fc from "fast-check";
import { render } from "../../src/core/i18n/messages";
import { importPlan, matchHeader, PlanImportError, romanToNumber } from "../../src/core/plan/importer";
import { readGrid } from "../../src/core/plan/readers/grid";
import { readTextTable, splitRow } from "../../src/core/plan/readers/textTable";
import { matcher, seedPlan, seedText } from "../helpers";

const byId = (id: string) => {
  const task = seedPlan().tasks.find((t) => t.id === id);
  if (!task) throw new Error(`no task ${id}`);
  return task;
};

describe("importing the seed plan (Đại Lãnh 2024)", () => {
  test("reads all 77 numbered tasks: 67 in part A's nine sections and 10 in part B", () => {
    const plan = seedPlan();
    expect(plan.tasks).toHaveLength(77);
    const perSection = new Map<string, number>();
    for (const t of plan.tasks) {
      const key = `${t.part?.code}.${t.section?.code ?? "-"}`;
      perSection.set(key, (perSection.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(perSection)).toEqual({
      "A.I": 7,
      "A.II": 5,
      "A.III": 15,
      "A.IV": 2,
      "A.V": 7,
      "A.VI": 5,
      "A.VII": 10,
      "A.VIII": 8,
      "A.IX": 8,
      "B.-": 10,
    });
  });

  test("gives every task a unique stable id built from part, section and number", () => {
    const ids = seedPlan().tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(77);
    expect(ids.slice(0, 3)).toEqual(["A.I.1", "A.I.2", "A.I.3"]);
    expect(ids).toContain("A.III.14");
    expect(ids).toContain("A.IX.8");
    expect(ids.slice(-10)).toEqual(Array.from({ length: 10 }, (_, i) => `B.${i + 1}`));
  });

  test("reads both shapes of section row, with their titles", () => {
    expect(byId("A.I.1").section).toEqual({ code: "I", title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" });
    expect(byId("A.II.1").section).toEqual({ code: "II", title: "CẢI CÁCH THỂ CHẾ" });
    expect(byId("A.VII.1").section?.title).toBe("XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ");
    expect(byId("B.1").part?.title).toMatch(/^NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC, NÂNG CAO CHỈ SỐ MỨC ĐỘ HÀI LÒNG/);
    expect(byId("B.1").section).toBeNull();
  });

  test("merges VII.7 and VIII.2 with the rows that continue them after a page break", () => {
    const vii7 = byId("A.VII.7");
    expect(vii7.sourceRows).toEqual([205, 209]);
    expect(vii7.output).toContain(
      "Tối thiểu 80% TTHC trực tuyến phát sinh hồ sơ trực tuyến trên tổng số TTHC trực tuyển được công bố",
    );
    expect(vii7.output).toContain("Tối thiểu 30% hồ sơ có phát sinh giao dịch thanh toán trực tuyến");
    expect(vii7.assignment).toContain("Văn phòng HĐND và UBND xã phối hợp với Công chức Văn hóa và Xã hội");
    const viii2 = byId("A.VIII.2");
    expect(viii2.sourceRows).toEqual([218, 222]);
    expect(viii2.assignment).toMatch(/Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện\.$/);
    const continued = seedPlan()
      .warnings.filter((w) => w.message.key === "import.continuation")
      .map((w) => w.taskId);
    expect(continued).toEqual(["A.VII.7", "A.VIII.2"]);
  });

  test("turns HTML in cells into plain text with one bullet per line", () => {
    const t = byId("A.III.11");
    expect(t.task).not.toMatch(/<|>/);
    expect(t.timeline).toBe("Thường xuyên");
    expect(byId("A.III.1").timeline).toBe(
      "- Thường xuyên\n- Riêng báo cáo rà soát và đề xuất phương án đơn giản hóa TTHC năm 2024 gửi Văn " +
        "phòng UBND huyện trước ngày 05/7/2024",
    );
    for (const task of seedPlan().tasks) {
      for (const text of [task.task, task.output, task.timeline, task.assignment])
        expect(text).not.toMatch(/<\/?(p|ul|li|br)\b/);
    }
  });

  test("takes 2024 as the plan year despite the 2023 header, and says so", () => {
    const plan = seedPlan();
    expect(plan.year).toBe(2024);
    expect(plan.title).toMatch(/^Khắc phục những tồn tại.*xã Đại Lãnh năm 2024$/);
    const note = plan.warnings.find((w) => w.message.key === "import.yearMismatch");
    expect(note && render(note.message)).toBe(
      "Phần đầu văn bản ghi năm 2023 nhưng các hạn trong bảng thuộc năm 2024; kế hoạch được coi là của năm 2024.",
    );
  });

  test("flags 31/11/2024 as a date that does not exist, and sets no milestone for it", () => {
    const warning = seedPlan().warnings.find((w) => w.message.key === "timeline.invalidDate");
    expect(warning?.taskId).toBe("A.VI.4");
    expect(warning?.row).toBe(190);
    expect(render(warning!.message)).toBe(
      'Ngày 31/11/2024 không tồn tại (tháng 11 năm 2024 chỉ có 30 ngày); hãy đặt hạn bằng tay ở cột "Hạn tự đặt".',
    );
    expect(byId("A.VI.4").milestones).toEqual([]);
  });

  test("finds a lead role for every task whose assignment names one", () => {
    const plan = seedPlan();
    const without = plan.tasks.filter((t) => t.leadRoles.length === 0).map((t) => t.id);
    // A.IV.1 ("Thực hiện đúng quy định…") and A.VIII.7 ("Cử cán bộ, công chức…") name no role.
    expect(without).toEqual(["A.IV.1", "A.VIII.7"]);
    const flagged = plan.warnings.filter((w) => w.message.key === "import.noLead").map((w) => w.taskId);
    expect(flagged).toEqual(without);
    expect(byId("A.I.2").leadRoles).toEqual(["officeStatistics"]);
    expect(byId("A.II.1").leadRoles).toEqual(["justiceCivil"]);
    expect(byId("A.VI.1").leadRoles).toEqual(["financeAccounting"]);
    expect(byId("A.V.3").leadRoles).toEqual(["councilOffice"]);
    expect(byId("B.10").leadRoles).toEqual(["chairman"]);
    expect(byId("B.2").leadRoles).toEqual(["allOfficers"]);
    expect(byId("A.VII.7")).toMatchObject({
      leadRoles: ["allOfficers", "councilOffice"],
      supportRoles: ["cultureSociety"],
    });
  });

  test("does not take the district's office for the commune's", () => {
    // A.III.1 sends a report "về Văn phòng HĐND-UBND huyện": that is not a commune role.
    const mentions = matcher.mentionsInFolded("gui ve van phong hdnd-ubnd huyen va van phong hdnd-ubnd xa");
    expect(mentions.map((m) => m.key)).toEqual(["councilOffice"]);
  });

  test("reads the deadlines written in the timeline and assignment cells, with their labels", () => {
    const milestones = (id: string) =>
      byId(id).milestones.map((m) => [`${m.date.year}-${m.date.month}-${m.date.day}`, m.label, m.source]);
    expect(milestones("A.V.4")).toEqual([
      ["2024-5-25", "Báo cáo 06 tháng", "timeline"],
      ["2024-10-25", "Báo cáo năm", "timeline"],
    ]);
    expect(milestones("A.I.1")).toEqual([
      ["2024-11-10", expect.any(String), "timeline"],
      ["2024-11-25", expect.any(String), "assignment"],
    ]);
    expect(milestones("A.III.1").map((m) => m[0])).toEqual(["2024-7-5", "2024-5-28"]);
  });

  test("reports its source rows so warnings point at the file's lines", () => {
    expect(byId("A.I.1").sourceRows).toEqual([101]);
    expect(byId("B.10").sourceRows).toEqual([266]);
  });
});

describe("the importer on other inputs", () => {
  test("reads the same plan from a grid of cells, as pasted into a sheet", () => {
    const grid = readTextTable(seedText()).rows.map((r) => [...r.cells]);
    const plan = importPlan(readGrid(grid), { matcher });
    expect(plan.tasks.map((t) => t.id)).toEqual(seedPlan().tasks.map((t) => t.id));
    expect(plan.tasks.map((t) => t.task)).toEqual(seedPlan().tasks.map((t) => t.task));
  });

  test("reads text in decomposed Unicode (NFD) exactly like NFC", () => {
    const nfd = importPlan(readTextTable(seedText().normalize("NFD")), { matcher });
    expect(nfd.tasks.map((t) => [t.id, t.task, t.leadRoles])).toEqual(
      seedPlan().tasks.map((t) => [t.id, t.task, t.leadRoles]),
    );
  });

  test("matches roles typed without diacritics and with other dashes", () => {
    expect(matcher.match("Cong chuc Tu phap - Ho tich xa")).toBe("justiceCivil");
    expect(matcher.match("Công chức Văn hóa—Xã hội")).toBe("cultureSociety");
    expect(matcher.match("VĂN PHÒNG HĐND – UBND XÃ")).toBe("councilOffice");
    expect(matcher.match("Phòng Nội vụ huyện")).toBeNull();
  });

  test("refuses a table with no header, in Vietnamese", () => {
    expect(() => importPlan({ rows: [{ cells: ["1", "Việc gì đó"], row: 1 }], preamble: "" }, { matcher })).toThrow(
      PlanImportError,
    );
    expect(() => importPlan({ rows: [{ cells: ["1", "Việc"], row: 1 }], preamble: "" }, { matcher })).toThrow(
      /Không tìm thấy dòng tiêu đề/,
    );
  });

  test("refuses a header with no task under it", () => {
    expect(() =>
      importPlan(
        readGrid([
          ["TT", "Nhiệm vụ", "Tiến độ"],
          ["", "", ""],
        ]),
        { matcher },
      ),
    ).toThrow(/Không đọc được nhiệm vụ nào/);
  });

  test("warns about a row it does not understand and a task with no text, and keeps going", () => {
    const plan = importPlan(
      readGrid([
        ["TT", "Nhiệm vụ", "Tiến độ", "Phân công"],
        ["1", "Việc một", "Thường xuyên", "Công chức Tư pháp – Hộ tịch thực hiện"],
        ["(*)", "ghi chú", "", ""],
        ["2", "", "Trong năm 2025", "Chủ tịch UBND xã chỉ đạo"],
      ]),
      { matcher },
    );
    expect(plan.tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(plan.warnings.map((w) => [w.row, w.message.key])).toEqual([
      [3, "import.unknownRow"],
      [4, "import.emptyTask"],
    ]);
  });

  test("numbering that starts again without a heading names the section's tasks by run, and says so", () => {
    const plan = importPlan(
      readGrid([
        ["TT", "Nhiệm vụ", "Tiến độ"],
        ["I", "MỘT"],
        ["1", "a", "Thường xuyên"],
        ["1", "b", "Thường xuyên"],
      ]),
      { matcher, year: 2025 },
    );
    expect(plan.tasks.map((t) => t.id)).toEqual(["I.1.1", "I.2.1"]);
    expect(plan.warnings.map((w) => w.message.key)).not.toContain("import.duplicateId");
    expect(render(plan.warnings.find((w) => w.message.key === "import.numberingRestart")!.message)).toContain("I.2.1");
  });

  test("recognises header variants: Thời gian hoàn thành, Cơ quan chủ trì, Đơn vị phối hợp", () => {
    const header = matchHeader([
      "STT",
      "Nội dung nhiệm vụ",
      "Sản phẩm",
      "Thời gian hoàn thành",
      "Cơ quan chủ trì",
      "Đơn vị phối hợp",
    ]);
    expect(header && Object.fromEntries(header)).toEqual({
      number: 0,
      task: 1,
      output: 2,
      timeline: 3,
      lead: 4,
      support: 5,
    });
  });

  test("splits text-table rows on unescaped pipes", () => {
    expect(splitRow("| 1 | a \\| b | |")).toEqual(["1", "a | b", ""]);
  });

  test("reads Roman numerals up to the sections a plan has", () => {
    expect(["I", "IV", "IX", "XII"].map(romanToNumber)).toEqual([1, 4, 9, 12]);
    expect(romanToNumber("A")).toBeNull();
    expect(romanToNumber("IIII")).toBeNull();
  });

  test("keeps the seed's text as written (no silent rewording)", () => {
    const raw = readFileSync(require.resolve("../../seeds/000_786393e0dca0e6d8.txt"), "utf8");
    expect(raw).toContain("Hoàn thành trước ngày 31/11/2024");
    expect(seedPlan().tasks.find((t) => t.id === "A.VI.4")!.timeline).toBe("Hoàn thành trước ngày 31/11/2024");
  });
});

describe("the plan's date", () => {
  test("comes from the appendix caption, not from the plans the body cites", () => {
    expect(seedPlan().issuedOn).toEqual({ year: 2024, month: 4, day: 2 });
    expect(seedText()).toContain("Kế hoạch số 97-KH/HU ngày 10/11/2022");
  });
});

describe("continuation rows", () => {
  const header = ["TT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công"];

  test("join a cell to the text before it: a new line after a sentence, a space otherwise, blanks skipped", () => {
    const plan = importPlan(
      readGrid([
        header,
        ["1", "Rà soát TTHC", "Báo cáo;", "Thường xuyên", "Công chức Tư pháp - Hộ tịch chủ trì"],
        ["", "(tiếp theo) kiến nghị", "", "", "thực hiện."],
        ["", "", "Danh mục", "", ""],
        ["", "đơn giản hoá", "", "", "Văn phòng phối hợp"],
      ]),
      { matcher, year: 2024 },
    );
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({
      task: "Rà soát TTHC (tiếp theo) kiến nghị đơn giản hoá",
      output: "Báo cáo;\nDanh mục",
      timeline: "Thường xuyên",
      assignment: "Công chức Tư pháp - Hộ tịch chủ trì thực hiện.\nVăn phòng phối hợp",
      sourceRows: [2, 3, 4, 5],
    });
  });

  test("a task continued over 20,000 rows is read whole (the rows are joined once, not row by row)", () => {
    const n = 20_000;
    const rows = [
      { cells: header, row: 1 },
      { cells: ["1", "Việc một", "Báo cáo", "Trước ngày 05/7/2024", "Công chức Tư pháp - Hộ tịch chủ trì"], row: 2 },
    ];
    const taskParts = ["Việc một"];
    const outputParts = ["Báo cáo"];
    for (let i = 0; i < n; i++) {
      const task = `phần ${i}${i % 3 === 0 ? "." : ""}`;
      const output = i % 4 === 0 ? "" : `sản phẩm ${i}`;
      rows.push({ cells: ["", task, output, "", ""], row: 3 + i });
      taskParts.push(task);
      if (output) outputParts.push(output);
    }
    // The expected text, built the slow obvious way: each part after the one before it.
    const joined = (parts: string[]) =>
      parts.map((p, i) => (i === 0 ? p : (/[.;:!?]$/.test(parts[i - 1]) ? "\n" : " ") + p)).join("");
    const plan = importPlan({ rows, preamble: "" }, { matcher, year: 2024 });
    expect(plan.tasks).toHaveLength(1);
    const [task] = plan.tasks;
    expect(task.id).toBe("1");
    expect(task.task).toBe(joined(taskParts));
    expect(task.task.startsWith("Việc một phần 0.\nphần 1 phần 2 phần 3.\nphần 4")).toBe(true);
    expect(task.output).toBe(joined(outputParts));
    expect(task.timeline).toBe("Trước ngày 05/7/2024");
    expect(task.sourceRows).toHaveLength(n + 1);
    expect(task.sourceRows[n]).toBe(n + 2);
    expect(plan.warnings.filter((w) => w.message.key === "import.continuation")).toHaveLength(n);
  });
});

describe("a row whose number cell says it is a task is a task", () => {
  const header = ["TT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công"];
  const filled = ["Báo cáo", "Thường xuyên", "Công chức Tư pháp - Hộ tịch chủ trì"];

  test("a numbered task in capitals with its other cells empty is no section, and renumbers nothing", () => {
    const plan = importPlan(
      readGrid([
        header,
        ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["1", "Công khai TTHC", ...filled],
        ["2", "Cập nhật TTHC", ...filled],
        ["3", "RÀ SOÁT THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["", "(tiếp theo) ĐỀ XUẤT ĐƠN GIẢN HOÁ", "", "", ""],
        ["4", "Tiếp nhận hồ sơ", ...filled],
        ["5", "Trả kết quả", ...filled],
      ]),
      { matcher, year: 2024 },
    );
    expect(plan.tasks.map((t) => t.id)).toEqual(["I.1", "I.2", "I.3", "I.4", "I.5"]);
    expect(plan.tasks.every((t) => t.section?.code === "I")).toBe(true);
    expect(plan.tasks[2]).toMatchObject({
      number: "3",
      task: "RÀ SOÁT THỦ TỤC HÀNH CHÍNH (tiếp theo) ĐỀ XUẤT ĐƠN GIẢN HOÁ",
      sourceRows: [5, 6],
    });
    expect(plan.warnings.map((w) => w.message.key)).not.toContain("import.orphanContinuation");
  });

  test("an Arabic number heads a section when the numbers after it say so, in capitals or not", () => {
    const children = importPlan(
      readGrid([
        header,
        ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", ""],
        ["1.1", "Ban hành kế hoạch", ...filled],
        ["1.2", "BÁO CÁO ĐỊNH KỲ", "", "", ""],
        ["2.", "Cải cách thủ tục hành chính", "", "", ""],
        ["2.1", "Công khai TTHC", ...filled],
      ]),
      { matcher, year: 2024 },
    );
    expect(children.tasks.map((t) => [t.id, t.section?.code])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
      ["2.1", "2"],
    ]);
    expect(children.tasks[2].section?.title).toBe("Cải cách thủ tục hành chính");

    const restarted = importPlan(
      readGrid([
        header,
        ["1", "CÔNG TÁC CHỈ ĐẠO", "", "", ""],
        ["1", "Ban hành kế hoạch", ...filled],
        ["2", "BÁO CÁO ĐỊNH KỲ", "", "", ""],
        ["2", "Cải cách thủ tục hành chính", "", "", ""],
        ["1", "Công khai TTHC", ...filled],
      ]),
      { matcher, year: 2024 },
    );
    expect(restarted.tasks.map((t) => [t.id, t.task])).toEqual([
      ["1.1", "Ban hành kế hoạch"],
      ["1.2", "BÁO CÁO ĐỊNH KỲ"],
      ["2.1", "Công khai TTHC"],
    ]);
  });

  const ROMAN_CODES = ["I", "II", "III", "IV", "V", "VI"];
  const WORDS = [
    "rà",
    "soát",
    "thủ",
    "tục",
    "hành",
    "chính",
    "công",
    "khai",
    "đánh",
    "giá",
    "tuyên",
    "truyền",
    "điện",
    "tử",
    "dịch",
    "vụ",
  ];
  const title = fc
    .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 })
    .map((w) => `${w[0][0].toUpperCase()}${w.join(" ").slice(1)}`);
  const taskArb = fc.record({ text: title, capitals: fc.boolean(), continued: fc.boolean() });
  const planArb = fc.record({
    style: fc.constantFrom("roman", "arabicChildren", "arabicRestart"),
    sections: fc.array(
      fc.record({ title, capitals: fc.boolean(), tasks: fc.array(taskArb, { minLength: 1, maxLength: 6 }) }),
      { minLength: 1, maxLength: 6 },
    ),
  });

  test("property: writing some tasks in capitals with their other cells empty changes no id", () => {
    fc.assert(
      fc.property(planArb, ({ style, sections }) => {
        const grid = (asWritten: boolean): string[][] => {
          const rows = [header];
          sections.forEach((s, k) => {
            const code = style === "roman" ? ROMAN_CODES[k] : String(k + 1);
            rows.push([code, s.capitals ? s.title.toUpperCase() : s.title, "", "", ""]);
            s.tasks.forEach((t, j) => {
              const number = style === "arabicChildren" ? `${k + 1}.${j + 1}` : String(j + 1);
              rows.push(
                asWritten && t.capitals ? [number, t.text.toUpperCase(), "", "", ""] : [number, t.text, ...filled],
              );
              if (t.continued) rows.push(["", "(tiếp theo)", "", "", ""]);
            });
          });
          return rows;
        };
        const read = (asWritten: boolean) =>
          importPlan(readGrid(grid(asWritten)), { matcher, year: 2024 }).tasks.map((t) => [t.id, t.section?.code]);
        const expected = sections.flatMap((s, k) =>
          s.tasks.map((_, j) => {
            const code = style === "roman" ? ROMAN_CODES[k] : String(k + 1);
            return [`${code}.${j + 1}`, code];
          }),
        );
        expect(read(false)).toEqual(expected);
        expect(read(true)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
