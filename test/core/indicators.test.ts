import { applicableTarget, entryValue, evaluateIndicator, judge, planRatios } from "../../src/core/indicators/compute";
import { extractIndicators, readTarget, type Indicator } from "../../src/core/indicators/extract";
import { formatIso, localDate } from "../../src/core/dates/localDate";
import { render } from "../../src/core/i18n/messages";
import { seedPlan } from "../helpers";

const all = () => seedPlan().tasks.flatMap(extractIndicators);
const byId = (id: string) => all().find((i) => i.id === id)!;
const row = (i: Indicator) => [
  i.taskId,
  i.direction,
  i.unit,
  i.target,
  i.floor,
  i.checkpoints.map((c) => `${c.dateText}:${c.target}`).join(" "),
];

describe("the targets of the seed plan (docs/domain.md, 'Indicators')", () => {
  test.each([
    ["inspection of ≥30% of officials (Q3)", "A.I.2#1", ["A.I.2", "atLeast", "percent", 30, null, ""]],
    ["100% of district-assigned tasks on time", "A.I.5#1", ["A.I.5", "atLeast", "percent", 100, null, ""]],
    ["100% procedures published", "A.III.2#1", ["A.III.2", "atLeast", "percent", 100, null, ""]],
    ["100% dossiers with progress published", "A.III.3#1", ["A.III.3", "atLeast", "percent", 100, null, ""]],
    ["100% procedures through the one-stop shop", "A.III.4#1", ["A.III.4", "atLeast", "percent", 100, null, ""]],
    ["100% electronic results", "A.III.7#1", ["A.III.7", "atLeast", "percent", 100, null, ""]],
    ["100% digitised dossiers", "A.III.8#1", ["A.III.8", "atLeast", "percent", 100, null, ""]],
    ["100% re-use of digitised data", "A.III.9#1", ["A.III.9", "atLeast", "percent", 100, null, ""]],
    ["no late dossiers", "A.III.10#1", ["A.III.10", "none", "count", 0, null, ""]],
    ["national portal composite ≥80 points", "A.III.11#1", ["A.III.11", "atLeast", "points", 80, null, ""]],
    ["100% feedback handled on time", "A.III.13#1", ["A.III.13", "atLeast", "percent", 100, null, ""]],
    ["100% feedback answers published", "A.III.14#1", ["A.III.14", "atLeast", "percent", 100, null, ""]],
    [
      "≥80% online procedures with online dossiers, aim 100%",
      "A.VII.7#2",
      ["A.VII.7", "atLeast", "percent", 100, 80, ""],
    ],
    ["≥60% fee-bearing procedures paid online, aim 90%", "A.VII.7#3", ["A.VII.7", "atLeast", "percent", 90, 60, ""]],
    ["≥30% of dossiers paid online", "A.VII.7#4", ["A.VII.7", "atLeast", "percent", 30, null, ""]],
    ["≥15% procedures via public post", "A.VIII.3#1", ["A.VIII.3", "atLeast", "percent", 15, null, ""]],
    ["≥15% dossiers via public post", "A.VIII.3#2", ["A.VIII.3", "atLeast", "percent", 15, null, ""]],
    ["satisfaction ≥87%", "A.VIII.4#1", ["A.VIII.4", "atLeast", "percent", 87, null, ""]],
    ["no satisfaction figure below 80%", "A.VIII.4#2", ["A.VIII.4", "atLeast", "percent", 80, null, ""]],
    ["administrative cost saving ≥10%", "A.VI.3#1", ["A.VI.3", "atLeast", "percent", 10, null, ""]],
    [
      "disbursement ≥60% by 25/8 and ≥85% by end of November (31/11 in the seed)",
      "A.VI.4#1",
      ["A.VI.4", "atLeast", "percent", 85, null, "25/8/2024:60 31/11/2024:85"],
    ],
    ["revenue above plan", "A.VI.5#1", ["A.VI.5", "moreThan", "percent", 100, null, ""]],
    [">30% software-tracked tasks done early", "A.VIII.2#1", ["A.VIII.2", "moreThan", "percent", 30, null, ""]],
    ["… with none late", "A.VIII.2#2", ["A.VIII.2", "none", "count", 0, null, ""]],
    ["100% officials meeting standards", "A.VIII.7#1", ["A.VIII.7", "atLeast", "percent", 100, null, ""]],
    ["guidance team at least 2 sessions a week", "B.4#1", ["B.4", "atLeast", "perWeek", 2, null, ""]],
  ])("%s", (_what, id, expected) => {
    expect(row(byId(id))).toEqual(expected);
  });

  test("the 31/11 checkpoint is a warning, never a guessed date", () => {
    const vi4 = byId("A.VI.4#1");
    expect(vi4.checkpoints.map((c) => c.date && formatIso(c.date))).toEqual(["2024-08-25", null]);
    expect(vi4.warnings.map((w) => render(w))).toEqual([
      'Mốc ngày 31/11/2024 không tồn tại; hãy sửa ngày của mốc ở trang "Chỉ số".',
    ]);
  });

  test("a target written in both the output and the task is read once; a clause with no number is not a target", () => {
    expect(all().filter((i) => i.taskId === "A.VIII.5")).toHaveLength(1);
    expect(readTarget("Báo cáo kết quả kiểm tra và ban hành văn bản chỉ đạo")).toBeNull();
    expect(readTarget("cứ mỗi ngày bị trừ 1 điểm")).toBeNull();
  });
});

