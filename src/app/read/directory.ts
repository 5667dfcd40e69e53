import { bodyKey } from "../../core/plan/bodies";
import { DEFAULT_ROLES, roleKeyOf, type RoleDef } from "../../core/plan/roles";
import { parseAddresses } from "../../core/text/addresses";
import { foldVietnamese } from "../../core/text/normalize";
import type { CellValue } from "../../ports";
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

/**
 * nameKeys("UBND tỉnh") → ["ubnd tinh", "uy ban nhan dan tinh"]: a role's or body's name as the
 * directory is searched, folded and spelt out (bodyKey), so the spellings a plan mixes ("UBND
 * tỉnh", "Ủy ban nhân dân tỉnh") find the one Danh bạ row.
 */
export function nameKeys(name: string): string[] {
  const folded = foldVietnamese(name);
  if (!folded) return [];
  const spelt = bodyKey(name);
  return spelt && spelt !== folded ? [folded, spelt] : [folded];
}

/** Whether a name (a lead or support cell's part) is one of `roles` (knownRoles), in any spelling nameKeys merges. */
export function isKnownRole(roles: ReadonlySet<string>, name: string): boolean {
  return nameKeys(name).some((k) => roles.has(k));
}

/**
 * A map from names to values, searched by the exact folded name first, then spelt out (bodyKey):
 * a row typed exactly as the cell wins over one that only spells it another way.
 */
class ByName<T> {
  private readonly exact = new Map<string, T>();
  private readonly spelt = new Map<string, T>();

  set(name: string, value: T): void {
    this.exact.set(foldVietnamese(name), value);
    // A name of punctuation only spells nothing out: it must not find every such name.
    if (bodyKey(name)) this.spelt.set(bodyKey(name), value);
  }

  get(name: string): T | undefined {
    return this.exact.get(foldVietnamese(name)) ?? (bodyKey(name) ? this.spelt.get(bodyKey(name)) : undefined);
  }
}

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
  const personByRole = new ByName<string>();
  const emailsByRole = new ByName<string[]>();
  const emailsByPerson = new Map<string, string[]>();
  for (const row of directory.values.slice(1)) {
    const person = textAt(directory, row, "person");
    const emails = emailsIn(textAt(directory, row, "email"));
    const names = [
      textAt(directory, row, "roleKey"),
      textAt(directory, row, "role"),
      ...textAt(directory, row, "aliases").split(";"),
    ].filter((n) => n.trim());
    for (const n of names) {
      if (person) personByRole.set(n, person);
      if (emails.length) emailsByRole.set(n, emails);
    }
    if (person && emails.length) emailsByPerson.set(foldVietnamese(person), emails);
  }
  return {
    person: (role: string) => personByRole.get(role),
    roleEmails: (role: string) => emailsByRole.get(role) ?? [],
    personEmails: (person: string) => emailsByPerson.get(foldVietnamese(person)) ?? [],
  };
}

/**
 * The names and spellings of the directory's roles (nameKeys of each), for checking lead and
 * support cells with isKnownRole: the defaults' and every row's, the bodies a plan named included.
 */
export function knownRoles(
  directory: Pick<OpenTab, "values" | "columns"> | null,
  defaults: readonly { name: string; aliases: readonly string[] }[],
): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => nameKeys(name).forEach((k) => names.add(k));
  for (const r of defaults) [r.name, ...r.aliases].forEach(add);
  for (const row of directory?.values.slice(1) ?? []) {
    add(textAt(directory!, row, "role"));
    textAt(directory!, row, "aliases").split(";").forEach(add);
  }
  return names;
}

/**
 * Whether a directory row is a plan's body as the import wrote it: keyed by its name, no
 * spelling added. The importer finds such a body by splitting the plan's cells already.
 */
function isBodyAsImported(directory: Pick<OpenTab, "columns">, row: readonly CellValue[]): boolean {
  const name = textAt(directory, row, "role");
  return textAt(directory, row, "roleKey") === roleKeyOf(name) && !textAt(directory, row, "aliases");
}

/**
 * The roles the importer matches in a plan's cells: the directory's, but not the bodies a plan
 * named that nobody has given a spelling since. Matched as roles, their names would hold
 * neighbouring bodies together on the next import ("Các Bộ, cơ quan ngang bộ" read as the body
 * "Các bộ, cơ quan"), and a re-import would read the same plan otherwise.
 */
export function rolesToMatch(directory: Pick<OpenTab, "values" | "columns">): RoleDef[] {
  return rolesFromDirectory({
    columns: directory.columns,
    values: directory.values.filter((row, i) => i === 0 || !isBodyAsImported(directory, row)),
  });
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
