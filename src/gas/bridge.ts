/*
 * The server side of the pages (src/bridge/contract.ts): one exported function per ServerApi
 * name, made a top-level function of Code.js by main.ts, so google.script.run can call it. Each
 * builds the Apps Script ports and calls the app's function; no rule of its own.
 *
 * The officer's two verify the link's token on every call (app/api/officer.ts) and open the
 * sheet only after it verifies. The sidebar's run only from the editor (fromEditor, main.ts).
 */
import * as dashboard from "../app/api/dashboard";
import { officerAct as act, officerOpen as open } from "../app/api/officer";
import { tabName } from "../app/read/tabs";
import type {
  Dashboard,
  DashboardAnswer,
  OfficerActAnswer,
  OfficerOpenAnswer,
  ReportAnswer,
  ServerApi,
  SettingsAnswer,
} from "../bridge/contract";
import { PLAN_TAB } from "../core/workbook/layout";
import type { OfficerPorts, StorePort } from "../ports";
import { containerSpreadsheet, rememberContainer } from "./container";
import { GasCrypto } from "./crypto";
import { documentLock, gasPorts, lazyGasPorts } from "./ports";
import { reminderPorts } from "./reminders";
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

/** The sidebar's ports, over the editor's active spreadsheet: the menus' own, both locks, the links' secret. */
function dashboardPorts(): dashboard.DashboardPorts {
  const ports = gasPorts();
  const { triggers, scriptLock } = reminderPorts(ports);
  return { ...ports, lock: documentLock(), triggers, scriptLock, crypto: new GasCrypto(), secrets: scriptStore() };
}

/** Opening the sidebar also notes the bound sheet's id, for the web page whose links it hands out. */
export function dashboardLoad(): Dashboard {
  rememberContainer(SpreadsheetApp.getActiveSpreadsheet());
  return dashboard.dashboardLoad(dashboardPorts());
}

export function dashboardRefresh(): DashboardAnswer {
  return dashboard.dashboardRefresh(dashboardPorts());
}

export function dashboardCheck(): DashboardAnswer {
  return dashboard.dashboardCheck(dashboardPorts());
}

export function dashboardReport(period: string): ReportAnswer {
  return dashboard.dashboardReport(dashboardPorts(), period);
}

export function dashboardReminders(on: boolean): DashboardAnswer {
  return dashboard.dashboardReminders(dashboardPorts(), on);
}

export function dashboardSaveSettings(
  values: Readonly<Record<string, string>>,
  shown?: Readonly<Record<string, string>>,
): SettingsAnswer {
  return dashboard.dashboardSaveSettings(dashboardPorts(), values, shown);
}

/** The editor's own link, on the web app's /exec address (null before it is deployed: script/service#geturl). */
export function dashboardMyLink(): { readonly url: string | null; readonly message: string } {
  rememberContainer(SpreadsheetApp.getActiveSpreadsheet());
  return dashboard.dashboardMyLink(dashboardPorts(), ScriptApp.getService().getUrl());
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

/** The compiler holds each function above to the contract's name and shape; a type, so no code. */
type Implements<T extends ServerApi> = T;
export type Contract = Implements<{
  officerOpen: typeof officerOpen;
  officerAct: typeof officerAct;
  dashboardLoad: typeof dashboardLoad;
  dashboardRefresh: typeof dashboardRefresh;
  dashboardCheck: typeof dashboardCheck;
  dashboardReport: typeof dashboardReport;
  dashboardReminders: typeof dashboardReminders;
  dashboardSaveSettings: typeof dashboardSaveSettings;
  dashboardGoToRow: typeof dashboardGoToRow;
  dashboardMyLink: typeof dashboardMyLink;
}>;
