/**
 * The message catalogues stay lean and whole: every key is used by the code (a dead key is a
 * sentence nobody will ever read, yet it ships in Code.js), each key lives in one catalogue,
 * and every entry has both languages with the same placeholders.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { catalogue } from "../../src/core/i18n/messages";
import { cliCatalogue } from "../../src/node/messages";
import { pageCatalogue } from "../../src/client/messages";

const SRC = join(__dirname, "..", "..", "src");
const CATALOGUE_FILES = new Set(
  ["core/i18n/messages.ts", "node/messages.ts", "client/messages.ts"].map((f) => join(SRC, ...f.split("/"))),
);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !CATALOGUE_FILES.has(path) ? [path] : [];
  });
}

const code = sources(SRC)
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");
/** Keys built at run time, such as `unit.${u}` or `digest.intro.${role}`: their prefixes. */
const dynamicPrefixes = [...code.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1]);
const used = (key: string) =>
  code.includes(`"${key}"`) || code.includes(`'${key}'`) || dynamicPrefixes.some((p) => key.startsWith(p));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const entries: [string, { vi: string; en: string }][] = [
  ...Object.entries(catalogue),
  ...Object.entries(cliCatalogue),
  ...Object.entries(pageCatalogue),
];

test("every message key is used somewhere in src/", () => {
  const unused = entries.map(([key]) => key).filter((key) => !used(key));
  expect(unused).toEqual([]);
});

test("a key lives in one catalogue only", () => {
  expect(Object.keys(cliCatalogue).filter((key) => key in catalogue)).toEqual([]);
  expect(Object.keys(pageCatalogue).filter((key) => key in catalogue || key in cliCatalogue)).toEqual([]);
});

test("every entry has Vietnamese and English with the same placeholders", () => {
  for (const [key, entry] of entries) {
    expect({ key, vi: entry.vi.trim() !== "", en: entry.en.trim() !== "" }).toEqual({ key, vi: true, en: true });
    expect({ key, placeholders: placeholders(entry.en) }).toEqual({ key, placeholders: placeholders(entry.vi) });
  }
});

test("the check finds a dead key: a key no code names is reported", () => {
  expect(used("status.overdue")).toBe(true);
  expect(used("no.such.key.anywhere")).toBe(false);
});
