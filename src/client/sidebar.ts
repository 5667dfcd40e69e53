import type {
  Dashboard,
  DashboardAnswer,
  DashboardIndicator,
  DashboardTask,
  ReportAnswer,
  SectionProgress,
  SettingField,
  SettingsAnswer,
} from "../bridge/contract";
import { t } from "./messages";
import type { Swatch } from "../core/status/statuses";
import { call, failureText } from "./bridge";
import { el, externalLink, replaceChildren } from "./dom";
import { field, guarded, type Field } from "./forms";
import { paint, statusSwatch } from "./status";

/*
 * "Bảng điều khiển", the secretariat's 300 px sidebar in Sheets: where the plan stands, the late
 * tasks (each a link to its row), the indicators, and the buttons of the menu with their results
 * in one live region. The settings form keeps what is being typed while the figures refresh.
 */

const app = document.getElementById("app") as HTMLElement;
const figures = el("div", { id: "figures" });
const results = el("div", { id: "results", class: "results", role: "status", "aria-live": "polite" });
const settingsSlot = el("div", { id: "settings" });
const myLinkSlot = el("p", { id: "my-link", class: "my-link" });

/**
 * A long part of the sidebar that folds (the seed's 44 indicators and 13 settings make it some
 * 12,000 px tall at 300 px): its title always shown, its body when opened. Whether a person
 * opened it is kept across the re-renders a button's answer makes.
 */
const opened = new Set<string>();
function fold(key: string, title: string, openNow: boolean, ...body: HTMLElement[]): HTMLElement {
  const details = el("details", { class: `fold ${key}-fold` }, el("summary", {}, el("h2", {}, title)), ...body);
  details.open = openNow || opened.has(key);
  details.addEventListener("toggle", () => (details.open ? opened.add(key) : opened.delete(key)));
  return details;
}

/** The judgement's colours, as the Chỉ số tab paints them; the judgement is always in words too. */
const JUDGEMENT: Record<DashboardIndicator["judgementKey"], Swatch> = {
  met: statusSwatch("doneOnTime"),
  belowTarget: statusSwatch("dueSoon"),
  belowFloor: statusSwatch("overdue"),
  noData: statusSwatch("noDeadline"),
};

function showLines(lines: readonly string[], extra: (Node | null)[] = []): void {
  replaceChildren(results, ...lines.map((line) => el("p", {}, line)), ...extra);
}

/** The figures as the server read them; when it could not, the last ones stay and the reason is shown. */
function renderFigures(d: Dashboard): void {
  if (d.unavailable) {
    showLines([d.unavailable]);
    if (figures.firstChild) return;
  }
  replaceChildren(
    figures,
    el("p", { class: "who" }, t("page.sidebar.today", { commune: d.commune, today: d.today })),
    el(
      "p",
      { class: "counts" },
      d.counts
        .filter((c) => c.count > 0)
        .map((c) => t("page.sidebar.count", { label: c.label, count: c.count }))
        .join(" · "),
    ),
    el("h2", {}, t("page.sidebar.sections")),
    el("ul", { class: "sections" }, ...d.sections.map(sectionBar)),
    el("h2", {}, t("page.sidebar.overdue", { count: d.overdue.length })),
    d.overdue.length > 0
      ? el("ul", { class: "overdue" }, ...d.overdue.map(overdueItem))
      : el("p", {}, t("page.sidebar.noOverdue")),
    fold(
      "indicators",
      t("page.sidebar.indicatorsCount", { count: d.indicators.length }),
      false,
      el("ul", { class: "indicators" }, ...d.indicators.map(indicatorItem)),
    ),
    remindersToggle(d.reminders),
  );
}

