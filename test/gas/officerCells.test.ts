/**
 * Whatever officers type survives whatever the product is asked to do: random sequences of
 * officer edits (person columns, columns they insert with product-like headers, in the plan tab
 * and in the product's other tabs, the legend included) and product
 * commands (refresh, check, an edit trigger, re-import, reminders), through Code.js. After every
 * command, every cell an officer typed holds what they typed.
 */
import fc from "fast-check";
import { t } from "../../src/core/i18n/messages";
import { PLAN_TAB } from "../../src/core/workbook/layout";
import { seedClipboard } from "./clipboard";
import { readFileSync } from "node:fs";
import { BUNDLE, createRuntime, liveRuntimes, loadBundle, type Runtime } from "./runtime";
import type { FakeSheet } from "./spreadsheet";

/** The bundle read once: every sequence runs the same Code.js. */
const CODE = readFileSync(BUNDLE, "utf8");

/** The product's other tabs, where an officer may add a column of their own too. */
const OTHER_TABS = ["Chú giải", "Cài đặt", "Danh bạ", "Ngày nghỉ", "Hoàn thành theo kỳ", "Chỉ số", "Số liệu chỉ số"];
const PERSON = PLAN_TAB.columns.filter((c) => c.owner === "person").map((c) => c.key);
const LOOKALIKE = ["tinh trang", "Status", "TÌNH TRẠNG", "Cần sửa gấp", "Ghi chú của tôi", "hạn kế tiếp", "Mã"];
const TEXTS = [
  "đang làm",
  "Hoàn thành",
  "12/11/2024",
  "31/12/9999",
  "=SUM(A1)",
  "- chờ huyện",
  "90%",
  "",
  "https://dailanh.gov.vn/a",
];

type Command =
  | { kind: "type"; column: number; row: number; text: number }
  | { kind: "insert"; after: number; header: number }
  | { kind: "insertElsewhere"; tab: number; after: number; header: number; text: number }
  | { kind: "refresh" }
  | { kind: "check" }
  | { kind: "edit"; row: number }
  | { kind: "import" }
  | { kind: "digest" };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("type" as const), column: fc.nat(), row: fc.nat(), text: fc.nat() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("insert" as const), after: fc.nat(), header: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insertElsewhere" as const),
      tab: fc.nat(),
      after: fc.nat(),
      header: fc.nat(),
      text: fc.nat(),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "refresh" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "check" as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("edit" as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "import" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "digest" as const }) },
);

function boot(): Runtime {
  const runtime = createRuntime({ now: new Date("2024-11-20T01:00:00Z") });
  loadBundle(runtime, CODE);
  runtime.spreadsheet.active.paste(1, 1, seedClipboard());
  runtime.run("menuImportFromSheet", "menu");
  runtime.run("menuRefresh", "menu"); // a sheet in use: every tab there, the legend included
  runtime.allowErrors(/./); // stops with a message (a duplicate header) are part of the game
  return runtime;
}

/**
 * What the writer says when it refuses a write (a bug: the product tried a column it does not
 * own). A refused write leaves the officer's cells as they were, so it must be looked for apart.
 */
const REFUSED = (["write.personColumn", "write.notOwnColumn"] as const).map((key) => t(key).split("{")[0]);

function refusedWrites(runtime: Runtime): string[] {
  const said = [
    ...runtime.errors.map((args) => args.map(String).join(" ")),
    ...runtime.ui.dialogs.map((d) => String(d.message)),
  ];
  return said.filter((text) => REFUSED.some((prefix) => text.includes(prefix)));
}

