import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { simpleParser } from "mailparser";
import { renderDigest } from "../../src/core/digest/compose";
import { escapeHtml } from "../../src/core/report/html";
import { readTextTable } from "../../src/core/plan/readers/textTable";
import { ROOT, SEED_FILE, fixture, seedPlan, seedText } from "../helpers";

const CLI = join(ROOT, "dist", "cli", "cli.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });

describe("cli import", () => {
  test("--json prints one JSON document with every task of the seed", () => {
    const r = run("import", SEED_FILE, "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.year).toBe(2024);
    expect(doc.tasks).toHaveLength(77);
    const iii14 = doc.tasks.find((t: { id: string }) => t.id === "A.III.14");
    expect(iii14).toMatchObject({
      section: { code: "III", title: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" },
      number: "14",
      leadRoles: ["councilOffice"],
    });
    const v4 = doc.tasks.find((t: { id: string }) => t.id === "A.V.4");
    expect(v4.milestones.map((m: { date: string; label: string }) => [m.date, m.label])).toEqual([
      ["2024-05-25", "Báo cáo 06 tháng"],
      ["2024-10-25", "Báo cáo năm"],
    ]);
    const vi4 = doc.tasks.find((t: { id: string }) => t.id === "A.VI.4");
    expect(vi4.warnings[0]).toMatch(/31\/11\/2024 không tồn tại/);
    expect(doc.warnings.find((w: { taskId: string }) => w.taskId === "A.VI.4")).toMatchObject({
      severity: "warning",
      row: 190,
      messageEn: expect.stringContaining("does not exist"),
    });
  });

  test("reads the same 77 tasks from a .docx made from the seed", () => {
    const r = run("import", fixture("seed-plan.docx"), "--json");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.tasks.map((t: { id: string }) => t.id)).toEqual(seedPlan().tasks.map((t) => t.id));
    expect(doc.tasks.map((t: { leadRoles: string[] }) => t.leadRoles)).toEqual(
      seedPlan().tasks.map((t) => t.leadRoles),
    );
  });

  test("reads an old Word (.doc) plan to the same tasks as its .docx, and a .docx renamed .doc as well", () => {
    const tasksOf = (file: string) => {
      const r = run("import", file, "--json");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout).tasks;
    };
    const renamed = join(mkdtempSync(join(tmpdir(), "par-doc-")), "doi-duoi.doc");
    copyFileSync(fixture("ke-hoach-cu.docx"), renamed);
    const fromDocx = tasksOf(fixture("ke-hoach-cu.docx"));
    expect(fromDocx).toHaveLength(5);
    expect(tasksOf(fixture("ke-hoach-cu.doc"))).toEqual(fromDocx);
    expect(tasksOf(renamed)).toEqual(fromDocx);
  });

  test("reads another commune's HTML plan: other headers, split lead/support columns, Arabic sections", () => {
    const r = run("import", fixture("other-commune.html"), "--json");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.year).toBe(2025);
    expect(doc.tasks.map((t: { id: string }) => t.id)).toEqual(["1.1", "1.2", "2.1", "2.2"]);
    expect(doc.tasks[0]).toMatchObject({
      task: "Ban hành Kế hoạch CCHC năm 2025 & kế hoạch tuyên truyền",
      leadRoles: ["officeStatistics"],
      supportRoles: ["allOfficers"],
    });
    expect(doc.tasks[1].task).toBe("Báo cáo CCHC định kỳ\n- Quý I\n- 6 tháng");
    expect(doc.tasks[3]).toMatchObject({
      task: "Rà soát TTHC (tiếp theo) kiến nghị đơn giản hoá",
      leadRoles: ["justiceCivil"],
      supportRoles: ["councilOffice"],
    });
    expect(doc.warnings.map((w: { message: string }) => w.message)).toContainEqual(
      expect.stringContaining("30/02/2025 không tồn tại"),
    );
  });

  test("a missing file or an unknown option exits 1 with a message, never a stack trace", () => {
    for (const args of [
      ["import", "khong-co.txt"],
      ["import", SEED_FILE, "--nope"],
      ["start", "--today", "2024-13-01"],
      ["frobnicate"],
    ]) {
      const r = run(...args);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.length).toBeGreaterThan(10);
    }
    expect(run("import", "khong-co.txt").stderr).toMatch(/^Không tìm thấy tệp khong-co\.txt\./);
  });
});

