import { render } from "../../../src/core/i18n/messages";
import { DEFAULT_ROLLUP_SETTINGS, parseRollupSettings } from "../../../src/core/rollup/settings";

describe("the roll-up's settings", () => {
  it("default to the Sở Nội vụ's report number, cut-off day 20 and 30 days", () => {
    expect(DEFAULT_ROLLUP_SETTINGS).toMatchObject({
      reportNumber: "Số:      /BC-SNV",
      cutoffDay: 20,
      staleDays: 30,
      recipients: null,
      signerTitle: "",
    });
  });

  it("read what Sở Nội vụ typed, and fall back with a problem on a wrong value", () => {
    const { settings, problems } = parseRollupSettings({
      provinceName: " Khánh Hòa ",
      cutoffDay: "35",
      staleDays: "14",
      recipients: "UBND tỉnh (b/c); Lưu: VT",
    });
    expect(settings).toMatchObject({ provinceName: "Khánh Hòa", cutoffDay: 20, staleDays: 14 });
    expect(settings.recipients).toEqual(["UBND tỉnh (b/c)", "Lưu: VT"]);
    expect(problems.map((p) => [p.key, p.fallback])).toEqual([["cutoffDay", "20"]]);
    expect(render(problems[0].message)).toContain("35");
  });
});
