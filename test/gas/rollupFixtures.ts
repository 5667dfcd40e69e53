/**
 * The province's roll-up in the fake runtime: a roll-up workbook loaded with dist/rollup's
 * Code.js and manifest, and commune sheets whose "Tổng hợp" tab holds a summary derived from
 * the real seed plan (refreshed on 20/11/2024: test/core/rollup/communes.ts), each commune's
 * counts shifted so no two are alike.
 */
import { readFileSync } from "node:fs";
import { callCostMs } from "../../bench/costModel";
import { summaryGrid } from "../../src/core/summary/grid";
import { SUMMARY_TAB_NAME, type CommuneSummary } from "../../src/core/summary/schema";
import { seedSummary } from "../core/rollup/communes";
import { createRuntime, loadBundle, ROLLUP_BUNDLE, type Runtime } from "./runtime";
import type { FakeSpreadsheet } from "./spreadsheet";

export const ROLLUP_CODE = readFileSync(ROLLUP_BUNDLE, "utf8");
export const LIST_TAB = "Danh sách xã";
/** 07:30 on 20/11/2024 in Vietnam, the seed's reference day. */
export const NOW = new Date("2024-11-20T00:30:00Z");

/** Commune number `n`'s summary: the seed's, named for it, with n % 7 overdue tasks counted done on time instead. */
export function communeSummary(n: number): CommuneSummary {
  const base = seedSummary();
  const moved = Math.min(n % 7, base.byStatus.overdue);
  const byStatus = {
    ...base.byStatus,
    overdue: base.byStatus.overdue - moved,
    doneOnTime: base.byStatus.doneOnTime + moved,
  };
  return { ...base, commune: `Xã ${n}`, byStatus };
}

export const communeId = (n: number) => `commune-${String(n).padStart(3, "0")}-sheet-id`;
export const communeUrl = (n: number) => `https://docs.google.com/spreadsheets/d/${communeId(n)}/edit#gid=0`;

/** The roll-up workbook, its bundle loaded, the clock moving by the cost model on each call. */
export function rollupRuntime(options: { costModel?: boolean; bigquery?: boolean } = {}): {
  runtime: Runtime;
  g: Record<string, (...a: unknown[]) => unknown>;
} {
  const runtime = createRuntime({
    now: NOW,
    deployment: options.bigquery ? "rollup-bigquery" : "rollup",
    callCostMs: options.costModel === false ? undefined : callCostMs,
  });
  const g = loadBundle(runtime, ROLLUP_CODE) as Record<string, (...a: unknown[]) => unknown>;
  return { runtime, g };
}

/** A commune's sheet in Drive with its summary tab (shared with the roll-up's user unless said). */
export function addCommune(
  runtime: Runtime,
  n: number,
  grid: unknown[][] | null = summaryGrid(communeSummary(n)),
  sharedWith?: readonly string[],
): FakeSpreadsheet {
  const file = runtime.addSpreadsheet(communeId(n), { name: `Kế hoạch CCHC xã ${n}`, sharedWith });
  // The fakes' own objects, not their counted proxies: filling a sheet for the test costs no call.
  if (grid) {
    file.insertSheet(SUMMARY_TAB_NAME);
    const sheet = file.tab(SUMMARY_TAB_NAME);
    grid.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && sheet.type(r + 1, c + 1, typeof v === "string" ? `'${v}` : v)),
    );
  }
  return file;
}

/** The list tab with these rows under its header (name, URL), typed as a person would. */
export function typeList(runtime: Runtime, rows: readonly (readonly [string, string])[]): void {
  const ss = runtime.spreadsheet;
  if (!ss.sheets.some((s) => s.name === LIST_TAB)) ss.insertSheet(LIST_TAB);
  const tab = ss.tab(LIST_TAB);
  tab.type(1, 1, "Tên xã");
  tab.type(1, 2, "Đường dẫn bảng tính");
  rows.forEach(([name, url], i) => {
    tab.type(i + 2, 1, name);
    tab.type(i + 2, 2, url);
  });
}
