import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlan } from "../src/core/plan/importer";
import type { Plan } from "../src/core/plan/model";
import { readTextTable } from "../src/core/plan/readers/textTable";
import { DEFAULT_ROLES, RoleMatcher } from "../src/core/plan/roles";

export const ROOT = join(__dirname, "..");
export const SEED_FILE = join(ROOT, "seeds", "000_786393e0dca0e6d8.txt");
export const seedText = (): string => readFileSync(SEED_FILE, "utf8");
export const fixture = (name: string): string => join(ROOT, "test", "fixtures", name);
export const matcher = new RoleMatcher(DEFAULT_ROLES);

let cached: Plan | null = null;
/** The real seed plan, imported once per test file. */
export function seedPlan(): Plan {
  return (cached ??= importPlan(readTextTable(seedText()), { matcher }));
}

import { importPlanInto } from "../src/app/commands/importPlan";
import { localDate, type LocalDate } from "../src/core/dates/localDate";
import { MemoryStore, MemoryWorkbook } from "../src/memory/memoryWorkbook";
import { NO_DOCUMENTS, NO_MAILER } from "../src/memory/none";
import type { AppPorts } from "../src/ports";

/** The seed's reference date: the monthly report's day in November 2024. */
export const REFERENCE_DATE: LocalDate = localDate(2024, 11, 20);

/** Ports over an in-memory workbook with the seed plan imported, the clock at `today`. */
export function seededPorts(
  today: LocalDate = REFERENCE_DATE,
): AppPorts & { workbook: MemoryWorkbook; store: MemoryStore } {
  const workbook = new MemoryWorkbook();
  const store = new MemoryStore();
  const clock = { today: () => today, timestamp: () => "2024-11-20 08:00:00" };
  const ports = { workbook, store, clock, user: { email: () => "" }, documents: NO_DOCUMENTS, mailer: NO_MAILER };
  importPlanInto(ports, seedPlan());
  return ports;
}