test("0 officer cells changed over random sequences of edits and commands", () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 40);
  // Printed, so a long run that found nothing can be repeated exactly (FUZZ_SEED=…).
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  let commands = 0;
  let sequences = 0;
  fc.assert(
    fc.property(fc.array(command, { minLength: 3, maxLength: 12 }), (sequence) => {
      // A long run says how far it is, every 500 sequences (jest shows console output only at the end).
      if (++sequences % 500 === 0)
        process.stderr.write(`officer cells: ${sequences} sequences, ${commands} commands\n`);
      const runtime = boot();
      const plan = runtime.spreadsheet.tab("Kế hoạch");
      const rows = plan.grid().length;
      /** What officers typed: [row, column] → the value stored then. Columns move right when one is inserted before them. */
      let typed = new Map<string, { row: number; col: number; value: unknown }>();
      /** What officers typed in the columns they added to the other tabs. */
      let elsewhere: { sheet: FakeSheet; row: number; col: number; value: unknown }[] = [];
      // The columns officers fill, found by the headers the product wrote.
      const header = plan.grid()[0].map(String);
      const officerColumns = new Set(
        PERSON.map((key) => header.indexOf(t(PLAN_TAB.columns.find((c) => c.key === key)!.header)) + 1),
      );
      for (const c of sequence) {
        commands++;
        switch (c.kind) {
          case "type": {
            const cols = [...officerColumns];
            const col = cols[c.column % cols.length];
            const row = 2 + (c.row % (rows - 1));
            plan.type(row, col, TEXTS[c.text % TEXTS.length]);
            typed.set(`${row},${col}`, { row, col, value: plan.cellAt(row, col).value });
            break;
          }
          case "insert": {
            const after = 1 + (c.after % plan.getLastColumn());
            plan.insertColumnsAfter(after, 1);
            const shift = (col: number) => (col > after ? col + 1 : col);
            typed = new Map([...typed.values()].map((v) => [`${v.row},${shift(v.col)}`, { ...v, col: shift(v.col) }]));
            const moved = [...officerColumns].map(shift);
            officerColumns.clear();
            for (const col of moved) officerColumns.add(col);
            officerColumns.add(after + 1);
            plan.type(1, after + 1, LOOKALIKE[c.header % LOOKALIKE.length]);
            typed.set(`1,${after + 1}`, { row: 1, col: after + 1, value: plan.cellAt(1, after + 1).value });
            break;
          }
          case "insertElsewhere": {
            const sheet = runtime.spreadsheet.sheets.find((s) => s.name === OTHER_TABS[c.tab % OTHER_TABS.length]);
            if (!sheet) break;
            const after = 1 + (c.after % Math.max(1, sheet.getLastColumn()));
            sheet.insertColumnsAfter(after, 1);
            elsewhere = elsewhere.map((v) => (v.sheet === sheet && v.col > after ? { ...v, col: v.col + 1 } : v));
            sheet.type(1, after + 1, LOOKALIKE[c.header % LOOKALIKE.length]);
            sheet.type(2, after + 1, TEXTS[c.text % TEXTS.length] || "ghi chú");
            for (const row of [1, 2])
              elsewhere.push({ sheet, row, col: after + 1, value: sheet.cellAt(row, after + 1).value });
            break;
          }
          case "refresh":
            runtime.run("menuRefresh", "menu");
            break;
          case "check":
            runtime.run("menuCheck", "menu");
            break;
          case "edit": {
            const row = 2 + (c.row % (rows - 1));
            runtime.run("onEdit", "simple", {
              range: plan.range(row, 1),
              source: runtime.spreadsheet.proxy,
              authMode: "LIMITED",
            });
            break;
          }
          case "import":
            runtime.run("menuImportSamplePlan", "menu");
            break;
          case "digest":
            runtime.fire("dailyDigest");
            break;
        }
        for (const v of typed.values()) {
          const now = plan.cellAt(v.row, v.col).value;
          const same =
            now instanceof Date && v.value instanceof Date ? now.getTime() === v.value.getTime() : now === v.value;
          if (!same)
            throw new Error(`after ${c.kind}: cell ${v.row},${v.col} was ${String(v.value)}, is ${String(now)}`);
        }
        for (const v of elsewhere) {
          const now = v.sheet.cellAt(v.row, v.col).value;
          if (now !== v.value) {
            throw new Error(
              `after ${c.kind}: ${v.sheet.name}!${v.row},${v.col} was ${String(v.value)}, is ${String(now)}`,
            );
          }
        }
        const refused = refusedWrites(runtime);
        if (refused.length > 0) throw new Error(`after ${c.kind}: the writer refused a write: ${refused[0]}`);
      }
      // Every error of this runtime is allowed (above), so strict.ts has nothing to check in it:
      // letting it go keeps a long run (FUZZ_RUNS=10000) within memory.
      liveRuntimes.delete(runtime);
    }),
    { numRuns: runs, seed },
  ); // npm run fuzz: 10,000 sequences
  expect(commands).toBeGreaterThan(3 * runs);
  console.info(`officer cells: ${runs} sequences, ${commands} commands checked, 0 cells changed (seed ${seed})`);
});
