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
