/** The wall clock in Vietnam's time zone, read at the edge (the use cases take it as a port). */
const TWO_DIGITS = ["month", "day", "hour", "minute", "second"].map((field) => [field, "2-digit"]);
const VIETNAM = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  hourCycle: "h23",
  year: "numeric",
  ...Object.fromEntries(TWO_DIGITS),
});

function vietnamParts(date: Date): Record<string, string> {
  const p: Record<string, string> = {};
  for (const part of VIETNAM.formatToParts(date)) p[part.type] = part.value;
  return p;
}

/** "2026-11-27 17:05:09", for log entries. */
export function vietnamNow(): string {
  const p = vietnamParts(new Date());
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** "17:05:09": the time of day, for a clock whose day is fixed (--today). */
export function vietnamTimeOfDay(): string {
  return vietnamNow().slice(11);
}
