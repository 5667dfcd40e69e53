import type {
  Dashboard,
  DashboardAnswer,
  DashboardIndicator,
  DashboardTask,
  ReportAnswer,
  SettingField,
  SettingsAnswer,
} from "../../bridge/contract";
import { compareDates, formatVi, type LocalDate } from "../../core/dates/localDate";
import { UserError } from "../../core/errors";
import { render, t } from "../../core/i18n/messages";
import type { IndicatorStatus } from "../../core/indicators/compute";
import type { Unit } from "../../core/indicators/extract";
import { monthPeriod, periodLabel, quarterPeriod, yearPeriod, type Period } from "../../core/period/period";
import { percent } from "../../core/report/html";
import { parseSettingsWith, SETTINGS, type SettingDef } from "../../core/settings/registry";
import { overdueDays } from "../../core/status/status";
import { countStatuses, STATUSES } from "../../core/status/statuses";
import { INVISIBLE } from "../../core/text/normalize";
import { SETTINGS_TAB } from "../../core/workbook/layout";
import type { AppPorts, CryptoPort, LockPort, StorePort, TriggersPort } from "../../ports";
import { generateReport } from "../commands/generateReport";
import { LINK_DAYS, personalToken } from "../commands/officerLinks";
import { readWorkbook } from "../commands/readWorkbook";
import { refreshAll } from "../commands/refresh";
import { reminderStatus, turnOff, turnOn } from "../commands/reminders";
import { recipientsToConfirm } from "../commands/sendReport";
import { checkSummary } from "../read/checkSummary";
import type { RowEvaluation } from "../read/evaluate";
import { judgeIndicators } from "../read/indicators";
import { deadlineWords } from "../read/officer";
import { sectionCounts } from "../read/sections";
import { readSettings, settingProblemText } from "../read/settings";
import type { Snapshot } from "../read/snapshot";
import { tabName } from "../read/tabs";
import { round } from "../write/indicators";
import { writeLog } from "../write/log";
import { writeSecretariatSettings } from "../write/writer";

/*
 * The secretariat's sidebar, "Bảng điều khiển", as the page calls it (src/bridge/contract.ts):
 * the same commands the menus run (src/gas/handlers.ts), under the document lock, answered in
 * words the page shows as they are. The Apps Script entry (src/gas/bridge.ts) and the local
 * harness (src/node/serve.ts) both call these, over their own ports.
 */

/** Every port the sidebar's buttons use: the menus' ports, both locks, the reminders' triggers, the links' secret. */
export type DashboardPorts = AppPorts & {
  readonly lock: LockPort;
  readonly triggers: TriggersPort;
  readonly scriptLock: LockPort;
  readonly crypto: CryptoPort;
  readonly secrets: StorePort;
};

/** As many problem lines as the menu's "Kiểm tra" dialog shows; Nhật ký has them all. */
const CHECK_DETAILS = 8;
/** The longest value the settings form may send: the longest setting (Nơi nhận) is about 100 characters. */
export const MAX_SETTING_TEXT = 500;
/** A key longer than any setting's is not echoed back. */
const MAX_KEY = 40;
/** Characters a settings cell would hide or split on: controls, line breaks, format marks, lone surrogates. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const hidden = (text: string): boolean => CONTROLS.test(text) || INVISIBLE.test(text);

// ---------------------------------------------------------------- the dashboard, read

function leadOf(r: RowEvaluation): string {
  const lead = r.cells.lead.join("; ");
  const owner = r.cells.owner;
  if (!owner) return lead;
  return lead ? t("dashboard.lead", { lead, owner }) : owner;
}

/** The overdue tasks, the most working days late first (plan order among equals). */
function overdueTasks(rows: readonly RowEvaluation[]): DashboardTask[] {
  return rows
    .filter((r) => r.evaluation.status === "overdue")
    .map((r) => ({ r, late: overdueDays(r.evaluation) }))
    .sort((a, b) => b.late - a.late)
    .map(({ r }) => ({ id: r.id, row: r.row, task: r.cells.task, lead: leadOf(r), deadline: deadlineWords(r) }));
}

