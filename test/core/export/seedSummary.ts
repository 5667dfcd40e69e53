/**
 * The seed plan's summary as its commune sheet keeps it on the reference day (the seed refreshed,
 * its "Tổng hợp" tab read back), under another commune's name when given, with no report made.
 */
import type { CommuneSummary } from "../../../src/core/summary/schema";
import { seedSummary as rollupSeed } from "../rollup/communes";

export function seedSummary(commune = "Đại Lãnh"): CommuneSummary {
  return { ...rollupSeed(), commune, lastReport: null };
}
