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

/**
 * The directory as lookups: a role (by its key, name or any spelling, folded) to its person and
 * addresses, and a person's name to their addresses. The report names persons; the reminders
 * need addresses.
 */
export function directoryIndex(directory: Pick<OpenTab, "values" | "columns">) {
  const personByRole = new Map<string, string>();
  const emailsByRole = new Map<string, string[]>();
  const emailsByPerson = new Map<string, string[]>();
  for (const row of directory.values.slice(1)) {
    const person = textAt(directory, row, "person");
    const emails = emailsIn(textAt(directory, row, "email"));
    const names = [textAt(directory, row, "roleKey"), textAt(directory, row, "role"), ...textAt(directory, row, "aliases").split(";")]
      .filter((n) => n.trim()).map((n) => foldVietnamese(n));
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
