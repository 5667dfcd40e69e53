import { localDate } from "../../src/core/dates/localDate";
import { levelOn, levelWording, namesDistrict, unitName, type LevelSettings } from "../../src/core/report/level";

const EMPTY: LevelSettings = {
  choice: "auto",
  provinceName: "",
  districtName: "",
  recipients: null,
  salutation: "",
  signerOrg: "",
  signerTitle: "",
};
const LAST_DISTRICT_DAY = localDate(2025, 6, 30);
const FIRST_PROVINCE_DAY = localDate(2025, 7, 1);

describe("the level a report goes to", () => {
  test("by the report's date: 30/6/2025 the district, 1/7/2025 the province", () => {
    expect(levelOn("auto", LAST_DISTRICT_DAY)).toBe("district");
    expect(levelOn("auto", FIRST_PROVINCE_DAY)).toBe("province");
    expect(levelOn("auto", localDate(2024, 11, 20))).toBe("district");
    expect(levelOn("auto", localDate(2026, 1, 20))).toBe("province");
  });

  test("a level chosen in Cài đặt wins over the date, either way", () => {
    expect(levelOn("district", localDate(2025, 11, 20))).toBe("district");
    expect(levelOn("province", localDate(2024, 11, 20))).toBe("province");
  });

  test("the body's name takes its unit word unless it was typed with one", () => {
    expect(unitName("province", "Khánh Hòa")).toBe("tỉnh Khánh Hòa");
    expect(unitName("province", "  Tỉnh Khánh Hòa ")).toBe("Tỉnh Khánh Hòa");
    expect(unitName("province", "thành phố Huế")).toBe("thành phố Huế");
    expect(unitName("province", "")).toBe("tỉnh");
    expect(unitName("district", "Vạn Ninh")).toBe("huyện Vạn Ninh");
    expect(unitName("district", "thị xã Ninh Hòa")).toBe("thị xã Ninh Hòa");
    expect(unitName("district", "Quan Hóa")).toBe("huyện Quan Hóa"); // a name, though it folds like "quận"
    expect(unitName("district", "")).toBe("huyện");
  });
});

describe("the level's words", () => {
  test("left empty, a report dated before 1/7/2025 keeps the district's wording of the seed", () => {
    expect(levelWording(EMPTY, LAST_DISTRICT_DAY)).toEqual({
      level: "district",
      homeAffairs: "Phòng Nội vụ huyện",
      committee: "UBND huyện",
      recipients: [
        "Phòng Nội vụ huyện (b/c)",
        "Thường trực Đảng ủy xã (b/c)",
        "Chủ tịch, các PCT UBND xã",
        "Lưu: VT, VP",
      ],
      salutation: "Phòng Nội vụ huyện",
      signerOrg: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: ["CHỦ TỊCH"],
    });
  });

  test("from 1/7/2025 the province: Sở Nội vụ and UBND tỉnh, named when Cài đặt names the province", () => {
    const wording = levelWording({ ...EMPTY, provinceName: "Khánh Hòa", districtName: "Vạn Ninh" }, FIRST_PROVINCE_DAY);
    expect(wording).toMatchObject({
      level: "province",
      homeAffairs: "Sở Nội vụ tỉnh Khánh Hòa",
      committee: "UBND tỉnh Khánh Hòa",
      salutation: "Sở Nội vụ tỉnh Khánh Hòa",
    });
    expect(wording.recipients).toEqual([
      "Sở Nội vụ tỉnh Khánh Hòa (b/c)",
      "UBND tỉnh Khánh Hòa (b/c)",
      "Thường trực Đảng ủy xã (b/c)",
      "Chủ tịch, các PCT UBND xã",
      "Lưu: VT, VP",
    ]);
    expect(wording.recipients.some(namesDistrict)).toBe(false);
  });

  test("what the secretariat typed wins: recipients, salutation, org line and a two-line title", () => {
    const typed: LevelSettings = {
      ...EMPTY,
      provinceName: "Khánh Hòa",
      recipients: ["Sở Nội vụ (b/c)", "Lưu: VT"],
      salutation: "Phòng Cải cách hành chính, Sở Nội vụ",
      signerOrg: "TM. ỦY BAN NHÂN DÂN XÃ",
      signerTitle: "KT. CHỦ TỊCH; PHÓ CHỦ TỊCH",
    };
    expect(levelWording(typed, FIRST_PROVINCE_DAY)).toMatchObject({
      recipients: ["Sở Nội vụ (b/c)", "Lưu: VT"],
      salutation: "Phòng Cải cách hành chính, Sở Nội vụ",
      signerOrg: "TM. ỦY BAN NHÂN DÂN XÃ",
      signerTitle: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    });
    expect(levelWording({ ...typed, recipients: [] }, FIRST_PROVINCE_DAY).recipients).toEqual([]);
  });

  test("a district named where there is none: 'huyện' as a word, or Phòng Nội vụ", () => {
    expect(namesDistrict("Phòng Nội vụ huyện (b/c)")).toBe(true);
    expect(namesDistrict("Phong Noi vu (b/c)")).toBe(true);
    expect(namesDistrict("Thường trực Huyện ủy")).toBe(true);
    expect(namesDistrict("Sở Nội vụ tỉnh Khánh Hòa (b/c)")).toBe(false);
    expect(namesDistrict("Chủ tịch, các PCT UBND xã")).toBe(false);
    expect(namesDistrict("Xã Nguyễn Huyên")).toBe(false); // a name: "Huyên" is not "huyện", though they fold alike
  });
});
