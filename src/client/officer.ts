import type {
  OfficerAction,
  OfficerField,
  OfficerGroup,
  OfficerPage,
  OfficerRequest,
  OfficerTask,
} from "../bridge/contract";
import { t, type PageKey } from "./messages";
import { call, failureText, queryParameter } from "./bridge";
import { isoToVi, viToIso } from "./dates";
import { el, replaceChildren } from "./dom";
import { field, guarded, type Field } from "./forms";
import { paint, statusSwatch } from "./status";

/*
 * "Việc của tôi": the officer's tasks from the personal link (?t=…), on a phone. Every call
 * carries the token; the server verifies it each time, so this page holds no secret of its own.
 */

const GROUPS: readonly { readonly key: OfficerGroup; readonly title: PageKey }[] = [
  { key: "overdue", title: "page.group.overdue" },
  { key: "dueSoon", title: "page.group.dueSoon" },
  { key: "recurring", title: "page.group.recurring" },
  { key: "fix", title: "page.group.fix" },
  { key: "other", title: "page.group.other" },
];

const ACTION_LABEL: Record<OfficerAction, PageKey> = {
  markDone: "page.action.markDone",
  logOccurrence: "page.action.logOccurrence",
  noteDifficulty: "page.action.noteDifficulty",
};

const app = document.getElementById("app") as HTMLElement;
let token = "";

/** The page as the server last answered it, with a message to show above the list. */
function renderPage(page: OfficerPage, notice = ""): void {
  const status = el("p", { id: "notice", class: "notice", role: "status", "aria-live": "polite", tabindex: "-1" });
  const groups = GROUPS.map((g) => groupSection(page, g.key, t(g.title))).filter(Boolean);
  replaceChildren(
    app,
    el(
      "header",
      { class: "page-head" },
      el("h1", {}, t("page.officer.title")),
      el("p", { class: "who" }, t("page.officer.who", { person: page.person, today: page.today })),
    ),
    status,
    ...(groups.length > 0 ? groups : [el("p", { class: "empty" }, t("page.officer.noTasks"))]),
  );
  app.setAttribute("aria-busy", "false");
  if (notice) {
    status.textContent = notice;
    status.focus();
  }
}

function groupSection(page: OfficerPage, group: OfficerGroup, title: string): HTMLElement | null {
  const tasks = page.tasks.filter((x) => x.group === group);
  if (tasks.length === 0) return null;
  return el(
    "section",
    { class: `group group-${group}`, "data-group": group, "aria-label": title },
    el("h2", {}, t("page.officer.groupTitle", { title, count: tasks.length })),
    ...tasks.map((task) => card(page, task)),
  );
}

function card(page: OfficerPage, task: OfficerTask): HTMLElement {
  const slot = el("div", { class: "form-slot" });
  const badge = paint(el("span", { class: "badge" }, task.statusLabel), statusSwatch(task.status));
  const buttons = task.actions.map((action) =>
    el(
      "button",
      { type: "button", class: "secondary", "data-action": action, "aria-expanded": "false" },
      t(ACTION_LABEL[action]),
    ),
  );
  buttons.forEach((button, i) =>
    button.addEventListener("click", () => toggleForm(slot, buttons, button, page, task, task.actions[i])),
  );
  return el(
    "article",
    { class: "card", "data-task-id": task.id },
    el("div", { class: "card-head" }, badge, el("span", { class: "task-id" }, task.id)),
    el("p", { class: "task" }, task.task),
    task.output && el("p", { class: "output" }, t("page.officer.output", { output: task.output })),
    el("p", { class: "deadline" }, task.deadline),
    task.period && el("p", { class: "period" }, t("page.officer.period", { period: task.period.label })),
    problemList(task.problems),
    buttons.length > 0 && el("div", { class: "actions" }, ...buttons),
    slot,
  );
}

function problemList(problems: readonly string[]): HTMLElement | null {
  if (problems.length === 0) return null;
  return el(
    "div",
    { class: "problems" },
    el("p", {}, t("page.officer.problems")),
    el("ul", {}, ...problems.map((p) => el("li", {}, p))),
  );
}

/** Opens the action's form under the card (one at a time), or closes it when it is open. */
function toggleForm(
  slot: HTMLElement,
  buttons: HTMLButtonElement[],
  button: HTMLButtonElement,
  page: OfficerPage,
  task: OfficerTask,
  action: OfficerAction,
): void {
  const open = button.getAttribute("aria-expanded") === "true";
  buttons.forEach((b) => b.setAttribute("aria-expanded", "false"));
  replaceChildren(slot);
  if (open) return;
  button.setAttribute("aria-expanded", "true");
  const form = actionForm(page, task, action, () => {
    replaceChildren(slot);
    button.setAttribute("aria-expanded", "false");
    button.focus();
  });
  slot.appendChild(form);
  form.querySelector("input")?.focus();
}

type Fields = Partial<Record<OfficerField, Field>>;

function dateInput(page: OfficerPage): HTMLInputElement {
  const today = viToIso(page.today);
  return el("input", { type: "date", name: "completedOn", value: today, max: today, required: true });
}

function evidenceInput(): HTMLInputElement {
  return el("input", {
    type: "url",
    name: "evidence",
    inputmode: "url",
    autocomplete: "off",
    placeholder: "https://drive.google.com/…",
    required: true,
  });
}

