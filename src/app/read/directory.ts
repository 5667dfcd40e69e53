import { DEFAULT_ROLES, roleKeyOf, type RoleDef } from "../../core/plan/roles";
import { parseAddresses } from "../../core/text/addresses";
import { foldVietnamese } from "../../core/text/normalize";
import { textAt, type OpenTab } from "./tabs";

/**
 * emailsIn("a@x.vn; b@y.vn") → ["a@x.vn", "b@y.vn"]: a directory cell may hold several. A cell
 * the check flags (any part not an address: "a@x.vn; b@y") is mailed to nobody, not to the
 * part that happens to parse: the secretariat fixes the cell, and the digest says who waits.
 */
export const emailsIn = (text: string): string[] => {
  const { valid, invalid } = parseAddresses(text);
  return invalid.length > 0 ? [] : valid;
};

/** The directory as lookups: see directoryIndex. */
export interface DirectoryIndex {
  /** The person holding a role (by its key, name or any spelling), if the directory names one. */
  person(role: string): string | undefined;
  /** A role's addresses ([] when none, or when its cell has a part that is not an address). */
  roleEmails(role: string): string[];
  /** A person's addresses, by name. */
  personEmails(person: string): string[];
}

/**
 * The directory as lookups: a role (by its key, name or any spelling, folded) to its person and
 * addresses, and a person's name to their addresses. The report names persons; the reminders
 * need addresses.
 */
export function directoryIndex(directory: Pick<OpenTab, "values" | "columns">): DirectoryIndex {
  const personByRole = new Map<string, string>();
  const emailsByRole = new Map<string, string[]>();
  const emailsByPerson = new Map<string, string[]>();
  for (const row of directory.values.slice(1)) {
    const person = textAt(directory, row, "person");
    const emails = emailsIn(textAt(directory, row, "email"));
    const names = [
      textAt(directory, row, "roleKey"),
      textAt(directory, row, "role"),
      ...textAt(directory, row, "aliases").split(";"),
    ]
      .filter((n) => n.trim())
      .map((n) => foldVietnamese(n));
    for (const n of names) {
      if (person) personByRole.set(n, person);
      if (emails.length) emailsByRole.set(n, emails);
    }
    if (person && emails.length) emailsByPerson.set(foldVietnamese(person), emails);
  }
  return {
    person: (role: string) => personByRole.get(foldVietnamese(role)),
    roleEmails: (role: string) => emailsByRole.get(foldVietnamese(role)) ?? [],
    personEmails: (person: string) => emailsByPerson.get(foldVietnamese(person)) ?? [],
  };
}

/** Folded names and spellings of the directory's roles, for checking lead and support cells. */
export function knownRoles(
  directory: Pick<OpenTab, "values" | "columns"> | null,
  defaults: readonly { name: string; aliases: readonly string[] }[],
): Set<string> {
  const names = new Set<string>();
  for (const r of defaults) for (const n of [r.name, ...r.aliases]) names.add(foldVietnamese(n));
  for (const row of directory?.values.slice(1) ?? []) {
    const name = textAt(directory!, row, "role");
    if (name) names.add(foldVietnamese(name));
    for (const a of textAt(directory!, row, "aliases").split(";")) if (a.trim()) names.add(foldVietnamese(a));
  }
  return names;
}

/** Roles from the directory tab (officers may add spellings or roles), over the defaults. */
export function rolesFromDirectory(directory: Pick<OpenTab, "values" | "columns">): RoleDef[] {
  const byKey = new Map<string, RoleDef>(DEFAULT_ROLES.map((r) => [r.key, r]));
  for (const row of directory.values.slice(1)) {
    const name = textAt(directory, row, "role");
    if (!name) continue;
    const key = textAt(directory, row, "roleKey") || roleKeyOf(name);
    const aliases = textAt(directory, row, "aliases")
      .split(";")
      .map((a) => a.trim())
      .filter(Boolean);
    const base = byKey.get(key);
    byKey.set(key, {
      key,
      name,
      aliases: [...new Set([...(base?.aliases ?? []), ...aliases, ...(base && base.name !== name ? [base.name] : [])])],
    });
  }
  return [...byKey.values()];
}
