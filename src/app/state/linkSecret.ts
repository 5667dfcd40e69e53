import type { CryptoPort, StorePort } from "../../ports";

/*
 * The personal links' secret, in the script properties (OfficerPorts.secrets), never in the
 * sheet: anyone who can open the spreadsheet can read its tabs and document properties' effects,
 * and a secret there would let them sign a link for anyone.
 */
/** Its script property: "v1" leaves room for a second key during a change of scheme. */
export const LINK_SECRET_KEY = "parPlan.linkSecret.v1";

/** The secret links are signed with; made on first use. */
export function linkSecret(ports: { readonly secrets: StorePort; readonly crypto: CryptoPort }): string {
  const kept = ports.secrets.get(LINK_SECRET_KEY);
  if (kept) return kept;
  const made = ports.crypto.randomSecret();
  ports.secrets.set(LINK_SECRET_KEY, made);
  return made;
}

/** A new secret: every link signed before stops working at once (the menu's "revoke every link"). */
export function rotateSecret(ports: { readonly secrets: StorePort; readonly crypto: CryptoPort }): void {
  ports.secrets.set(LINK_SECRET_KEY, ports.crypto.randomSecret());
}