/** A figure as the sidebar shows it: "87,5%", "12", "8 điểm", "—" when there is none. */
function figure(n: number | null, unit: Unit): string {
  if (n === null) return "—";
  if (unit === "percent") return percent(n);
  const number = String(round(n)).replace(".", ",");
  return unit === "count" ? number : `${number} ${t(`unit.${unit}`)}`;
}

/** The Chỉ số tab's judgement as the page's key: a figure under its target is under the floor only when there is one. */
function judgementKey(status: IndicatorStatus, floor: number | null): DashboardIndicator["judgementKey"] {
  if (status === "metFloor") return "belowTarget";
  if (status === "notMet") return floor === null ? "belowTarget" : "belowFloor";
  return status;
}

/** Every indicator judged today, as the refresh judges it for the Chỉ số tab. */
function indicatorsOf(snapshot: Snapshot): DashboardIndicator[] {
  return judgeIndicators(snapshot.tabs, snapshot.today).results.map(({ indicator, result }) => ({
    name: indicator.name,
    value: figure(result.latest?.value ?? null, indicator.unit),
    target: figure(result.target, indicator.unit),
    floor: figure(result.floor, indicator.unit),
    judgement: t(`indicator.${result.status}`),
    judgementKey: judgementKey(result.status, result.floor),
  }));
}

/**
 * The report picker's periods: this month, the plan year's earlier months (latest first), its
 * quarters begun by today (latest first), and the year. Keys as parsePeriod makes them.
 */
export function reportPeriods(today: LocalDate, planYear: number): Period[] {
  const months: Period[] = [monthPeriod(today.year, today.month)];
  const lastMonth = today.year === planYear ? today.month - 1 : today.year > planYear ? 12 : 0;
  for (let m = lastMonth; m >= 1; m--) months.push(monthPeriod(planYear, m));
  const quarters = [4, 3, 2, 1]
    .map((q) => quarterPeriod(planYear, q))
    .filter((quarter) => compareDates(quarter.start, today) <= 0);
  const all = [...months, ...quarters, yearPeriod(planYear)];
  return all.filter((p, i) => all.findIndex((o) => o.key === p.key) === i);
}

/** The settings form: each registry entry as Cài đặt shows it, what is typed, and what is wrong with it now. */
function settingFields(snapshot: Snapshot): SettingField[] {
  const problems = new Map(readSettings(snapshot.tabs.settings).wrong.map((p) => [p.key, settingProblemText(p)]));
  return Object.entries(SETTINGS).map(([key, def]: [string, SettingDef]) => ({
    key,
    label: key,
    help: t(def.description),
    value: snapshot.settingsTyped[key] ?? "",
    problem: problems.get(key as keyof typeof SETTINGS) ?? null,
    ...(def.options && { options: [...def.options] }),
    ...(def.owner === "product" && { readOnly: true }),
  }));
}

function remindersOf(store: StorePort): Dashboard["reminders"] {
  return reminderStatus(store) ?? { on: false, text: t("dashboard.remindersNever") };
}

/** The dashboard of a snapshot: reads nothing more of the workbook (the reminders' state is a document property). */
function dashboardOf(store: StorePort, snapshot: Snapshot): Dashboard {
  const { rows, settings, today } = snapshot;
  const counts = countStatuses(rows.map((r) => r.evaluation.status));
  return {
    today: formatVi(today),
    commune: settings.communeName,
    counts: STATUSES.map((s) => ({ status: s.key, label: t(s.label), count: counts[s.key] })),
    sections: sectionCounts(rows),
    overdue: overdueTasks(rows),
    indicators: indicatorsOf(snapshot),
    reminders: remindersOf(store),
    periods: reportPeriods(today, settings.planYear ?? today.year).map((p) => ({ key: p.key, label: periodLabel(p) })),
    settings: settingFields(snapshot),
  };
}

