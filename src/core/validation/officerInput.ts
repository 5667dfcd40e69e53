import { compareDates, isSaneDate, parseDayMonthYear, SANE_YEARS, type LocalDate } from "../dates/localDate";
import { t, type Message, type MessageKey } from "../i18n/messages";
import * as z from "../schema/zod";
import { INVISIBLE } from "../text/normalize";

/*
 * What an officer may send from "Việc của tôi", as zod schemas over the text the page sends.
 * Each refusal is a message key; parseOfficerInput names the field in the answer.
 *
 * Nothing Sheets would turn into a formula or a number reaches a cell: a text starting with
 * = + - @ is refused (Google reads "=…" and "+…" as formulas and "@" as a reference to
 * complete), and so is a text that is only a number, rather than stored with an apostrophe:
 * a difficulty is words, and an apostrophe would show in the .xlsx export and in the report.
 * The note is written after the product's own "[date, person]" prefix in any case.
 */

export const MAX_EVIDENCE = 2000;
export const MAX_TEXT = 1000;

export type OfficerField = "completedOn" | "evidence" | "text" | "period";
const FIELD_LABEL: Record<OfficerField, MessageKey> = {
  completedOn: "field.completedOn",
  evidence: "field.evidence",
  text: "field.text",
  period: "field.period",
};

const refuse = (ctx: { issues: unknown[] }, code: MessageKey, input: string) => {
  ctx.issues.push({ code: "custom", message: code, input });
  return z.NEVER;
};

// Control characters a sheet cell or a log would hide (tab and new line are allowed in a text).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL = { test: (text: string) => CONTROL_CHARS.test(text) || INVISIBLE.test(text) };

/** The schemas for a day: a completion date cannot be after `today`. */
export function officerInputSchemas(today: LocalDate) {
  const completedOn = z.pipe(
    z.string(),
    z.transform<string, LocalDate>((text, ctx) => {
      const d = parseDayMonthYear(text);
      if (!d) return refuse(ctx, "input.notDate", text);
      if (!isSaneDate(d, today)) return refuse(ctx, "input.farDate", text);
      if (compareDates(d, today) > 0) return refuse(ctx, "input.future", text);
      return d;
    }),
  );
  const evidence = z.pipe(
    z.string(),
    z.transform<string, string>((raw, ctx) => {
      const text = raw.trim();
      if (text === "") return refuse(ctx, "input.required", raw);
      if (text.length > MAX_EVIDENCE) return refuse(ctx, "input.tooLong", raw);
      // A host after the scheme, no spaces, quotes or angle brackets: a link and nothing else.
      if (CONTROL.test(text) || !/^https?:\/\/[^\s/?#<>"'`\\@]+(?:[/?#][^\s<>"'`\\]*)?$/i.test(text))
        return refuse(ctx, "input.notUrl", raw);
      return text;
    }),
  );
  const text = z.pipe(
    z.string(),
    z.transform<string, string>((raw, ctx) => {
      // One line: a new line could forge a "[date, person]" line of someone else's in the notes.
      const value = raw.replace(/\s*[\r\n]+\s*/g, " ").trim();
      if (value === "") return refuse(ctx, "input.required", raw);
      if (value.length > MAX_TEXT) return refuse(ctx, "input.tooLong", raw);
      if (CONTROL.test(value)) return refuse(ctx, "input.controlChars", raw);
      if (/^[=+\-@]/.test(value)) return refuse(ctx, "input.formulaLike", raw);
      if (/^[\d\s.,:/%()+-]+$/.test(value)) return refuse(ctx, "input.numberLike", raw);
      return value;
    }),
  );
  const period = z.pipe(
    z.string(),
    z.transform<string, string>((raw, ctx) => {
      const value = raw.trim();
      if (value === "") return refuse(ctx, "input.required", raw);
      if (value.length > 40 || !/^[0-9A-Za-z-]+$/.test(value)) return refuse(ctx, "input.tooLong", raw);
      return value;
    }),
  );
  return { completedOn, evidence, text, period };
}

export type OfficerInput<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly field: OfficerField; readonly error: Message };

/** One field read by its schema; a refusal names the field ("Minh chứng: cần là đường dẫn …"). */
export function parseOfficerInput<K extends OfficerField>(
  schemas: ReturnType<typeof officerInputSchemas>,
  field: K,
  value: unknown,
): OfficerInput<K extends "completedOn" ? LocalDate : string> {
  type Out = K extends "completedOn" ? LocalDate : string;
  const parsed = (schemas[field] as unknown as z.ZodMiniType<Out, unknown>).safeParse(
    typeof value === "string" ? value : "",
  );
  if (parsed.success) return { ok: true, value: parsed.data };
  const code = parsed.error.issues[0]?.message as MessageKey;
  const max = field === "evidence" ? MAX_EVIDENCE : field === "period" ? 40 : MAX_TEXT;
  const problem = t(code, { max, years: SANE_YEARS });
  return { ok: false, field, error: { key: "input.invalid", params: { field: t(FIELD_LABEL[field]), problem } } };
}
