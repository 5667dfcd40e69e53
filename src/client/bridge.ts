import type { ServerApi, ServerFunction } from "../bridge/contract";
import { t } from "./messages";

/*
 * The one way the pages reach the server: google.script.run, wrapped in a typed promise. In
 * Apps Script it is the client API Google serves with the page; in the local harness (src/node/serve.ts) a shim
 * with the same shape over HTTP. Whatever fails (no network, a server exception, a quota) comes
 * out as one Vietnamese sentence: a person never sees a stack trace.
 */

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** What the page reads of google.script.url.getLocation's answer. */
interface ScriptLocation {
  readonly parameter: Readonly<Record<string, string>>;
}

interface GoogleScript {
  readonly script: {
    readonly run: ScriptRunner;
    readonly url: { getLocation(callback: (location: ScriptLocation) => void): void };
  };
}

declare const google: GoogleScript;

/** A call that did not reach an answer: its message is the one to show. */
export class CallFailed extends Error {}

function runner(): ScriptRunner | null {
  return typeof google === "undefined" || !google.script ? null : google.script.run;
}

/** call("officerOpen", token) → the server's answer, or a CallFailed with the page's words. */
export function call<K extends ServerFunction>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new CallFailed(t("page.noServer")));
      return;
    }
    const handlers = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(() => reject(new CallFailed(t("page.callFailed"))));
    const fn = (handlers as unknown as Record<string, ((...a: unknown[]) => void) | undefined>)[name];
    if (typeof fn !== "function") {
      reject(new CallFailed(t("page.callFailed")));
      return;
    }
    fn.apply(handlers, args);
  });
}

/** The message of any failure, for the page: a CallFailed's own, anything else the generic one. */
export function failureText(error: unknown): string {
  return error instanceof CallFailed ? error.message : t("page.callFailed");
}

/**
 * A parameter of the web app's URL. The page runs in a sandboxed iframe on googleusercontent.com,
 * so window.location is not the web app's address; google.script.url.getLocation is
 * (developers.google.com/apps-script/guides/html/reference/url).
 */
export function queryParameter(name: string): Promise<string | null> {
  return new Promise((resolve) => {
    if (typeof google === "undefined" || !google.script || !google.script.url) {
      resolve(null);
      return;
    }
    google.script.url.getLocation((location) => {
      const value = location && location.parameter ? location.parameter[name] : undefined;
      resolve(typeof value === "string" ? value : null);
    });
  });
}
