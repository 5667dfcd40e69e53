/*
 * Who may start an entry point. google.script.run on ANY page the script serves can call ANY
 * top-level function of Code.js by name (developers.google.com/apps-script/guides/html/reference/run),
 * and a web app executing as USER_DEPLOYING runs it as the deployer for whoever opened the page.
 * Apps Script's own "private" functions (a name ending in "_") cannot be called from a page
 * (developers.google.com/apps-script/guides/html/communication#private_functions), but Google
 * documents them for pages only, not as menu or trigger handlers, so the product does not rely
 * on the naming: each entry point checks how it was started, here.
 */

/**
 * An entry point the editor starts: a menu item, or the sidebar's google.script.run. It asks for
 * the editor's Ui before anything else: getUi is "only available to bound scripts run from the
 * script editor, menu items, dialogs, sidebars, or triggers", not "run as a web app"
 * (developers.google.com/apps-script/guides/bound, "Special methods"), and throws "Cannot call
 * SpreadsheetApp.getUi() from this context." there, so a web page's call stops before any read.
 */
export function fromEditor<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    asked = SpreadsheetApp.getUi();
    return handler(...args);
  };
}

/** The Ui the guard asked for in this execution, kept so the dialog does not ask again. */
let asked: GoogleAppsScript.Base.Ui | null = null;

/** The editor's Ui: the one the guard already has, or asked now. */
export function editorUi(): GoogleAppsScript.Base.Ui {
  return (asked ??= SpreadsheetApp.getUi());
}

/**
 * Whether a time-driven run was started by one of this user's triggers of the project: its
 * event's triggerUid ("ID of trigger that produced this event":
 * developers.google.com/apps-script/guides/triggers/events, "Time-driven events") is one of
 * getProjectTriggers()' ids. A call from a page has no such event (or a made-up one).
 */
export function startedByTrigger(e: unknown): boolean {
  const uid = typeof e === "object" && e !== null ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  if (typeof uid !== "string" || uid === "") return false;
  return ScriptApp.getProjectTriggers().some((trigger) => trigger.getUniqueId() === uid);
}

/**
 * Whether an edit event carries the Range Sheets passes. google.script.run passes only
 * primitives, objects and arrays of them, never a function
 * (developers.google.com/apps-script/guides/html/reference/run#myFunction(...)), so a page cannot
 * forge an object whose getSheet is a function.
 */
export function isEditEvent(e: unknown): e is GoogleAppsScript.Events.SheetsOnEdit {
  const range = typeof e === "object" && e !== null ? (e as { range?: unknown }).range : undefined;
  return (
    typeof range === "object" && range !== null && typeof (range as { getSheet?: unknown }).getSheet === "function"
  );
}
