/**
 * Text normalisation for Vietnamese input: pasted from Word, typed on phones, sometimes
 * without diacritics, sometimes in decomposed (NFD) Unicode from old documents.
 */

/** toNfc("Vie\u0302\u0323t") → "Việt". Everything entering the core goes through this. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/**
 * Characters a reader does not see, refused in what a person sends from a page: format
 * characters (Cf: zero-width, joiners, direction marks, BOM), lone surrogates, the line and
 * paragraph separators, and the fillers that render as blank though they are letters or
 * symbols (Hangul fillers, Khmer inherent vowels, the grapheme joiner, the blank Braille
 * pattern): "ㅤ" alone would be an empty-looking note, and one inside a link's host would make a
 * look-alike address.
 */
export const INVISIBLE = /\p{Cf}|[\ud800-\udfff\u2028\u2029\u115f\u1160\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/u;

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * readable("10/1\u00AD1/2024") → "10/11/2024"; readable("１０/１１") → "10/11". Text as a
 * reader of dates needs it: invisible format characters (Unicode category Cf: soft hyphen,
 * zero-width space and joiners, direction marks, BOM) removed, compatibility forms folded
 * (full-width digits and letters, non-breaking and other spaces), then NFC. For reading only:
 * what a person wrote is never rewritten with it.
 */
export function readable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Zs}/gu, " ")
    .normalize("NFC");
}

/**
 * foldVietnamese("Công chức Văn hoá – Xã hội") → "cong chuc van hoa - xa hoi".
 * Lower case, no diacritics, đ → d, every dash as "-", single spaces. The result has the same
 * length as the NFC input for Vietnamese text, which matching relies on only loosely.
 */
export function foldVietnamese(text: string): string {
  // A refresh folds the same roles, statuses and headers on every row: short texts are kept
  // folded (the cache is emptied when it grows, so a long-running Node process stays small).
  if (text.length > 80) return fold(text);
  let folded = FOLDED_TEXT.get(text);
  if (folded === undefined) {
    if (FOLDED_TEXT.size >= 5000) FOLDED_TEXT.clear();
    FOLDED_TEXT.set(text, (folded = fold(text)));
  }
  return folded;
}

const FOLDED_TEXT = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(DASHES, "-")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * Last words of the first half of a two-part office title ("Văn phòng - Thống kê",
 * "Tư pháp - Hộ tịch", "HĐND - UBND"): a dash after them joins the title, it is no bullet.
 */
const PAIRED_TITLE_WORD = /^(phòng|pháp|chính|hoá|hóa|HĐND|dựng|nghiệp|sự|binh)$/iu;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
};

/** decodeEntities("a &amp; b &#273;") → "a & b đ". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * cellText("<ul><li>- Một</li><li>- Hai</li></ul>") → "- Một\n- Hai".
 * Turns a table cell that may hold HTML (from Word conversion) into plain text: block tags
 * become line breaks, other tags vanish, entities are decoded, whitespace is tidied, and
 * bullets written inline after a sentence (". - Hai") start their own line.
 */
export function cellText(raw: string): string {
  let text = toNfc(raw);
  // A cell that is a bullet list (an HTML list, or text opening with a dash) often has its
  // bullets run together on one line: " - Riêng báo cáo …" starts a new item.
  const isList = /<\s*(ul|ol)\b/i.test(text) || /^\s*(<[^>]+>\s*)*[-–+•]\s/.test(text);
  if (/<[a-z/!][^>]*>/i.test(text)) {
    text = text
      .replace(/<\s*br\s*\/?>/gi, "\n")
      .replace(/<li\b[^>]*>\s*(?![-–+•])/gi, "\n- ")
      .replace(/<\s*\/?\s*(p|div|li|ul|ol|tr|h[1-6])\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, "");
  }
  if (text.includes("&")) text = decodeEntities(text);
  text = text.replace(/\u00a0/g, " ").replace(/(^|[.;:!?])[ \t]+([-+•])[ \t]+(?=\S)/g, "$1\n$2 ");
  if (isList) {
    text = text.replace(/(\S+)[ \t]+([-+•])[ \t]+(?=\p{Lu})/gu, (whole, word: string, mark: string) =>
      PAIRED_TITLE_WORD.test(word) ? whole : `${word}\n${mark} `,
    );
  }
  text = text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
  return text;
}

/** isBlank("  \n ") → true. */
export function isBlank(text: string | null | undefined): boolean {
  return text == null || text.trim() === "";
}

/**
 * foldSameLength("Trước ngày") → "truoc ngay": like foldVietnamese but keeps every character's
 * position (no whitespace collapsing), so offsets found in the folded text point into the NFC
 * text. Callers check the lengths match before relying on that.
 */
export function foldSameLength(nfcText: string): string {
  let out = "";
  for (const ch of nfcText) out += ch.charCodeAt(0) < 0x80 ? ch : foldedChar(ch);
  return out.replace(/[đĐ]/g, "d").replace(DASHES, "-").toLowerCase();
}

/** Each non-ASCII character's base letter, decomposed once: a plan has a few dozen distinct ones. */
const FOLDED = new Map<string, string>();
function foldedChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    folded = base.length === 1 ? base : ch;
    FOLDED.set(ch, folded);
  }
  return folded;
}
