/** Counts every call made on a fake service object, by "Class.method". */
export class ServiceCalls {
  readonly counts = new Map<string, number>();
  enabled = true;
  /** Cells moved by range reads and writes (values, notes, backgrounds), for the benchmark. */
  cellsRead = 0;
  cellsWritten = 0;
  /**
   * Nanoseconds spent inside the fakes' methods (the outermost call only, so a fake calling
   * another is not counted twice): the benchmark subtracts it to give the product's own time.
   */
  fakeNs = 0;
  /** The calls in order, when a benchmark or a test asks for them (null: not recorded). */
  trace: string[] | null = null;
  /** Called after every call (the benchmark samples the heap here, to see its peak). */
  probe: (() => void) | null = null;
  private depth = 0;

  /**
   * Set by the runtime: throws where Apps Script would refuse the call (scope, mode, time).
   * `foreign`: a call on a spreadsheet other than the one the script runs in (ForeignCalls).
   */
  guard: ((name: string, foreign: boolean) => void) | null = null;

  hit(name: string, foreign = false): void {
    this.guard?.(name, foreign);
    if (this.enabled) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.trace?.push(name);
  }
  /** Runs one fake method, timing it when it is not nested in another. */
  timed<T>(run: () => T): T {
    if (this.depth > 0) return run();
    this.depth++;
    const t0 = process.hrtime.bigint();
    try {
      return run();
    } finally {
      this.fakeNs += Number(process.hrtime.bigint() - t0);
      this.depth--;
      this.probe?.();
    }
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  /** Calls whose class is one of `prefixes`, e.g. "Range." */
  matching(prefix: string): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }
  reset(): void {
    this.counts.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.fakeNs = 0;
    if (this.trace) this.trace = [];
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/**
 * Wraps a fake so every method call is counted, as each costs a round trip in Apps Script.
 * Enum-like properties (non-functions) are read freely.
 */
export function counted<T extends object>(target: T, className: string, calls: ServiceCalls): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function" || typeof prop !== "string" || prop === "constructor") return value;
      return function (this: unknown, ...args: unknown[]) {
        return calls.timed(() => {
          calls.hit(`${className}.${prop}`);
          const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
          // Chained calls (builder.setX().setY()) go on through the proxy, so each is counted.
          return result === obj ? proxy : result;
        });
      };
    },
  });
  return proxy;
}

/**
 * The calls made on another spreadsheet than the script's own (one the roll-up opens by id):
 * counted with the run's, as one execution makes them, but checked as calls that reach another
 * file, which the currentonly scope does not cover (scopes.ts, foreignScopes).
 */
export class ForeignCalls extends ServiceCalls {
  constructor(private readonly run: ServiceCalls) {
    super();
    // Cells moved on another spreadsheet are the run's too (the benchmark counts them).
    for (const key of ["cellsRead", "cellsWritten"] as const)
      Object.defineProperty(this, key, {
        get: () => run[key],
        set: (v: number) => {
          run[key] = v;
        },
      });
  }
  override hit(name: string): void {
    this.run.hit(name, true);
  }
}
