/**
 * The roll-up workbook's tabs: the list Sở Nội vụ keeps (one commune sheet a row: its name, its
 * URL, and the product's own "Tình trạng đọc" column), its settings, and the tabs the product
 * rewrites whole on every consolidation (nothing a person types goes there).
 */
import { t, type MessageKey } from "../../core/i18n/messages";

/** The tabs of a roll-up workbook, by their role. */
export const ROLLUP_TABS = {
  list: "rollupTab.list",
  settings: "tab.settings",
  communes: "rollupTab.communes",
  ranking: "rollupTab.ranking",
  late: "rollupTab.late",
  indicators: "rollupTab.indicators",
  report: "rollupTab.report",
} as const satisfies Record<string, MessageKey>;

export type RollupTab = keyof typeof ROLLUP_TABS;

/** rollupTabName("list") → "Danh sách xã". */
export const rollupTabName = (tab: RollupTab): string => t(ROLLUP_TABS[tab]);

/** The list tab's header as setup writes it: name, URL, then the product's status column. */
export const LIST_HEADER: readonly MessageKey[] = ["rollupList.colName", "rollupList.colUrl", "rollupList.colStatus"];
