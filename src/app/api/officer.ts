import { literal, maxLength, object, string, union } from "../../core/schema/zod";
import { render, t } from "../../core/i18n/messages";
import type { LinkRefused, OfficerActAnswer, OfficerOpenAnswer, OfficerRequest } from "../../bridge/contract";
import type { OfficerPorts } from "../../ports";
import { logOccurrence, markDone, noteDifficulty, type ActionResult } from "../commands/officerActions";
import { verifyLink, type LinkRefusal } from "../commands/officerLinks";
import { readWorkbook } from "../commands/readWorkbook";
import { personKey } from "../../core/links/token";
import { allowOpen, secondsOf } from "../state/throttle";
import { officerPage } from "../read/officer";
import { snapshotOf } from "../read/snapshot";

/*
 * "Việc của tôi" as the page calls it (src/bridge/contract.ts): every call carries the link's
 * token and is verified before anything is read, so the page's server functions are safe to
 * expose to anyone who can load the page. The Apps Script entry (src/gas/bridge.ts) and the
 * local harness (src/node/serve.ts) both call these, over their own ports.
 */

/**
 * What a refused link says: the same words for every bad token, so the page tells an attacker
 * nothing (the reason code travels for the tests and the log; only a real link can be "expired").
 */
function refused(reason: LinkRefusal): LinkRefused {
  const message = reason === "throttled" ? t("officer.linkThrottled") : t("webapp.invalidLink");
  return { ok: false, reason, message };
}

/** opens the token's person's page: refused (and counted) when the token does not verify. */
export function officerOpen(ports: OfficerPorts, token: unknown): OfficerOpenAnswer {
  const link = verifyLink(ports, token);
  if (!link.ok) return refused(link.reason);
  // Under the document lock, as every action: reading the workbook may add a part it misses
  // (setup's "use" mode), and the person's openings are counted without a race.
  const answer = ports.lock.withLock((): OfficerOpenAnswer => {
    if (!allowOpen(ports.store, personKey(link.person), secondsOf(ports.clock.timestamp())))
      return { ok: false, reason: "throttled", message: t("officer.tooManyOpens") };
    return { ok: true, page: officerPage(readWorkbook(ports), link.person) };
  });
  return answer ?? { ok: false, reason: "busy", message: t("officer.busy") };
}

/** A request's shape, as the page sends it; the values themselves are checked by the commands' schemas. */
// zod/mini through core/schema/zod (the classic entry added about 700 KB to Code.js).
const id = string().check(maxLength(40));
const value = string().check(maxLength(4000));
const requestSchema = union([
  object({ action: literal("markDone"), taskId: id, completedOn: value, evidence: value }),
  object({ action: literal("logOccurrence"), taskId: id, period: value, completedOn: value, evidence: value }),
  object({ action: literal("noteDifficulty"), taskId: id, text: value }),
]);

function perform(ports: OfficerPorts, person: string, request: OfficerRequest): ActionResult {
  switch (request.action) {
    case "markDone":
      return markDone(ports, person, request.taskId, request.completedOn, request.evidence);
    case "logOccurrence":
      return logOccurrence(ports, person, request.taskId, request.period, request.completedOn, request.evidence);
    case "noteDifficulty":
      return noteDifficulty(ports, person, request.taskId, request.text);
  }
}

const DONE_MESSAGE = {
  markDone: "officer.doneMarked",
  logOccurrence: "officer.doneLogged",
  noteDifficulty: "officer.doneNoted",
} as const;

/**
 * One action of the token's person on one of their tasks: the answer carries the page as it is
 * after the write (read again, so the task shows where it now stands), or the refusal's words and
 * the field it is about.
 */
export function officerAct(ports: OfficerPorts, token: unknown, request: unknown): OfficerActAnswer {
  const link = verifyLink(ports, token);
  if (!link.ok) return refused(link.reason);
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, message: t("officer.badRequest") };
  const result = perform(ports, link.person, parsed.data);
  if (!result.ok) return { ok: false, message: render(result.error), ...(result.field && { field: result.field }) };
  const message = t(DONE_MESSAGE[parsed.data.action], { id: parsed.data.taskId });
  // The page as it now is, from the tabs the action read and wrote: the writer keeps them as the
  // sheet now holds them, so showing the result costs no second read of the workbook.
  const page = officerPage(snapshotOf(result.tabs, ports.clock.today()), link.person);
  return { ok: true, message, page };
}
