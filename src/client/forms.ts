import { el, replaceChildren, uid } from "./dom";

/*
 * A labelled field with its own error line beside it, and the guard that keeps a form from
 * being sent twice: both pages use them.
 */

export interface Field {
  /** The wrapper: label, control, help, error line. */
  readonly root: HTMLElement;
  readonly control: HTMLInputElement | HTMLSelectElement;
  showError(message: string | null): void;
}

/** field("Ngày hoàn thành", input): the control labelled, described by its help and its error. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement, help?: string): Field {
  const id = control.id || uid("f");
  control.id = id;
  const error = el("p", { class: "field-error", id: `${id}-error`, hidden: true });
  const helpLine = help ? el("p", { class: "field-help", id: `${id}-help` }, help) : null;
  control.setAttribute("aria-describedby", [helpLine?.id, error.id].filter(Boolean).join(" "));
  const root = el("div", { class: "field" }, el("label", { for: id }, label), control, helpLine, error);
  return {
    root,
    control,
    showError(message) {
      replaceChildren(error, message ?? "");
      error.hidden = !message;
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    },
  };
}

/**
 * Runs `send` with the form's buttons disabled, once at a time: a second tap while a call runs
 * does nothing, so a slow network cannot record the same completion twice.
 */
export async function guarded(form: HTMLElement, send: () => Promise<void>): Promise<void> {
  if (form.getAttribute("aria-busy") === "true") return;
  const buttons = Array.from(form.querySelectorAll("button"));
  form.setAttribute("aria-busy", "true");
  buttons.forEach((b) => (b.disabled = true));
  try {
    await send();
  } finally {
    form.removeAttribute("aria-busy");
    buttons.forEach((b) => (b.disabled = false));
  }
}
