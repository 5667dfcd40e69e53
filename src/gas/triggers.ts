import type { TriggersPort } from "../ports";
import { isAddon } from "./addon";
import { PLAN_TIME_ZONE } from "./locale";

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The name of the daily trigger's handler: exported by main.ts. */
export const DAILY_HANDLER = "dailyDigest";

/** Where a trigger's document is kept: an add-on's time-driven run has no active spreadsheet. */
export const docKey = (triggerId: string) => `reminders.doc.${triggerId}`;

/**
 * The reminders' daily triggers through ScriptApp. Apps Script shows each user only their own
 * (developers.google.com/apps-script/reference/script/script-app#getprojecttriggers); an add-on's
 * project triggers span every document it is used in. Each trigger's document is kept in user
 * properties, for the time-driven run to open (see dailyDigest).
 */
export class ScriptTriggers implements TriggersPort {
  /** The triggers last listed, by id: deleting one takes the Trigger object, not its id. */
  private readonly seen = new Map<string, GoogleAppsScript.Script.Trigger>();

  /** `spreadsheet` is asked for only when a trigger is made (its id, for the daily run). */
  constructor(private readonly spreadsheet: () => GasSpreadsheet) {}

  daily(): string[] {
    return ScriptApp.getProjectTriggers()
      .filter((tr) => tr.getHandlerFunction() === DAILY_HANDLER)
      .map((tr) => {
        const id = tr.getUniqueId();
        this.seen.set(id, tr);
        return id;
      });
  }

  spansDocuments(): boolean {
    return isAddon();
  }

  createDaily(hour: number): string {
    // The plan's day is Vietnam's whatever zone the sheet was left in: the clock's zone too (ports.ts).
    const trigger = ScriptApp.newTrigger(DAILY_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(hour)
      .inTimezone(PLAN_TIME_ZONE)
      .create();
    const id = trigger.getUniqueId();
    PropertiesService.getUserProperties().setProperty(docKey(id), this.spreadsheet().getId());
    return id;
  }

  remove(id: string): void {
    const trigger = this.seen.get(id) ?? ScriptApp.getProjectTriggers().find((tr) => tr.getUniqueId() === id);
    PropertiesService.getUserProperties().deleteProperty(docKey(id));
    if (trigger) ScriptApp.deleteTrigger(trigger);
    this.seen.delete(id);
  }
}