describe("cli start", () => {
  test("writes the tracking workbook for the embedded plan and prints a summary", async () => {
    const out = mkdtempSync(join(tmpdir(), "par-out-"));
    const r = run("start", "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/77 nhiệm vụ/);
    expect(r.stdout).toMatch(/Ngày tham chiếu: 2024-11-20/);
    expect(r.stdout).toMatch(/31\/11\/2024/);
    const file = join(out, "bang-theo-doi.xlsx");
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Kế hoạch",
      "Danh bạ",
      "Cài đặt",
      "Ngày nghỉ",
      "Hoàn thành theo kỳ",
      "Chỉ số",
      "Số liệu chỉ số",
      "Nhật ký",
      "Tổng hợp",
      "Chỉ số đã đề xuất",
      "Chú giải",
      "Tỷ lệ hoàn thành",
      "Biểu đồ chỉ số",
      "Báo cáo 2024-11",
    ]);
    const plan = wb.getWorksheet("Kế hoạch")!;
    expect(plan.rowCount).toBe(78);
    expect(plan.getCell("A2").value).toBe("A.I.1");
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const progress = plan.getRow(1).values as unknown[];
    const col = progress.indexOf("Trạng thái");
    const validation = (
      plan as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    const rule = Object.entries(validation).find(([ref]) => ref.startsWith(String.fromCharCode(64 + col)));
    expect(rule?.[1]).toMatchObject({
      type: "list",
      formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"'],
    });
    expect(JSON.parse(readFileSync(join(out, "plan.json"), "utf8")).tasks).toHaveLength(77);
    // The same statuses and colours as the sheet: computed columns and conditional formatting.
    const header = plan.getRow(1).values as unknown[];
    const statusCol = header.indexOf("Tình trạng");
    expect(plan.getRow(2).getCell(statusCol).value).toBe("Quá hạn");
    const formats = (plan as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    const letter = String.fromCharCode(64 + statusCol);
    expect(formats.filter((f) => f.ref.startsWith(`${letter}2:`)).map((f) => f.rules[0].formulae[0])).toEqual([
      `${letter}2="Quá hạn"`,
      `${letter}2="Sắp đến hạn"`,
      `${letter}2="Hoàn thành sớm hạn"`,
      `${letter}2="Hoàn thành đúng hạn"`,
      `${letter}2="Hoàn thành trễ hạn"`,
    ]);
    expect(wb.worksheets.map((w) => w.name)).toContain("Chú giải");
  });

  test("takes --plan and --today", () => {
    const out = mkdtempSync(join(tmpdir(), "par-out-"));
    const r = run("start", "--plan", fixture("other-commune.html"), "--today", "2025-03-01", "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/4 nhiệm vụ/);
    expect(r.stdout).toMatch(/Ngày tham chiếu: 2025-03-01\./);
  });

  test("--plan with extra columns: the .xlsx's Kế hoạch shows them after the product's, with their texts", async () => {
    const out = mkdtempSync(join(tmpdir(), "par-out-"));
    const r = run("start", "--plan", fixture("extra-columns.html"), "--today", "2025-03-01", "--out", out);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "bang-theo-doi.xlsx"));
    const plan = wb.getWorksheet("Kế hoạch")!;
    const header = (plan.getRow(1).values as unknown[]).slice(1);
    const at = (name: string) => header.indexOf(name) + 1;
    expect(header.slice(-2)).toEqual(["Kinh phí", "Văn bản giao nhiệm vụ"]);
    const cells = [2, 3, 4].map((row) =>
      ["Kinh phí", "Văn bản giao nhiệm vụ"].map((name) => plan.getRow(row).getCell(at(name)).text),
    );
    expect(cells).toEqual([
      ["Ngân sách xã", "Quyết định số 12/QĐ-UBND"],
      ["", "Công văn số 45/UBND-VP"],
      ["Nguồn chi thường xuyên", ""],
    ]);
  });

  test("reads a plan kept in an .xlsx file (the appendix table saved from Excel)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "par-xlsx-"));
    const file = join(dir, "ke-hoach.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.addRow(["PHỤ LỤC"]);
    for (const r of readTextTable(seedText()).rows) ws.addRow([...r.cells]);
    await wb.xlsx.writeFile(file);
    const r = run("import", file, "--json");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.tasks.map((t: { id: string }) => t.id)).toEqual(seedPlan().tasks.map((t) => t.id));
    expect(doc.year).toBe(2024);
  });
});

