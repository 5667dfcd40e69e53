/**
 * The seed plan's summary as its commune sheet would keep it on the reference day, built from the
 * same snapshot a refresh reads (statuses, ratios, indicators), for the export's tests. The
 * summary tab's own builder belongs to the summary helper; this stays a test's reading of it.
 */
import { readWorkbook } from "../../../src/app/commands/readWorkbook";
import { judgeIndicators } from "../../../src/app/read/indicators";
import { planRatios } from "../../../src/core/indicators/compute";
import { countStatuses } from "../../../src/core/status/statuses";
import { SUMMARY_VERSION, type CommuneSummary } from "../../../src/core/summary/schema";
import { seededPorts } from "../../helpers";

export function seedSummary(commune = "Đại Lãnh"): CommuneSummary {
  const snapshot = readWorkbook(seededPorts());
  const rows = snapshot.rows;
  const ratios = planRatios(rows.map((r) => ({ status: r.evaluation.status, evidence: r.cells.evidence !== "" })));
  const { results } = judgeIndicators(snapshot.tabs, snapshot.today);
  return {
    version: SUMMARY_VERSION,
    commune,
    plan: "Kế hoạch cải thiện Chỉ số CCHC năm 2024",
    year: snapshot.settings.planYear ?? snapshot.today.year,
    asOf: snapshot.today,
    tasks: rows.length,
    byStatus: countStatuses(rows.map((r) => r.evaluation.status)),
    onTimeRate: ratios.onTimePct,
    evidenceRate: ratios.evidencePct,
    overdueTasks: rows.filter((r) => r.evaluation.status === "overdue").map((r) => r.id),
    lastReport: null,
    indicators: results.map(({ indicator, result }) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      value: result.latest?.value ?? null,
      period: result.latest?.period ?? null,
      target: result.target,
      floor: result.floor,
      status: result.status,
    })),
  };
}
