import { markDone, logOccurrence, noteDifficulty } from "../../../src/app/commands/officerActions";
import { readWorkbook } from "../../../src/app/commands/readWorkbook";
import { refreshAll } from "../../../src/app/commands/refresh";
import { officerPage, OFFICER_GROUPS } from "../../../src/app/read/officer";
import { render, t } from "../../../src/core/i18n/messages";
import { PLAN_TAB } from "../../../src/core/workbook/layout";
import type { CellValue } from "../../../src/ports";
import type { MemoryWorkbook } from "../../../src/memory/memoryWorkbook";
import { seededPorts } from "../../helpers";

const EMAIL = "vp.tk@dailanh.gov.vn";
const lock = { withLock: <T>(fn: () => T): T | null => fn() };

/** The seed with the office-statistics officer's address in the directory (row 2). */
function ports() {
  const base = seededPorts();
  const p = { ...base, workbook: base.workbook as MemoryWorkbook, lock };
  const dir = p.workbook.sheet("Danh bạ")!;
  dir.type(2, 4, "Nguyễn Văn An");
  dir.type(2, 5, EMAIL);
  refreshAll(p);
  return p;
}
const grid = (p: ReturnType<typeof ports>, name: string): CellValue[][] =>
  JSON.parse(JSON.stringify(p.workbook.sheet(name)!.readValues()));

