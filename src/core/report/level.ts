/**
 * The level a commune's report goes to, and the words that follow from it. Until 30 June 2025
 * local government had three tiers and a commune reported to its district (Phòng Nội vụ
 * huyện, UBND huyện); from 1 July 2025 it has two, the districts are gone, and a commune reports
 * to its province (Sở Nội vụ tỉnh, UBND tỉnh). A report belongs to the day it is dated (its
 * cut-off), so a sheet keeps making its 2024 reports to the district and its reports of
 * July 2025 on to the province. Every word here is a default: what the secretariat typed in
 * Cài đặt wins.
 */
import { compareDates, localDate, type LocalDate } from "../dates/localDate";
import { t } from "../i18n/messages";
import { foldVietnamese } from "../text/normalize";
import type { Settings } from "../settings/registry";

export type ReportLevel = "district" | "province";
/** What Cài đặt says (reportLevel): pick by the report's date, or always one level. */
export type LevelChoice = "auto" | ReportLevel;

/** The first day of two-tier local government: the district level ends on 30 June 2025. */
export const TWO_TIER_FROM: LocalDate = localDate(2025, 7, 1);

/**
 * levelOn("auto", 30/6/2025) → "district"; levelOn("auto", 1/7/2025) → "province";
 * levelOn("district", 20/11/2025) → "district" (the secretariat's choice wins).
 */
export function levelOn(choice: LevelChoice, dated: LocalDate): ReportLevel {
  if (choice !== "auto") return choice;
  return compareDates(dated, TWO_TIER_FROM) < 0 ? "district" : "province";
}

/**
 * The unit words a name may already start with, per level: "thị xã Ninh Hòa", "thành phố Huế".
 * Compared with their tones, not folded: "Quan Hóa" is a district's name, not "quận".
 */
const UNIT_WORDS: Readonly<Record<ReportLevel, readonly string[]>> = {
  district: ["huyện", "quận", "thị xã", "thành phố"],
  province: ["tỉnh", "thành phố"],
};
const UNIT_WORD: Readonly<Record<ReportLevel, string>> = { district: "huyện", province: "tỉnh" };

/**
 * unitName("province", "Khánh Hòa") → "tỉnh Khánh Hòa"; unitName("province", "thành phố Huế")
 * → "thành phố Huế" (typed with its unit word: kept); unitName("district", "thị xã Ninh Hòa") →
 * "thị xã Ninh Hòa"; unitName("district", "Quan Hóa") → "huyện Quan Hóa"; unitName("district",
 * "") → "huyện" (no name: the unit word alone, as the report said before there was a setting).
 */
export function unitName(level: ReportLevel, name: string): string {
  const typed = name.trim();
  if (typed === "") return UNIT_WORD[level];
  const lower = typed.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  const hasUnit = UNIT_WORDS[level].some((w) => lower === w || lower.startsWith(`${w} `));
  return hasUnit ? typed : `${UNIT_WORD[level]} ${typed}`;
}

/** What Cài đặt holds for the level's words: "" (or null for the list) means the level's default. */
export interface LevelSettings {
  readonly choice: LevelChoice;
  readonly provinceName: string;
  readonly districtName: string;
  /** The "Nơi nhận" list as typed; null when the cell is empty (the level's list). */
  readonly recipients: readonly string[] | null;
  /** Who the e-mail greets after "Kính gửi". */
  readonly salutation: string;
  readonly signerOrg: string;
  /** The title under the org line; ";" starts a new line ("KT. CHỦ TỊCH; PHÓ CHỦ TỊCH"). */
  readonly signerTitle: string;
}

/** The level's settings of Cài đặt, typed, as levelWording reads them. */
export function levelSettingsOf(settings: Settings): LevelSettings {
  return {
    choice: settings.reportLevel,
    provinceName: settings.provinceName,
    districtName: settings.districtName,
    recipients: settings.reportRecipients,
    salutation: settings.reportSalutation,
    signerOrg: settings.signerOrg,
    signerTitle: settings.signerTitle,
  };
}

/** The words a report, its tab and its e-mail use, resolved for one level. */
export interface LevelWording {
  readonly level: ReportLevel;
  /** "Sở Nội vụ tỉnh Khánh Hòa" / "Phòng Nội vụ huyện": the body the report goes to. */
  readonly homeAffairs: string;
  /** "UBND tỉnh Khánh Hòa" / "UBND huyện". */
  readonly committee: string;
  readonly recipients: readonly string[];
  /** "Sở Nội vụ tỉnh Khánh Hòa": the e-mail's "Kính gửi …,". */
  readonly salutation: string;
  /** "TM. ỦY BAN NHÂN DÂN". */
  readonly signerOrg: string;
  /** ["CHỦ TỊCH"], or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  readonly signerTitle: readonly string[];
}

/** splitList("a (b/c); ; b") → ["a (b/c)", "b"]: a list typed with ";" between its items. */
export const splitList = (text: string): string[] =>
  text
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

/** The level's default "Nơi nhận", written as the secretariat would type it. */
function defaultRecipients(level: ReportLevel, homeAffairs: string, committee: string): string[] {
  return splitList(
    t(level === "district" ? "level.recipientsDistrict" : "level.recipientsProvince", { homeAffairs, committee }),
  );
}

/**
 * levelWording(settings left empty, 20/11/2024) → Phòng Nội vụ huyện, the district's list
 * ("Phòng Nội vụ huyện (b/c); Thường trực Đảng ủy xã (b/c); …"), "TM. ỦY BAN NHÂN DÂN",
 * "CHỦ TỊCH"; levelWording({ provinceName: "Khánh Hòa", … }, 20/7/2025) → Sở Nội vụ tỉnh
 * Khánh Hòa, its list led by Sở Nội vụ and UBND tỉnh. A cell typed in Cài đặt is used as typed.
 */
export function levelWording(settings: LevelSettings, dated: LocalDate): LevelWording {
  const level = levelOn(settings.choice, dated);
  const unit = unitName(level, level === "district" ? settings.districtName : settings.provinceName);
  const homeAffairs = t(level === "district" ? "level.homeAffairsDistrict" : "level.homeAffairsProvince", { unit });
  const committee = t("level.committee", { unit });
  const title = splitList(settings.signerTitle);
  return {
    level,
    homeAffairs,
    committee,
    recipients: settings.recipients ?? defaultRecipients(level, homeAffairs, committee),
    salutation: settings.salutation.trim() || homeAffairs,
    signerOrg: settings.signerOrg.trim() || t("report.signerOrg"),
    signerTitle: title.length > 0 ? title : [t("report.signerTitle")],
  };
}

/**
 * namesDistrict("Phòng Nội vụ huyện (b/c)") → true; namesDistrict("Thường trực Huyện ủy") →
 * true; namesDistrict("Phong Noi vu (b/c)") → true; namesDistrict("Sở Nội vụ tỉnh Khánh Hòa
 * (b/c)") → false; namesDistrict("xã Nguyễn Huyên") → false. A district's body named where, from
 * 1 July 2025, there is none: the word "huyện" (with its tone: "Huyên" is a name), or the
 * district's Phòng Nội vụ (the province has a Sở).
 */
export function namesDistrict(text: string): boolean {
  const district = /(^|\P{L})huyện(\P{L}|$)/u.test(text.normalize("NFC").toLowerCase());
  return district || foldVietnamese(text).includes("phong noi vu");
}
