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
