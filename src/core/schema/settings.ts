import { parseDayMonthYear, type LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
import { parseAddresses } from "../text/addresses";
import { parseHour } from "./hour";
import * as z from "./zod";

/** The settings the product reads, typed. */
export interface Settings {
  readonly communeName: string;
  /** null when the secretariat has not set it: the plan's own year is used. */
  readonly planYear: number | null;
  /** Occurrences due before this day do not count (the plan's date); null: the year's start. */
  readonly planStart: LocalDate | null;
  readonly dueSoonDays: number;
  readonly beforeMeansDayBefore: boolean;
  /** The day of the month a monthly report is cut at (1–28: every month has it). */
  readonly reportCutoffDay: number;
  /** The hour the daily reminders are sent (0–23). */
  readonly reminderHour: number;
  /** Working days late before the chairman is told (0 and up). */
  readonly escalateAfterDays: number;
  readonly sendOnDaysOff: boolean;
  /** Where the report is mailed: the addresses, read by the one parser. */
  readonly reportEmails: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  communeName: "", planYear: null, planStart: null, dueSoonDays: 3, beforeMeansDayBefore: false,
  reportCutoffDay: 20, reminderHour: 7, escalateAfterDays: 5, sendOnDaysOff: false, reportEmails: [],
};

/** What each setting falls back to, as the secretariat would type it (for "đang dùng …"). */
const DEFAULT_TEXT: Record<SettingKey, string> = {
  communeName: "", planYear: "", planStart: "", dueSoonDays: "3", beforeMeansDayBefore: "KHÔNG",
  reportCutoffDay: "20", reminderHour: "7", escalateAfterDays: "5", sendOnDaysOff: "KHÔNG", reportEmails: "",
};

const YES = /^(có|co|yes|true|1)$/i;
const NO = /^(không|khong|no|false|0|)$/i;

/**
 * The schema of the settings tab's values (each read as trimmed text). It is the single
 * source of each setting's shape and of the message a wrong value gets.
 */
export const settingsSchema = z.object({
  communeName: z.string(),
  planYear: z.string().check(z.regex(/^(|\d{4})$/, "settings.badYear")),
  planStart: z.string().check(z.refine((s) => s === "" || parseDayMonthYear(s) !== null, "settings.badDate")),
  dueSoonDays: z.string().check(z.regex(/^\d{1,2}$/, "settings.badDays")),
  beforeMeansDayBefore: z.string().check(z.refine((s) => YES.test(s) || NO.test(s), "settings.badYesNo")),
  reportCutoffDay: z.string().check(z.refine((s) => /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 28, "settings.badCutoffDay")),
  reminderHour: z.string().check(z.refine((s) => parseHour(s) !== null, "settings.badHour")),
  escalateAfterDays: z.string().check(z.regex(/^\d{1,2}$/, "settings.badDays")),
  sendOnDaysOff: z.string().check(z.refine((s) => YES.test(s) || NO.test(s), "settings.badYesNo")),
  reportEmails: z.string().check(z.refine((s) => parseAddresses(s).invalid.length === 0, "settings.badEmails")),
});

export type SettingKey = keyof Settings;

export interface SettingProblem {
  readonly key: SettingKey;
  readonly message: Message;
  /** The value used instead, as it would be typed ("20", "KHÔNG", or "" for none). */
  readonly fallback: string;
}

/**
 * parseSettings({ planYear: "2024", dueSoonDays: "ba" }) → settings with the default for the
 * wrong value, and a problem naming the setting. A wrong value never stops an action.
 */
export function parseSettings(raw: Partial<Record<SettingKey, string>>): { settings: Settings; problems: SettingProblem[] } {
  // A setting left empty (or absent) takes its default; only what was typed is judged.
  const given = (key: SettingKey) => (raw[key] ?? "").trim() || DEFAULT_TEXT[key];
  const input: Record<SettingKey, string> = {
    communeName: raw.communeName ?? "",
    planYear: raw.planYear ?? "",
    planStart: raw.planStart ?? "",
    dueSoonDays: given("dueSoonDays"),
    beforeMeansDayBefore: raw.beforeMeansDayBefore ?? "",
    reportCutoffDay: given("reportCutoffDay"),
    reminderHour: given("reminderHour"),
    escalateAfterDays: given("escalateAfterDays"),
    sendOnDaysOff: raw.sendOnDaysOff ?? "",
    reportEmails: raw.reportEmails ?? "",
  };
  const result = settingsSchema.safeParse(input);
  const bad = new Map<SettingKey, string>();
  if (!result.success) {
    for (const issue of result.error.issues) bad.set(issue.path[0] as SettingKey, issue.message);
  }
  const problems: SettingProblem[] = [...bad].map(([key, code]) => ({
    key,
    message: { key: code as Message["key"], params: { value: input[key] } },
    fallback: DEFAULT_TEXT[key],
  }));
  const number = (key: "reportCutoffDay" | "escalateAfterDays" | "dueSoonDays") => (bad.has(key) ? DEFAULT_SETTINGS[key] : Number(input[key]));
  return {
    settings: {
      communeName: input.communeName,
      planYear: bad.has("planYear") || input.planYear === "" ? null : Number(input.planYear),
      planStart: bad.has("planStart") ? null : parseDayMonthYear(input.planStart),
      dueSoonDays: number("dueSoonDays"),
      beforeMeansDayBefore: bad.has("beforeMeansDayBefore") ? false : YES.test(input.beforeMeansDayBefore),
      reportCutoffDay: number("reportCutoffDay"),
      reminderHour: parseHour(input.reminderHour) ?? DEFAULT_SETTINGS.reminderHour,
      escalateAfterDays: number("escalateAfterDays"),
      sendOnDaysOff: bad.has("sendOnDaysOff") ? false : YES.test(input.sendOnDaysOff),
      reportEmails: bad.has("reportEmails") ? [] : parseAddresses(input.reportEmails).valid,
    },
    problems,
  };
}