/** The fields an action asks for. */
function fieldsOf(page: OfficerPage, action: OfficerAction): Fields {
  if (action === "noteDifficulty")
    return { text: field(t("page.field.text"), el("input", { type: "text", name: "text", maxlength: "1000" })) };
  return {
    completedOn: field(t("page.field.completedOn"), dateInput(page), t("page.field.completedOnHelp")),
    evidence: field(t("page.field.evidence"), evidenceInput(), t("page.field.evidenceHelp")),
  };
}

function actionForm(page: OfficerPage, task: OfficerTask, action: OfficerAction, close: () => void): HTMLFormElement {
  const fields = fieldsOf(page, action);
  const top = el("p", { class: "form-error", role: "alert", hidden: true });
  const cancel = el("button", { type: "button", class: "link" }, t("page.cancel"));
  cancel.addEventListener("click", close);
  const form = el(
    "form",
    { class: "action-form", "data-action": action, novalidate: true },
    el("h3", {}, t(ACTION_LABEL[action])),
    top,
    ...Object.values(fields).map((f) => f?.root),
    el("div", { class: "form-buttons" }, el("button", { type: "submit" }, t("page.send")), cancel),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void guarded(form, () => submit(page, task, action, fields, top));
  });
  return form;
}

/** Shows each message beside its field, the one with no field at the form's top. */
function showErrors(fields: Fields, top: HTMLElement, errors: Partial<Record<OfficerField | "form", string>>): void {
  for (const [name, f] of Object.entries(fields)) f?.showError(errors[name as OfficerField] ?? null);
  const unplaced = Object.entries(errors)
    .filter(([name]) => !fields[name as OfficerField])
    .map(([, message]) => message);
  replaceChildren(top, unplaced.join(" "));
  top.hidden = unplaced.length === 0;
  const first = Object.keys(errors).map((name) => fields[name as OfficerField]?.control)[0];
  (first ?? top).focus?.();
}

/** What the page can tell before asking: a missing value, a date after today, a link that is not https. */
function localErrors(page: OfficerPage, fields: Fields): Partial<Record<OfficerField, string>> {
  const errors: Partial<Record<OfficerField, string>> = {};
  const date = fields.completedOn?.control.value ?? null;
  if (date !== null && !isoToVi(date)) errors.completedOn = t("page.error.date");
  else if (date !== null && date > viToIso(page.today)) errors.completedOn = t("page.error.future");
  const evidence = fields.evidence?.control.value.trim() ?? null;
  if (evidence === "") errors.evidence = t("page.error.evidenceRequired");
  else if (evidence !== null && !/^https:\/\/\S+$/i.test(evidence)) errors.evidence = t("page.error.evidenceHttps");
  if (fields.text && fields.text.control.value.trim() === "") errors.text = t("page.error.textRequired");
  return errors;
}

function requestOf(task: OfficerTask, action: OfficerAction, fields: Fields): OfficerRequest {
  const value = (name: OfficerField) => fields[name]?.control.value.trim() ?? "";
  switch (action) {
    case "markDone":
      return { action, taskId: task.id, completedOn: isoToVi(value("completedOn")), evidence: value("evidence") };
    case "logOccurrence":
      return {
        action,
        taskId: task.id,
        period: task.period?.key ?? "",
        completedOn: isoToVi(value("completedOn")),
        evidence: value("evidence"),
      };
    case "noteDifficulty":
      return { action, taskId: task.id, text: value("text") };
  }
}

async function submit(
  page: OfficerPage,
  task: OfficerTask,
  action: OfficerAction,
  fields: Fields,
  top: HTMLElement,
): Promise<void> {
  const errors = localErrors(page, fields);
  if (Object.keys(errors).length > 0) return showErrors(fields, top, errors);
  showErrors(fields, top, {});
  try {
    const answer = await call("officerAct", token, requestOf(task, action, fields));
    if (answer.ok) renderPage(answer.page, answer.message);
    else if ("reason" in answer) renderRefused(answer.message);
    else showErrors(fields, top, { [answer.field ?? "form"]: answer.message });
  } catch (error) {
    showErrors(fields, top, { form: failureText(error) });
  }
}

/** A link that opens nothing: the whole page is the message, and nobody's tasks. */
function renderRefused(message: string): void {
  replaceChildren(
    app,
    el(
      "section",
      { class: "refused", role: "alert" },
      el("h1", {}, t("page.officer.refusedTitle")),
      el("p", {}, message),
      el("p", { class: "hint" }, t("page.officer.refusedHint")),
    ),
  );
  app.setAttribute("aria-busy", "false");
}

/** A failure before the page could load: the message and a button to try again. */
function renderFailure(message: string): void {
  const retry = el("button", { type: "button" }, t("page.retry"));
  retry.addEventListener("click", () => void open());
  replaceChildren(app, el("section", { class: "refused", role: "alert" }, el("p", {}, message), retry));
  app.setAttribute("aria-busy", "false");
}

async function open(): Promise<void> {
  replaceChildren(app, el("p", { class: "loading" }, t("page.loading")));
  try {
    token = (await queryParameter("t")) ?? "";
    const answer = await call("officerOpen", token);
    if (answer.ok) renderPage(answer.page);
    // A valid link, the sheet busy or opened too often: try again later, not "the link is invalid".
    else if (answer.reason === "busy" || answer.reason === "throttled") renderFailure(answer.message);
    else renderRefused(answer.message);
  } catch (error) {
    renderFailure(failureText(error));
  }
}

void open();
