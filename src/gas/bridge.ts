/*
 * The server side of the pages (src/bridge/contract.ts): one exported function per ServerApi
 * name, made a top-level function of Code.js by main.ts, so google.script.run can call it. Each
 * builds the Apps Script ports and calls the app's function; no rule of its own.
 *
 * The officer's two verify the link's token on every call (app/api/officer.ts) and open the
 * sheet only after it verifies. The sidebar's run only from the editor (fromEditor, main.ts).
 */
import { officerAct as act, officerOpen as open } from "../app/api/officer";
import { tabName } from "../app/read/tabs";
import type { OfficerActAnswer, OfficerOpenAnswer, ServerApi } from "../bridge/contract";
import { PLAN_TAB } from "../core/workbook/layout";
import type { OfficerPorts, StorePort } from "../ports";
import { containerSpreadsheet } from "./container";
import { GasCrypto } from "./crypto";
import { documentLock, lazyGasPorts } from "./ports";
import { scriptStore } from "./sheetsWorkbook";

/**
 * What the officer's page needs: the sheet opened lazily, the links' secret, the document lock.
 * The secret is read, never made, here: before any link was sent there is none, every token is
 * refused, and a visitor's junk leaves no secret behind (links are signed, and the secret made,
 * where the e-mail or the sidebar signs them).
 */
export function officerPorts(): OfficerPorts {
  const secrets = scriptStore();
  const readOnly: StorePort = { get: (key) => secrets.get(key), set: () => undefined };
  return { ...lazyGasPorts(containerSpreadsheet), crypto: new GasCrypto(), secrets: readOnly, lock: documentLock() };
}

export function officerOpen(token: string): OfficerOpenAnswer {
  return open(officerPorts(), token);
}

export function officerAct(token: string, request: Parameters<ServerApi["officerAct"]>[1]): OfficerActAnswer {
  return act(officerPorts(), token, request);
}

/**
 * Selects a row of the plan tab, for the sidebar's overdue list: only an integer row between the
 * header and the tab's last row; anything else selects nothing. A fixed handful of calls: the
 * tab, its last row and column, the range and its selection.
 */
export function dashboardGoToRow(row: number): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tabName(PLAN_TAB));
  if (!sheet || !Number.isInteger(row) || row < 2 || row > sheet.getLastRow()) return;
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}
