/**
 * The command line's guard around the files it reads and writes. Every failure of the file
 * system or of a reader (a missing or unreadable file, a folder given as a file, an empty or
 * oversized file, a .docx that is not a zip, a zip bomb, a parse error deep in mammoth or
 * exceljs) becomes a CliError carrying a catalogue message that names the file, so the person
 * sees what is wrong in Vietnamese and English and never a stack trace.
 */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { Lang, MessageKey } from "../core/i18n/messages";
import { tCli, type CliKey } from "./messages";
import { UserError } from "../core/errors";

/**
 * Inputs larger than this are refused before they are read. A commune's plan is a table of a
 * few hundred rows: the seed is 72 KB as text and 30 KB as .docx, and a .docx with a scanned
 * signature or a logo stays under 5 MB. 20 MB leaves room for pictures and for plans several
 * times larger, while keeping the readers' memory (mammoth and exceljs hold the whole document
 * and its XML tree, several times the file's size) well inside a small machine's.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/**
 * A plan as text or HTML holds no pictures, so it is refused at a quarter of that: 5 MB is 70
 * times the seed's text, some 5,000 tasks, and reads in a few seconds; the importer's time grows
 * faster than the size (20 MB of text took 31 s, 5 MB takes 5 s), so a larger text only makes a person wait.
 */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** The size limit for a file, by its extension. */
export const maxBytesFor = (file: string): number =>
  [".doc", ".docx", ".xlsx"].includes(extname(file).toLowerCase()) ? MAX_INPUT_BYTES : MAX_TEXT_BYTES;
/** Parts in a .docx/.xlsx: Word and Excel write a few dozen; thousands mean damage or an attack. */
export const MAX_ZIP_ENTRIES = 2000;
/**
 * What the parts of a .docx/.xlsx may add up to once unpacked, as declared by the zip's central
 * directory and then checked while unpacking. Office XML compresses about 10:1, so a 20 MB file
 * of text unpacks to about 100 MB (pictures hardly compress, so they count at their size).
 */
export const MAX_ZIP_UNCOMPRESSED = 100 * 1024 * 1024;
/**
 * What the XML parts (.xml, .rels) may add up to unpacked: those are what mammoth and exceljs
 * parse into trees, at 40-70 times their size in memory. The seed's .docx has 0.5 MB of XML;
 * 10 MB (25 times the seed, some 1,900 tasks) reads in about 9 s in 0.7 GB, while 95 MB took
 * 130 s and 4.3 GB.
 */
export const MAX_ZIP_XML = 10 * 1024 * 1024;

/** A catalogue message whose parameters may themselves be messages, rendered in the same language. */
export interface CliMessage {
  readonly key: CliKey | MessageKey;
  readonly params?: Readonly<Record<string, string | number | CliMessage>>;
}

export function renderCli(message: CliMessage, lang: Lang = "vi"): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = typeof value === "object" ? renderCli(value, lang) : value;
  return tCli(message.key, params, lang);
}

/** A user's mistake on the command line or an unusable file: a message, exit status 1, no stack trace. */
export class CliError extends Error {
  constructor(readonly detail: CliMessage) {
    super(renderCli(detail, "en"));
    this.name = "CliError";
  }
}

const mb = (bytes: number) => (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();

/** A file system error's code as a reason a person reads. */
function fsReason(code: string | undefined): CliMessage {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return { key: "cli.fs.noPermission" };
    case "ENOTDIR":
      return { key: "cli.fs.notFolder" };
    case "EISDIR":
      return { key: "cli.fs.isFolder" };
    case "ENOENT":
      return { key: "cli.fs.missing" };
    case "EEXIST":
      return { key: "cli.fs.exists" };
    case "ENOSPC":
    case "EDQUOT":
      return { key: "cli.fs.noSpace" };
    case "EROFS":
      return { key: "cli.fs.readOnly" };
    default:
      return { key: "cli.fs.other", params: { code: code ?? "?" } };
  }
}

export const fsCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
};

