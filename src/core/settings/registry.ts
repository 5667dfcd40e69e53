/**
 * The settings registry: every setting of Cài đặt in one entry, in the tab's order. An entry
 * holds the help text shown beside the value, the default as the secretariat would type it
 * (setup writes it; an empty cell and a wrong value fall back to it), and the zod schema that
 * reads the trimmed text into the typed value. A wrong text is an issue whose message is a
 * message key: the sentence is rendered later, in the caller's words. The typed `Settings`
 * are derived from the schemas, so adding a setting is adding one entry here.
 */
import { parseDayMonthYear } from "../dates/localDate";
import type { Message, MessageKey } from "../i18n/messages";
import * as z from "../schema/zod";
import { parseAddresses } from "../text/addresses";
import { foldVietnamese } from "../text/normalize";
import { isWebAppUrl } from "../digest/webAppLink";
import { parseHour } from "./hour";
import { splitList, type LevelChoice } from "../report/level";

export interface SettingDef<T = unknown> {
  /** The help text in the tab's description column. */
  readonly description: MessageKey;
  /** As the secretariat would type it: "3", "KHÔNG", or "" for none. */
  readonly defaultText: string;
  /** Reads the trimmed text into the typed value; a wrong text fails with a message key. */
  readonly schema: z.ZodMiniType<T, string>;
  /** Written by the product, not the secretariat (the reminders' status). */
  readonly owner?: "product";
  /** Kept in the edit trigger's cached context: what a plan row's status depends on. */
  readonly edit?: true;
  /** The values a form offers when the setting takes one of a fixed few (each one its schema reads). */
  readonly options?: readonly string[];
}

export type SettingsRegistry = Readonly<Record<string, SettingDef>>;

/**
 * A setting's schema over its text: `read` gives the value, or undefined when the text is not
 * one; zod then reports an issue whose message is `code`.
 */
export function settingSchema<T>(code: MessageKey, read: (text: string) => T | undefined) {
  return z.pipe(
    z.string(),
    z.transform<string, T>((text, ctx) => {
      const value = read(text);
      if (value !== undefined) return value;
      ctx.issues.push({ code: "custom", message: code, input: text });
      return z.NEVER;
    }),
  );
}

const YES = /^(có|co|yes|true|1)$/i;
const NO = /^(không|khong|no|false|0|)$/i;
/** What a yes/no setting is typed as, as its help text says ("CÓ/KHÔNG"). */
const YES_NO = ["CÓ", "KHÔNG"] as const;
const yesNo = settingSchema("settings.badYesNo", (s) => (YES.test(s) ? true : NO.test(s) ? false : undefined));
/** The report's level as typed ("TỰ ĐỘNG", "HUYỆN", "TỈNH"; with or without diacritics). */
const LEVELS: ReadonlyMap<string, LevelChoice> = new Map([
  ["tu dong", "auto"],
  ["huyen", "district"],
  ["tinh", "province"],
]);
const LEVEL_OPTIONS = ["TỰ ĐỘNG", "HUYỆN", "TỈNH"] as const;
/** A line the level words by itself when left empty (the help text says what it becomes). */
const levelText = (description: MessageKey): SettingDef<string> => ({
  description,
  defaultText: "",
  schema: z.string(),
});
/** A number of working days, 0 to 99. */
const days = settingSchema("settings.badDays", (s) => (/^\d{1,2}$/.test(s) ? Number(s) : undefined));

