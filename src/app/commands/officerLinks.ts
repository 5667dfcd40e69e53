import { addDays, formatIso, parseIso } from "../../core/dates/localDate";
import { signToken, verifyToken, type TokenRefusal } from "../../core/links/token";
import type { OfficerPorts } from "../../ports";
import { linkSecret } from "../state/linkSecret";
import { noteBadToken, secondsOf, tokensLocked, THROTTLE, type ThrottleLimits } from "../state/throttle";

type LinkPorts = Pick<OfficerPorts, "crypto" | "secrets" | "store" | "clock">;

/** Days a personal link works: the daily e-mail carries a fresh one, so a leaked one soon dies. */
export const LINK_DAYS = 14;

/** A person's token, valid LINK_DAYS days from now: what the e-mail's link carries (`?t=`). */
export function personalToken(ports: Omit<LinkPorts, "store">, email: string, days = LINK_DAYS): string {
  return signToken(ports.crypto.hmacSha256, linkSecret(ports), email, laterBy(ports.clock.timestamp(), days));
}

/** laterBy("2024-11-20 08:00:00", 14) → "2024-12-04 08:00:00". */
function laterBy(timestamp: string, days: number): string {
  const day = parseIso(timestamp.slice(0, 10));
  if (!day) throw new Error(`Not a timestamp: ${timestamp}`);
  return `${formatIso(addDays(day, days))}${timestamp.slice(10)}`;
}

/** Why a link was refused: the token's reason, or the document refusing every token for a while. */
export type LinkRefusal = TokenRefusal | "throttled";

export type LinkCheck =
  { readonly ok: true; readonly person: string } | { readonly ok: false; readonly reason: LinkRefusal };

/**
 * The person a link's token names, or why not. The signature is checked first: a valid link is
 * never locked out, so nobody can shut the officers out by sending junk (a 256-bit HMAC cannot be
 * guessed anyway). Every refusal is counted; past the limit, bad tokens are answered "throttled"
 * for a while, which says nothing about why they failed.
 */
export function verifyLink(ports: LinkPorts, token: unknown, limits: ThrottleLimits = THROTTLE): LinkCheck {
  const now = ports.clock.timestamp();
  const seconds = secondsOf(now);
  const check = verifyToken(ports.crypto.hmacSha256, linkSecret(ports), token, now);
  // A signed expiry past what any link is given can only come from a leaked secret: refused.
  if (check.ok && check.expires <= laterBy(now, LINK_DAYS + 1)) return { ok: true, person: check.person };
  if (tokensLocked(ports.store, seconds)) return { ok: false, reason: "throttled" };
  noteBadToken(ports.store, seconds, limits);
  return { ok: false, reason: check.ok ? "malformed" : check.reason };
}