/** A failure while reading `file`, whatever threw it, as a message naming the file. */
export function readFailure(file: string, error: unknown): CliMessage {
  if (error instanceof CliError) return error.detail;
  if (error instanceof UserError) return { key: "cli.fileProblem", params: { file, problem: error.detail } };
  const code = fsCode(error);
  if (code === "ENOENT") return { key: "cli.fileNotFound", params: { file } };
  if (code === "EISDIR") return { key: "cli.isFolder", params: { file } };
  if (code) return { key: "cli.cannotRead", params: { file, reason: fsReason(code) } };
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return { key: "cli.tooComplex", params: { file } };
  return {
    key: "cli.corruptFile",
    params: { file, ext: extname(file).toLowerCase() || "?", reason: technical(error) },
  };
}

/** A failure while writing under `path` (the --out folder and what goes in it). */
export function writeFailure(path: string, error: unknown): CliMessage {
  return { key: "cli.cannotWrite", params: { path, reason: fsReason(fsCode(error)) } };
}

/** The first line of a library's error, short: the part a maintainer needs from a report. */
export function technical(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || (error as Error)?.name || "?";
}

/**
 * The bytes of an input file, after the checks that need no reading: it exists, is a file, is
 * not empty and is not over its size limit (MAX_INPUT_BYTES, or MAX_TEXT_BYTES for text/HTML).
 */
export function readInputFile(file: string): Buffer {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CliError({ key: "cli.isFolder", params: { file } });
    if (!stat.isFile())
      throw new CliError({ key: "cli.cannotRead", params: { file, reason: { key: "cli.fs.notRegular" } } });
    const limit = maxBytesFor(file);
    if (stat.size > limit)
      throw new CliError({ key: "cli.fileTooLarge", params: { file, size: mb(stat.size), limit: mb(limit) } });
    const bytes = readFileSync(file);
    if (bytes.length > limit)
      throw new CliError({ key: "cli.fileTooLarge", params: { file, size: mb(bytes.length), limit: mb(limit) } });
    if (bytes.length === 0) throw new CliError({ key: "cli.emptyFile", params: { file } });
    return bytes;
  } catch (error) {
    throw new CliError(readFailure(file, error));
  }
}

/** What a file's first bytes say it is, whatever its name. */
export type Sniffed = "zip" | "oldOffice" | "pdf" | "binary" | "text";

export function sniff(bytes: Buffer): Sniffed {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return "zip";
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x06054b50) return "zip"; // an empty archive
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    return "oldOffice";
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return "text"; // UTF-16 with its mark
  return bytes.subarray(0, 8192).includes(0) ? "binary" : "text";
}

/** Text of a .txt/.md/.html file: UTF-8, or UTF-16 when it starts with a byte-order mark (Notepad's "Unicode"). */
export function decodeText(file: string, bytes: Buffer): string {
  const kind = sniff(bytes);
  const ext = extname(file).toLowerCase();
  if (kind === "zip") {
    const names = zipNames(bytes);
    const actual = names ? officeKind(names) : "zip";
    throw new CliError({ key: "cli.wrongContent", params: { file, ext, actual: content(actual) } });
  }
  if (kind !== "text")
    throw new CliError({
      key: "cli.wrongContent",
      params: { file, ext, actual: content(kind === "pdf" ? "pdf" : kind === "oldOffice" ? "oldOffice" : "binary") },
    });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  return bytes.toString("utf8");
}

/** What a file holds, as a phrase of the catalogue ("a PDF file"). */
const content = (kind: "oldOffice" | "pdf" | "zip" | "docx" | "xlsx" | "otherZip" | "text" | "binary"): CliMessage => ({
  key: `cli.content.${kind}`,
});

type OfficeKind = "docx" | "xlsx" | "otherZip";
const officeKind = (names: readonly string[]): OfficeKind =>
  !names.includes("[Content_Types].xml")
    ? "otherZip"
    : names.some((n) => n.startsWith("word/"))
      ? "docx"
      : names.some((n) => n.startsWith("xl/"))
        ? "xlsx"
        : "otherZip";

/** One part of a zip, from its central directory. */
interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

class ZipFormatError extends Error {}