export const SETTINGS = {
  communeName: { description: "setting.communeName", defaultText: "", schema: z.string() },
  /** null when the secretariat has not set it: the plan's own year is used. */
  planYear: {
    description: "setting.planYear",
    defaultText: "",
    edit: true,
    schema: settingSchema("settings.badYear", (s) => (s === "" ? null : /^\d{4}$/.test(s) ? Number(s) : undefined)),
  },
  /** Occurrences due before this day do not count (the plan's date); null: the year's start. */
  planStart: {
    description: "setting.planStart",
    defaultText: "",
    edit: true,
    schema: settingSchema("settings.badDate", (s) => (s === "" ? null : (parseDayMonthYear(s) ?? undefined))),
  },
  dueSoonDays: { description: "setting.dueSoonDays", defaultText: "3", edit: true, schema: days },
  beforeMeansDayBefore: {
    description: "setting.beforeMeansDayBefore",
    defaultText: "KHÔNG",
    edit: true,
    schema: yesNo,
    options: YES_NO,
  },
  /** The signer block's org line ("TM. ỦY BAN NHÂN DÂN") and title ("CHỦ TỊCH"); "" for those. */
  signerOrg: levelText("setting.signerOrg"),
  signerTitle: levelText("setting.signerTitle"),
  signerName: { description: "setting.signerName", defaultText: "", schema: z.string() },
  reportNumber: { description: "setting.reportNumber", defaultText: "Số:      /BC-UBND", schema: z.string() },
  /** Who the report goes to: by its date (core/report/level.ts), or always the district or the province. */
  reportLevel: {
    description: "setting.reportLevel",
    defaultText: "TỰ ĐỘNG",
    options: LEVEL_OPTIONS,
    schema: settingSchema("settings.badLevel", (s) => LEVELS.get(foldVietnamese(s))),
  },
  /** The names the level's bodies are given ("Khánh Hòa" → "Sở Nội vụ tỉnh Khánh Hòa"); "" for none. */
  provinceName: levelText("setting.provinceName"),
  districtName: levelText("setting.districtName"),
  /**
   * The report's "Nơi nhận", one per ";": null when the cell is empty (the level's own list),
   * none when it says KHÔNG. Sheets set up before the levels keep the district's list as typed.
   */
  reportRecipients: {
    description: "setting.reportRecipients",
    defaultText: "",
    schema: z.pipe(
      z.string(),
      z.transform((s: string): string[] | null => (s === "" ? null : /^(không|khong)$/i.test(s) ? [] : splitList(s))),
    ),
  },
  /** Who the e-mail carrying the PDF greets ("Kính gửi …,"); "" for the level's Nội vụ body. */
  reportSalutation: levelText("setting.reportSalutation"),
  /** Where the report is mailed: the addresses, read by the one parser. */
  reportEmails: {
    description: "setting.reportEmails",
    defaultText: "",
    schema: settingSchema("settings.badEmails", (s) => {
      const { valid, invalid } = parseAddresses(s);
      return invalid.length === 0 ? valid : undefined;
    }),
  },
  /** The day of the month a monthly report is cut at (1–28: every month has it). */
  reportCutoffDay: {
    description: "setting.reportCutoffDay",
    defaultText: "20",
    schema: settingSchema("settings.badCutoffDay", (s) => {
      const day = /^\d{1,2}$/.test(s) ? Number(s) : 0;
      return day >= 1 && day <= 28 ? day : undefined;
    }),
  },
  /** The hour the daily reminders are sent (0–23). */
  reminderHour: {
    description: "setting.reminderHour",
    defaultText: "7",
    schema: settingSchema("settings.badHour", (s) => parseHour(s) ?? undefined),
  },
  /** Working days late before the chairman is told (0 and up). */
  escalateAfterDays: { description: "setting.escalateAfterDays", defaultText: "5", schema: days },
  sendOnDaysOff: { description: "setting.sendOnDaysOff", defaultText: "KHÔNG", schema: yesNo, options: YES_NO },
  reminderStatus: { description: "setting.reminderStatus", defaultText: "", owner: "product", schema: z.string() },
  /** The web page "Việc của tôi" (its /exec address): each daily e-mail links to it; "" sends no link. */
  webAppUrl: {
    description: "setting.webAppUrl",
    defaultText: "",
    schema: settingSchema("settings.badWebAppUrl", (s) => (s === "" || isWebAppUrl(s) ? s : undefined)),
  },
} as const satisfies SettingsRegistry;

/** The typed value of each setting of a registry. */
export type SettingsOf<R extends SettingsRegistry> = { readonly [K in keyof R]: z.output<R[K]["schema"]> };
/** The settings the product reads, typed. */
export type Settings = SettingsOf<typeof SETTINGS>;
export type SettingKey = keyof typeof SETTINGS;

export interface SettingProblem<K extends string = SettingKey> {
  readonly key: K;
  readonly message: Message;
  /** The value as typed (trimmed). */
  readonly value: string;
  /** The value used instead, as it would be typed ("20", "KHÔNG", or "" for none). */
  readonly fallback: string;
}

/** The keys of the settings an entry's flag selects, in the tab's order. */
export function settingKeys(where: (def: SettingDef) => boolean, registry: SettingsRegistry = SETTINGS): string[] {
  return Object.entries(registry)
    .filter(([, def]) => where(def))
    .map(([key]) => key);
}

/**
 * parseSettingsWith(SETTINGS, { planYear: "2024", dueSoonDays: "ba" }) → settings with the
 * default for the wrong value, and a problem naming the setting. A wrong value never stops an
 * action. A setting left empty (or absent) takes its default; only what was typed is judged.
 */
export function parseSettingsWith<R extends SettingsRegistry>(
  registry: R,
  raw: Readonly<Partial<Record<string, string>>>,
): { settings: SettingsOf<R>; problems: SettingProblem<Extract<keyof R, string>>[] } {
  const settings: Record<string, unknown> = {};
  const problems: SettingProblem<Extract<keyof R, string>>[] = [];
  for (const [key, def] of Object.entries(registry)) {
    const typed = (raw[key] ?? "").trim();
    const value = typed === "" ? def.defaultText : typed;
    const result = def.schema.safeParse(value);
    if (result.success) {
      settings[key] = result.data;
      continue;
    }
    settings[key] = def.schema.parse(def.defaultText);
    const code = result.error.issues[0].message as MessageKey;
    const message: Message = { key: code, params: { value } };
    problems.push({ key: key as Extract<keyof R, string>, message, value, fallback: def.defaultText });
  }
  return { settings: settings as SettingsOf<R>, problems };
}

/** parseSettings({ planYear: "2024", dueSoonDays: "ba" }): the product's settings (see parseSettingsWith). */
export function parseSettings(raw: Readonly<Partial<Record<SettingKey, string>>>): {
  settings: Settings;
  problems: SettingProblem[];
} {
  return parseSettingsWith(SETTINGS, raw);
}

/**
 * What a settings tab left empty (or missing) reads as: each setting's default, read by its own
 * schema (a default that is no value throws, here, when the bundle loads).
 */
export const DEFAULT_SETTINGS: Settings = parseSettings({}).settings;
