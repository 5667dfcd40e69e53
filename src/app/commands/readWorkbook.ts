import type { LocalDate } from "../../core/dates/localDate";
import type { AppPorts } from "../../ports";
import { snapshotOf, type Snapshot } from "../read/snapshot";
import { setup } from "./setup";

/**
 * Reads the workbook for an action, the first step of every command that reads it: the tracking tabs are opened as an action uses them
 * (setup's "use" mode: what is missing is added, a tab not as the product left it stops the
 * action), each read once, and the snapshot built from them.
 */
export function readWorkbook(
  ports: Pick<AppPorts, "workbook" | "clock" | "user">,
  today: LocalDate = ports.clock.today(),
): Snapshot {
  return snapshotOf(setup(ports, {}, false, "use").tabs, today);
}
