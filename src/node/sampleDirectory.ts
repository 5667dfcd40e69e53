import { foldVietnamese } from "../core/text/normalize";
import { DIRECTORY_TAB } from "../core/workbook/layout";
import type { MemoryWorkbook } from "../memory/memoryWorkbook";
import { tCli as t } from "./messages";

/*
 * Danh bạ on the command line: the seed has roles but no addresses, so the demo runs (the
 * outbox, the local pages) fill sample ones, labelled as samples, and find a person by role.
 */

/** One role of Danh bạ with its address. */
export interface DirectoryPerson {
  readonly roleKey: string;
  readonly role: string;
  readonly aliases: readonly string[];
  readonly email: string;
}

const column = (key: string) => DIRECTORY_TAB.columns.findIndex((c) => c.key === key) + 1;

/**
 * Gives every role a sample address ("officestatistics@vi-du.invalid") when Danh bạ has no
 * address at all; a directory with even one address is left as it is. Whether it filled them.
 */
export function fillSampleEmails(workbook: MemoryWorkbook): boolean {
  const directory = workbook.sheet(t("tab.directory"));
  if (!directory) return false;
  const rows = directory.readValues().slice(1);
  if (rows.some((r) => r[column("email") - 1])) return false;
  rows.forEach((r, i) => {
    const roleKey = r[column("roleKey") - 1];
    if (!roleKey) return;
    directory.writeValues(i + 2, column("email"), [[`${String(roleKey).toLowerCase()}@vi-du.invalid`]]);
    directory.writeValues(i + 2, column("notes"), [[t("cli.sampleEmailNote")]]);
  });
  return true;
}

/** The roles of Danh bạ that have an address. */
export function directoryPeople(workbook: MemoryWorkbook): DirectoryPerson[] {
  const directory = workbook.sheet(t("tab.directory"));
  if (!directory) return [];
  const text = (r: unknown[], key: string) => String(r[column(key) - 1] ?? "").trim();
  return directory
    .readValues()
    .slice(1)
    .map((r) => ({
      roleKey: text(r, "roleKey"),
      role: text(r, "role"),
      aliases: text(r, "aliases")
        .split(";")
        .map((a) => a.trim())
        .filter(Boolean),
      email: text(r, "email"),
    }))
    .filter((p) => p.email !== "");
}

/**
 * The address of "Văn phòng - Thống kê" (a role, one of its other names, its key, or an
 * address), whatever the dashes and diacritics typed; null when no role matches.
 */
export function findPerson(people: readonly DirectoryPerson[], who: string): DirectoryPerson | null {
  const wanted = foldVietnamese(who);
  if (wanted === "") return null;
  const names = (p: DirectoryPerson) => [p.email, p.roleKey, p.role, ...p.aliases].map(foldVietnamese);
  return people.find((p) => names(p).includes(wanted)) ?? null;
}
