import { t } from "../../core/i18n/messages";
import { DIRECTIONS, UNITS } from "../../core/indicators/extract";
import { PROGRESS_VALUES, type ColumnSpec, type TabSpec } from "../../core/workbook/layout";
import type { SheetFormat, ValidationRule } from "../../ports";
import { ownedRuns } from "./writer";

/*
 * The formats of the tracking tabs: widths, wrapping, validation, plain-text columns, colour
 * rules and the warning-only protection of computed columns. None of them changes a value.
 */

/** The validation a column type asks for, with help text in Vietnamese. */
export function validationFor(column: ColumnSpec): ValidationRule | null {
  switch (column.type) {
    case "progress":
      return { kind: "list", values: PROGRESS_VALUES.map((k) => t(k)), help: t("help.progress") };
    case "date":
      return { kind: "date", help: t("help.date") };
    case "email":
      return { kind: "email", help: t("help.email") };
    case "url":
      return { kind: "url", help: t("help.url") };
    case "number":
      return { kind: "number", help: t("help.number") };
    case "unit":
      return { kind: "list", values: UNITS.map((u) => t(`unit.${u}`)), help: t("help.unit") };
    case "direction":
      return { kind: "list", values: DIRECTIONS.map((d) => t(`direction.${d}`)), help: t("help.direction") };
    case "dayKind":
      return { kind: "list", values: [t("holiday.kindHoliday"), t("holiday.kindWorkday")], help: t("help.dayKind") };
    default:
      return null;
  }
}

/** Formats columns of a tab: widths, wrap, validation, and warning-only protection of computed ones. */
export function formatColumns(
  sheet: SheetFormat,
  spec: TabSpec,
  columns: ReadonlyMap<string, number>,
  only?: ReadonlySet<string>,
): void {
  for (const column of spec.columns) {
    if (only && !only.has(column.key)) continue;
    const at = columns.get(column.key)!;
    sheet.setColumnWidths(at, [column.width]);
    if (column.wrap) sheet.setWrap(at, 1);
  }
}

/** Validation and protection are re-applied on every setup: both are idempotent. */
export function applyRules(sheet: SheetFormat, spec: TabSpec, columns: ReadonlyMap<string, number>): void {
  for (const column of spec.columns) {
    const rule = column.owner === "computed" ? null : validationFor(column);
    if (rule) sheet.setValidation(columns.get(column.key)!, rule);
    if (column.plainText) sheet.setPlainText(columns.get(column.key)!);
  }
  if (spec.colours) sheet.setColourRules(spec.colours(columns));
  if (spec.unprotected) return;
  // One warning-only protection per run of adjacent computed columns.
  const computed = spec.columns.filter((c) => c.owner === "computed");
  const runs = ownedRuns(
    { columns },
    computed.map((c) => c.key),
  );
  for (const run of runs) {
    const names = computed
      .filter((c) => {
        const at = columns.get(c.key)!;
        return at >= run.from && at <= run.to;
      })
      .map((c) => t(c.header));
    sheet.protectColumns(run.from, run.to - run.from + 1, t("protect.computed", { column: names.join('", "') }));
  }
}
