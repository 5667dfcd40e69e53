import { render, type Message } from "./i18n/messages";

/**
 * A person's mistake or a document that cannot be used: shown as its message (Vietnamese
 * first), never as a stack trace, and nothing is changed.
 */
export class UserError extends Error {
  constructor(readonly detail: Message) {
    super(render(detail));
    this.name = "UserError";
  }
}

/**
 * errorText(new Error("Exception: Invalid email: x")) → "Invalid email: x": a platform's reason,
 * without the "Exception: " Apps Script puts in front.
 */
export function errorText(error: unknown): string {
  return String((error as Error)?.message ?? error).replace(/^Exception:\s*/, "");
}
