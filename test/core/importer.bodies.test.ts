import { bodyKey, canonicalBodies, splitBodies } from "../../src/core/plan/bodies";

describe("a lead or co-operating cell as the bodies it names", () => {
  test("parts bodies at lines, semicolons, bullets, and at a comma or 'và' before another body", () => {
    expect(splitBodies("Bộ Tư pháp, Bộ Nội vụ và Văn phòng Chính phủ; UBND các tỉnh, thành phố")).toEqual([
      "Bộ Tư pháp",
      "Bộ Nội vụ",
      "Văn phòng Chính phủ",
      "UBND các tỉnh, thành phố",
    ]);
    expect(splitBodies("- Sở Y tế;\n- Công an tỉnh.")).toEqual(["Sở Y tế", "Công an tỉnh"]);
    expect(splitBodies("Sở Xây dựng và các cơ quan có liên quan")).toEqual(["Sở Xây dựng", "Các cơ quan có liên quan"]);
  });

  test("keeps a name whole when its 'và' or comma is part of it", () => {
    expect(splitBodies("Sở Khoa học và Công nghệ")).toEqual(["Sở Khoa học và Công nghệ"]);
    expect(splitBodies("Bộ Văn hóa, Thể thao và Du lịch")).toEqual(["Bộ Văn hóa, Thể thao và Du lịch"]);
    expect(splitBodies("Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo")).toEqual([
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Giáo dục và Đào tạo",
    ]);
    expect(splitBodies("Các sở, ban, ngành")).toEqual(["Các sở, ban, ngành"]);
    expect(splitBodies("Ban Quản lý dự án (Phòng Kế hoạch, Phòng Tài vụ)")).toEqual([
      "Ban Quản lý dự án (Phòng Kế hoạch, Phòng Tài vụ)",
    ]);
    expect(splitBodies("Đội Công tác xã hội cấp huyện, cấp xã")).toEqual(["Đội Công tác xã hội cấp huyện, cấp xã"]);
  });

  test("names each body of a 'các …:' list after the list's head", () => {
    expect(splitBodies("Các Vụ: Pháp chế; Tổ chức cán bộ, Thi đua")).toEqual([
      "Vụ Pháp chế",
      "Vụ Tổ chức cán bộ, Thi đua",
    ]);
    expect(splitBodies("Các Sở: Tài chính, Nội vụ")).toEqual(["Sở Tài chính", "Sở Nội vụ"]);
  });

  test("reads nothing from an empty or punctuation-only cell", () => {
    expect(splitBodies("")).toEqual([]);
    expect(splitBodies(" - ; .")).toEqual([]);
  });
});

describe("one spelling per body across a plan", () => {
  test("case, diacritics, spacing and UBND / Ủy ban nhân dân are one body, written as the plan mostly writes it", () => {
    expect(bodyKey("UBND  Huyện")).toBe(bodyKey("Uỷ ban nhân dân huyện"));
    const names = canonicalBodies([
      "Ủy ban nhân dân huyện",
      "UBND huyện",
      "Ủy ban nhân dân huyện",
      "Sở Y Tế",
      "Sở Y tế",
    ]);
    expect(names.get("UBND huyện")).toBe("Ủy ban nhân dân huyện");
    expect(names.get("Sở Y Tế")).toBe("Sở Y Tế");
    expect(names.get("Sở Y tế")).toBe("Sở Y Tế");
  });

  test("an abbreviation is the body whose full name it abbreviates, when exactly one does", () => {
    const names = canonicalBodies([
      "Sở KH&ĐT",
      "Sở Kế hoạch và Đầu tư",
      "Sở NN&PTNT",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Trung tâm PVHCC",
      "Trung tâm Phục vụ hành chính công",
      "Sở LĐ-TB&XH",
      "Sở Lao động - Thương binh và Xã hội",
    ]);
    expect(names.get("Sở KH&ĐT")).toBe("Sở Kế hoạch và Đầu tư");
    expect(names.get("Sở NN&PTNT")).toBe("Sở Nông nghiệp và Phát triển nông thôn");
    expect(names.get("Trung tâm PVHCC")).toBe("Trung tâm Phục vụ hành chính công");
    expect(names.get("Sở LĐ-TB&XH")).toBe("Sở Lao động - Thương binh và Xã hội");
  });

  test("an abbreviation two full names share stays as written", () => {
    const names = canonicalBodies(["Cục QLCL", "Cục Quản lý chất lượng", "Cục Quản lý cảng lớn"]);
    expect(names.get("Cục QLCL")).toBe("Cục QLCL");
    expect(canonicalBodies(["Cục QLCL", "Cục Quản lý chất lượng"]).get("Cục QLCL")).toBe("Cục Quản lý chất lượng");
  });
});
