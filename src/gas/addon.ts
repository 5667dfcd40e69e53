/**
 * Whether the script runs as an Editor add-on (installed from the Marketplace) or bound to the
 * sheet. ScriptApp.getInstallationSource() says NONE for a bound script
 * (developers.google.com/apps-script/reference/script/script-app#getinstallationsource); in
 * AuthMode.NONE it may not be callable, but only a published add-on runs in that mode
 * (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
export function isAddon(authMode?: unknown): boolean {
  if (String(authMode ?? "") === "NONE") return true;
  try {
    return String(ScriptApp.getInstallationSource()) !== "NONE";
  } catch {
    return false;
  }
}
