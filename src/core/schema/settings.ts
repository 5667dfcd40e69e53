import { parseDayMonthYear, type LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
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
}

export const DEFAULT_SETTINGS: Settings = { communeName: "", planYear: null, planStart: null, dueSoonDays: 3, beforeMeansDayBefore: false };

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
});

export type SettingKey = keyof Settings;

export interface SettingProblem {
  readonly key: SettingKey;
  readonly message: Message;
}

/**
 * parseSettings({ planYear: "2024", dueSoonDays: "ba" }) → settings with the default for the
 * wrong value, and a problem naming the setting. A wrong value never stops an action.
 */
export function parseSettings(raw: Partial<Record<SettingKey, string>>): { settings: Settings; problems: SettingProblem[] } {
  const input = {
    communeName: raw.communeName ?? "",
    planYear: raw.planYear ?? "",
    planStart: raw.planStart ?? "",
    dueSoonDays: raw.dueSoonDays ?? String(DEFAULT_SETTINGS.dueSoonDays),
    beforeMeansDayBefore: raw.beforeMeansDayBefore ?? "",
  };
  const result = settingsSchema.safeParse(input);
  const bad = new Map<SettingKey, string>();
  if (!result.success) {
    for (const issue of result.error.issues) bad.set(issue.path[0] as SettingKey, issue.message);
  }
  const problems: SettingProblem[] = [...bad].map(([key, code]) => ({
    key,
    message: { key: code as Message["key"], params: { value: input[key] } },
  }));
  return {
    settings: {
      communeName: input.communeName,
      planYear: bad.has("planYear") || input.planYear === "" ? null : Number(input.planYear),
      planStart: bad.has("planStart") ? null : parseDayMonthYear(input.planStart),
      dueSoonDays: bad.has("dueSoonDays") ? DEFAULT_SETTINGS.dueSoonDays : Number(input.dueSoonDays),
      beforeMeansDayBefore: bad.has("beforeMeansDayBefore") ? false : YES.test(input.beforeMeansDayBefore),
    },
    problems,
  };
}
