import { officerAct, officerOpen } from "../../../src/app/api/officer";
import { personalToken } from "../../../src/app/commands/officerLinks";
import { refreshAll } from "../../../src/app/commands/refresh";
import { THROTTLE } from "../../../src/app/state/throttle";
import { t } from "../../../src/core/i18n/messages";
import { MemoryStore, type MemoryWorkbook } from "../../../src/memory/memoryWorkbook";
import type { OfficerOpenAnswer } from "../../../src/bridge/contract";
import { nodeCrypto } from "../../../src/node/crypto";
import { seededPorts } from "../../helpers";

const EMAIL = "vp.tk@dailanh.gov.vn";
const OTHER = "tu.phap@dailanh.gov.vn";

/** The seed with two officers' addresses in Danh bạ, and the ports the page's calls use. */
function ports() {
  const base = seededPorts();
  const p = {
    ...base,
    crypto: nodeCrypto,
    secrets: new MemoryStore(),
    lock: { withLock: <T>(fn: () => T): T | null => fn() },
  };
  const dir = (p.workbook as MemoryWorkbook).sheet("Danh bạ")!;
  dir.type(2, 5, EMAIL);
  dir.type(3, 5, OTHER);
  refreshAll(p);
  return p;
}

/** The page of an answer that must have opened. */
function pageOf(answer: OfficerOpenAnswer) {
  if (!answer.ok) throw new Error(answer.message);
  return answer.page;
}

describe("officerOpen", () => {
  it("opens the page of the person the token names, and nobody else's", () => {
    const p = ports();
    const answer = officerOpen(p, personalToken(p, EMAIL));
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.page.person).toBe(EMAIL);
    expect(answer.page.tasks.length).toBeGreaterThan(5);
    const other = officerOpen(p, personalToken(p, OTHER));
    if (!other.ok) throw new Error(other.message);
    const mine = new Set(answer.page.tasks.map((x) => x.id));
    expect(other.page.tasks.some((x) => !mine.has(x.id))).toBe(true);
  });

  it("names a recurring task's open occurrence in words, the key beside it for the request", () => {
    const p = ports();
    const page = pageOf(officerOpen(p, personalToken(p, EMAIL)));
    const recurring = page.tasks.filter((x) => x.period);
    expect(recurring.length).toBeGreaterThan(0);
    for (const x of recurring)
      expect(x.period!.label).toMatch(/^(tháng \d+|quý [IV]+|\d tháng (đầu|cuối)|tuần \d+|năm) .*\d{4}$/);
    expect(recurring.find((x) => x.id === "A.I.7")!.period).toEqual({ key: "2024-03", label: "tháng 3 năm 2024" });
  });

  it.each([
    ["forged", "eyJwIjoidnAudGtAZGFpbGFuaC5nb3Yudm4ifQ.AAAA"],
    ["empty", ""],
    ["not text", { p: EMAIL }],
  ])("refuses a %s token with the same words, reading nothing", (_name, token) => {
    const p = ports();
    p.workbook.counter.reset();
    const answer = officerOpen(p, token);
    expect(answer).toMatchObject({ ok: false, message: t("webapp.invalidLink") });
    expect(p.workbook.counter.total()).toBe(0);
  });

  it("counts a person's openings: past 30 in five minutes the page says to try later; others still open", () => {
    const p = ports();
    const token = personalToken(p, EMAIL);
    for (let i = 0; i < THROTTLE.opens; i++) expect(officerOpen(p, token).ok).toBe(true);
    expect(officerOpen(p, token)).toEqual({ ok: false, reason: "throttled", message: t("officer.tooManyOpens") });
    expect(officerOpen(p, personalToken(p, OTHER)).ok).toBe(true);
  });

  it("reads the workbook under the document lock: a busy sheet is said so, and nothing is read", () => {
    const p = { ...ports(), lock: { withLock: () => null } };
    p.workbook.counter.reset();
    expect(officerOpen(p, personalToken(p, EMAIL))).toEqual({ ok: false, reason: "busy", message: t("officer.busy") });
    expect(p.workbook.counter.total()).toBe(0);
  });

  it("refuses a token signed with a secret since rotated", () => {
    const p = ports();
    const token = personalToken(p, EMAIL);
    p.secrets.values.clear();
    expect(officerOpen(p, token)).toMatchObject({ ok: false, reason: "signature" });
  });
});

describe("officerAct", () => {
  it("marks the person's task done and answers the page as it now is", () => {
    const p = ports();
    const token = personalToken(p, EMAIL);
    const opened = officerOpen(p, token);
    if (!opened.ok) throw new Error(opened.message);
    const task = opened.page.tasks.find((x) => x.group === "overdue" && x.actions.includes("markDone"))!;
    const answer = officerAct(p, token, {
      action: "markDone",
      taskId: task.id,
      completedOn: "19/11/2024",
      evidence: "https://drive.google.com/file/d/abc",
    });
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.message).toBe(t("officer.doneMarked", { id: task.id }));
    const now = answer.page.tasks.find((x) => x.id === task.id)!;
    expect(now.group).toBe("other");
    expect(now.status).toBe("doneLate");
    expect(now.actions).toEqual(["noteDifficulty"]);
  });

  it.each(["markDone", "logOccurrence", "noteDifficulty"] as const)(
    "answers, after %s, the page a fresh read of the sheet shows, without reading the workbook again",
    (action) => {
      const p = ports();
      const token = personalToken(p, EMAIL);
      const task = pageOf(officerOpen(p, token)).tasks.find((x) => x.actions.includes(action))!;
      const evidence = "https://drive.google.com/file/d/abc";
      const request =
        action === "markDone"
          ? { action, taskId: task.id, completedOn: "19/11/2024", evidence }
          : action === "logOccurrence"
            ? { action, taskId: task.id, period: task.period!.key, completedOn: "19/11/2024", evidence }
            : { action, taskId: task.id, text: "Chưa có kinh phí" };
      const answer = officerAct(p, token, request);
      if (!answer.ok) throw new Error(answer.message);
      expect(answer.page).toEqual(pageOf(officerOpen(p, token)));
    },
  );

  it("names the field a refused value is about", () => {
    const p = ports();
    const token = personalToken(p, EMAIL);
    const opened = officerOpen(p, token);
    if (!opened.ok) throw new Error(opened.message);
    const task = opened.page.tasks.find((x) => x.actions.includes("markDone"))!;
    const answer = officerAct(p, token, {
      action: "markDone",
      taskId: task.id,
      completedOn: "19/11/2024",
      evidence: "",
    });
    expect(answer).toMatchObject({ ok: false, field: "evidence" });
  });

  it("refuses another person's task, a request of the wrong shape and a bad token", () => {
    const p = ports();
    const other = { page: pageOf(officerOpen(p, personalToken(p, OTHER))) };
    const mineIds = new Set(pageOf(officerOpen(p, personalToken(p, EMAIL))).tasks.map((x) => x.id));
    const theirs = other.page.tasks.find((x) => !mineIds.has(x.id) && x.actions.includes("markDone"))!;
    const token = personalToken(p, EMAIL);
    const request = { action: "markDone", taskId: theirs.id, completedOn: "19/11/2024", evidence: "https://x.vn/a" };
    expect(officerAct(p, token, request)).toMatchObject({ ok: false });
    expect(officerAct(p, token, { action: "deleteRow", taskId: theirs.id })).toEqual({
      ok: false,
      message: t("officer.badRequest"),
    });
    expect(officerAct(p, "junk", request)).toMatchObject({ ok: false, reason: "malformed" });
  });
});
