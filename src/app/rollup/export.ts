/**
 * The roll-up's export to the national warehouse, run after a complete roll-up (every commune
 * read): the day's rows of the province's two tables, one load job each. Off when the setting
 * "Xuất BigQuery" is empty: then not a single call is made.
 */
import { warehouseLoads, type WarehouseTarget } from "../../core/export/warehouse";
import { render, t, type Message } from "../../core/i18n/messages";
import type { CommuneSummary } from "../../core/summary/schema";
import type { Clock, WarehousePort } from "../../ports";

/** The settings the export reads (from the roll-up workbook's Cài đặt). */
export interface ExportSettings {
  /** "Xuất BigQuery", typed: null when empty. */
  readonly bigqueryExport: WarehouseTarget | null;
  /** The province's name ("Khánh Hòa"): its rows carry it and its tables are named after it. */
  readonly provinceName: string;
}

export type ExportOutcome =
  | { readonly kind: "off" }
  | { readonly kind: "done"; readonly tables: readonly { table: string; jobId: string; rows: number }[] }
  | { readonly kind: "failed"; readonly table: string | null; readonly error: Message };

/**
 * exportRollup(ports, the complete roll-up's summaries, settings): the day is the clock's, so a
 * second export on the same day replaces the first. Stops at the first table BigQuery refuses.
 */
export function exportRollup(
  ports: { readonly warehouse: WarehousePort; readonly clock: Clock },
  summaries: readonly CommuneSummary[],
  settings: ExportSettings,
): ExportOutcome {
  const target = settings.bigqueryExport;
  if (!target) return { kind: "off" };
  const planned = warehouseLoads(target, settings.provinceName, summaries, ports.clock.today());
  if (!planned.ok) return { kind: "failed", table: null, error: planned.error };
  const tables: { table: string; jobId: string; rows: number }[] = [];
  for (const load of planned.loads) {
    const result = ports.warehouse.load(load);
    if (!result.ok) return { kind: "failed", table: load.table, error: result.error };
    tables.push({ table: load.table, jobId: result.jobId, rows: result.rows });
  }
  return { kind: "done", tables };
}

/** The outcome as the person who ran the roll-up reads it, in Vietnamese (null when the export is off). */
export function exportMessage(outcome: ExportOutcome): string | null {
  if (outcome.kind === "off") return null;
  if (outcome.kind === "failed")
    return outcome.table
      ? t("warehouse.failedTable", { table: outcome.table, reason: render(outcome.error) })
      : render(outcome.error);
  const rows = outcome.tables.reduce((n, x) => n + x.rows, 0);
  return t("warehouse.done", { rows, tables: outcome.tables.map((x) => x.table).join(", ") });
}