/** What the sidebar shows when the workbook could not be read: today, the reminders, and why. */
function unavailableDashboard(ports: Pick<AppPorts, "clock" | "store">, reason: string): Dashboard {
  return {
    today: formatVi(ports.clock.today()),
    commune: "",
    counts: [],
    sections: [],
    overdue: [],
    indicators: [],
    reminders: remindersOf(ports.store),
    periods: [],
    settings: [],
    unavailable: t("dashboard.unavailable", { reason }),
  };
}

// ---------------------------------------------------------------- the lock and the answers

type Guarded<T> =
  | { readonly ok: true; readonly value: T }
  /** Refused: the words, and whether the lock was busy (reading again would wait for nothing). */
  | { readonly ok: false; readonly message: string; readonly busy?: true };

/**
 * Runs `action` under the document lock, answered as the menus answer (runAction in
 * src/gas/handlers.ts): a busy sheet and a UserError in their Vietnamese words, anything else
 * logged with its stack for the execution log and named without it.
 */
function guarded<T>(ports: Pick<DashboardPorts, "lock">, action: () => T): Guarded<T> {
  try {
    const done = ports.lock.withLock(() => ({ value: action() }));
    return done ? { ok: true, value: done.value } : { ok: false, message: t("error.busy"), busy: true };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: render(error.detail) };
    console.error(error);
    return { ok: false, message: t("error.unexpected", { message: String((error as Error)?.message ?? error) }) };
  }
}

/** The dashboard as it is now, or one that says why it could not be read. */
function currentDashboard(ports: DashboardPorts): Dashboard {
  const read = guarded(ports, () => dashboardOf(ports.store, readWorkbook(ports)));
  return read.ok ? read.value : unavailableDashboard(ports, read.message);
}

/** What a button did: its lines, the snapshot to show after it, and what else its answer carries. */
interface Done {
  readonly lines: readonly string[];
  readonly snapshot: Snapshot;
  readonly ok?: boolean;
  readonly extra?: Pick<ReportAnswer, "tab" | "pdfUrl">;
}

/**
 * A button's answer: the action under the lock, then the dashboard from the snapshot it left.
 * A refused action still shows the dashboard as it is (read again; not when the sheet is busy,
 * which a second wait would not change).
 */
function answer(ports: DashboardPorts, action: () => Done): ReportAnswer {
  const run = guarded(ports, () => {
    const done = action();
    return { done, dashboard: dashboardOf(ports.store, done.snapshot) };
  });
  if (run.ok) {
    const { done, dashboard } = run.value;
    return { ok: done.ok ?? true, lines: done.lines, dashboard, ...done.extra };
  }
  const dashboard = run.busy ? unavailableDashboard(ports, run.message) : currentDashboard(ports);
  return { ok: false, lines: [run.message], dashboard };
}

// ---------------------------------------------------------------- the sidebar's calls

/** The sidebar as it opens: reads only (the setup "use" adds only what is missing, as every action's read does). */
export function dashboardLoad(ports: DashboardPorts): Dashboard {
  return currentDashboard(ports);
}

/** "Cập nhật trạng thái", as the menu runs it: the refresh's summary. */
export function dashboardRefresh(ports: DashboardPorts): DashboardAnswer {
  return answer(ports, () => {
    const result = refreshAll(ports);
    return { lines: [render(result.summary)], snapshot: result.snapshot };
  });
}

/** "Kiểm tra dữ liệu", as the menu runs it: a refresh logged as a check, summed up in a few lines. */
export function dashboardCheck(ports: DashboardPorts): DashboardAnswer {
  return answer(ports, () => {
    const result = refreshAll(ports, ports.clock.today(), t("log.check"));
    return { lines: checkSummary(result, CHECK_DETAILS), snapshot: result.snapshot };
  });
}

/**
 * "Tạo báo cáo" for a period the picker offered (or any period text the menu accepts, which
 * generateReport checks): the report tab and the PDF. The mail is not sent from here, since the
 * menu asks before it sends; the answer says the menu can send it when there is someone to send to.
 */