/** The end-of-central-directory record: where the directory is and how many entries it lists. */
function endOfDirectory(bytes: Buffer): { count: number; offset: number; size: number } {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) !== 0x06054b50) continue;
    let count = bytes.readUInt16LE(i + 10);
    let size = bytes.readUInt32LE(i + 12);
    let offset = bytes.readUInt32LE(i + 16);
    if (
      (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) &&
      i >= 20 &&
      bytes.readUInt32LE(i - 20) === 0x07064b50
    ) {
      const at = Number(bytes.readBigUInt64LE(i - 12));
      if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== 0x06064b50)
        throw new ZipFormatError("bad zip64 end of central directory");
      count = Number(bytes.readBigUInt64LE(at + 32));
      size = Number(bytes.readBigUInt64LE(at + 40));
      offset = Number(bytes.readBigUInt64LE(at + 48));
    }
    return { count, offset, size };
  }
  throw new ZipFormatError("end of central directory not found");
}

function readEntries(bytes: Buffer, count: number, start: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
      throw new ZipFormatError(`central directory entry ${n + 1} is damaged`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length)
      throw new ZipFormatError(`central directory entry ${n + 1} is cut short`);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    let compressedSize = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    let localOffset = bytes.readUInt32LE(at + 42);
    // ZIP64: the real values follow, in this order, for each field that reads 0xFFFFFFFF.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
      const id = bytes.readUInt16LE(e);
      const length = bytes.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        const next = () =>
          p + 8 <= e + 4 + length && p + 8 <= bytes.length
            ? Number(bytes.readBigUInt64LE((p += 8) - 8))
            : Number.MAX_SAFE_INTEGER;
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      e += 4 + length;
    }
    entries.push({
      name,
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The names in a zip, or null when it is not a readable zip (for telling what a mislabelled file is). */
function zipNames(bytes: Buffer): string[] | null {
  try {
    const end = endOfDirectory(bytes);
    return readEntries(bytes, Math.min(end.count, MAX_ZIP_ENTRIES), end.offset).map((e) => e.name);
  } catch {
    return null;
  }
}

/**
 * Checks a .docx/.xlsx before mammoth or exceljs unpacks it: that it is a zip holding the kind
 * of document its name says; that its central directory lists at most MAX_ZIP_ENTRIES parts
 * adding up to at most MAX_ZIP_UNCOMPRESSED bytes, MAX_ZIP_XML of them XML; and, since a zip bomb can lie in its
 * directory, that each part really unpacks to no more than it declares (zlib stops at that size).
 */
export function checkOfficeZip(file: string, bytes: Buffer): void {
  const ext = extname(file).toLowerCase();
  const expected: OfficeKind = ext === ".xlsx" ? "xlsx" : "docx";
  const kind = sniff(bytes);
  if (kind !== "zip") {
    const actual = kind === "binary" ? "binary" : kind === "text" ? "text" : kind;
    throw new CliError({ key: "cli.wrongContent", params: { file, ext, actual: content(actual) } });
  }
  const corrupt = (reason: string) => new CliError({ key: "cli.corruptFile", params: { file, ext, reason } });
  let entries: ZipEntry[];
  try {
    const end = endOfDirectory(bytes);
    if (end.count > MAX_ZIP_ENTRIES)
      throw new CliError({ key: "cli.zipTooManyEntries", params: { file, count: end.count, limit: MAX_ZIP_ENTRIES } });
    if (end.offset + end.size > bytes.length)
      throw new ZipFormatError("central directory lies beyond the end of the file (truncated?)");
    entries = readEntries(bytes, end.count, end.offset);
  } catch (error) {
    if (error instanceof ZipFormatError) throw corrupt(error.message);
    throw error;
  }
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_ZIP_UNCOMPRESSED)
    throw new CliError({
      key: "cli.zipTooLarge",
      params: { file, size: mb(declared), limit: mb(MAX_ZIP_UNCOMPRESSED) },
    });
  const xml = entries.filter((e) => /\.(xml|rels)$/i.test(e.name)).reduce((sum, e) => sum + e.size, 0);
  if (xml > MAX_ZIP_XML)
    throw new CliError({ key: "cli.zipXmlTooLarge", params: { file, size: mb(xml), limit: mb(MAX_ZIP_XML) } });
  const actual = officeKind(entries.map((e) => e.name));
  if (actual !== expected)
    throw new CliError({ key: "cli.wrongContent", params: { file, ext, actual: content(actual) } });
  for (const entry of entries) {
    if (entry.name.endsWith("/") && entry.size === 0) continue;
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8))
      throw new CliError({ key: "cli.zipUnsupported", params: { file, entry: entry.name } });
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50)
      throw corrupt(`local header of ${entry.name} is damaged`);
    const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    if (dataStart + entry.compressedSize > bytes.length) throw corrupt(`${entry.name} is cut short`);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size)
        throw new CliError({ key: "cli.zipSizeMismatch", params: { file, entry: entry.name } });
      continue;
    }
    let unpacked: Buffer;
    try {
      unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        throw new CliError({ key: "cli.zipSizeMismatch", params: { file, entry: entry.name } });
      throw corrupt(`${entry.name}: ${technical(error)}`);
    }
    if (unpacked.length !== entry.size)
      throw corrupt(`${entry.name} unpacks to ${unpacked.length} bytes, not the ${entry.size} declared`);
  }
}

