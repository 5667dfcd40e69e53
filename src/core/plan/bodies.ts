import { foldVietnamese, toNfc } from "../text/normalize";

/**
 * The words a body's name starts with ("Bộ Tài chính", "UBND tỉnh", "Các sở, ban, ngành"),
 * folded. A comma or "và" followed by one of them, capitalised, starts another body; followed by
 * anything else it is inside a name: "Sở Khoa học và Công nghệ", "Bộ Văn hóa, Thể thao và Du lịch".
 */
const BODY_HEADS =
  "bo|so|ban|uy ban|ubnd|hdnd|hoi dong|van phong|cong an|cuc|tong cuc|chi cuc|trung tam|cac|" +
  "hoi|dai|bao|ngan hang|kho bac|thue|vien|truong|doan|lien doan|mat tran|toa an|bao hiem|" +
  "phong|tinh uy|thanh uy|dang uy|bo chi huy|bo tu lenh|tap doan|tong cong ty|cong ty|" +
  "hiep hoi|dai hoc|hoc vien|co quan|don vi|chinh phu|thu tuong|quoc hoi|kiem toan|thanh tra|" +
  "quy|vksnd|tand|bhxh|mttq|chu tich|pho chu tich|lanh dao|cong chuc|can bo|tram";
const HEAD = new RegExp(`^(?:${BODY_HEADS})(?![a-z0-9])`);

/** Whether the text after a comma or "và" starts another body's name. */
function startsBody(after: string): boolean {
  const trimmed = after.trimStart();
  const folded = foldVietnamese(trimmed.slice(0, 24));
  // A new name is capitalised; "các …", "cơ quan …", "đơn vị …" ("và cơ quan liên quan") name bodies however written.
  const capital = /^\p{Lu}/u.test(trimmed) || /^(?:cac|co quan|don vi) /.test(folded);
  return capital && HEAD.test(folded);
}

/** Where a text holds names known to be one body ("Văn phòng HĐND và UBND xã"), as [start, end) offsets. */
export type NameSpans = (text: string) => readonly (readonly [number, number])[];

/** Splits text at top-level separators (outside parentheses) where `at` says a new piece starts. */
function splitOutsideParens(
  text: string,
  separator: RegExp,
  at: (after: string) => boolean,
  names: NameSpans,
): string[] {
  const pieces: string[] = [];
  const inside = names(text);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || inside.some(([from, to]) => i > from && i < to)) continue;
    const m = separator.exec(text.slice(i));
    if (m && m.index === 0 && at(text.slice(i + m[0].length))) {
      pieces.push(text.slice(start, i));
      start = i + m[0].length;
      i = start - 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** "- Sở Tư pháp." → "Sở Tư pháp": a piece without its bullet, numbering and closing punctuation. */
function tidy(piece: string): string {
  const text = piece
    .replace(/^\s*(?:[-–+•*]+|\d+[.)]|[a-zđ][.)])\s*/u, "")
    .replace(/[\s.,;:]+$/u, "")
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * splitBodies("Bộ Khoa học và Công nghệ, Bộ Công an; UBND các tỉnh, thành phố")
 *   → ["Bộ Khoa học và Công nghệ", "Bộ Công an", "UBND các tỉnh, thành phố"].
 * A lead or co-operating cell as the bodies it names: lines, ";" and bullets always part them;
 * a comma or "và" parts them only when a body's name follows (startsBody), and never inside a
 * name `names` knows (the roles the directory lists).
 */
export function splitBodies(cell: string, names: NameSpans = () => []): string[] {
  const out: string[] = [];
  for (const sentence of toNfc(cell).split(/\n|(?<=\p{Ll})\.\s+(?=\p{Lu})/u)) {
    for (const line of distribute(sentence)) {
      for (const byComma of splitOutsideParens(line, /^,\s*/, startsBody, names)) {
        for (const piece of splitOutsideParens(byComma, /^\s+và\s+/u, startsBody, names)) {
          const body = tidy(piece);
          if (/\p{L}/u.test(body)) out.push(body);
        }
      }
    }
  }
  return out;
}

/**
 * distribute("Các Cục: Di sản văn hóa; Bản quyền tác giả") → ["Cục Di sản văn hóa", "Cục Bản
 * quyền tác giả"]: a "các …:" list names each body after the common head. Its items are parted
 * by ";" when it has one (names may hold commas), else by commas. Anything else: its ";" parts.
 */
function distribute(text: string): string[] {
  const list = /^\s*các\s+(\p{L}+)\s*:\s*(\S.*)$/isu.exec(text);
  if (!list) return text.split(";");
  const head = list[1].charAt(0).toUpperCase() + list[1].slice(1);
  const items = list[2].includes(";") ? list[2].split(";") : list[2].split(",");
  return items.map((item) => `${head} ${item.trim()}`);
}

