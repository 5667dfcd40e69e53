import { parseDayMonthYear, type LocalDate } from "../dates/localDate";
import type { Message } from "../i18n/messages";
import type { Task } from "../plan/model";
import { foldSameLength, toNfc } from "../text/normalize";

/** What a target is measured in. */
export type Unit = "percent" | "points" | "count" | "perWeek";
/** How a value meets its target: at least, more than, at most, or none allowed (a zero count). */
export type Direction = "atLeast" | "moreThan" | "atMost" | "none";
export const UNITS: readonly Unit[] = ["percent", "points", "count", "perWeek"];
export const DIRECTIONS: readonly Direction[] = ["atLeast", "moreThan", "atMost", "none"];

/** A dated target: "Đến hết ngày 25/8/2024, tỷ lệ giải ngân … đạt 60% trở lên". */
export interface Checkpoint {
  /** Null when the text's date does not exist (31/11/2024): a person must set it. */
  readonly date: LocalDate | null;
  readonly dateText: string;
  readonly target: number;
}

/** An indicator the plan promises, as read from a task's output or task text. */
export interface Indicator {
  /** "A.VII.7#2": the task id and its order in the task. */
  readonly id: string;
  readonly taskId: string;
  readonly name: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** The target ("phấn đấu" figure when one is given). */
  readonly target: number;
  /** "tối thiểu" figure when the text also gives a higher aim; else null. */
  readonly floor: number | null;
  readonly checkpoints: readonly Checkpoint[];
  readonly text: string;
  readonly warnings: readonly Message[];
}

interface Found {
  unit: Unit;
  direction: Direction;
  target: number;
  floor: number | null;
  checkpoint: Checkpoint | null;
  warnings: Message[];
}

const N = "(\\d+(?:[.,]\\d+)?)";
const num = (s: string) => Number(s.replace(",", "."));
const AIM = "(?:phan dau|phấn đấu)";

/** Clauses: lines, bullets and sentences of a cell. */
function clauses(text: string): string[] {
  const out: string[] = [];
  for (const c of toNfc(text)
    .split(/\n|;\s+|(?<=\.)\s+(?=\p{Lu})/u)
    .map((x) => x.replace(/^[-+•\s]+/, "").trim())
    .filter(Boolean)) {
    out.push(c);
    // "(không có công việc trễ hạn, …)" inside a clause is a target of its own.
    // (JavaScript's \b is ASCII-only: it finds no boundary after "có".)
    for (const m of c.matchAll(/\(([^)]*không (?:có|để) [^)]*)\)/giu)) out.push(m[1].trim());
  }
  return out;
}

/**
 * readTarget("Tối thiểu 60% TTHC … (phấn đấu đạt 90%)") → { unit: percent, direction: atLeast,
 * target: 90, floor: 60 }. One reading per clause; null when the clause promises no number.
 */
export function readTarget(clause: string): Found | null {
  const f = foldSameLength(toNfc(clause)).replace(/\s+/g, " ");
  const warnings: Message[] = [];
  // A dated target: "Đến hết ngày 25/8/2024, … đạt 60% trở lên".
  let checkpoint: Checkpoint | null = null;
  const dated = /den (?:het )?ngay (\d{1,2}\/\d{1,2}\/\d{4})/.exec(f);

  const make = (unit: Unit, direction: Direction, target: number, floor: number | null = null): Found => {
    if (dated) {
      const date = parseDayMonthYear(dated[1]);
      if (!date) warnings.push({ key: "indicator.badCheckpoint", params: { text: dated[1] } });
      checkpoint = { date, dateText: dated[1], target };
    }
    return { unit, direction, target, floor, checkpoint, warnings };
  };

  let m: RegExpExecArray | null;
  // "không có Chỉ số hài lòng dưới 80%": the lowest figure must be at least 80%.
  if ((m = new RegExp(`khong co .*?duoi ${N} ?%`).exec(f))) return make("percent", "atLeast", num(m[1]));
  // Floor and aim: "Tối thiểu 80% … (phấn đấu đạt 100%)" (the seed also writes "phần đầu").
  if ((m = new RegExp(`toi thieu ${N} ?%.*?${AIM} (?:dat )?${N} ?%`).exec(f)))
    return make("percent", "atLeast", num(m[2]), num(m[1]));
  if ((m = new RegExp(`(?:co )?tren ${N} ?%`).exec(f))) return make("percent", "moreThan", num(m[1]));
  if ((m = new RegExp(`(?:tu )?${N} ?% tro len`).exec(f))) return make("percent", "atLeast", num(m[1]));
  if ((m = new RegExp(`(?:toi thieu|it nhat) ${N} ?%`).exec(f))) return make("percent", "atLeast", num(m[1]));
  if ((m = new RegExp(`(?:khong qua|toi da|duoi) ${N} ?%`).exec(f))) return make("percent", "atMost", num(m[1]));
  if ((m = new RegExp(`${N} diem tro len|dat (?:tu )?${N} diem`).exec(f)))
    return make("points", "atLeast", num(m[1] ?? m[2]));
  if ((m = new RegExp(`(?:it nhat|toi thieu) ${N} lan ?\\/ ?tuan`).exec(f)))
    return make("perWeek", "atLeast", num(m[1]));
  if ((m = new RegExp(`(?:it nhat|toi thieu) ${N} (?!%)(?:[a-z]+)`).exec(f)))
    return make("count", "atLeast", num(m[1]));
  if (/dat va vuot/.test(f)) return make("percent", "atLeast", 100);
  if (/vuot (?:chi tieu|ke hoach)/.test(f)) return make("percent", "moreThan", 100);
  if ((m = new RegExp(`(?:^|dat |hoan thanh |thuc hien [a-z ]*?)${N} ?%`).exec(f)))
    return make("percent", "atLeast", num(m[1]));
  if (
    /(?:khong (?:co|de xay ra|phat sinh)|khong de)\b/.test(f) &&
    /tre han|vi pham|ky luat|don thu|phan anh|khieu nai|van ban giay|truong hop/.test(f)
  ) {
    return make("count", "none", 0);
  }
  return null;
}

