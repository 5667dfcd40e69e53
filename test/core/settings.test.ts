import fc from "fast-check";
import { render } from "../../src/core/i18n/messages";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings/registry";

describe("settings", () => {
  test("read typed values from the tab's text", () => {
    expect(
      parseSettings({
        communeName: "Đại Lãnh",
        planYear: "2024",
        planStart: "02/4/2024",
        dueSoonDays: "5",
        beforeMeansDayBefore: "CÓ",
      }),
    ).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        communeName: "Đại Lãnh",
        planYear: 2024,
        planStart: { year: 2024, month: 4, day: 2 },
        dueSoonDays: 5,
        beforeMeansDayBefore: true,
      },
      problems: [],
    });
  });

  test("an empty tab means the defaults", () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings({ beforeMeansDayBefore: "không" }).settings.beforeMeansDayBefore).toBe(false);
  });

  test("a wrong value keeps its default and gets a Vietnamese message naming the value", () => {
    const { settings, problems } = parseSettings({
      planYear: "24",
      planStart: "31/11/2024",
      dueSoonDays: "ba ngày",
      beforeMeansDayBefore: "có lẽ",
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(problems.map((p) => [p.key, render(p.message)])).toEqual([
      ["planYear", 'Năm "24" không hợp lệ; ghi 4 chữ số, ví dụ 2024, hoặc để trống.'],
      ["planStart", 'Ngày "31/11/2024" không hợp lệ; ghi ngày/tháng/năm, ví dụ 02/04/2024, hoặc để trống.'],
      ["dueSoonDays", '"ba ngày" không phải số ngày; ghi một số từ 0 đến 99.'],
      ["beforeMeansDayBefore", '"có lẽ" không hợp lệ; ghi CÓ hoặc KHÔNG.'],
    ]);
  });

  test("every setting goes through the schema: the values the issue found read silently are named, and the default is said", () => {
    const { settings, problems } = parseSettings({
      reportCutoffDay: "-3",
      reminderHour: "99",
      escalateAfterDays: "-1",
      sendOnDaysOff: "thỉnh thoảng",
      reportEmails: "a@b.vn; noivu@huyen",
    });
    expect(settings).toMatchObject({
      reportCutoffDay: 20,
      reminderHour: 7,
      escalateAfterDays: 5,
      sendOnDaysOff: false,
      reportEmails: [],
    });
    // In the tab's order (the registry's): the e-mails come before the cut-off day.
    expect(problems.map((p) => [p.key, render(p.message), p.fallback])).toEqual([
      [
        "reportEmails",
        '"a@b.vn; noivu@huyen" có địa chỉ email không hợp lệ; ghi các địa chỉ cách nhau bằng dấu phẩy.',
        "",
      ],
      ["reportCutoffDay", '"-3" không phải ngày chốt hợp lệ; ghi một số từ 1 đến 28.', "20"],
      ["reminderHour", '"99" không phải giờ hợp lệ; ghi một số từ 0 đến 23, ví dụ 7 hoặc 7:00.', "7"],
      ["escalateAfterDays", '"-1" không phải số ngày; ghi một số từ 0 đến 99.', "5"],
      ["sendOnDaysOff", '"thỉnh thoảng" không hợp lệ; ghi CÓ hoặc KHÔNG.', "KHÔNG"],
    ]);
  });

  test("the ways a secretariat writes a good value are read", () => {
    expect(
      parseSettings({
        reminderHour: "8:00",
        reportCutoffDay: "15",
        escalateAfterDays: "0",
        sendOnDaysOff: "có",
        reportEmails: "a@b.vn; c@d.vn",
      }).settings,
    ).toMatchObject({
      reminderHour: 8,
      reportCutoffDay: 15,
      escalateAfterDays: 0,
      sendOnDaysOff: true,
      reportEmails: ["a@b.vn", "c@d.vn"],
    });
    expect(parseSettings({ reminderHour: "7 giờ" }).settings.reminderHour).toBe(7);
  });

  test("fuzzed: whatever is typed, a setting is either read or named with its default, never thrown", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "reportCutoffDay",
          "reminderHour",
          "escalateAfterDays",
          "dueSoonDays",
          "planYear",
          "planStart",
          "sendOnDaysOff",
          "reportEmails",
          "reportLevel",
        ),
        fc.string(),
        (key, value) => {
          const { settings, problems } = parseSettings({ [key]: value });
          const k = key as keyof typeof settings;
          if (problems.length > 0) {
            expect(problems.map((p) => p.key)).toEqual([key]);
            expect(settings[k]).toEqual(DEFAULT_SETTINGS[k]);
          }
          if (key === "reportCutoffDay")
            expect(settings.reportCutoffDay >= 1 && settings.reportCutoffDay <= 28).toBe(true);
          if (key === "reminderHour") expect(settings.reminderHour >= 0 && settings.reminderHour <= 23).toBe(true);
          if (key === "escalateAfterDays") expect(settings.escalateAfterDays >= 0).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the report level's settings", () => {
  test("left empty: the level by date, and every word the level's own (recipients too)", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      reportLevel: "auto",
      provinceName: "",
      districtName: "",
      reportRecipients: null,
      reportSalutation: "",
      signerOrg: "",
      signerTitle: "",
    });
  });

  test("the level is typed as the form offers it, with or without diacritics; anything else is named", () => {
    expect(parseSettings({ reportLevel: "TỈNH" }).settings.reportLevel).toBe("province");
    expect(parseSettings({ reportLevel: "huyen" }).settings.reportLevel).toBe("district");
    expect(parseSettings({ reportLevel: "Tự động" }).settings.reportLevel).toBe("auto");
    const { settings, problems } = parseSettings({ reportLevel: "xã" });
    expect(settings.reportLevel).toBe("auto");
    expect(problems.map((p) => [p.key, render(p.message), p.fallback])).toEqual([
      ["reportLevel", '"xã" không hợp lệ; ghi TỰ ĐỘNG, HUYỆN hoặc TỈNH.', "TỰ ĐỘNG"],
    ]);
    // "constructor" is no level: the table of levels is no object with a prototype to find it in.
    expect(parseSettings({ reportLevel: "constructor" }).problems).toHaveLength(1);
  });

  test("recipients: a list as typed (the district's, in sheets set up before the levels), KHÔNG for none", () => {
    const old = "Phòng Nội vụ huyện (b/c); Thường trực Đảng ủy xã (b/c); Chủ tịch, các PCT UBND xã; Lưu: VT, VP";
    expect(parseSettings({ reportRecipients: old }).settings.reportRecipients).toEqual([
      "Phòng Nội vụ huyện (b/c)",
      "Thường trực Đảng ủy xã (b/c)",
      "Chủ tịch, các PCT UBND xã",
      "Lưu: VT, VP",
    ]);
    expect(parseSettings({ reportRecipients: "KHÔNG" }).settings.reportRecipients).toEqual([]);
    expect(parseSettings({ reportRecipients: " ; " }).settings.reportRecipients).toEqual([]);
    expect(parseSettings({ reportRecipients: "" }).settings.reportRecipients).toBeNull();
  });
});
