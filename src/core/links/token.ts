/*
 * The personal link's token: "v1.<person and expiry>.<signature>", each part base64url. The
 * signature is HMAC-SHA256, keyed by the script's secret, over a canonical payload that names
 * the version, so a token of one format is never read as another. Pure: the hash is given.
 */
import { fromBase64Url, toBase64Url, utf8Bytes, utf8Text } from "./base64url";

/** The keyed hash the token needs (CryptoPort's, without the port's other half). */
export type Hmac = (key: string, message: string) => Uint8Array;

export const TOKEN_VERSION = "v1";
/** Longer than any real token (an address is at most 254 characters): refused before any work. */
export const MAX_TOKEN_LENGTH = 600;
const SIGNATURE_BYTES = 32;

/** Why a token was refused; a code, never an exception, so the page can answer in words. */
export type TokenRefusal = "malformed" | "version" | "signature" | "expired";

export type TokenCheck =
  | { readonly ok: true; readonly person: string; readonly expires: string }
  | { readonly ok: false; readonly reason: TokenRefusal };

/** A moment as the clock writes it, "2024-11-27 08:00:00": its text order is its time order. */
const MOMENT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** A person as a token names them: the directory's address, trimmed and lower-cased. */
export const personKey = (email: string): string => email.trim().toLowerCase();

const canonical = (person: string, expires: string) => `${TOKEN_VERSION}\n${person}\n${expires}`;

/** signToken(hmac, secret, "a@x.vn", "2024-12-20 08:00:00") → "v1.…" */
export function signToken(hmac: Hmac, secret: string, email: string, expires: string): string {
  const person = personKey(email);
  if (!MOMENT.test(expires)) throw new Error(`Not a moment: ${expires}`);
  if (person === "" || person.includes("\n")) throw new Error("A token names one address");
  const body = toBase64Url(utf8Bytes(`${person}\n${expires}`));
  return `${TOKEN_VERSION}.${body}.${toBase64Url(hmac(secret, canonical(person, expires)))}`;
}

/** Equal byte strings, in a time that depends on their length only (no early exit on a difference). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ (b[i % (b.length || 1)] ?? 0);
  return diff === 0;
}

/**
 * The person a token names, when its signature is the secret's and `now` (the clock's
 * timestamp) is before its expiry. The signature is checked before the expiry is believed.
 */
export function verifyToken(hmac: Hmac, secret: string, token: unknown, now: string): TokenCheck {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  // A secret shorter than 32 characters is none (an empty property): nothing verifies with it.
  if (secret.length < 32) return { ok: false, reason: "signature" };
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "malformed" };
  if (parts[0] !== TOKEN_VERSION) return { ok: false, reason: "version" };
  const bodyBytes = fromBase64Url(parts[1]);
  const given = fromBase64Url(parts[2]);
  const body = bodyBytes && utf8Text(bodyBytes);
  if (!body || !given || given.length !== SIGNATURE_BYTES) return { ok: false, reason: "malformed" };
  const fields = body.split("\n");
  if (fields.length !== 2 || !MOMENT.test(fields[1]) || fields[0] !== personKey(fields[0]) || fields[0] === "")
    return { ok: false, reason: "malformed" };
  const [person, expires] = fields;
  if (!constantTimeEqual(hmac(secret, canonical(person, expires)), given)) return { ok: false, reason: "signature" };
  if (now >= expires) return { ok: false, reason: "expired" };
  return { ok: true, person, expires };
}