export function dashboardReport(ports: DashboardPorts, period: unknown): ReportAnswer {
  return answer(ports, () => {
    if (typeof period !== "string" || period.length > MAX_KEY)
      throw new UserError({ key: "report.badPeriod", params: { period: String(period).slice(0, MAX_KEY) } });
    const made = generateReport(ports, period);
    const url = made.pdf?.url;
    const lines = [...made.lines];
    const to = recipientsToConfirm(ports);
    if (to) lines.push(t("dashboard.reportMail", { to: to.join(", "), menu: t("menu.title"), item: t("menu.report") }));
    return { lines, snapshot: readWorkbook(ports), extra: { tab: made.tabName, ...(url && { pdfUrl: url }) } };
  });
}

/** "Bật / Tắt nhắc việc": the reminders' own commands; `on` must be a boolean. */
export function dashboardReminders(ports: DashboardPorts, on: unknown): DashboardAnswer {
  return answer(ports, () => {
    if (typeof on !== "boolean") throw new UserError({ key: "dashboard.remindersBad" });
    const said = on ? turnOn(ports) : turnOff(ports);
    // turnOn answers the script lock's busy in the catalogue's words, as the menu shows it.
    return { ok: said !== t("error.busy"), lines: said.split("\n"), snapshot: readWorkbook(ports) };
  });
}

// ---------------------------------------------------------------- the settings form

/** What the form sent, once its shape is checked: the values to save and those it showed, trimmed, by key. */
interface Form {
  readonly values: ReadonlyMap<string, string>;
  readonly shown: ReadonlyMap<string, string>;
}

/** What refuses one value before any sheet is read: not a setting, the product's own, not text, too long, hidden characters. */
function refusal(key: string, value: unknown): string | null {
  const def: SettingDef | undefined = Object.prototype.hasOwnProperty.call(SETTINGS, key)
    ? (SETTINGS as Record<string, SettingDef>)[key]
    : undefined;
  if (!def) return t("dashboard.settingUnknown", { key, tab: tabName(SETTINGS_TAB) });
  if (def.owner === "product") return t("dashboard.settingProduct", { field: key });
  if (typeof value !== "string") return t("dashboard.settingNotText", { field: key });
  if (value.length > MAX_SETTING_TEXT) return t("dashboard.settingTooLong", { field: key, max: MAX_SETTING_TEXT });
  if (hidden(value)) return t("dashboard.settingControl", { field: key });
  return null;
}

/** An untrusted object's entries, or null unless it is a plain object of at most a setting's worth of short keys. */
function entriesOf(data: unknown): [string, unknown][] | null {
  const plain =
    typeof data === "object" &&
    data !== null &&
    !Array.isArray(data) &&
    [Object.prototype, null].includes(Object.getPrototypeOf(data));
  const entries = plain ? Object.entries(data as Record<string, unknown>) : [];
  if (!plain || entries.length > Object.keys(SETTINGS).length || entries.some(([k]) => k.length > MAX_KEY)) return null;
  return entries;
}

/** The form's data, untrusted: its shape, then each value refused (by key) or kept trimmed. */
function submitted(values: unknown, shown: unknown): Form | { readonly errors: Record<string, string> } | null {
  const sent = entriesOf(values);
  const before = shown === undefined ? [] : entriesOf(shown);
  if (!sent || !before || before.some(([, v]) => typeof v !== "string" || v.length > MAX_SETTING_TEXT)) return null;
  const errors = new Map<string, string>();
  const kept = new Map<string, string>();
  for (const [key, value] of sent) {
    const refused = refusal(key, value);
    if (refused) errors.set(key, refused);
    else kept.set(key, (value as string).trim());
  }
  // fromEntries makes own properties, so a key such as "__proto__" stays a key.
  if (errors.size) return { errors: Object.fromEntries(errors) };
  return { values: kept, shown: new Map(before.map(([key, value]) => [key, (value as string).trim()])) };
}

/** Each value read by its own schema, through the path readSettings takes; the refused ones' words, by key. */
function schemaErrors(snapshot: Snapshot, values: ReadonlyMap<string, string>): Record<string, string> {
  const { problems } = parseSettingsWith(SETTINGS, { ...snapshot.settingsTyped, ...Object.fromEntries(values) });
  const refused = problems.filter((p) => values.has(p.key));
  return Object.fromEntries(
    refused.map((p) => [p.key, t("dashboard.settingBad", { field: p.key, problem: render(p.message) })]),
  );
}

