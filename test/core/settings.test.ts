import { render } from "../../src/core/i18n/messages";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/schema/settings";

describe("settings", () => {
  test("read typed values from the tab's text", () => {
    expect(parseSettings({ communeName: "Đại Lãnh", planYear: "2024", planStart: "02/4/2024", dueSoonDays: "5", beforeMeansDayBefore: "CÓ" })).toEqual({
      settings: { communeName: "Đại Lãnh", planYear: 2024, planStart: { year: 2024, month: 4, day: 2 }, dueSoonDays: 5, beforeMeansDayBefore: true },
      problems: [],
    });
  });

  test("an empty tab means the defaults", () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings({ beforeMeansDayBefore: "không" }).settings.beforeMeansDayBefore).toBe(false);
  });

  test("a wrong value keeps its default and gets a Vietnamese message naming the value", () => {
    const { settings, problems } = parseSettings({ planYear: "24", planStart: "31/11/2024", dueSoonDays: "ba ngày", beforeMeansDayBefore: "có lẽ" });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(problems.map((p) => [p.key, render(p.message)])).toEqual([
      ["planYear", "Năm \"24\" không hợp lệ; ghi 4 chữ số, ví dụ 2024, hoặc để trống."],
      ["planStart", "Ngày \"31/11/2024\" không hợp lệ; ghi ngày/tháng/năm, ví dụ 02/04/2024, hoặc để trống."],
      ["dueSoonDays", "\"ba ngày\" không phải số ngày; ghi một số từ 0 đến 99."],
      ["beforeMeansDayBefore", "\"có lẽ\" không hợp lệ; ghi CÓ hoặc KHÔNG."],
    ]);
  });
});
