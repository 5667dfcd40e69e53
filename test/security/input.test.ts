/**
 * What an officer or the secretariat may send from a page, attacked with characters that hide:
 * a value that looks empty, or a link whose host looks like a known one, must be refused.
 */
import { dashboardSaveSettings } from "../../src/app/api/dashboard";
import { localDate } from "../../src/core/dates/localDate";
import { t } from "../../src/core/i18n/messages";
import { officerInputSchemas, parseOfficerInput } from "../../src/core/validation/officerInput";
import { nodeCrypto } from "../../src/node/crypto";
import { MemoryStore } from "../../src/memory/memoryWorkbook";
import { seededPorts } from "../helpers";

const schemas = officerInputSchemas(localDate(2024, 11, 20));

/** Blank-looking letters and symbols (not Unicode format characters, which were refused already). */
const FILLERS = ["\u3164", "\u115f", "\u1160", "\uffa0", "\u2800", "\u034f", "\u17b4"].map((c) => [
  c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"),
  c,
]);

describe("hidden characters", () => {
  test.each(FILLERS)("U+%s alone, or inside a word, is no difficulty", (_code, filler) => {
    expect(parseOfficerInput(schemas, "text", filler)).toMatchObject({ ok: false, field: "text" });
    expect(parseOfficerInput(schemas, "text", `Thiếu${filler}kinh phí`)).toMatchObject({ ok: false, field: "text" });
  });

  test.each(FILLERS)("U+%s in a link's host makes no evidence link", (_code, filler) => {
    const link = `https://drive${filler}.google.com/file/d/bien-ban`;
    expect(parseOfficerInput(schemas, "evidence", link)).toMatchObject({ ok: false, field: "evidence" });
  });

  test("Vietnamese words, emoji and a real link still pass", () => {
    expect(parseOfficerInput(schemas, "text", "Chưa có kinh phí in ấn 👍")).toEqual({
      ok: true,
      value: "Chưa có kinh phí in ấn 👍",
    });
    expect(parseOfficerInput(schemas, "evidence", "https://drive.google.com/file/d/bien-ban")).toMatchObject({
      ok: true,
    });
  });

  test("a setting typed with a Hangul filler is refused by the sidebar's form, nothing written", () => {
    const ports = {
      ...seededPorts(),
      crypto: nodeCrypto,
      secrets: new MemoryStore(),
      lock: { withLock: <T>(fn: () => T): T | null => fn() },
      triggers: { daily: () => [], spansDocuments: () => false, createDaily: () => "t", remove: () => undefined },
      scriptLock: { withLock: <T>(fn: () => T): T | null => fn() },
    };
    const answer = dashboardSaveSettings(ports as never, { communeName: "Xã\u3164Đại Lãnh" });
    expect(answer).toEqual({
      ok: false,
      errors: { communeName: t("dashboard.settingControl", { field: "communeName" }) },
    });
  });
});
