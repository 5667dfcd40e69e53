import { parseAddresses } from "../../src/core/text/addresses";

describe("e-mail addresses as typed in a cell", () => {
  test("commas, semicolons, spaces and new lines separate; a name before <address> is dropped", () => {
    expect(parseAddresses("a@b.vn; c@d.vn, e@f.vn\ng@h.vn  i@j.vn")).toEqual({
      valid: ["a@b.vn", "c@d.vn", "e@f.vn", "g@h.vn", "i@j.vn"],
      invalid: [],
    });
    expect(parseAddresses("Văn phòng UBND <vp@dailanh.gov.vn>, Phòng Nội vụ <noivu@vanninh.gov.vn>")).toEqual({
      valid: ["vp@dailanh.gov.vn", "noivu@vanninh.gov.vn"],
      invalid: [],
    });
  });

  test("what is not an address is named, and duplicates count once", () => {
    expect(parseAddresses("a@b.vn; noivu@huyen; A@B.vn; @x.vn")).toEqual({
      valid: ["a@b.vn"],
      invalid: ["noivu@huyen", "@x.vn"],
    });
    expect(parseAddresses("")).toEqual({ valid: [], invalid: [] });
  });
});
