import type { CryptoPort, StorePort } from "../../ports";

/*
 * The personal links' secret, in the script properties (OfficerPorts.secrets), never in the
 * sheet: anyone who can open the spreadsheet can read its tabs and document properties' effects,
 * and a secret there would let them sign a link for anyone.
 */
const SECRET_KEY = "officerLinks.secret";

/** The secret links are signed with; made on first use. */
export function linkSecret(ports: { readonly secrets: StorePort; readonly crypto: CryptoPort }): string {
  const kept = ports.secrets.get(SECRET_KEY);
  if (kept) return kept;
  const made = ports.crypto.randomSecret();
  ports.secrets.set(SECRET_KEY, made);
  return made;
}

/** A new secret: every link signed before stops working at once (the menu's "revoke every link"). */
export function rotateSecret(ports: { readonly secrets: StorePort; readonly crypto: CryptoPort }): void {
  ports.secrets.set(SECRET_KEY, ports.crypto.randomSecret());
}
