import { foldVietnamese, toNfc } from "../text/normalize";

/** A role named in the plan's "Phân công" column, and the ways people spell it. */
export interface RoleDef {
  /** Stable code name, e.g. "officeStatistics". */
  readonly key: string;
  /** The name as the directory shows it, in Vietnamese. */
  readonly name: string;
  /** Other spellings; matched without caring about case, dashes or diacritics. */
  readonly aliases: readonly string[];
}

/** The roles the seed plan names (docs/domain.md). The directory tab can add more. */
export const DEFAULT_ROLES: readonly RoleDef[] = [
  { key: "officeStatistics", name: "Công chức Văn phòng – Thống kê", aliases: ["Văn phòng – Thống kê", "VP-TK"] },
  { key: "justiceCivil", name: "Công chức Tư pháp – Hộ tịch", aliases: ["Tư pháp – Hộ tịch", "TP-HT"] },
  { key: "financeAccounting", name: "Công chức Tài chính – Kế toán", aliases: ["Tài chính – Kế toán", "TC-KT"] },
  {
    key: "cultureSociety",
    name: "Công chức Văn hoá – Xã hội",
    aliases: ["Văn hoá và Xã hội", "Văn hoá – Xã hội", "VH-XH"],
  },
  {
    key: "councilOffice",
    name: "Văn phòng HĐND và UBND xã",
    aliases: ["Văn phòng HĐND-UBND xã", "Văn phòng HĐND – UBND", "Văn phòng HĐND và UBND", "Văn phòng UBND xã"],
  },
  { key: "chairman", name: "Chủ tịch UBND xã", aliases: ["Chủ tịch Ủy ban nhân dân xã"] },
  { key: "healthStation", name: "Trạm Y tế xã", aliases: ["Trạm Y tế"] },
  {
    key: "oneStop",
    name: "Bộ phận Tiếp nhận và trả kết quả (Một cửa)",
    aliases: [
      "Bộ phận Tiếp nhận và trả kết quả",
      "công chức làm việc tại Bộ phận Một cửa",
      "công chức làm việc tại Bộ phận Tiếp nhận và trả kết quả",
    ],
  },
  {
    key: "allOfficers",
    name: "Các cán bộ, công chức",
    aliases: ["Cán bộ, công chức", "Các cán bộ công chức", "Tất cả cán bộ, công chức", "Các công chức"],
  },
];

/**
 * roleKeyOf("Sở Tư pháp") → "so-tu-phap": the key of a role known only by its name, as the
 * directory keys a row without one and as the importer keys a body the plan names.
 */
export const roleKeyOf = (name: string): string => foldVietnamese(name).replace(/[^a-z0-9]+/g, "-");

/** The role that stands for "everyone": its tasks are coordinated by the secretariat. */
export const ALL_OFFICERS = "allOfficers";
/** The secretariat (standing body for administrative reform). */
export const SECRETARIAT = "officeStatistics";

export interface RoleMention {
  readonly key: string;
  /** Offset in the folded text. */
  readonly start: number;
  readonly end: number;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * aliasPattern("Văn phòng – Thống kê") → a pattern source matching "van phong - thong ke",
 * "van phong thong ke", "van phong va thong ke"; an optional trailing "xã" is allowed.
 */
export function aliasPattern(alias: string): string {
  const folded = foldVietnamese(alias).replace(/\s+xa$/, "");
  const words = folded.split(/\s*-\s*|\s+va\s+|\s*,\s*|\s+/).filter(Boolean);
  const body = words.map(escapeRegex).join("(?:\\s*[-,&]\\s*|\\s+va\\s+|\\s+)");
  return `${body}(?:\\s+xa)?`;
}

/**
 * A role matcher over folded text. A mention followed by "huyện" or "tỉnh" names the district's
 * or the province's body ("Văn phòng HĐND-UBND huyện"), not the commune's role, and is skipped.
 */
export class RoleMatcher {
  private readonly patterns: { key: string; re: RegExp }[];

  constructor(readonly roles: readonly RoleDef[]) {
    this.patterns = [];
    for (const role of roles) {
      const sources = [role.name, ...role.aliases].map(aliasPattern);
      // Longest first, so "công chức văn phòng thống kê" wins over "văn phòng".
      sources.sort((a, b) => b.length - a.length);
      this.patterns.push({
        key: role.key,
        re: new RegExp(`(?<![a-z0-9])(?:${sources.join("|")})(?![a-z0-9])(?!\\s*(?:-\\s*)?(?:huyen|tinh)\\b)`, "g"),
      });
    }
  }

  /** Mentions of any role in already-folded text, left to right, overlaps resolved longest first. */
  mentionsInFolded(folded: string): RoleMention[] {
    const found: RoleMention[] = [];
    for (const { key, re } of this.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        found.push({ key, start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: RoleMention[] = [];
    for (const m of found) {
      const last = kept[kept.length - 1];
      if (last && m.start < last.end) continue;
      kept.push(m);
    }
    return kept;
  }

  /** match("Cong chuc Van hoa - Xa hoi") → "cultureSociety"; the role a whole cell names, if any. */
  match(text: string): string | null {
    const folded = foldVietnamese(text);
    const mentions = this.mentionsInFolded(folded);
    return mentions.length > 0 ? mentions[0].key : null;
  }
}

export interface RoleAssignment {
  readonly lead: string[];
  readonly support: string[];
}

// Words that may stand before the subject of a clause ("Giao Công chức …", "Riêng …").
// "Căn cứ thông báo …, Văn phòng HĐND-UBND xã tham mưu …" also has its subject after the comma.
const SUBJECT_PREFIX =
  /^(?:[-+•*]\s*|\d+[.)]\s*|[a-z][.)]\s+|giao\s+|rieng\s+|dong thoi\s+|de nghi\s+|do\s+|tung\s+|moi\s+|can cu [^,]*,\s*|truong hop [^,]*,\s*)*$/;

/** Clauses of an assignment cell: its lines (cellText puts each bullet on one) and sentences. */
export function splitClauses(text: string): string[] {
  return toNfc(text)
    .split(/\n|(?<=[.;])\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Who leads and who supports, read from an assignment cell. A role leads when it is the subject
 * of a clause (it opens the clause) or is followed by "chủ trì"; a role supports when it follows
 * "phối hợp". Roles merely named as recipients ("gửi về Văn phòng … để tổng hợp") are neither.
 *
 * assignRoles("Công chức Văn phòng – Thống kê xã chủ trì, phối hợp với Công chức Tư pháp – Hộ tịch")
 *   → { lead: ["officeStatistics"], support: ["justiceCivil"] }
 */
export function assignRoles(text: string, matcher: RoleMatcher): RoleAssignment {
  const lead: string[] = [];
  const support: string[] = [];
  const add = (list: string[], key: string) => {
    if (!list.includes(key)) list.push(key);
  };
  for (const clause of splitClauses(text)) {
    const folded = foldVietnamese(clause);
    for (const m of matcher.mentionsInFolded(folded)) {
      const before = folded.slice(0, m.start);
      const after = folded.slice(m.end, m.end + 24);
      if (/^\s*(?:,\s*)?chu tri\b/.test(after) || SUBJECT_PREFIX.test(before)) add(lead, m.key);
      else if (
        /phoi hop(?:\s+voi)?(?:\s+(?:cac|cung))?\s*$/.test(before.slice(-40)) ||
        /\bphoi hop\s+(?:voi\s+)?$/.test(before)
      )
        add(support, m.key);
    }
  }
  return { lead, support: support.filter((k) => !lead.includes(k)) };
}