function sectionBar(s: SectionProgress): HTMLElement {
  // Done in green from the left, overdue in red after it: the words below say both again.
  const share = (n: number) => `${s.total > 0 ? Math.round((n / s.total) * 100) : 0}%`;
  const done = el("span", { class: "bar-done" });
  done.style.width = share(s.done);
  const late = el("span", { class: "bar-late" });
  late.style.width = share(s.overdue);
  const words = t("page.sidebar.sectionLine", { done: s.done, total: s.total, overdue: s.overdue });
  return el(
    "li",
    { class: "section" },
    el("span", { class: "section-name" }, s.section),
    el(
      "span",
      {
        class: "bar",
        role: "progressbar",
        "aria-valuemin": "0",
        "aria-valuemax": String(s.total),
        "aria-valuenow": String(s.done),
        "aria-valuetext": words,
        "aria-label": s.section,
      },
      done,
      late,
    ),
    el("span", { class: "section-line" }, words),
  );
}

function overdueItem(task: DashboardTask): HTMLElement {
  const button = el(
    "button",
    { type: "button", class: "row-link", "data-row": String(task.row) },
    el("span", { class: "task-id" }, task.id),
    " ",
    el("span", { class: "task-text" }, task.task),
  );
  button.setAttribute("aria-label", t("page.sidebar.goToRow", { id: task.id, row: task.row }));
  button.addEventListener("click", () => void goToRow(button, task.row));
  return el(
    "li",
    {},
    button,
    el("p", { class: "deadline" }, task.deadline),
    task.lead && el("p", { class: "lead" }, task.lead),
  );
}

async function goToRow(button: HTMLButtonElement, row: number): Promise<void> {
  await guarded(button.parentElement ?? button, async () => {
    try {
      await call("dashboardGoToRow", row);
    } catch (error) {
      showLines([failureText(error)]);
    }
  });
}

function indicatorItem(i: DashboardIndicator): HTMLElement {
  return el(
    "li",
    { class: "indicator" },
    el("span", { class: "indicator-name" }, i.name),
    el("span", { class: "indicator-value" }, t("page.sidebar.indicatorValue", { value: i.value, target: i.target })),
    paint(el("span", { class: "badge", "data-judgement": i.judgementKey }, i.judgement), JUDGEMENT[i.judgementKey]),
  );
}

function remindersToggle(reminders: Dashboard["reminders"]): HTMLElement {
  const button = el(
    "button",
    { type: "button", class: "secondary", "aria-pressed": reminders.on ? "true" : "false" },
    t(reminders.on ? "page.sidebar.remindersOff" : "page.sidebar.remindersOn"),
  );
  button.addEventListener("click", () => void run(() => call("dashboardReminders", !reminders.on)));
  return el(
    "div",
    { class: "reminders" },
    el("h2", {}, t("page.sidebar.reminders")),
    el("p", {}, reminders.text),
    button,
  );
}

/** Every button of the sidebar: disabled while its call runs, its lines in the live region. */
async function run<A extends DashboardAnswer>(
  send: () => Promise<A>,
  after?: (answer: A) => (Node | null)[],
): Promise<void> {
  await guarded(app, async () => {
    showLines([t("page.working")]);
    try {
      const answer = await send();
      showLines(answer.lines, after ? after(answer) : []);
      renderFigures(answer.dashboard);
    } catch (error) {
      showLines([failureText(error)]);
    }
  });
}

function toolbar(d: Dashboard): HTMLElement {
  const refresh = el("button", { type: "button" }, t("page.sidebar.refresh"));
  refresh.addEventListener("click", () => void run(() => call("dashboardRefresh")));
  const check = el("button", { type: "button", class: "secondary" }, t("page.sidebar.check"));
  check.addEventListener("click", () => void run(() => call("dashboardCheck")));
  const period = el("select", { name: "period" }, ...d.periods.map((p) => el("option", { value: p.key }, p.label)));
  const report = el("button", { type: "button", class: "secondary" }, t("page.sidebar.report"));
  report.addEventListener("click", () => void run(() => call("dashboardReport", period.value), reportLinks));
  const periodField = field(t("page.sidebar.period"), period);
  return el(
    "section",
    { class: "toolbar", "aria-label": t("page.sidebar.actions") },
    el("div", { class: "buttons" }, refresh, check),
    el("div", { class: "report" }, periodField.root, report),
  );
}

