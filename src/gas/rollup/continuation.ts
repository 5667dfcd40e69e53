import type { ContinuationPort } from "../../ports";

/** The continuation trigger's handler: exported by src/gas/rollup/main.ts. */
export const CONTINUE_HANDLER = "rollupContinue";

/**
 * The roll-up's one continuation, a one-time trigger made with
 * ScriptApp.newTrigger(handler).timeBased().after(ms).create()
 * (developers.google.com/apps-script/reference/script/clock-trigger-builder#afterdurationmilliseconds:
 * "the minimum duration … after the current time that the trigger runs"). Before one is made,
 * every other of this user's is deleted, so never more than one waits; a fired one-time trigger
 * stays among the project's triggers until deleted, and a user may hold 20
 * (developers.google.com/apps-script/guides/services/quotas).
 */
export class ScriptContinuation implements ContinuationPort {
  schedule(afterMs: number): void {
    this.cancel();
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
  }

  cancel(): void {
    for (const trigger of ScriptApp.getProjectTriggers())
      if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}
