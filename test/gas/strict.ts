/**
 * Tests fail loudly: after each test, every runtime it made (runtime.ts, liveRuntimes) is
 * checked, and the test fails if the bundle printed an error with console.error, or showed the
 * unexpected-error dialog, that the test did not declare with `runtime.allowErrors(/pattern/)`.
 * A run that swallowed an exception and said "Đã có lỗi ngoài dự kiến" must not pass quietly.
 * Registered for every test file in jest.config.cjs (setupFilesAfterEnv).
 */
import { catalogue } from "../../src/core/i18n/messages";
import { liveRuntimes, type Runtime } from "./runtime";

/** The text before "{message}" of the unexpected-error dialog, in each language of the catalogue. */
const UNEXPECTED = Object.values(catalogue["error.unexpected"]).map((template) => template.split("{message}")[0]);

/** One argument of console.error as a person reads it; errors from the bundle's realm too. */
function describeArg(arg: unknown): string {
  if (typeof arg === "string") return arg;
  if (arg !== null && typeof arg === "object" && typeof (arg as Error).message === "string") {
    const e = arg as Error;
    return `${e.name ?? "Error"}: ${e.message}`;
  }
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}

/**
 * Where the first error argument was thrown, for the failure message; written "from ..." rather
 * than "at ..." so jest keeps it in the message instead of taking it for the assertion's stack.
 */
function stackOf(args: readonly unknown[]): string {
  const error = args.find(
    (a): a is Error => a !== null && typeof a === "object" && typeof (a as Error).stack === "string",
  );
  if (!error) return "";
  const frames = error
    .stack!.split("\n")
    .filter((l) => /^\s*at /.test(l))
    .slice(0, 6);
  return frames.map((l) => `\n     from ${l.trim().replace(/^at /, "")}`).join("");
}

function allowed(runtime: Runtime, text: string): boolean {
  return runtime.allowedErrors.some((pattern) => {
    pattern.lastIndex = 0; // a /g pattern keeps state between tests
    return pattern.test(text);
  });
}

/** What each runtime printed or showed that the test did not expect. */
export function unexpectedErrors(runtimes: Iterable<Runtime>): string[] {
  const found: string[] = [];
  for (const runtime of runtimes) {
    for (const args of runtime.errors) {
      const text = args.map(describeArg).join(" ");
      if (!allowed(runtime, text)) found.push(`console.error: ${text}${stackOf(args)}`);
    }
    for (const dialog of runtime.ui.dialogs) {
      // A sidebar's or modal's message is a whole page, whose script carries the catalogue's words.
      if (dialog.kind === "sidebar" || dialog.kind === "modal") continue;
      const message = String(dialog.message ?? "");
      if (!UNEXPECTED.some((prefix) => message.includes(prefix))) continue;
      if (!allowed(runtime, message)) found.push(`${dialog.kind} dialog "${dialog.title}": ${message}`);
    }
  }
  return found;
}

afterEach(() => {
  try {
    const found = unexpectedErrors(liveRuntimes);
    if (found.length > 0) {
      throw new Error(
        `The bundle reported ${found.length} error(s) this test did not expect ` +
          `(declare an expected one with runtime.allowErrors(/pattern/)):\n` +
          found.map((f, i) => `${i + 1}. ${f}`).join("\n"),
      );
    }
  } finally {
    liveRuntimes.clear();
  }
});