function reportLinks(answer: ReportAnswer): (Node | null)[] {
  return [
    answer.tab ? el("p", { class: "report-tab" }, t("page.sidebar.reportTab", { tab: answer.tab })) : null,
    answer.pdfUrl ? el("p", {}, externalLink(answer.pdfUrl, t("page.sidebar.reportPdf"))) : null,
  ];
}

/** The settings form: one field per row of Cài đặt; only the fields changed are sent. */
function renderSettings(settings: readonly SettingField[]): void {
  const fields = new Map<string, { field: Field; initial: string }>();
  const rows = settings.map((s) => {
    if (s.readOnly)
      return el(
        "div",
        { class: "field read-only", "data-key": s.key },
        el("p", { class: "label" }, s.label === s.key || !s.label ? s.help : s.label),
        el("p", {}, s.value || "—"),
      );
    const control = s.options
      ? el("select", { name: s.key }, ...optionsOf(s))
      : el("input", { type: "text", name: s.key, value: s.value });
    control.value = s.value;
    // A setting whose label is only its key reads better under its description.
    const f = s.label === s.key || !s.label ? field(s.help, control) : field(s.label, control, s.help);
    if (s.problem) f.showError(s.problem);
    fields.set(s.key, { field: f, initial: s.value });
    return f.root;
  });
  const save = el("button", { type: "submit" }, t("page.sidebar.save"));
  const form = el("form", { class: "settings", novalidate: true }, ...rows, save);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void guarded(form, () => saveSettings(fields));
  });
  // Open by itself when a setting is wrong: the secretariat sees what to fix.
  replaceChildren(
    settingsSlot,
    fold(
      "settings",
      t("page.sidebar.settings"),
      settings.some((s) => s.problem),
      form,
    ),
  );
}

/** A dropdown's options, with the value as typed kept even when it is not one of them. */
function optionsOf(s: SettingField): HTMLOptionElement[] {
  const values = s.options ?? [];
  const all = values.includes(s.value) ? values : [s.value, ...values];
  return all.map((v) => el("option", { value: v }, v));
}

async function saveSettings(fields: Map<string, { field: Field; initial: string }>): Promise<void> {
  // What was changed, and what the form showed for it: a cell edited in the sheet since is refused, not overwritten.
  const values: Record<string, string> = {};
  const shown: Record<string, string> = {};
  for (const [key, { field: f, initial }] of fields)
    if (f.control.value !== initial) {
      values[key] = f.control.value;
      shown[key] = initial;
    }
  if (Object.keys(values).length === 0) return showLines([t("page.sidebar.nothingChanged")]);
  showLines([t("page.working")]);
  let answer: SettingsAnswer;
  try {
    answer = await call("dashboardSaveSettings", values, shown);
  } catch (error) {
    return showLines([failureText(error)]);
  }
  if (!answer.ok) {
    for (const [key, { field: f }] of fields) f.showError(answer.errors[key] ?? null);
    return showLines([answer.message ?? t("page.sidebar.settingsRefused")]);
  }
  showLines(answer.lines);
  renderFigures(answer.dashboard);
  renderSettings(answer.dashboard.settings);
}

async function loadMyLink(): Promise<void> {
  try {
    const answer = await call("dashboardMyLink");
    const link = answer.url ? externalLink(answer.url, t("page.sidebar.myLink")) : null;
    replaceChildren(myLinkSlot, link ?? answer.message);
  } catch (error) {
    replaceChildren(myLinkSlot, failureText(error));
  }
}

async function open(): Promise<void> {
  replaceChildren(app, el("p", { class: "loading" }, t("page.loading")));
  try {
    const d = await call("dashboardLoad");
    replaceChildren(app, el("h1", {}, t("page.sidebar.title")), toolbar(d), results, figures, settingsSlot, myLinkSlot);
    renderFigures(d);
    renderSettings(d.settings);
    app.setAttribute("aria-busy", "false");
    void loadMyLink();
  } catch (error) {
    replaceChildren(app, el("p", { class: "form-error", role: "alert" }, failureText(error)));
    app.setAttribute("aria-busy", "false");
  }
}

void open();