/**
/** A compound file's structure, as far as the checks need it. */
interface OleLayout {
  readonly sectorSize: number;
  readonly sectors: number;
  readonly read: (sector: number) => Buffer;
}

class OleFormatError extends Error {}

const FREE_OR_END = -1; // any sector id at or below this ends a chain (free, end of chain, FAT, DIFAT)

/**
 * The sectors of a chain, from `start`, checked: each one of the file's `sectors`, none twice
 * (a cycle would make word-extractor loop and grow its list until memory runs out).
 */
function oleChain(table: Int32Array, start: number, sectors: number, what: string): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let id = start; id > FREE_OR_END; id = table[id]) {
    if (id >= table.length || id >= sectors) throw new OleFormatError(`${what} points past the end of the file`);
    if (seen.has(id)) throw new OleFormatError(`${what} loops back on itself`);
    seen.add(id);
    chain.push(id);
  }
  return chain;
}

/**
 * That no chain of an allocation table loops, whatever sector it starts from: each entry is
 * walked once (entries on the walk in progress are 1, those known to end are 2).
 */
function checkNoLoops(table: Int32Array): void {
  const state = new Uint8Array(table.length);
  for (let start = 0; start < table.length; start++) {
    const walk: number[] = [];
    let id = start;
    while (id > FREE_OR_END && id < table.length && state[id] !== 2) {
      if (state[id] === 1) throw new OleFormatError("a chain of sectors loops back on itself");
      state[id] = 1;
      walk.push(id);
      id = table[id];
    }
    for (const done of walk) state[done] = 2;
  }
}

/** The sector ids of the FAT: the header's first 109, then the DIFAT sectors' (each ending with the next one's id). */
function fatSectors(header: Buffer, ole: OleLayout): number[] {
  const count = header.readInt32LE(44);
  const difat = header.readInt32LE(72);
  if (count < 0 || count > ole.sectors || difat < 0 || difat > ole.sectors)
    throw new OleFormatError("the allocation table is larger than the file");
  const ids: number[] = [];
  for (let i = 0; i < 109 && ids.length < count; i++) ids.push(header.readInt32LE(76 + i * 4));
  const seen = new Set<number>();
  for (let next = header.readInt32LE(68); ids.length < count;) {
    if (next < 0 || next >= ole.sectors || seen.has(next))
      throw new OleFormatError("the allocation table's index is damaged");
    seen.add(next);
    const sector = ole.read(next);
    for (let at = 0; at + 4 < ole.sectorSize && ids.length < count; at += 4) ids.push(sector.readInt32LE(at));
    next = sector.readInt32LE(ole.sectorSize - 4);
  }
  if (ids.some((id) => id < 0 || id >= ole.sectors))
    throw new OleFormatError("the allocation table lies outside the file");
  return ids;
}

/** The int32 entries of a table spread over `sectors`. */
const tableOf = (ole: OleLayout, sectors: readonly number[]): Int32Array => {
  const bytes = Buffer.concat(sectors.map(ole.read));
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};

/** The directory's tree from the root entry, each entry reached once (a cycle would recurse until the stack ends). */
function checkOleDirectory(directory: Buffer): void {
  const count = Math.floor(directory.length / 128);
  const seen = new Set<number>();
  const pending = [0];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id < 0 || id >= count) throw new OleFormatError("the directory points past its end");
    if (seen.has(id)) throw new OleFormatError("the directory loops back on itself");
    seen.add(id);
    for (const field of [68, 72, 76]) {
      const next = directory.readInt32LE(id * 128 + field);
      if (next !== -1) pending.push(next);
    }
  }
}