/** A short name for an indicator: its clause, without the target's own wording. */
function nameOf(clause: string): string {
  // "Kết quả trích xuất từ Bộ chỉ số …: Tỷ lệ hồ sơ …": the measure is after the colon.
  const afterColon = clause.includes(": ") ? clause.slice(clause.lastIndexOf(": ") + 2) : clause;
  let name = afterColon
    .replace(/^(đến hết ngày|đến ngày)\s+\d{1,2}\/\d{1,2}\/\d{4},?\s*/i, "")
    .replace(/\s*\((?:phấn đấu|phần đầu)[^)]*\)\s*/i, "");
  // The figure goes (it has its own column), except in "không có … dưới 80%", which it defines.
  if (!/dưới\s+\d/i.test(name))
    name = name.replace(/\s*(?:đạt\s+)?(?:từ\s+)?(?:tối thiểu\s+)?\d+(?:[.,]\d+)?\s*%(?:\s*trở lên)?\.?$/i, "");
  name = name.replace(/\.$/, "").trim();
  return name.length > 160 ? `${name.slice(0, 157)}…` : name;
}

/** Two clauses name the same measure when they differ only by date and figure (checkpoints). */
const stem = (name: string) =>
  foldSameLength(name)
    .replace(/\d+(?:[.,]\d+)?\s*%?|\d{1,2}\/\d{1,2}\/\d{4}|\b(tu|tro len|dat)\b/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();

/**
 * extractIndicators(task) → the targets its output (then its task text) promises. A target
 * already read from the output is not read twice from the task text; clauses that differ only
 * by a date and a figure become one indicator with checkpoints.
 */
export function extractIndicators(task: Pick<Task, "id" | "task" | "output">): Indicator[] {
  const out: Indicator[] = [];
  const fromOutput = new Set<string>();
  for (const [source, text] of [
    ["output", task.output],
    ["task", task.task],
  ] as const) {
    for (const clause of clauses(text)) {
      const found = readTarget(clause);
      if (!found) continue;
      // The task column often repeats the output's target in other words: read it once.
      const key = `${found.unit}:${found.direction}:${found.target}:${found.floor}`;
      if (source === "task" && fromOutput.has(key)) continue;
      if (source === "output") fromOutput.add(key);
      const name = nameOf(clause);
      const last = out[out.length - 1];
      if (found.checkpoint && last && last.checkpoints.length > 0 && stem(last.name) === stem(name)) {
        const checkpoints = [...last.checkpoints, found.checkpoint];
        out[out.length - 1] = {
          ...last,
          target: found.target,
          checkpoints,
          text: `${last.text}\n${clause}`,
          warnings: [...last.warnings, ...found.warnings],
        };
        continue;
      }
      out.push({
        id: `${task.id}#${out.length + 1}`,
        taskId: task.id,
        name,
        unit: found.unit,
        direction: found.direction,
        target: found.target,
        floor: found.floor,
        checkpoints: found.checkpoint ? [found.checkpoint] : [],
        text: clause,
        warnings: found.warnings,
      });
    }
  }
  return out;
}
