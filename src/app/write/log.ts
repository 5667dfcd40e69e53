import { render, t, type Message } from "../../core/i18n/messages";
import { LOG_TAB } from "../../core/workbook/layout";
import type { AppPorts } from "../../ports";
import type { OpenTab } from "../read/tabs";
import { openTab } from "./structure";
import { appendRows } from "./writer";

/** Appends entries to the log tab in one write: what was done, by whom, when, and the details. */
export function writeLog(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  action: string,
  details: readonly (Message | string)[],
  tab?: OpenTab,
): void {
  const log = tab ?? openTab(ports.workbook, LOG_TAB, false);
  const time = ports.clock.timestamp();
  // Google leaves the address blank in simple triggers and across domains: said, not left empty.
  const user = ports.user.email() || t("log.unknownUser");
  appendRows(
    log,
    details.map((d) => ({ time, user, action, details: typeof d === "string" ? d : render(d) })),
  );
}