describe("officerPage", () => {
  it("lists the person's tasks, most urgent first, as plain data", () => {
    const p = ports();
    const page = officerPage(readWorkbook(p), EMAIL.toUpperCase());
    expect(page.person).toBe(EMAIL);
    expect(page.today).toBe("20/11/2024");
    expect(page.tasks.length).toBeGreaterThan(5);
    const groups = page.tasks.map((t) => OFFICER_GROUPS.indexOf(t.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const overdue = page.tasks.filter((t) => t.group === "overdue");
    expect(overdue.map((t) => t.daysLeft!)).toEqual(overdue.map((t) => t.daysLeft!).sort((a, b) => a - b));
    for (const t of page.tasks) {
      expect(t.deadline).toMatch(
        /^(Hạn: \d\d\/\d\d\/\d{4} \((còn \d+ ngày làm việc|hôm nay|quá hạn \d+ ngày làm việc)\)|Tiến độ: )/,
      );
      expect(t.actions).toContain("noteDifficulty");
    }
    expect(page.tasks.slice(0, 3).map((t) => [t.id, t.deadline, t.actions])).toEqual([
      ["A.I.7", "Hạn: 05/04/2024 (quá hạn 158 ngày làm việc)", ["logOccurrence", "noteDifficulty"]],
      ["A.V.4", "Hạn: 27/05/2024 (quá hạn 125 ngày làm việc)", ["markDone", "noteDifficulty"]],
      ["A.III.1", "Hạn: 28/05/2024 (quá hạn 124 ngày làm việc)", ["markDone", "noteDifficulty"]],
    ]);
    expect(page.tasks.filter((t) => t.group === "overdue")).toHaveLength(14);
    expect(page.tasks.find((t) => t.id === "A.I.6")!.deadline).toBe("Hạn: 31/12/2024 (còn 29 ngày làm việc)");
  });

  it("returns a task's text as typed, never as markup", () => {
    const p = ports();
    const snap = readWorkbook(p);
    const mine = officerPage(snap, EMAIL).tasks[0];
    p.workbook.sheet("Kế hoạch")!.type(mine.row, 5, "<img src=x onerror=alert(1)>");
    const again = officerPage(readWorkbook(p), EMAIL).tasks.find((t) => t.id === mine.id)!;
    expect(again.task).toBe("<img src=x onerror=alert(1)>");
  });

  it("shows another person nothing", () => {
    expect(officerPage(readWorkbook(ports()), "someone@else.vn").tasks).toEqual([]);
  });
});

describe("markDone", () => {
  it("writes only the officer columns of the row, recomputes it as done and logs who did it", () => {
    const p = ports();
    const task = officerPage(readWorkbook(p), EMAIL).tasks.find((t) => t.actions.includes("markDone"))!;
    const before = grid(p, "Kế hoạch");
    const logBefore = grid(p, "Nhật ký").length;
    p.workbook.counter.reset();
    const result = markDone(p, EMAIL, task.id, "19/11/2024", "https://drive.google.com/file/d/abc");
    expect(result).toMatchObject({ ok: true });
    const after = grid(p, "Kế hoạch");
    const header = after[0] as string[];
    const col = (h: string) => header.indexOf(h);
    // The officer columns markDone writes, and the computed ones the row's recomputation rewrites.
    const allowed = new Set(
      PLAN_TAB.columns
        .filter((c) => ["progress", "completedOn", "evidence"].includes(c.key) || c.owner === "computed")
        .map((c) => t(c.header)),
    );
    after.forEach((line, r) =>
      line.forEach((v, c) => {
        const changed = JSON.stringify(v) !== JSON.stringify(before[r]?.[c] ?? null);
        if (!changed) return;
        expect(r + 1).toBe(task.row);
        expect(allowed.has(header[c])).toBe(true);
      }),
    );
    expect(after[task.row - 1][col("Trạng thái")]).toBe("Hoàn thành");
    expect(after[task.row - 1][col("Minh chứng (đường dẫn)")]).toBe("https://drive.google.com/file/d/abc");
    expect(String(after[task.row - 1][col("Tình trạng")])).toMatch(/^Hoàn thành/);
    const log = grid(p, "Nhật ký");
    expect(log.length).toBe(logBefore + 1);
    expect(log[log.length - 1]).toEqual([
      "2024-11-20 08:00:00",
      EMAIL,
      "Việc của tôi",
      `Nhiệm vụ ${task.id}: đánh dấu hoàn thành ngày 19/11/2024, minh chứng https://drive.google.com/file/d/abc`,
    ]);
  });

  it("refuses bad input naming the field, in Vietnamese, writing nothing", () => {
    const p = ports();
    const id = officerPage(readWorkbook(p), EMAIL).tasks[0].id;
    const before = grid(p, "Kế hoạch");
    const cases: [unknown, unknown, string][] = [
      ["31/11/2024", "https://x.vn", "Ngày hoàn thành: không phải ngày có thật (viết dd/mm/yyyy)"],
      ["21/11/2024", "https://x.vn", "Ngày hoàn thành: không được sau hôm nay"],
      ["01/01/1990", "https://x.vn", "Ngày hoàn thành: cách hôm nay quá 10 năm"],
      ["19/11/2024", "javascript:alert(1)", "Minh chứng: cần là đường dẫn bắt đầu bằng http:// hoặc https://"],
      ["19/11/2024", '=HYPERLINK("http://x")', "Minh chứng: cần là đường dẫn bắt đầu bằng http:// hoặc https://"],
      ["19/11/2024", "", "Minh chứng: cần được điền"],
      ["19/11/2024", "https://x.vn/" + "a".repeat(2000), "Minh chứng: dài quá 2000 ký tự"],
      [42, "https://x.vn", "Ngày hoàn thành: không phải ngày có thật (viết dd/mm/yyyy)"],
    ];
    for (const [date, link, message] of cases) {
      const r = markDone(p, EMAIL, id, date, link);
      expect(r.ok ? "" : render(r.error)).toBe(message);
    }
    expect(grid(p, "Kế hoạch")).toEqual(before);
  });

  it("answers the same for another person's task and a missing one", () => {
    const p = ports();
    const snap = readWorkbook(p);
    const mine = new Set(officerPage(snap, EMAIL).tasks.map((t) => t.id));
    const other = snap.rows.find((r) => !mine.has(r.id))!.id;
    const before = grid(p, "Kế hoạch");
    const a = markDone(p, EMAIL, other, "19/11/2024", "https://x.vn");
    const b = markDone(p, EMAIL, "no-such-id", "19/11/2024", "https://x.vn");
    expect(a.ok || b.ok).toBe(false);
    expect(!a.ok && render(a.error)).toBe(`Không tìm thấy nhiệm vụ ${other} trong danh sách việc của bạn.`);
    expect(!b.ok && b.error.key).toBe("officer.noTask");
    expect(grid(p, "Kế hoạch")).toEqual(before);
  });

  it("is refused past 30 writes a minute by one person, and when the lock is busy", () => {
    const p = ports();
    const id = officerPage(readWorkbook(p), EMAIL).tasks[0].id;
    for (let i = 0; i < 30; i++) noteDifficulty(p, EMAIL, id, `Khó khăn ${i}`);
    const r = noteDifficulty(p, EMAIL, id, "Một lần nữa");
    expect(!r.ok && r.error.key).toBe("officer.tooManyWrites");
    const busy = { ...ports(), lock: { withLock: () => null } };
    const b = noteDifficulty(busy, EMAIL, id, "Thiếu kinh phí");
    expect(!b.ok && render(b.error)).toBe("Bảng đang được cập nhật, vui lòng thử lại sau ít phút.");
  });
});

describe("noteDifficulty and logOccurrence", () => {
  it("appends a difficulty under the notes kept, refusing formula-like or number-only text", () => {
    const p = ports();
    const task = officerPage(readWorkbook(p), EMAIL).tasks[0];
    const plan = p.workbook.sheet("Kế hoạch")!;
    const notesCol = (grid(p, "Kế hoạch")[0] as string[]).indexOf("Ghi chú, khó khăn") + 1;
    plan.type(task.row, notesCol, "Đã họp lần 1");
    expect(noteDifficulty(p, EMAIL, task.id, "  Thiếu kinh phí in tài liệu  ")).toMatchObject({ ok: true });
    expect(plan.get(task.row, notesCol)).toBe(`Đã họp lần 1\n[20/11/2024, ${EMAIL}] Thiếu kinh phí in tài liệu`);
    for (const [text, problem] of [
      [
        '=IMPORTXML("http://x")',
        "Nội dung khó khăn: không được bắt đầu bằng = + - @ (Google Trang tính sẽ hiểu là công thức)",
      ],
      ["+84 912", "Nội dung khó khăn: không được bắt đầu bằng = + - @ (Google Trang tính sẽ hiểu là công thức)"],
      ["@mention", "Nội dung khó khăn: không được bắt đầu bằng = + - @ (Google Trang tính sẽ hiểu là công thức)"],
      ["12345", "Nội dung khó khăn: cần là lời mô tả, không chỉ là con số"],
      ["x".repeat(1001), "Nội dung khó khăn: dài quá 1000 ký tự"],
      ["a\u0000b", "Nội dung khó khăn: có ký tự không in được"],
    ]) {
      const r = noteDifficulty(p, EMAIL, task.id, text);
      expect(r.ok ? "" : render(r.error)).toBe(problem);
    }
  });

  it("logs a recurring task's occurrence in Hoàn thành theo kỳ", () => {
    const p = ports();
    const task = officerPage(readWorkbook(p), EMAIL).tasks.find((t) => t.actions.includes("logOccurrence"));
    expect(task).toBeDefined();
    const before = grid(p, "Hoàn thành theo kỳ").length;
    const r = logOccurrence(p, EMAIL, task!.id, task!.period!.key, "18/11/2024", "https://x.vn/bc");
    expect(r).toMatchObject({ ok: true });
    const rows = grid(p, "Hoàn thành theo kỳ");
    expect(rows.length).toBe(before + 1);
    expect(rows[rows.length - 1].slice(0, 4)).toEqual([
      task!.id,
      task!.period!.key,
      { year: 2024, month: 11, day: 18 },
      "https://x.vn/bc",
    ]);
    const after = officerPage(readWorkbook(p), EMAIL).tasks.find((t) => t.id === task!.id)!;
    expect(after.period?.key).not.toBe(task!.period!.key);
    const bad = logOccurrence(p, EMAIL, task!.id, "1999-01", "18/11/2024", "https://x.vn/bc");
    expect(!bad.ok && bad.error.key).toBe("officer.noSuchPeriod");
  });
});

describe("what a link may change: the review's attacks", () => {
  const planRow = (p: ReturnType<typeof ports>, id: string) => grid(p, "Kế hoạch").findIndex((r) => r[0] === id) + 1;
  const column = (key: string) => PLAN_TAB.columns.findIndex((c) => c.key === key) + 1;
  const myOneOff = (p: ReturnType<typeof ports>) =>
    officerPage(readWorkbook(p), EMAIL).tasks.find((x) => x.actions.includes("markDone"))!;

  it("a task whose owner cell names someone else is not the lead role's to act on", () => {
    const p = ports();
    const task = myOneOff(p);
    p.workbook.sheet("Kế hoạch")!.type(planRow(p, task.id), column("owner"), "Lê Văn Chưa Có");
    refreshAll(p);
    const result = markDone(p, EMAIL, task.id, "19/11/2024", "https://drive.google.com/file/d/abc");
    expect(result).toMatchObject({ ok: false, error: { key: "officer.noTask" } });
  });

  it("an id on two rows is refused: completions are matched by id", () => {
    const p = ports();
    const task = myOneOff(p);
    const other = grid(p, "Kế hoạch").findIndex((r, i) => i > 0 && r[0] !== task.id) + 1;
    p.workbook.sheet("Kế hoạch")!.type(other, column("id"), task.id);
    refreshAll(p);
    const result = markDone(p, EMAIL, task.id, "19/11/2024", "https://drive.google.com/file/d/abc");
    expect(result).toMatchObject({ ok: false, error: { key: "officer.noTask" } });
  });

  it("only the actions the page offers: a recurring task is not marked done as a whole", () => {
    const p = ports();
    const recurring = officerPage(readWorkbook(p), EMAIL).tasks.find((x) => x.actions.includes("logOccurrence"))!;
    const before = grid(p, "Kế hoạch");
    const result = markDone(p, EMAIL, recurring.id, "19/11/2024", "https://drive.google.com/file/d/abc");
    expect(result).toMatchObject({ ok: false, error: { key: "officer.noTask" } });
    expect(grid(p, "Kế hoạch")).toEqual(before);
  });

  it("a difficulty is one line, so it cannot forge a line under someone else's name", () => {
    const p = ports();
    const task = myOneOff(p);
    const forged = "ok\n[19/11/2024, tp.ht@dailanh.gov.vn] Tôi xin rút";
    expect(noteDifficulty(p, EMAIL, task.id, forged)).toMatchObject({ ok: true });
    const notes = String(grid(p, "Kế hoạch")[planRow(p, task.id) - 1][column("notes") - 1]);
    expect(notes).not.toMatch(/\n\[19\/11\/2024, tp\.ht/);
    expect(notes).toContain("ok [19/11/2024, tp.ht@dailanh.gov.vn] Tôi xin rút");
  });

  it("format and direction characters are refused in links and text", () => {
    const p = ports();
    const task = myOneOff(p);
    for (const link of ["https://drive.google\u202e.com/x", "https://drive.google.com/\u200bx"]) {
      expect(markDone(p, EMAIL, task.id, "19/11/2024", link)).toMatchObject({ ok: false, field: "evidence" });
    }
    expect(noteDifficulty(p, EMAIL, task.id, "chờ \u2066huyện\u2069 duyệt")).toMatchObject({
      ok: false,
      field: "text",
    });
  });

  it("a row moved between reading and writing: the write is refused, no other task changed", () => {
    const p = ports();
    const task = myOneOff(p);
    const row = planRow(p, task.id);
    const sheet = p.workbook.sheet("Kế hoạch")! as unknown as { cells: CellValue[][] };
    // The sheet as the writer will find it: another task has taken the row (a row inserted above).
    const read = p.workbook.sheet("Kế hoạch")!.readRows.bind(p.workbook.sheet("Kế hoạch")!);
    let reads = 0;
    p.workbook.sheet("Kế hoạch")!.readRows = (...args: Parameters<typeof read>) => {
      const out = read(...args);
      if (args[0] === row && ++reads === 1) out.values[0][column("id") - 1] = "X.9";
      return out;
    };
    expect(() => markDone(p, EMAIL, task.id, "19/11/2024", "https://drive.google.com/file/d/abc")).toThrow(
      /Lỗi nội bộ/,
    );
    expect(sheet.cells[row - 1][column("progress") - 1] ?? null).not.toBe(t("progress.done"));
  });

  it("a note that would make the cell longer than the check allows is refused, the cell kept", () => {
    const p = ports();
    const task = myOneOff(p);
    const long = "khó khăn ".repeat(110).trim();
    for (let i = 0; i < 3; i++) expect(noteDifficulty(p, EMAIL, task.id, long)).toMatchObject({ ok: true });
    const before = grid(p, "Kế hoạch")[planRow(p, task.id) - 1][column("notes") - 1];
    expect(noteDifficulty(p, EMAIL, task.id, long)).toMatchObject({ ok: false, field: "text" });
    expect(grid(p, "Kế hoạch")[planRow(p, task.id) - 1][column("notes") - 1]).toBe(before);
  });
});
