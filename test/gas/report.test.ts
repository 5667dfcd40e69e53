import { createRuntime, loadBundle, type Runtime } from "./runtime";

type Handler = (...args: unknown[]) => unknown;
type SentReport = {
  to: string;
  subject: string;
  body: string;
  attachments: { getName(): string; getContentType(): string }[];
};
const NOW = new Date("2024-11-20T01:00:00Z");

function boot(): { runtime: Runtime; global: Record<string, Handler> } {
  const runtime = createRuntime({ now: NOW });
  const global = loadBundle(runtime) as Record<string, Handler>;
  global.menuImportSamplePlan();
  return { runtime, global };
}

describe("Tạo báo cáo in Sheets", () => {
  test("asks for the period, writes the report tab and a PDF in Drive, and shows the link", () => {
    const { runtime, global } = boot();
    // The statuses officers see: the plan tab's "Tình trạng" column after a refresh on 20/11/2024.
    global.menuRefresh();
    const planGrid = runtime.spreadsheet.tab("Kế hoạch").grid();
    const statusColumn = (planGrid[0] as string[]).indexOf("Tình trạng");
    expect(statusColumn).toBeGreaterThan(0);
    const onSheet: Record<string, number> = {};
    for (const row of planGrid.slice(1))
      onSheet[String(row[statusColumn])] = (onSheet[String(row[statusColumn])] ?? 0) + 1;
    expect(Object.values(onSheet).reduce((a, b) => a + b, 0)).toBe(77);
    expect(onSheet["Quá hạn"]).toBe(19);
    runtime.ui.answers.push({ button: "OK", text: "" }); // empty: this month
    runtime.calls.reset();
    global.menuReport();
    const prompt = runtime.ui.dialogs.find((d) => d.kind === "prompt")!;
    expect(prompt.message).toContain("Để trống: tháng 2024-11");
    const tab = runtime.spreadsheet.tab("Báo cáo 2024-11");
    expect(tab.grid()[3][0]).toBe("BÁO CÁO");
    expect(runtime.drive.files).toHaveLength(1);
    expect(runtime.drive.files[0]).toMatchObject({
      name: "Bao cao CCHC Đại Lãnh 2024-11.pdf",
      contentType: "application/pdf",
      trashed: false,
    });
    expect(runtime.drive.files[0].content).toMatch(/^%PDF-/); // opaque, as a real PDF is
    expect(runtime.drive.files[0].sourceHtml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // The report's figures are the plan tab's, counted cell by cell: in the report tab ...
    const grid = tab.grid();
    const first = grid.findIndex((r) => r[0] === "I. KẾT QUẢ CHUNG") + 1;
    const last = grid.findIndex((r) => r[0] === "Tỷ lệ hoàn thành đúng hạn");
    expect(first).toBeGreaterThan(0);
    const inTab = Object.fromEntries(
      grid
        .slice(first, last)
        .filter((r) => r[1] !== 0)
        .map((r) => [r[0], r[1]]),
    );
    expect(inTab).toEqual(onSheet);
    expect(grid.map((r) => r[0])).toContain(`III. NHIỆM VỤ QUÁ HẠN (${onSheet["Quá hạn"]})`);
    // ... and in the PDF's text.
    const n = (label: string) => onSheet[label] ?? 0;
    const html = runtime.drive.files[0].sourceHtml!;
    expect(html).toContain(
      `Kế hoạch có ${planGrid.length - 1} nhiệm vụ. Tính đến ngày 20/11/2024: ${n("Hoàn thành sớm hạn") + n("Hoàn thành đúng hạn") + n("Hoàn thành trễ hạn")} nhiệm vụ đã hoàn thành`,
    );
    expect(html).toContain(
      `${n("Quá hạn")} nhiệm vụ quá hạn; ${n("Sắp đến hạn")} nhiệm vụ sắp đến hạn; ${n("Trong hạn")} nhiệm vụ đang trong hạn; ` +
        `${n("Thường xuyên")} nhiệm vụ thực hiện thường xuyên; ${n("Chờ phát sinh sự việc")} nhiệm vụ chờ phát sinh sự việc; ${n("Chưa có hạn")} nhiệm vụ chưa có hạn cụ thể.`,
    );
    const result = runtime.ui.dialogs[runtime.ui.dialogs.indexOf(prompt) + 1];
    expect(result.message).toContain("https://drive.google.com/file/d/file-1/view");
    const log = runtime.spreadsheet
      .tab("Nhật ký")
      .grid()
      .map((r) => String(r[3]));
    expect(log.at(-1)).toMatch(/^Đã tạo báo cáo .*"Báo cáo 2024-11".*file-1/);
    // Constant work: the tracking tabs read once each, one write for the whole report tab.
    expect(runtime.calls.of("Range.setValues")).toBe(3); // report tab, log, Tổng hợp
    expect(runtime.calls.of("Drive.Files.create")).toBe(1);
    expect(runtime.calls.matching("DriveApp.")).toBe(0); // DriveApp would need the full drive scope
  });

  test("a second run for the same period replaces the tab and the PDF", () => {
    const { runtime, global } = boot();
    runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" }, { button: "OK" });
    global.menuReport();
    runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" }, { button: "OK" });
    global.menuReport();
    expect(runtime.spreadsheet.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toHaveLength(1);
    expect(runtime.drive.files.map((f) => f.trashed)).toEqual([true, false]);
  });

  test("e-mails the PDF to the recipients in Cài đặt when asked", () => {
    const { runtime, global } = boot();
    const settings = runtime.spreadsheet.tab("Cài đặt");
    const row = settings.grid().findIndex((r) => r[0] === "reportEmails") + 1;
    settings.type(row, 2, "noivu.vanninh@gmail.com, vanphong.dailanh@gmail.com");
    runtime.ui.answers.push({ button: "OK", text: "2024-11" }, { button: "OK" }, { button: "YES" }, { button: "OK" });
    global.menuReport();
    expect(runtime.mail.sent).toHaveLength(1);
    const mail = runtime.mail.sent[0] as unknown as SentReport;
    expect(mail.to).toBe("noivu.vanninh@gmail.com,vanphong.dailanh@gmail.com");
    expect(mail.subject).toBe("[Đại Lãnh] Báo cáo kết quả thực hiện Kế hoạch CCHC tháng 11 năm 2024");
    expect(mail.body).toMatch(/^Kính gửi Phòng Nội vụ huyện,\n\nUBND xã Đại Lãnh gửi kèm báo cáo/); // dated 20/11/2024
    expect(mail.attachments.map((a) => [a.getName(), a.getContentType()])).toEqual([
      ["Bao cao CCHC Đại Lãnh 2024-11.pdf", "application/pdf"],
    ]);
  });

  test("from 1/7/2025 the e-mail greets the province's Sở Nội vụ, and recipients left naming the district are warned of", () => {
    const runtime = createRuntime({ now: new Date("2025-11-20T01:00:00Z") });
    const global = loadBundle(runtime) as Record<string, Handler>;
    global.menuImportSamplePlan();
    const settings = runtime.spreadsheet.tab("Cài đặt");
    const rowOf = (key: string) => settings.grid().findIndex((r) => r[0] === key) + 1;
    settings.type(rowOf("planYear"), 2, "2025");
    settings.type(rowOf("provinceName"), 2, "Khánh Hòa");
    settings.type(rowOf("reportEmails"), 2, "vanphong.snv@khanhhoa.gov.vn");
    settings.type(rowOf("reportRecipients"), 2, "Phòng Nội vụ huyện (b/c); Lưu: VT, VP");
    runtime.ui.answers.push({ button: "OK", text: "2025-11" }, { button: "OK" }, { button: "YES" }, { button: "OK" });
    global.menuReport();
    const made = runtime.ui.dialogs.find((d) => d.message.includes("Đã tạo báo cáo"))!;
    expect(made.message).toContain(
      `Trang "Cài đặt", dòng ${rowOf("reportRecipients")}, cột "Giá trị" (reportRecipients): còn ghi cấp huyện`,
    );
    const mail = runtime.mail.sent[0] as unknown as SentReport;
    expect(mail.body).toMatch(/^Kính gửi Sở Nội vụ tỉnh Khánh Hòa,\n\nUBND xã Đại Lãnh gửi kèm báo cáo/);
    expect(mail.subject).toBe("[Đại Lãnh] Báo cáo kết quả thực hiện Kế hoạch CCHC tháng 11 năm 2025");
    // The PDF carries what Cài đặt says, typed: the cell is the secretariat's to fix.
    expect(runtime.drive.files[0].sourceHtml).toContain(
      "<div>- Phòng Nội vụ huyện (b/c)</div><div>- Lưu: VT, VP</div>",
    );
    expect(settings.grid()[rowOf("reportRecipients") - 1][1]).toBe("Phòng Nội vụ huyện (b/c); Lưu: VT, VP");
  });

  test("a period that makes no sense is answered in Vietnamese and nothing is made", () => {
    const { runtime, global } = boot();
    runtime.ui.answers.push({ button: "OK", text: "tháng mười một" });
    global.menuReport();
    expect(runtime.ui.dialogs.at(-1)?.message).toMatch(/Kỳ báo cáo "tháng mười một" không hợp lệ/);
    expect(runtime.drive.files).toHaveLength(0);
  });
});