/** The values edited in the form whose cell someone changed in the sheet since the form showed it. */
function movedErrors(form: Form, edited: ReadonlyMap<string, string>, typed: Snapshot["settingsTyped"]) {
  const moved = [...edited.keys()].filter((key) => form.shown.has(key) && form.shown.get(key) !== (typed[key] ?? ""));
  const tab = tabName(SETTINGS_TAB);
  return Object.fromEntries(
    moved.map((key) => [key, t("dashboard.settingMoved", { field: key, tab, now: typed[key] })]),
  );
}

type Saved = { readonly errors: Record<string, string> } | { readonly lines: string[]; readonly snapshot: Snapshot };

/**
 * Writes the values edited in the form that differ from what is typed now, logs who changed
 * what, and refreshes. A value left as the form showed it is not written: the cell may hold
 * what someone typed in the sheet since, and that is kept.
 */
function saveSettings(ports: DashboardPorts, form: Form): Saved {
  const snapshot = readWorkbook(ports);
  const typed = snapshot.settingsTyped;
  const edited = new Map([...form.values].filter(([key, value]) => form.shown.get(key) !== value));
  const errors = { ...schemaErrors(snapshot, edited), ...movedErrors(form, edited, typed) };
  if (Object.keys(errors).length) return { errors };
  const changed = new Map([...edited].filter(([key, value]) => value !== (typed[key] ?? "")));
  if (changed.size === 0) return { lines: [t("dashboard.settingsSame")], snapshot };
  writeSecretariatSettings(snapshot.tabs.settings, changed);
  const log = [...changed].map(([key, to]) => t("dashboard.logSetting", { key, from: typed[key], to }));
  writeLog(ports, t("dashboard.logSettings"), log, snapshot.tabs.log);
  const refreshed = refreshAll(ports);
  const saved = t("dashboard.settingsSaved", { count: changed.size, tab: tabName(SETTINGS_TAB) });
  return { lines: [saved, render(refreshed.summary)], snapshot: refreshed.snapshot };
}

/**
 * The settings form's values by key: every value checked (a setting the secretariat edits, text,
 * one short line, what its registry schema reads) before anything is written; one refused
 * means none written. Only the values that changed are written, logged in Nhật ký, then
 * refreshed. `shown`, when given, is the form's values as it showed them (see saveSettings).
 */
export function dashboardSaveSettings(ports: DashboardPorts, values: unknown, shown?: unknown): SettingsAnswer {
  const form = submitted(values, shown);
  if (!form) return { ok: false, errors: {}, message: t("dashboard.formBad") };
  if ("errors" in form) return { ok: false, errors: form.errors };
  const run = guarded(ports, () => {
    const saved = saveSettings(ports, form);
    return "errors" in saved ? saved : { lines: saved.lines, dashboard: dashboardOf(ports.store, saved.snapshot) };
  });
  if (!run.ok) return { ok: false, errors: {}, message: run.message };
  if ("errors" in run.value) return { ok: false, errors: run.value.errors };
  return { ok: true, ...run.value };
}

// ---------------------------------------------------------------- the user's own link

/**
 * The current editor's "Việc của tôi" link, signed for their address as the daily e-mail's is;
 * none while the web page is not deployed (no base URL) or while Google does not say who they are.
 */
export function dashboardMyLink(
  ports: Pick<DashboardPorts, "user" | "clock" | "crypto" | "secrets">,
  baseUrl: string | null,
): { url: string | null; message: string } {
  if (!baseUrl) return { url: null, message: t("dashboard.linkNoPage") };
  const email = ports.user.email().trim();
  if (!email) return { url: null, message: t("dashboard.linkNoUser") };
  const url = `${baseUrl}?t=${personalToken(ports, email)}`;
  return { url, message: t("dashboard.link", { email, days: LINK_DAYS }) };
}
