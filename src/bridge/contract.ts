/*
 * The one typed bridge between the pages (src/client) and the server: every function a page
 * may call through google.script.run, with what it takes and what it answers. Types only: the
 * client bundle imports nothing else from the server, and the server side implements it twice
 * over the same app commands: src/gas/bridge.ts (Apps Script globals) and the local harness
 * (src/node/serve.ts, a google.script.run shim over HTTP and a memory workbook).
 *
 * google.script.run passes only primitives, and objects and arrays of them: no Date, no
 * function (developers.google.com/apps-script/guides/html/reference/run#myFunction(...)).
 * So dates travel as text ("dd/mm/yyyy"), every message is already rendered, in Vietnamese.
 */
import type { LinkRefusal } from "../app/commands/officerLinks";
import type { OfficerPage } from "../app/read/officer";
import type { OfficerField } from "../core/validation/officerInput";

export type { OfficerPage, OfficerTask, OfficerAction, OfficerGroup } from "../app/read/officer";
export type { OfficerField } from "../core/validation/officerInput";

/** What an officer sends from "Việc của tôi"; the completion date is dd/mm/yyyy. */
export type OfficerRequest =
  | { readonly action: "markDone"; readonly taskId: string; readonly completedOn: string; readonly evidence: string }
  | {
      readonly action: "logOccurrence";
      readonly taskId: string;
      readonly period: string;
      readonly completedOn: string;
      readonly evidence: string;
    }
  | { readonly action: "noteDifficulty"; readonly taskId: string; readonly text: string };

/** A link that opens nothing: why (for tests and the log) and what the page says. */
export interface LinkRefused {
  readonly ok: false;
  /** The token's refusal, or "busy" (the sheet is being updated: try again) for a valid link. */
  readonly reason: LinkRefusal | "busy";
  readonly message: string;
}

export type OfficerOpenAnswer = { readonly ok: true; readonly page: OfficerPage } | LinkRefused;

export type OfficerActAnswer =
  /** Done: the message to show, and the page as it is now (the task moved or gone from its group). */
  | { readonly ok: true; readonly message: string; readonly page: OfficerPage }
  /** Refused: the message, and the field it is about when one is (shown beside it). */
  | { readonly ok: false; readonly message: string; readonly field?: OfficerField }
  | LinkRefused;

/** One section of the plan (Phần and Mục as imported): its tasks by where they stand. */
export interface SectionProgress {
  readonly section: string;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
}

export interface DashboardTask {
  readonly id: string;
  readonly row: number;
  readonly task: string;
  /** Who leads it, as the plan's lead cell and owner say. */
  readonly lead: string;
  /** "Hạn: 25/11/2024 (trễ 3 ngày làm việc)". */
  readonly deadline: string;
}

export interface DashboardIndicator {
  readonly name: string;
  /** Values as the Chỉ số tab shows them ("85%", "—" when there is no figure yet). */
  readonly value: string;
  readonly target: string;
  readonly floor: string;
  /** The judgement in words ("Đạt chỉ tiêu", "Dưới mức tối thiểu", "Chưa có số liệu"). */
  readonly judgement: string;
  readonly judgementKey: "met" | "belowTarget" | "belowFloor" | "noData";
}

/** One row of Cài đặt as the settings form edits it: the registry's label, help, and the typed text. */
export interface SettingField {
  readonly key: string;
  readonly label: string;
  readonly help: string;
  readonly value: string;
  /** What is wrong with the value as typed now, or null. */
  readonly problem: string | null;
  /** The values a dropdown offers, when the setting has a fixed list. */
  readonly options?: readonly string[];
  /** Written by the product (e.g. the reminders' status): shown, not edited. */
  readonly readOnly?: boolean;
}

export interface Dashboard {
  /** dd/mm/yyyy. */
  readonly today: string;
  readonly commune: string;
  /** Tasks by status, in the catalogue's order: label and count. */
  readonly counts: readonly { readonly status: string; readonly label: string; readonly count: number }[];
  readonly sections: readonly SectionProgress[];
  /** Overdue tasks, the most late first. */
  readonly overdue: readonly DashboardTask[];
  readonly indicators: readonly DashboardIndicator[];
  readonly reminders: { readonly on: boolean; readonly text: string };
  /** The periods the report picker offers, this month first: key ("2024-11", "2024-Q4", "2024") and label. */
  readonly periods: readonly { readonly key: string; readonly label: string }[];
  readonly settings: readonly SettingField[];
  /**
   * Why the workbook could not be read (someone else is updating it, a tab is not as the product
   * left it), in words; the lists are then empty: keep showing the last dashboard. Absent when read.
   */
  readonly unavailable?: string;
}

/** A button's answer: what to show (one line each), and the dashboard as it is now. */
export interface DashboardAnswer {
  readonly ok: boolean;
  readonly lines: readonly string[];
  readonly dashboard: Dashboard;
}

export interface ReportAnswer extends DashboardAnswer {
  /** The report tab's name and the PDF's link, when made. */
  readonly tab?: string;
  readonly pdfUrl?: string;
}

export type SettingsAnswer =
  | { readonly ok: true; readonly lines: readonly string[]; readonly dashboard: Dashboard }
  /**
   * Nothing written: each refused field's message, by setting key; `message` when it is no one
   * field's fault (the sheet busy, the form's data not valid), with `errors` then empty.
   */
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly message?: string };

/** The server functions of the pages, by the name google.script.run calls. */
export interface ServerApi {
  /** The page of the person the token names, or why not. */
  officerOpen(token: string): OfficerOpenAnswer;
  /** One action on one of the token's person's tasks. */
  officerAct(token: string, request: OfficerRequest): OfficerActAnswer;

  /* The sidebar's: they run as the editor who opened it, and refuse any other caller. */
  dashboardLoad(): Dashboard;
  dashboardRefresh(): DashboardAnswer;
  dashboardCheck(): DashboardAnswer;
  dashboardReport(period: string): ReportAnswer;
  dashboardReminders(on: boolean): DashboardAnswer;
  /**
   * The settings form's values by key; only the keys sent are written, and none if one is refused.
   * `shown`, the values as the form showed them (Dashboard.settings' value): a field left as shown
   * is not written, and one whose cell was edited in the sheet since is refused, not overwritten.
   */
  dashboardSaveSettings(
    values: Readonly<Record<string, string>>,
    shown?: Readonly<Record<string, string>>,
  ): SettingsAnswer;
  /** Selects a plan row in the sheet (the overdue list's links). */
  dashboardGoToRow(row: number): void;
  /** The current editor's own "Việc của tôi" link, or null when the web page is not deployed. */
  dashboardMyLink(): { readonly url: string | null; readonly message: string };
}

export type ServerFunction = keyof ServerApi;
