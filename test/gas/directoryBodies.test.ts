/**
 * A provincial plan pasted into a tab and imported through Code.js: Danh bạ gets a row for each
 * body the plan names, and an address typed beside one makes that body's tasks that person's.
 */
import { readFileSync } from "node:fs";
import { DIRECTORY_TAB } from "../../src/core/workbook/layout";
import { fixture } from "../helpers";
import { htmlClipboard } from "./clipboard";
import { createRuntime, loadBundle } from "./runtime";

const dcol = (key: string) => DIRECTORY_TAB.columns.findIndex((c) => c.key === key) + 1;

describe("Danh bạ built from the bodies a pasted plan names, in Sheets", () => {
  test("one row per body beside the commune roles; the daily digest goes to the address typed beside the lead body", () => {
    // Wednesday 6/1/2027, 07:00 in Vietnam: Sở Nội vụ's three tasks due in 2026 (I.1, I.2, II.6) are late.
    const runtime = createRuntime({ now: new Date("2027-01-06T00:00:00Z") });
    loadBundle(runtime);
    runtime.spreadsheet.active.paste(1, 1, htmlClipboard(readFileSync(fixture("ke-hoach-so.html"), "utf8")));
    runtime.run("menuImportFromSheet", "menu");
    const directory = runtime.spreadsheet.tab("Danh bạ");
    const names = directory.grid().map((r) => String(r[dcol("role") - 1] ?? ""));
    expect(names.slice(-7)).toEqual([
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở KH&CN",
      "Các sở, ban, ngành",
      "UBND các xã, phường",
      "Trung tâm Lưu trữ lịch sử",
      "Các cơ quan, đơn vị",
    ]);
    directory.type(names.indexOf("Sở Nội vụ") + 1, dcol("email"), "vanthu@snv.gov.vn");
    runtime.fire("dailyDigest");
    const mail = runtime.mail.sent.find((m) => m.to === "vanthu@snv.gov.vn") as unknown as
      { subject: string } | undefined;
    expect(mail?.subject).toMatch(/^\[Kế hoạch CCHC\] 3 việc quá hạn/);
  });
});