describe("cli timeline and holidays (the command-line contract in the README)", () => {
  const timeline = (...args: string[]) => {
    const r = run("timeline", ...args, "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    return JSON.parse(r.stdout);
  };

  test("timeline prints kind, due dates in order, and flags", () => {
    expect(timeline("Trước ngày 10/11/2024", "--year", "2024")).toMatchObject({
      kind: "fixed",
      dueDates: ["2024-11-10"],
      recurring: false,
      continuous: false,
      understood: true,
      warnings: [],
    });
    expect(timeline("trước ngày 03 của tháng cuối quý", "--year", "2024")).toMatchObject({
      kind: "recurring",
      dueDates: ["2024-03-03", "2024-06-03", "2024-09-03", "2024-12-03"],
      recurring: true,
    });
    expect(timeline("Thường xuyên", "--year", "2024")).toMatchObject({
      kind: "continuous",
      dueDates: [],
      continuous: true,
    });
    expect(
      timeline("Định kỳ hàng tháng", "--year", "2024", "--from", "2024-11-01", "--to", "2024-12-31").dueDates,
    ).toEqual(["2024-11-30", "2024-12-31"]);
    const bad = timeline("Hoàn thành trước ngày 31/11/2024", "--year", "2024");
    expect(bad).toMatchObject({ dueDates: [], understood: true });
    expect(bad.warnings[0]).toMatch(/31\/11\/2024 không tồn tại/);
    expect(timeline("không rõ", "--year", "2024")).toMatchObject({ kind: "unknown", understood: false, dueDates: [] });
  });

  test("timeline takes a phrase that begins with a dash, after -- or as it is, and reads it as the bulleted cell", () => {
    const phrase = "- Hoàn thành trước ngày 15/10/2026";
    const withoutBullet = timeline("Hoàn thành trước ngày 15/10/2026", "--year", "2026");
    expect(withoutBullet.dueDates).toEqual(["2026-10-15"]);
    const json = (...args: string[]) => {
      const r = run("timeline", ...args);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout);
    };
    // After "--", as the brief's own command line writes it.
    expect(json("--year", "2026", "--json", "--", phrase).dueDates).toEqual(withoutBullet.dueDates);
    // Last, first, or between options: a dash and a space is not an option.
    expect(json("--year", "2026", "--json", phrase).dueDates).toEqual(withoutBullet.dueDates);
    expect(json(phrase, "--year", "2026", "--json").dueDates).toEqual(withoutBullet.dueDates);
    // A real short option is still refused with the message, and a dash-space value is still checked.
    for (const args of [
      ["-x", "--year", "2026", phrase],
      ["--year", "- 2026", phrase],
    ]) {
      const r = run("timeline", ...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^(Tuỳ chọn không hợp lệ|Năm "- 2026" không hợp lệ)/);
    }
  });

  test("timeline --json says how much of the text was understood", () => {
    expect(timeline("Giai đoạn 2024 - 2026", "--year", "2024", "--to", "2026-12-31")).toMatchObject({
      kind: "period",
      dueDates: ["2026-12-31"],
      confidence: "full",
      unused: [],
    });
    const partly = timeline("Hàng quý, trước ngày 20", "--year", "2024");
    expect(partly).toMatchObject({ kind: "recurring", confidence: "partial", unused: ["trước", "ngày", "20"] });
    expect(partly.dueDates).toHaveLength(4);
  });

  test("holidays lists weekdays off and Saturdays worked, as the tab is prefilled", () => {
    const r = run("holidays", "--year", "2031", "--json");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.year).toBe(2031);
    expect(doc.days[0]).toEqual({ date: "2031-01-01", kind: "holiday", name: "Tết Dương lịch", confirmed: false });
    const y2024 = JSON.parse(run("holidays", "--year", "2024", "--json").stdout);
    expect(
      y2024.days.filter((d: { kind: string }) => d.kind === "workday").map((d: { date: string }) => d.date),
    ).toEqual(["2024-05-04"]);
  });

  test("start counts apart the timelines only partly understood, and says where to confirm them", () => {
    const dir = mkdtempSync(join(tmpdir(), "par-partial-"));
    const plan = join(dir, "ke-hoach.txt");
    // One timeline cell of the seed made a quarterly round whose day names no month of the quarter.
    writeFileSync(plan, seedText().replace("| Trước ngày 10/11/2024 |", "| Hàng quý, trước ngày 20 |"));
    const r = run("start", "--plan", plan, "--out", join(dir, "out"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'trong đó 1 tiến độ chỉ hiểu một phần: hãy kiểm tra hạn và xác nhận ở cột "Hạn tự đặt".',
    );
    expect(run("start", "--out", join(dir, "seed")).stdout).not.toMatch(/một phần/);
  });

  test("start prints how many tasks are in each status on the reference date", () => {
    const out = mkdtempSync(join(tmpdir(), "par-out-"));
    const r = run("start", "--out", out);
    expect(r.stdout).toMatch(/Tình trạng các nhiệm vụ ngày 20\/11\/2024:/);
    expect(r.stdout).toMatch(/Quá hạn\s+19/);
    expect(r.stdout).toMatch(/Thường xuyên\s+39/);
    const early = run("start", "--out", out, "--today", "2024-04-10");
    expect(early.stdout).toMatch(/Quá hạn\s+0|Trong hạn/);
  });
});

