import type {
  CellBlock,
  CellValue,
  ChartSpec,
  ColourRule,
  SheetPort,
  StorePort,
  ValidationRule,
  WorkbookPort,
} from "../ports";

/** Counts calls by method, so tests and the benchmark can see what an action costs. */
export class CallCounter {
  readonly counts = new Map<string, number>();
  hit(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  reset(): void {
    this.counts.clear();
  }
  snapshotOf(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}

/**
 * A sheet kept in memory: the workbook the command-line tool builds before writing .xlsx, and
 * the fake the use-case tests run against. It records formatting the way Sheets would keep it.
 */
export class MemorySheet implements SheetPort {
  readonly cells: CellValue[][] = [];
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  readonly wrapped = new Set<number>();
  /** Columns formatted as plain text ("@"). */
  readonly plainText = new Set<number>();
  headerColumns = 0;
  readonly validations = new Map<number, ValidationRule>();
  readonly protections: { col: number; count: number; description: string }[] = [];
  readonly notes = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  merges: CellBlock[] = [];
  /**
   * A loaded cell whose number format carries its meaning, as readValues({ withFormats }) hands
   * it on ("90%" for a stored 0.9, "8:00" for a time), by "row,col": what Sheets' formats read
   * gives for the same cell. A cell written since is its written value.
   */
  readonly shown = new Map<string, CellValue>();
  colourRules: ColourRule[] = [];
  chart: ChartSpec | null = null;

  constructor(
    public name: string,
    private readonly counter: CallCounter,
  ) {}

  readValues(options?: { asTyped?: boolean; withFormats?: boolean }): CellValue[][] {
    this.counter.hit("readValues");
    let lastRow = 0;
    let lastCol = 0;
    this.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") {
          lastRow = Math.max(lastRow, r + 1);
          lastCol = Math.max(lastCol, c + 1);
        }
      }),
    );
    const out: CellValue[][] = [];
    for (let r = 0; r < lastRow; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < lastCol; c++) row.push(this.cells[r]?.[c] ?? null);
      out.push(row);
    }
    if (options?.withFormats)
      for (const [key, v] of this.shown) {
        const [r, c] = key.split(",").map(Number);
        if (r <= lastRow && c <= lastCol) out[r - 1][c - 1] = v;
      }
    return out;
  }

  readRows(row: number, count: number, width: number, _withNotes = true): { values: CellValue[][]; notes: string[][] } {
    this.counter.hit("readRows");
    const values: CellValue[][] = [];
    const notes: string[][] = [];
    for (let r = row; r < row + count; r++) {
      const v: CellValue[] = [];
      const n: string[] = [];
      for (let c = 1; c <= width; c++) {
        v.push(this.get(r, c));
        n.push(this.notes.get(`${r},${c}`) ?? "");
      }
      values.push(v);
      notes.push(n);
    }
    return { values, notes };
  }

  readNotes(rows: number, cols: number): string[][] {
    this.counter.hit("readNotes");
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.notes.get(`${r + 1},${c + 1}`) ?? ""),
    );
  }

  writeNotes(row: number, col: number, notes: readonly (readonly string[])[]): void {
    this.counter.hit("writeNotes");
    notes.forEach((line, i) =>
      line.forEach((n, j) => {
        const key = `${row + i},${col + j}`;
        if (n) this.notes.set(key, n);
        else this.notes.delete(key);
      }),
    );
  }

  writeBackgrounds(row: number, col: number, colors: readonly (readonly string[])[]): void {
    this.counter.hit("writeBackgrounds");
    colors.forEach((line, i) => line.forEach((c, j) => this.backgrounds.set(`${row + i},${col + j}`, c)));
  }

  mergedBlocks(): CellBlock[] {
    this.counter.hit("mergedBlocks");
    return [...this.merges];
  }

  setColourRules(rules: readonly ColourRule[]): void {
    this.counter.hit("setColourRules");
    const same = (a: ColourRule, b: ColourRule) => a.col === b.col && JSON.stringify(a.when) === JSON.stringify(b.when);
    this.colourRules = [...this.colourRules.filter((r) => !rules.some((x) => same(r, x))), ...rules];
  }

  clear(): void {
    this.counter.hit("clear");
    this.cells.length = 0;
    this.notes.clear();
    this.shown.clear();
  }

  setChart(spec: ChartSpec): void {
    this.counter.hit("setChart");
    this.chart = spec;
  }

  writeValues(row: number, col: number, values: readonly (readonly CellValue[])[]): void {
    this.counter.hit("writeValues");
    values.forEach((line, i) => {
      const r = row - 1 + i;
      while (this.cells.length <= r) this.cells.push([]);
      line.forEach((v, j) => {
        const target = this.cells[r];
        while (target.length < col - 1 + j) target.push(null);
        target[col - 1 + j] = v;
        this.shown.delete(`${r + 1},${col + j}`);
      });
    });
  }

  /** Test helper: what a person types into one cell (no counting: it is not the product). */
  type(row: number, col: number, value: CellValue): void {
    while (this.cells.length < row) this.cells.push([]);
    const target = this.cells[row - 1];
    while (target.length < col) target.push(null);
    target[col - 1] = value;
  }

  get(row: number, col: number): CellValue {
    return this.cells[row - 1]?.[col - 1] ?? null;
  }

  setFrozenRows(rows: number): void {
    this.counter.hit("setFrozenRows");
    this.frozenRows = rows;
  }

  setColumnWidths(fromCol: number, widths: readonly number[]): void {
    this.counter.hit("setColumnWidths");
    widths.forEach((w, i) => this.widths.set(fromCol + i, w));
  }

  styleHeader(columns: number): void {
    this.counter.hit("styleHeader");
    this.headerColumns = columns;
  }

  setWrap(col: number, count: number): void {
    this.counter.hit("setWrap");
    for (let c = col; c < col + count; c++) this.wrapped.add(c);
  }

  setPlainText(col: number): void {
    this.counter.hit("setPlainText");
    this.plainText.add(col);
  }

  setValidation(col: number, rule: ValidationRule): void {
    this.counter.hit("setValidation");
    this.validations.set(col, rule);
  }

  protectColumns(col: number, count: number, description: string): void {
    this.counter.hit("protectColumns");
    if (this.protections.some((p) => p.description === description)) return;
    this.protections.push({ col, count, description });
  }
}

/** Document properties, in memory. */
export class MemoryStore implements StorePort {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  active: MemorySheet | null = null;

  constructor(readonly counter = new CallCounter()) {}

  sheet(name: string): MemorySheet | null {
    this.counter.hit("sheet");
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  addSheet(name: string): MemorySheet {
    this.counter.hit("addSheet");
    const sheet = new MemorySheet(name, this.counter);
    this.sheets.push(sheet);
    return sheet;
  }

  activeSheet(): MemorySheet {
    this.counter.hit("activeSheet");
    return this.active ?? this.sheets[0] ?? this.addSheet("Sheet1");
  }
}
