import type { CryptoPort } from "../ports";
import { scriptLock } from "./ports";

/**
 * The script property holding the secret that signs the officers' links. The one place its key
 * is written; the engine reads the secret through a port that src/gas implements over this.
 * Script properties, never the sheet: everyone who can open the sheet could read a cell, while
 * script properties are seen only by the script and its editors
 * (developers.google.com/apps-script/guides/properties). "v1" leaves room for a second key
 * during a future change of scheme.
 */
export const LINK_SECRET_PROPERTY = "parPlan.linkSecret.v1";

/** Writes a new secret: every link signed with the old one stops working at once. */
export function rotateLinkSecret(crypto: CryptoPort): void {
  PropertiesService.getScriptProperties().setProperty(LINK_SECRET_PROPERTY, crypto.randomSecret());
}

/**
 * The secret, made on first use. Under the script lock, so a daily e-mail and a page opened at
 * the same moment cannot each make one and sign with different keys; null when the lock is
 * busy for 10 s (the caller says the sheet is busy).
 */
export function currentLinkSecret(crypto: CryptoPort): string | null {
  const props = PropertiesService.getScriptProperties();
  const existing = props.getProperty(LINK_SECRET_PROPERTY);
  if (existing) return existing;
  return scriptLock(10000).withLock(() => {
    const again = props.getProperty(LINK_SECRET_PROPERTY);
    if (again) return again;
    const made = crypto.randomSecret();
    props.setProperty(LINK_SECRET_PROPERTY, made);
    return made;
  });
}