describe("reading targets", () => {
  test.each([
    ["Tỷ lệ đạt từ 10% trở lên", "atLeast", "percent", 10, null],
    ["Tối thiểu 60% hồ sơ (phấn đấu đạt 90%)", "atLeast", "percent", 90, 60],
    ["Có trên 30% công việc", "moreThan", "percent", 30, null],
    ["Tỷ lệ hồ sơ trễ hạn không quá 5%", "atMost", "percent", 5, null],
    ["Chỉ số đạt 80 điểm trở lên", "atLeast", "points", 80, null],
    ["ít nhất 02 lần/tuần", "atLeast", "perWeek", 2, null],
    ["có ít nhất 01 sáng kiến", "atLeast", "count", 1, null],
    ["Không để xảy ra trường hợp vi phạm", "none", "count", 0, null],
    ["Khong co ho so tre han", "none", "count", 0, null],
  ])("%s", (text, direction, unit, target, floor) => {
    expect(readTarget(text)).toMatchObject({ direction, unit, target, floor });
  });
});

describe("judging figures", () => {
  test.each([
    [100, "atLeast", 100, null, "met"],
    [99.9, "atLeast", 100, null, "notMet"],
    [85, "atLeast", 90, 60, "metFloor"],
    [50, "atLeast", 90, 60, "notMet"],
    [30, "moreThan", 30, null, "notMet"],
    [30.5, "moreThan", 30, null, "met"],
    [5, "atMost", 5, null, "met"],
    [6, "atMost", 5, null, "notMet"],
    [0, "none", 0, null, "met"],
    [1, "none", 0, null, "notMet"],
    [null, "atLeast", 100, null, "noData"],
  ] as const)("%s against %s %s (floor %s) → %s", (value, direction, target, floor, status) => {
    expect(judge(value, direction, target, floor)).toBe(status);
  });

  test("ratios from numerator and denominator; zero denominators; numerators over denominators", () => {
    expect(entryValue({ numerator: 45, denominator: 50, value: null }, "percent")).toEqual({
      value: 90,
      problem: null,
    });
    expect(entryValue({ numerator: 0, denominator: 0, value: null }, "percent")).toEqual({
      value: null,
      problem: null,
    });
    expect(entryValue({ numerator: 3, denominator: 0, value: null }, "percent")).toEqual({
      value: null,
      problem: "indicator.zeroDenominator",
    });
    expect(entryValue({ numerator: 60, denominator: 50, value: null }, "percent")).toEqual({
      value: 120,
      problem: "indicator.numeratorOver",
    });
    expect(entryValue({ numerator: null, denominator: 50, value: null }, "percent").problem).toBe(
      "indicator.noNumerator",
    );
    expect(entryValue({ numerator: null, denominator: null, value: 82.5 }, "points")).toEqual({
      value: 82.5,
      problem: null,
    });
    expect(entryValue({ numerator: 2, denominator: null, value: null }, "perWeek")).toEqual({
      value: 2,
      problem: null,
    });
  });

  test("the checkpoint that applies switches on its date", () => {
    const disbursement = {
      target: 85,
      floor: null,
      checkpoints: [
        { date: localDate(2024, 8, 25), dateText: "25/8/2024", target: 60 },
        { date: localDate(2024, 11, 30), dateText: "30/11/2024", target: 85 },
      ],
    };
    expect(applicableTarget(disbursement, localDate(2024, 8, 25)).target).toBe(60);
    expect(applicableTarget(disbursement, localDate(2024, 8, 26)).target).toBe(85);
    expect(applicableTarget(disbursement, localDate(2024, 12, 15)).target).toBe(85);
    const ind: Indicator = {
      id: "x",
      taskId: "A.VI.4",
      name: "giải ngân",
      unit: "percent",
      direction: "atLeast",
      text: "",
      warnings: [],
      ...disbursement,
    };
    const entries = [{ indicatorId: "x", period: "2024-08", numerator: 62, denominator: 100, value: null }];
    expect(evaluateIndicator(ind, entries, localDate(2024, 8, 25)).status).toBe("met");
    expect(evaluateIndicator(ind, entries, localDate(2024, 9, 1)).status).toBe("notMet");
  });

  test("the latest period that has begun counts, with the change since the one before", () => {
    const ind: Indicator = {
      id: "s",
      taskId: "A.VIII.4",
      name: "hài lòng",
      unit: "percent",
      direction: "atLeast",
      target: 87,
      floor: null,
      checkpoints: [],
      text: "",
      warnings: [],
    };
    const entries = [
      { indicatorId: "s", period: "2024-Q2", numerator: 80, denominator: 100, value: null },
      { indicatorId: "s", period: "Q3/2024", numerator: 88, denominator: 100, value: null },
      { indicatorId: "s", period: "2024-Q4", numerator: 90, denominator: 100, value: null },
    ];
    const r = evaluateIndicator(ind, entries, localDate(2024, 9, 30));
    expect(r.latest).toEqual({ period: "Q3/2024", value: 88 });
    expect(r.change).toBe(8);
    expect(r.status).toBe("met");
    expect(evaluateIndicator(ind, [], localDate(2024, 9, 30))).toMatchObject({
      status: "noData",
      latest: null,
      change: null,
    });
  });

  test("the plan's own ratios", () => {
    const r = planRatios([
      { status: "doneEarly", evidence: true },
      { status: "doneLate", evidence: false },
      { status: "overdue", evidence: false },
      { status: "onTrack", evidence: false },
    ]);
    expect(r).toEqual({ tasks: 4, done: 2, donePct: 50, onTimePct: 50, overduePct: 25, evidencePct: 50 });
    expect(planRatios([])).toMatchObject({ tasks: 0, donePct: null });
  });
});
