import type { StorePort } from "../../ports";

/** A property value stays under this many characters (Apps Script: 9 KB a value, key included). */
const CHUNK = 8000;

/**
 * A list of strings kept in the store across as many values as it needs ("digest.sent.0",
 * "digest.sent.1", …, and "digest.sent.n" for the count), so no list of recipients can outgrow
 * a property's 9 KB. Writing again changes only the values that differ: after each e-mail, the
 * last chunk. A record that cannot be read is reported as corrupt, to be reset, never thrown.
 */
export class StoredList {
  /** The values as stored, once known (read, or loaded before the first write). */
  private written: string[] | null = null;

  constructor(
    private readonly store: StorePort,
    private readonly base: string,
  ) {}

  read(): { items: string[]; corrupt: boolean } {
    const countText = this.store.get(`${this.base}.n`);
    if (countText === null || countText === "") return { items: [], corrupt: false };
    const count = Number(countText);
    if (!Number.isInteger(count) || count < 0 || count > 64) return { items: [], corrupt: true };
    const items: string[] = [];
    const chunks: string[] = [];
    for (let i = 0; i < count; i++) {
      const raw = this.store.get(`${this.base}.${i}`) ?? "";
      chunks.push(raw);
      try {
        const part = JSON.parse(raw) as unknown;
        if (!Array.isArray(part) || part.some((x) => typeof x !== "string")) return { items: [], corrupt: true };
        items.push(...(part as string[]));
      } catch {
        return { items: [], corrupt: true };
      }
    }
    this.written = chunks;
    return { items, corrupt: false };
  }

  write(items: readonly string[]): void {
    const before = this.written ?? this.storedChunks();
    const chunks: string[] = [];
    let current: string[] = [];
    for (const item of items) {
      if (current.length > 0 && JSON.stringify([...current, item]).length > CHUNK) {
        chunks.push(JSON.stringify(current));
        current = [];
      }
      current.push(item);
    }
    if (current.length > 0) chunks.push(JSON.stringify(current));
    chunks.forEach((c, i) => {
      if (before[i] !== c) this.store.set(`${this.base}.${i}`, c);
    });
    for (let i = chunks.length; i < before.length; i++) this.store.set(`${this.base}.${i}`, "");
    if (this.written === null || before.length !== chunks.length)
      this.store.set(`${this.base}.n`, String(chunks.length));
    this.written = chunks;
  }

  /** The raw values as stored now (a damaged count reads as none). */
  private storedChunks(): string[] {
    const count = Number(this.store.get(`${this.base}.n`) || 0);
    if (!Number.isInteger(count) || count < 0 || count > 64) return [];
    return Array.from({ length: count }, (_, i) => this.store.get(`${this.base}.${i}`) ?? "");
  }
}
