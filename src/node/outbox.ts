import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MailerPort, OutgoingMail } from "../ports";

/** RFC 2047 encoded-word for a header holding non-ASCII text: =?UTF-8?B?…?= */
export function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  // Encoded words are at most 75 characters: split the text into chunks of whole characters.
  const words: string[] = [];
  let chunk = "";
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, "utf8") > 42) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join("\r\n ");
}

const base64Lines = (text: string) => Buffer.from(text, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");

/** One message as a standard .eml: headers, and a multipart/alternative with a text and an HTML part. */
export function toEml(mail: OutgoingMail, from: string, date: Date, id: string): string {
  const boundary = `=_par_${id.replace(/[^a-z0-9]/gi, "")}`;
  return [
    `From: ${encodeHeader("Kế hoạch CCHC")} <${from}>`,
    `To: ${mail.to.join(", ")}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${id}@par-plan-tracker.invalid>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(mail.body),
    `--${boundary}`,
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(mail.htmlBody ?? ""),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** A mailer that writes what it would send into a folder, one .eml per message. */
export class OutboxMailer implements MailerPort {
  readonly written: string[] = [];
  constructor(
    private readonly dir: string,
    private readonly date: Date,
    private quota = 100,
  ) {
    mkdirSync(dir, { recursive: true });
  }
  remaining(): number {
    return this.quota;
  }
  send(mail: OutgoingMail): void {
    this.quota -= mail.to.length;
    const n = String(this.written.length + 1).padStart(2, "0");
    const file = join(this.dir, `${n}-${mail.to[0].replace(/[^a-z0-9@._-]/gi, "_")}.eml`);
    writeFileSync(file, toEml(mail, "nhac-viec@par-plan-tracker.invalid", this.date, `${n}.${this.date.getTime()}`));
    this.written.push(file);
  }
}
