import fc from "fast-check";
import { formatIso } from "../../src/core/dates/localDate";
import { readable } from "../../src/core/text/normalize";
import { parseTimeline } from "../../src/core/timeline/parse";
import { dueDates } from "../../src/core/timeline/occurrences";

const YEAR = { from: { year: 2024, month: 1, day: 1 }, to: { year: 2024, month: 12, day: 31 } };
const due = (text: string) => dueDates(parseTimeline(text, { year: 2024 }), YEAR).map(formatIso);

/** Every code point of a Unicode category, found by the engine's own tables, not a hand list. */
function category(name: string): string[] {
  const re = new RegExp(`^\\p{${name}}$`, "u");
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (re.test(ch)) out.push(ch);
  }
  return out;
}
const FORMAT = category("Cf"); // soft hyphen, zero-width space and joiners, direction marks, BOM, …
const SPACES = category("Zs"); // no-break space, thin space, ideographic space, …

describe("dates are read through invisible characters and compatibility forms", () => {
  const phrases = [
    "Trước ngày 10/11/2024",
    "Hoàn thành trong quý IV/2024",
    "Trước ngày 03 của tháng cuối quý",
    "Trong tháng 9 năm 2024",
    "Báo cáo trước ngày 25/5/2024",
  ];

  test(`any of the ${FORMAT.length} format characters (Cf), anywhere, changes no due date`, () => {
    expect(FORMAT.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAT)), { minLength: 1, maxLength: 4 }),
        (phrase, inserts) => {
          // Inserted between code points (an astral format character is two UTF-16 units).
          const chars = Array.from(phrase);
          for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
          expect(due(chars.join(""))).toEqual(due(phrase));
        },
      ),
      { numRuns: 400 },
    );
  });

  test(`any space separator (Zs, ${SPACES.length} of them) reads as a space`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.constantFrom(...SPACES), (phrase, space) => {
        expect(due(phrase.replace(/ /g, space))).toEqual(due(phrase));
      }),
      { numRuns: 200 },
    );
  });

  test("full-width digits and slashes read as ASCII", () => {
    expect(readable("１０／１１／２０２４")).toBe("10/11/2024");
    expect(due("Trước ngày １０/１１/２０２４")).toEqual(["2024-11-10"]);
  });

  test("Vietnamese text keeps its letters: only invisible and compatibility forms change", () => {
    expect(readable("Công chức Văn hoá – Xã hội")).toBe("Công chức Văn hoá – Xã hội");
    expect(readable("Ngày 10/1\u00AD1/2024")).toBe("Ngày 10/11/2024");
  });
});

describe("impossible months, quarters and weeks are warnings, never dates", () => {
  test.each([
    "Trong tháng 13 năm 2024",
    "Trong quý V/2024",
    "Quý 5 năm 2024",
    "Tuần 54 năm 2024",
    "Tuần 53 năm 2025",
    "tháng 0/2024",
  ])("%s", (text) => {
    const timeline = parseTimeline(text, { year: 2024 });
    expect(dueDates(timeline, YEAR)).toEqual([]);
    expect(timeline.warnings.map((w) => w.key)).toContain("timeline.invalidPeriod");
  });

  test("the possible ones still read: quý IV, tháng 12, tuần 47, tuần 53 of 2020", () => {
    expect(due("Trong quý IV/2024")).toEqual(["2024-12-31"]);
    expect(due("Trong tháng 12 năm 2024")).toEqual(["2024-12-31"]);
    expect(due("Tuần 47 năm 2024")).toEqual(["2024-11-24"]);
    expect(
      dueDates(parseTimeline("Tuần 53 năm 2020", { year: 2020 }), {
        from: { year: 2020, month: 1, day: 1 },
        to: { year: 2021, month: 1, day: 31 },
      }).map(formatIso),
    ).toEqual(["2021-01-03"]);
  });

  test("fuzzed: a month number outside 1–12 never gives a date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 99 }), (month) => {
        expect(due(`Trong tháng ${month} năm 2024`)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