/** The directory entry named `name` (UTF-16, [MS-CFB] 2.6), or -1. */
function oleEntry(directory: Buffer, name: string): number {
  for (let id = 0; (id + 1) * 128 <= directory.length; id++) {
    const length = directory.readUInt16LE(id * 128 + 64);
    if (length < 2 || length > 64) continue;
    if (directory.toString("utf16le", id * 128, id * 128 + length - 2) === name) return id;
  }
  return -1;
}

/**
 * That the compound file holds a Word document that is not encrypted: a "WordDocument" stream
 * whose header says fEncrypted ([MS-DOC] 2.5.2, FibBase: bit 0x0100 of the flags at 0x0A) no.
 * An .xls, or a password-protected .docx (an encrypted package in a compound file), has none.
 */
function checkWordStream(file: string, directory: Buffer, ole: OleLayout): void {
  const id = oleEntry(directory, "WordDocument");
  if (id === -1) throw new CliError({ key: "cli.oleNotWord", params: { file } });
  const start = directory.readInt32LE(id * 128 + 116);
  const size = directory.readInt32LE(id * 128 + 120);
  // Word's main stream is always larger than the mini-stream cutoff, so it starts in a full sector.
  if (size < 4096 || start < 0 || start >= ole.sectors) throw new OleFormatError("the WordDocument stream is damaged");
  if (ole.read(start).readUInt16LE(0x0a) & 0x0100) throw new CliError({ key: "cli.docEncrypted", params: { file } });
}

/**
 * Checks an old Word file (an OLE compound file, .doc) before word-extractor reads it. The
 * library trusts the file: a sector size from the header allocates that much per sector, and a
 * chain of sectors or a directory that loops makes it spin until memory or the stack runs out.
 * So the header's sizes must be the format's (512- or 4096-byte sectors, 64-byte mini sectors,
 * [MS-CFB] 2.2), every table must lie inside the file, and no chain or directory may loop.
 */
export function checkOleFile(file: string, bytes: Buffer): void {
  const corrupt = (reason: string) => new CliError({ key: "cli.corruptFile", params: { file, ext: ".doc", reason } });
  try {
    if (bytes.length < 512) throw new OleFormatError("shorter than its header");
    const shift = bytes.readUInt16LE(30);
    if (bytes.readUInt16LE(28) !== 0xfffe || (shift !== 9 && shift !== 12) || bytes.readUInt16LE(32) !== 6)
      throw new OleFormatError("the header's sizes are not those of a compound file");
    const sectorSize = 1 << shift;
    const ole: OleLayout = {
      sectorSize,
      sectors: Math.max(0, Math.floor(bytes.length / sectorSize) - 1),
      read: (sector) => bytes.subarray((sector + 1) * sectorSize, (sector + 2) * sectorSize),
    };
    const fat = tableOf(ole, fatSectors(bytes, ole));
    const directory = tableOf(ole, oleChain(fat, bytes.readInt32LE(48), ole.sectors, "the directory"));
    const entries = Buffer.from(directory.buffer);
    checkOleDirectory(entries);
    checkWordStream(file, entries, ole);
    const miniFat = tableOf(ole, oleChain(fat, bytes.readInt32LE(60), ole.sectors, "the short-sector table"));
    // Every chain the library may follow, in either table, from any start: none may loop.
    for (const table of [fat, miniFat]) checkNoLoops(table);
  } catch (error) {
    if (error instanceof OleFormatError) throw corrupt(error.message);
    throw error;
  }
}

/**
 * The --out folder, created if missing. A path that is an existing file, or under one, or in a
 * place that cannot be written, is a message rather than EEXIST or ENOTDIR from mkdir.
 */
export function ensureOutDir(dir: string): string {
  let isFile = false;
  try {
    isFile = !statSync(dir).isDirectory();
  } catch {
    // missing: created below
  }
  if (isFile) throw new CliError({ key: "cli.outIsFile", params: { dir } });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(writeFailure(dir, error));
  }
  return dir;
}
