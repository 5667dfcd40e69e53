/*
 * The web page "Việc của tôi" as the e-mails and the installation check see it: its address
 * (Cài đặt's webAppUrl), the personal link built on it, and how that address compares with the
 * one Google reports for the script. Pure: the token and Google's answer are given.
 */
import type { Message } from "../i18n/messages";

/**
 * A versioned web-app deployment's address: https://script.google.com/macros/s/<id>/exec, or,
 * for a script deployed inside a Google Workspace domain, …/a/macros/<domain>/s/<id>/exec (both
 * as the deploy dialog copies them; developers.google.com/apps-script/guides/web). The test
 * deployment's …/dev address is refused: it runs only for people who can open the script project
 * (developers.google.com/apps-script/concepts/deployments, "head deployments"), so an officer
 * would get a Google sign-in or access error instead of the page.
 */
const WEB_APP_URL = /^https:\/\/script\.google\.com\/(?:a\/macros\/[A-Za-z0-9.-]+|macros)\/s\/([A-Za-z0-9_-]+)\/exec$/;

/** isWebAppUrl("https://script.google.com/macros/s/AKfy…/exec") → true; http://, other hosts, /dev → false. */
export const isWebAppUrl = (text: string): boolean => WEB_APP_URL.test(text);

/** The deployment id of a web-app address, or null when it is not one. */
const deploymentId = (url: string): string | null => WEB_APP_URL.exec(url)?.[1] ?? null;

/**
 * personalUrl(".../exec", "v1.abc.def") → ".../exec?t=v1.abc.def". A token is base64url parts
 * joined by dots, all unreserved in a URL; it is still encoded, so nothing else could ever
 * change the address's meaning.
 */
export function personalUrl(webAppUrl: string, token: string): string {
  return `${webAppUrl}?t=${encodeURIComponent(token)}`;
}

/** What the installation check says of the web page: whether it passes, and why. */
export interface WebAppCheck {
  readonly ok: boolean;
  readonly message: Message;
}

/**
 * Cài đặt's address (as read by its schema, "" for none) against the one Google reports for
 * the script's web app (src/gas/selfCheck.ts asks; null when it is not deployed). Two
 * addresses with the same deployment id open the same page (the Workspace form and the plain
 * one), so only a different deployment is a difference.
 */
export function checkWebApp(setting: string, deployed: string | null): WebAppCheck {
  const reported = deployed ?? "";
  if (reported !== "" && !isWebAppUrl(reported)) {
    return { ok: false, message: { key: "selfCheck.webAppTestUrl", params: { url: reported } } };
  }
  if (setting === "") {
    return reported === ""
      ? { ok: true, message: { key: "selfCheck.webAppNone" } }
      : { ok: false, message: { key: "selfCheck.webAppSuggest", params: { url: reported } } };
  }
  if (reported === "") return { ok: false, message: { key: "selfCheck.webAppNotDeployed", params: { setting } } };
  if (deploymentId(setting) !== deploymentId(reported)) {
    return { ok: false, message: { key: "selfCheck.webAppDiffers", params: { setting, url: reported } } };
  }
  return { ok: true, message: { key: "selfCheck.webAppOk", params: { url: setting } } };
}
