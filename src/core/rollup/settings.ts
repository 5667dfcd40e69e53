/**
 * The roll-up workbook's own settings (its "Cài đặt" tab): who issues and signs the province's
 * report, and the two rules of the consolidation (the monthly report's cut-off day, the age of
 * a stale summary). A registry of its own, read by the same parser as the commune's
 * (parseSettingsWith): an empty cell takes the default, a wrong value falls back to it with a
 * problem that names the setting.
 */
import * as z from "../schema/zod";
import { splitList } from "../report/level";
import type { RollupOptions } from "./consolidate";
import { BIGQUERY_EXPORT_SETTING } from "../export/warehouse";
import { parseSettingsWith, SETTINGS, type SettingProblem, type SettingsOf } from "../settings/registry";

/** The "Nơi nhận" of the province's report as Sở Nội vụ would type it ({committee} is UBND tỉnh …). */
const recipientsSchema = z.pipe(
  z.string(),
  z.transform((s: string): string[] | null => (s === "" ? null : /^(không|khong)$/i.test(s) ? [] : splitList(s))),
);

export const ROLLUP_SETTINGS = {
  /** "Khánh Hòa" → "UBND TỈNH KHÁNH HÒA", "Ủy ban nhân dân tỉnh Khánh Hòa". */
  provinceName: { description: "rollupSetting.provinceName", defaultText: "", schema: z.string() },
  /** The place before the date ("Khánh Hòa, ngày …"); empty: the province's name. */
  place: { description: "rollupSetting.place", defaultText: "", schema: z.string() },
  reportNumber: { description: "rollupSetting.reportNumber", defaultText: "Số:      /BC-SNV", schema: z.string() },
  /** The signer block's title lines, ";" between them; "" for "GIÁM ĐỐC". */
  signerTitle: { description: "rollupSetting.signerTitle", defaultText: "", schema: z.string() },
  signerName: { description: "rollupSetting.signerName", defaultText: "", schema: z.string() },
  /** null when empty: the default list (UBND tỉnh, the Director and deputies, the archive). */
  recipients: { description: "rollupSetting.recipients", defaultText: "", schema: recipientsSchema },
  /** The day of the month a commune's monthly report is due (1–28), as in the commune's own Cài đặt. */
  cutoffDay: { ...SETTINGS.reportCutoffDay, description: "rollupSetting.cutoffDay" },
  /** A summary whose figures are older than this many days is named as stale (0–99). */
  staleDays: { description: "rollupSetting.staleDays", defaultText: "30", schema: SETTINGS.dueSoonDays.schema },
  /**
   * "Xuất BigQuery": project.dataset to load each complete roll-up into (docs/national.md); empty,
   * the default, exports nothing and makes no call.
   */
  bigqueryExport: BIGQUERY_EXPORT_SETTING,
} as const;

export type RollupSettings = SettingsOf<typeof ROLLUP_SETTINGS>;
export type RollupSettingKey = keyof typeof ROLLUP_SETTINGS;

/** parseRollupSettings({ cutoffDay: "35" }) → the defaults, cutoffDay 20, and a problem naming cutoffDay. */
export function parseRollupSettings(raw: Readonly<Partial<Record<string, string>>>): {
  settings: RollupSettings;
  problems: SettingProblem<RollupSettingKey>[];
} {
  return parseSettingsWith(ROLLUP_SETTINGS, raw);
}

export const DEFAULT_ROLLUP_SETTINGS: RollupSettings = parseRollupSettings({}).settings;

/** The consolidation's two rules, as the roll-up's settings give them. */
export const rollupOptions = (settings: RollupSettings): RollupOptions => ({
  cutoffDay: settings.cutoffDay,
  staleDays: settings.staleDays,
});
