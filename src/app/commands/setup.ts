import { t, type Message } from "../../core/i18n/messages";
import { DEFAULT_ROLES, type RoleDef } from "../../core/plan/roles";
import {
  COMPLETIONS_TAB,
  DIRECTORY_TAB,
  HOLIDAYS_TAB,
  INDICATORS_TAB,
  INDICATOR_DATA_TAB,
  LOG_TAB,
  PLAN_TAB,
  SETTINGS_TAB,
  SUMMARY_TAB,
  type TabKey,
  type TabSpec,
} from "../../core/workbook/layout";
import { isKnownRole, knownRoles } from "../read/directory";
import { readSettings } from "../read/settings";
import type { TrackingTabs } from "../read/snapshot";
import type { AppPorts } from "../../ports";
import { ensureHolidays } from "../write/holidays";
import { writeLog } from "../write/log";
import { UserError } from "../../core/errors";
import { tabName, textAt, type OpenMode, type OpenTab, type PeekedTab } from "../read/tabs";
import { addMissingSettings } from "../write/settings";
import { ensureSummaryTab } from "../write/summaryTab";
import { openSheet, openTab } from "../write/structure";
import { appendRows } from "../write/writer";

export interface SetupResult {
  readonly created: string[];
  readonly kept: string[];
  readonly rolesAdded: string[];
  readonly settingsAdded: string[];
  readonly messages: Message[];
  readonly holidaysAdded: number;
  readonly tabs: TrackingTabs;
}

/** Adds the roles the directory lacks (by key); rows an officer filled are never touched. */
export function addMissingRoles(directory: OpenTab, roles: readonly RoleDef[]): string[] {
  const present = new Set(directory.values.slice(1).map((r) => textAt(directory, r, "roleKey")));
  const missing = roles.filter((r) => !present.has(r.key));
  appendRows(
    directory,
    missing.map((r) => ({ roleKey: r.key, role: r.name, aliases: r.aliases.join("; ") })),
  );
  return missing.map((r) => r.key);
}

/**
 * Adds a row for each body a plan names (keyed and named as the importer merged them) that the
 * directory has under no key and no spelling: "UBND tỉnh" finds a row typed "Ủy ban nhân dân
 * tỉnh". Only the key and the name are written; the person, e-mails and spellings are a person's.
 */
export function addMissingBodies(directory: OpenTab, bodies: readonly RoleDef[]): string[] {
  const keys = new Set(directory.values.slice(1).map((r) => textAt(directory, r, "roleKey")));
  const spellings = knownRoles(directory, []);
  const missing = bodies.filter((b) => !keys.has(b.key) && !isKnownRole(spellings, b.name));
  appendRows(
    directory,
    missing.map((b) => ({ roleKey: b.key, role: b.name })),
  );
  return missing.map((b) => b.key);
}

/**
 * Creates or completes the tracking tabs: plan, directory, settings and log. Running it again
 * adds only what is missing (tabs, columns, roles, settings) and re-applies the rules.
 */
export function setup(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  alreadyRead: Partial<Record<TabKey, PeekedTab>> = {},
  applyRules = true,
  mode: OpenMode = "setup",
): SetupResult {
  // Validation and protection are re-applied by setup and import; a refresh, which runs
  // setup too, only creates what is missing (a new tab gets its rules all the same).
  // Used by an action ("use"), a sheet that was set up but lost its plan tab stops: a new empty
  // plan tab would make every reminder and report silently empty.
  if (mode === "use" && !ports.workbook.sheet(tabName(PLAN_TAB)) && ports.workbook.sheet(tabName(SETTINGS_TAB))) {
    throw new UserError({ key: "structure.tabMissing", params: { tab: tabName(PLAN_TAB) } });
  }
  const open = (spec: TabSpec) => {
    const read = alreadyRead[spec.key];
    return read
      ? openSheet(ports.workbook, spec, read.sheet, applyRules, read, mode)
      : openTab(ports.workbook, spec, applyRules, mode);
  };
  const plan = open(PLAN_TAB);
  const directory = open(DIRECTORY_TAB);
  const settings = open(SETTINGS_TAB);
  const holidays = open(HOLIDAYS_TAB);
  const completions = open(COMPLETIONS_TAB);
  const indicators = open(INDICATORS_TAB);
  const indicatorData = open(INDICATOR_DATA_TAB);
  const log = open(LOG_TAB);
  const opened = [plan, directory, settings, holidays, completions, indicators, indicatorData, log];

  const rolesAdded = addMissingRoles(directory, DEFAULT_ROLES);
  const newSettings = addMissingSettings(settings);

  const year = readSettings(settings).settings.planYear;
  const holidaysAdded = year ? ensureHolidays(holidays, year) : 0;

  const created = opened.filter((o) => o.created).map((o) => t(o.spec.name));
  // The province's summary, the product's own tab: made by setup when missing, written (and made
  // when missing) by a refresh; an action that only reads does not look for it.
  if (mode === "setup" && ensureSummaryTab(ports.workbook).created) created.push(t(SUMMARY_TAB.name));
  const kept = opened.filter((o) => !o.created).map((o) => t(o.spec.name));
  const messages = opened.flatMap((o) => o.messages);
  const summary: Message = {
    key: "setup.done",
    params: { created: created.length, kept: kept.length, roles: rolesAdded.length },
  };
  // Setup runs inside every refresh: it logs only when it changed something.
  if (created.length || rolesAdded.length || newSettings.length || holidaysAdded || messages.length) {
    writeLog(ports, t("log.setup"), [summary, ...messages], log);
  }
  return {
    created,
    kept,
    rolesAdded,
    settingsAdded: newSettings,
    holidaysAdded,
    messages: [summary, ...messages],
    tabs: { plan, directory, settings, holidays, completions, indicators, indicatorData, log },
  };
}