const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bmttq\b/g, "mat tran to quoc"],
  [/\bbhxh\b/g, "bao hiem xa hoi"],
];

/** A name folded, with its abbreviations spelled out and the separators a name's parts need kept. */
function looseKey(name: string): string {
  let key = foldVietnamese(name)
    .replace(/[^a-z0-9&,-]+/g, " ")
    .trim();
  for (const [re, full] of EXPANSIONS) key = key.replace(re, full);
  return key;
}

/** bodyKey("Ủy ban nhân dân tỉnh") = bodyKey("UBND Tỉnh"): a body as compared, spelling aside. */
export function bodyKey(name: string): string {
  return looseKey(name).replace(/[,-]+/g, " ").replace(/\s+/g, " ").trim();
}

/** The head of a key ("so", "bo", "uy ban nhan dan tinh"…) and the rest, or null without a known head. */
function headAndRest(key: string): [string, string] | null {
  const m = HEAD.exec(key);
  return m ? [m[0], key.slice(m[0].length).trim()] : null;
}

/**
 * acronymKey("so thong tin va truyen thong") → "so tt tt"; acronymKey("so tt&tt") → "so tt tt".
 * A name's head with the initials of each part of the rest (parts split by "và", "-", ","), or
 * the letters of an abbreviation split at "&" and "-": the two meet when one abbreviates the other.
 */
function acronymKey(key: string, abbreviated: boolean): string | null {
  const split = headAndRest(key);
  if (!split || !split[1]) return null;
  const [head, rest] = split;
  const parts = abbreviated
    ? rest.split(/[&\s,-]+/)
    : rest.split(/\s+va\s+|\s*[-,]\s*/).map((part) =>
        part
          .split(/\s+/)
          .map((w) => w[0])
          .join(""),
      );
  return [head, ...parts.filter(Boolean)].join(" ");
}

/**
 * Whether a name is written as an abbreviation after its head: "Sở TT&TT", "Sở KH&CN",
 * "Sở LĐ-TB&XH", or one word of capitals, "Cục DLQGVN".
 */
const isAbbreviated = (name: string): boolean =>
  /\p{Lu}{1,3}(?:\s*[&-]\s*\p{Lu}{1,3})+/u.test(name) || isOneWordAbbreviation(name);

/** "Trung tâm PVHCC": a head, then one word of capitals and nothing else. */
function isOneWordAbbreviation(name: string): boolean {
  const last = /\s(\p{Lu}{3,})$/u.exec(name.trim());
  return last !== null && headAndRest(looseKey(name))?.[1] === foldVietnamese(last[1]);
}

/** wordInitials("so giao duc va dao tao") → "so gddt": the head and the initials of every other word but "và". */
function wordInitials(key: string): string | null {
  const split = headAndRest(key);
  if (!split || !split[1]) return null;
  const words = split[1].split(/[\s,&-]+/).filter((w) => w && w !== "va");
  return `${split[0]} ${words.map((w) => w[0]).join("")}`;
}

/**
 * One spelling per body across a plan: spellings with the same key are one body, written as
 * most of the plan writes it (the first such spelling on a tie); an abbreviation ("Sở TT&TT")
 * is the body whose full name it abbreviates, when exactly one does. Returns spelling → name.
 */
export function canonicalBodies(spellings: readonly string[]): Map<string, string> {
  const byKey = new Map<string, Map<string, number>>();
  for (const s of spellings) {
    const counts = byKey.get(bodyKey(s)) ?? new Map<string, number>();
    counts.set(s, (counts.get(s) ?? 0) + 1);
    byKey.set(bodyKey(s), counts);
  }
  const nameOfKey = new Map<string, string>();
  for (const [key, counts] of byKey) {
    let best = "";
    for (const [s, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = s;
    nameOfKey.set(key, best);
  }
  const fullByAcronym = new Map<string, string[]>();
  for (const name of nameOfKey.values()) {
    if (isAbbreviated(name)) continue;
    for (const acronym of new Set([acronymKey(looseKey(name), false), wordInitials(looseKey(name))])) {
      if (acronym) fullByAcronym.set(acronym, [...(fullByAcronym.get(acronym) ?? []), name]);
    }
  }
  const out = new Map<string, string>();
  for (const s of spellings) {
    let name = nameOfKey.get(bodyKey(s)) ?? s;
    // "Cục QLCL" is its own head and initials already; "Sở TT&TT" is split at "&" and "-".
    const oneWord = isOneWordAbbreviation(name);
    const acronym = !isAbbreviated(name) ? null : oneWord ? bodyKey(name) : acronymKey(looseKey(name), true);
    const full = acronym ? fullByAcronym.get(acronym) : undefined;
    if (full?.length === 1) name = full[0];
    out.set(s, name);
  }
  return out;
}