describe("time zones", () => {
  test("the same text gives the same dates whatever the host's zone", () => {
    const texts = [
      "Trước ngày 10/11/2024",
      "trước ngày 03 của tháng cuối quý",
      "Thứ hai hằng tuần",
      "Trong quý IV/2024",
    ];
    const outputs = ["UTC", "Pacific/Kiritimati", "America/Adak", "Asia/Ho_Chi_Minh"].map(
      (tz) =>
        texts
          .map(
            (text) =>
              spawnSync(process.execPath, [CLI, "timeline", text, "--year", "2024", "--json"], {
                env: { ...process.env, TZ: tz },
                encoding: "utf8",
              }).stdout,
          )
          .join("") +
        spawnSync(process.execPath, [CLI, "holidays", "--year", "2030", "--json"], {
          env: { ...process.env, TZ: tz },
          encoding: "utf8",
        }).stdout,
    );
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toContain('"2024-11-10"');
  });
});

describe("cli report", () => {
  test("writes the report of a period as HTML, and npm start writes the reference month's", () => {
    const out = mkdtempSync(join(tmpdir(), "par-report-"));
    const r = run("report", "--period", "2024-Q3", "--today", "2024-10-05", "--out", out);
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, "bao-cao-2024-Q3.html"), "utf8");
    expect(html).toContain("quý III năm 2024");
    expect(html).toContain("Đại Lãnh, ngày 30 tháng 9 năm 2024");
    expect(html).toContain("TM. ỦY BAN NHÂN DÂN");
    const start = mkdtempSync(join(tmpdir(), "par-out-"));
    expect(run("start", "--out", start).stdout).toContain("bao-cao-2024-11.html");
    expect(readFileSync(join(start, "bao-cao-2024-11.html"), "utf8")).toContain("Đại Lãnh, ngày 20 tháng 11 năm 2024");
    expect(run("report", "--period", "quý 3").status).toBe(1);
  });
});

describe("cli digest: the outbox", () => {
  test("writes standard .eml files that a mail parser reads back: UTF-8 subject, text and HTML parts", async () => {
    const out = mkdtempSync(join(tmpdir(), "par-digest-"));
    const r = run("digest", "--today", "2024-11-20", "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Đã ghi 4 thư nhắc việc .*địa chỉ mẫu/);
    const files = readdirSync(join(out, "outbox")).sort();
    expect(files).toEqual([
      "01-officestatistics@vi-du.invalid.eml",
      "02-counciloffice@vi-du.invalid.eml",
      "03-justicecivil@vi-du.invalid.eml",
      "04-financeaccounting@vi-du.invalid.eml",
    ]);
    const mail = await simpleParser(readFileSync(join(out, "outbox", files[1])));
    expect(mail.subject).toBe("[Kế hoạch CCHC] 4 việc quá hạn, 0 sắp đến hạn, 0 cần sửa – ngày 20/11/2024");
    expect((mail.to as { text: string }).text).toBe("counciloffice@vi-du.invalid");
    expect(mail.from?.text).toContain("Kế hoạch CCHC");
    expect(mail.text).toContain("A.VII.10");
    expect(mail.html).toContain("<table");
    expect(mail.html).toContain("trễ 15 ngày làm việc");
    expect(Buffer.byteLength(String(mail.html))).toBeLessThan(100 * 1024);
  });

  test("a task text with HTML is escaped in the e-mail", () => {
    const task = {
      id: "X.1",
      task: '<img src=x onerror="alert(1)">',
      row: 5,
      status: "overdue" as const,
      nextDue: null,
      daysLate: 2,
      daysLeft: -2,
      recipients: ["a@b.vn"],
      problems: [],
    };
    const mail = renderDigest(
      { to: "a@b.vn", role: "officer", overdue: [task], dueSoon: [], toFix: [], urgency: 1002 },
      { year: 2024, month: 11, day: 20 },
      (row) => `https://x/#A${row}`,
    );
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain(escapeHtml('<img src=x onerror="alert(1)">'));
  });
});
