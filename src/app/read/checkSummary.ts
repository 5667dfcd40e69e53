import { render, t, type Message } from "../../core/i18n/messages";
import { problemKind, type PlacedProblem } from "./check";

/** What a check found: a refresh's result, as far as the summary reads it. */
export interface CheckFindings {
  readonly problems: readonly PlacedProblem[];
  readonly notices: readonly Message[];
  readonly rows: readonly unknown[];
  readonly summary: Message;
}

/**
 * "Kiểm tra dữ liệu" in a few lines: how many problems of each kind (dates, roles, settings…),
 * most frequent first, the notices, the first `details` problems with their row and column, and
 * where the rest are. The dialog shows these lines; Nhật ký has every problem.
 */
export function checkSummary(result: CheckFindings, details: number): string[] {
  const settingNotices = result.notices.filter((n) => n.key === "settings.problem");
  const total = result.problems.length + settingNotices.length;
  if (total === 0 && result.notices.length === 0) return [render(result.summary), t("check.none")];
  const counts = new Map<string, number>();
  const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  for (const p of result.problems) count(t(problemKind(p.code)));
  for (const _ of settingNotices) count(t("problemKind.settings"));
  return [
    t("check.summary", { rows: result.rows.length, problems: total }),
    ...[...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => t("check.kindLine", { kind, count: n })),
    ...result.notices.filter((n) => n.key !== "settings.problem").map((n) => render(n)),
    ...result.problems.slice(0, details).map((p) => `• ${p.message}`),
    t("check.seeColumn", { column: t("col.check"), tab: t("tab.plan") }),
  ];
}
