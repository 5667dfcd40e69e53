/**
 * Hostile input through the real command line: corrupt, empty, truncated or mislabelled files
 * for every reader, zip bombs, HTML nested thousands deep and an --out that is a file. Each
 * must end with exit status 1 and the bilingual message (Vietnamese, then English), never a
 * stack trace, and quickly.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { parse, type HTMLElement } from "node-html-parser";
import { htmlNestingDepth, MAX_HTML_DEPTH } from "../../src/node/readers/html";
import { MAX_ZIP_ENTRIES, readFailure, renderCli } from "../../src/node/inputGuard";
import { ROOT, SEED_FILE, fixture } from "../helpers";

const CLI = join(ROOT, "dist", "cli", "cli.js");
const scratch = mkdtempSync(join(tmpdir(), "par-hostile-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** One CLI process, asynchronously, so that a batch of files runs side by side. */
function run(...args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: scratch, env: { ...process.env, PAR_DEBUG: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Runs at most `width` processes at a time. */
async function runAll(argLists: string[][], width = 6): Promise<Run[]> {
  const results: Run[] = new Array(argLists.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < argLists.length) {
        const i = next++;
        results[i] = await run(...argLists[i]);
      }
    }),
  );
  return results;
}

const STACK = /^\s+at |^\w*Error: |node:internal|\.js:\d+/m;
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

/** The contract for a refused file: exit 1, nothing on stdout, two lines naming the problem, no trace. */
function expectRefused(r: Run, ...patterns: RegExp[]): void {
  const context = `status ${r.status}\nstdout: ${r.stdout.slice(0, 300)}\nstderr: ${r.stderr.slice(0, 600)}`;
  expect({ status: r.status, context }).toEqual({ status: 1, context });
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/ngoài dự kiến|Unexpected error/);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(VIETNAMESE);
  for (const p of patterns) expect(r.stderr).toMatch(p);
}

/** A refused file, or one that still reads (a flipped bit in a part no reader looks at): never a trace. */
function expectHandled(r: Run): void {
  expect(r.stderr).not.toMatch(STACK);
  if (r.status === 0) JSON.parse(r.stdout);
  else expectRefused(r);
}

// ---- Building zips by hand: what a zip bomb declares is up to its maker. ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer) => {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** `crc` skips computing the checksum of a large part (nothing checks it before the size). */
interface ZipPart {
  name: string;
  data: Buffer;
  declaredSize?: number;
  stored?: boolean;
  crc?: number;
}

/** A zip with deflated parts; `declaredSize` lets a part lie about its unpacked size. */
function makeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const packed = part.stored ? part.data : deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const crc = part.crc ?? crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(part.stored ? 0 : 8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(dir, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = {
  name: "[Content_Types].xml",
  data: Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
};

const write = (name: string, data: Buffer | string): string => {
  const file = join(scratch, name);
  writeFileSync(file, data);
  return file;
};

// ---- Valid inputs of each kind, to truncate and damage. ----

const seedDocx = readFileSync(fixture("seed-plan.docx"));
const oldDoc = readFileSync(fixture("ke-hoach-cu.doc"));
const seedHtml = readFileSync(fixture("other-commune.html"));
const seedText = readFileSync(SEED_FILE);
let seedXlsx: Buffer;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addRow(["Kế hoạch cải cách hành chính năm 2024"]);
  ws.addRow(["TT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công"]);
  ws.addRow(["I", "CÔNG TÁC CHỈ ĐẠO"]);
  ws.addRow(["1", "Ban hành kế hoạch CCHC năm 2024", "Kế hoạch", "Trước ngày 31/01/2024", "Văn phòng - Thống kê"]);
  seedXlsx = Buffer.from(await wb.xlsx.writeBuffer());
});

const VALID: Record<string, () => Buffer> = {
  ".doc": () => oldDoc,
  ".docx": () => seedDocx,
  ".xlsx": () => seedXlsx,
  ".html": () => seedHtml,
  ".txt": () => seedText,
};
const EXTS = [".doc", ".docx", ".xlsx", ".html", ".htm", ".txt", ".md"] as const;
const validFor = (ext: string) => (VALID[ext] ?? (ext === ".htm" ? VALID[".html"] : VALID[".txt"]))();

/** A hostile file: its bytes, its extension, and whether it must be refused (or may still read). */
interface Hostile {
  ext: string;
  bytes: Buffer;
  mustFail: boolean;
  label: string;
}

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  // Random bytes, of any length, under any name: never a plan. (Random text can be read as a
  // text table with no header row, which is refused too.)
  fc
    .record({ ext: fc.constantFrom(...EXTS), bytes: fc.uint8Array({ minLength: 0, maxLength: 4096 }) })
    .map(({ ext, bytes }) => ({ ext, bytes: Buffer.from(bytes), mustFail: true, label: "random bytes" })),
  // A valid file cut short anywhere.
  fc.record({ ext: fc.constantFrom(...EXTS), cut: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ ext, cut }) => {
    const full = validFor(ext);
    const bytes = full.subarray(0, Math.floor(full.length * cut * 0.999));
    return {
      ext,
      bytes,
      mustFail: ext === ".docx" || ext === ".xlsx" || bytes.length === 0,
      label: `truncated at ${bytes.length}/${full.length}`,
    };
  }),
  // A valid file with bytes overwritten: may still read, must never crash.
  fc
    .record({
      ext: fc.constantFrom(...EXTS),
      hits: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })),
        { minLength: 1, maxLength: 40 },
      ),
    })
    .map(({ ext, hits }) => {
      const bytes = Buffer.from(validFor(ext));
      for (const [at, value] of hits) bytes[Math.floor(at * bytes.length)] = value;
      return { ext, bytes, mustFail: false, label: `${hits.length} bytes overwritten` };
    }),
  // A real zip with the wrong or random content, under an Office or a text name.
  fc
    .record({
      ext: fc.constantFrom(...EXTS),
      parts: fc.array(
        fc.record({
          name: fc.constantFrom(
            "word/document.xml",
            "xl/workbook.xml",
            "[Content_Types].xml",
            "_rels/.rels",
            "a.txt",
            "ppt/presentation.xml",
          ),
          data: fc.uint8Array({ maxLength: 300 }),
        }),
        { minLength: 0, maxLength: 5 },
      ),
    })
    .map(({ ext, parts }) => ({
      ext,
      bytes: makeZip(parts.map((p) => ({ name: p.name, data: Buffer.from(p.data) }))),
      mustFail: true,
      label: `zip of ${parts.map((p) => p.name).join(", ")}`,
    })),
  // A zip whose directory declares absurd sizes or counts.
  fc
    .record({
      ext: fc.constantFrom(".docx", ".xlsx"),
      size: fc.integer({ min: 0, max: 0xffffffff }),
      count: fc.integer({ min: 0, max: 0xffff }),
    })
    .map(({ ext, size, count }) => {
      const bytes = makeZip([
        CONTENT_TYPES,
        {
          name: ext === ".docx" ? "word/document.xml" : "xl/workbook.xml",
          data: Buffer.from("<x/>"),
          declaredSize: size,
        },
      ]);
      if (count % 2 === 0) {
        bytes.writeUInt16LE(count, bytes.length - 14);
        bytes.writeUInt16LE(count, bytes.length - 12);
      }
      return {
        ext,
        bytes,
        mustFail: true,
        label: `declares ${size} bytes${count % 2 === 0 ? `, ${count} entries` : ""}`,
      };
    }),
  // Old Office, PDF and empty files under every name.
  fc
    .record({ ext: fc.constantFrom(...EXTS), head: fc.constantFrom("d0cf11e0a1b11ae1", "255044462d312e34", "") })
    .map(({ ext, head }) => ({
      ext,
      bytes: Buffer.concat([Buffer.from(head, "hex"), Buffer.alloc(head ? 64 : 0)]),
      mustFail: true,
      label: `starts ${head || "(empty)"}`,
    })),
);

let fileCount = 0;
const stats = { files: 0, refused: 0, read: 0, stackTraces: 0, slowestMs: 0 };

describe("random corrupt files for each reader, through the CLI", () => {
  test("exit 1 with the bilingual message, or a clean read; never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 8, maxLength: 8 }), async (batch) => {
        const files = batch.map((h) => write(`h${++fileCount}${h.ext}`, h.bytes));
        const runs = await runAll(files.map((f) => ["import", f, "--json"]));
        runs.forEach((r, i) => {
          stats.files++;
          stats.slowestMs = Math.max(stats.slowestMs, r.ms);
          if (STACK.test(r.stderr)) stats.stackTraces++;
          if (r.status === 0) stats.read++;
          else stats.refused++;
          try {
            if (batch[i].mustFail) expectRefused(r);
            else expectHandled(r);
          } catch (error) {
            const what = `${batch[i].label} as ${batch[i].ext} (${files[i]})`;
            throw Object.assign(new Error(`${what}: ${(error as Error).message}`), { cause: error });
          }
          expect(r.ms).toBeLessThan(20000);
        });
      }),
      { numRuns: 6 },
    );
    expect(stats.stackTraces).toBe(0);
    expect(stats.refused).toBeGreaterThan(stats.files / 2);
  });
});

/** `cli import` of each file: each refused with the message its pattern names. */
async function importEachRefused(cases: ReadonlyArray<[string, RegExp]>): Promise<Run[]> {
  const runs = await runAll(cases.map(([file]) => ["import", file, "--json"]));
  runs.forEach((r, i) => {
    try {
      expectRefused(r, cases[i][1]);
    } catch (error) {
      throw Object.assign(new Error(`${cases[i][0]}: ${(error as Error).message}`), { cause: error });
    }
  });
  return runs;
}

describe("a fixed set of corrupt files", () => {
  test("each is refused with its own message naming the file", async () => {
    const dir = join(scratch, "a-folder.docx");
    mkdirSync(dir, { recursive: true });
    const cases: Array<[string, RegExp]> = [
      [write("empty.docx", ""), /empty\.docx rỗng \(0 byte\)/],
      [write("empty.xlsx", ""), /empty\.xlsx rỗng/],
      [write("empty.html", ""), /empty\.html rỗng/],
      [write("text.xlsx", "TT\tNhiệm vụ\n1\tViệc"), /text\.xlsx có đuôi \.xlsx nhưng nội dung là văn bản thường/],
      [
        write("html.docx", "<html><table><tr><td>TT</td></tr></table></html>"),
        /html\.docx có đuôi \.docx nhưng nội dung là văn bản thường/,
      ],
      [write("seed-as.xlsx", seedDocx), /seed-as\.xlsx có đuôi \.xlsx nhưng nội dung là một tài liệu Word \(\.docx\)/],
      [write("sheet-as.docx", seedXlsx), /sheet-as\.docx .* một bảng tính Excel \(\.xlsx\)/],
      [write("docx-as.txt", seedDocx), /docx-as\.txt có đuôi \.txt nhưng nội dung là một tài liệu Word/],
      [
        write("old.docx", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)])),
        /định dạng Word\/Excel cũ \(\.doc\/\.xls\)/,
      ],
      [
        write("scan.html", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 1, 2])])),
        /scan\.html .* một tệp PDF/,
      ],
      [
        write("cut.docx", seedDocx.subarray(0, seedDocx.length - 100)),
        /cut\.docx bị hỏng hoặc không đúng định dạng \.docx/,
      ],
      [write("cut.xlsx", seedXlsx.subarray(0, 200)), /cut\.xlsx bị hỏng/],
      [
        write("slides.docx", makeZip([CONTENT_TYPES, { name: "ppt/presentation.xml", data: Buffer.from("<p/>") }])),
        /không phải tài liệu Word hay bảng tính Excel/,
      ],
      [
        write("nodoc.docx", makeZip([CONTENT_TYPES, { name: "word/styles.xml", data: Buffer.from("<w/>") }])),
        /nodoc\.docx bị hỏng hoặc không đúng định dạng \.docx/,
      ],
      [
        write(
          "badxml.docx",
          makeZip([
            CONTENT_TYPES,
            {
              name: "_rels/.rels",
              data: Buffer.from(
                "<Relationships><Relationship Id='r' " +
                  "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' " +
                  "Target='word/document.xml'/></Relationships>",
              ),
            },
            { name: "word/document.xml", data: Buffer.from("<w:document><<<") },
          ]),
        ),
        /badxml\.docx bị hỏng/,
      ],
      [
        write("badxml.xlsx", makeZip([CONTENT_TYPES, { name: "xl/workbook.xml", data: Buffer.from("<workbook><<<") }])),
        /badxml\.xlsx/,
      ],
      [write("garbage.txt", "just some words\nno table here"), /^Tệp .*garbage\.txt: Không tìm thấy dòng tiêu đề/],
      [join(scratch, "missing.docx"), /Không tìm thấy tệp .*missing\.docx/],
      [dir, /a-folder\.docx là một thư mục, không phải tệp/],
      [join(scratch, "empty.docx", "inside.docx"), /inside\.docx/],
    ];
    const runs = await importEachRefused(cases);
    expect(runs.filter((r) => STACK.test(r.stderr))).toHaveLength(0);
  });

  /**
   * The fixture .doc with one change to its compound-file structure ([MS-CFB]: 512-byte sectors,
   * sector n at (n + 1) × 512, the FAT's first sector named at 76, the directory's at 48).
   */
  function damagedDoc(change: (doc: Buffer, fatAt: number, directoryAt: number) => void): Buffer {
    const doc = Buffer.from(oldDoc);
    change(doc, (doc.readInt32LE(76) + 1) * 512, (doc.readInt32LE(48) + 1) * 512);
    return doc;
  }
  /** The directory entry of the Word text stream: its name is at 0, its first sector at 116. */
  const wordEntry = (doc: Buffer, directoryAt: number) => {
    for (let at = directoryAt; ; at += 128) if (doc.toString("utf16le", at, at + 24) === "WordDocument") return at;
  };

  test("an old Word file that is damaged, loops, is no Word document or has a password is refused, at once", async () => {
    const cases: Array<[string, RegExp]> = [
      [write("text.doc", "TT\tNhiệm vụ\n1\tViệc"), /text\.doc có đuôi \.doc nhưng nội dung là văn bản thường/],
      [write("header-only.doc", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)])), /bị hỏng/],
      // A sector size of 2^30 bytes would be allocated for every sector read.
      [
        write(
          "huge-sectors.doc",
          damagedDoc((doc) => doc.writeUInt16LE(30, 30)),
        ),
        /huge-sectors\.doc bị hỏng/,
      ],
      // The Word stream's chain of sectors turned back on itself: the library would follow it forever.
      [
        write(
          "loop.doc",
          damagedDoc((doc, fatAt, directoryAt) => {
            const first = doc.readInt32LE(wordEntry(doc, directoryAt) + 116);
            const second = doc.readInt32LE(fatAt + first * 4);
            doc.writeInt32LE(first, fatAt + second * 4);
          }),
        ),
        /loop\.doc bị hỏng .*loops back on itself/,
      ],
      [
        write(
          "not-word.doc",
          damagedDoc((doc, _fat, directoryAt) => doc.write("X", wordEntry(doc, directoryAt), "utf16le")),
        ),
        /not-word\.doc là tệp Office cũ nhưng không phải tài liệu Word/,
      ],
      [
        write(
          "password.doc",
          damagedDoc((doc, _fat, directoryAt) => {
            const at = (doc.readInt32LE(wordEntry(doc, directoryAt) + 116) + 1) * 512;
            doc.writeUInt16LE(doc.readUInt16LE(at + 0x0a) | 0x0100, at + 0x0a);
          }),
        ),
        /password\.doc có đặt mật khẩu/,
      ],
      [write("cut.doc", oldDoc.subarray(0, 3000)), /cut\.doc bị hỏng/],
    ];
    const runs = await importEachRefused(cases);
    for (const r of runs) expect(r.ms).toBeLessThan(10000);
  });

  test("an .xlsx with no plan table says so, naming the file", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trang 1").addRow(["Không", "có", "bảng"]);
    const file = write("no-table.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    expectRefused(await run("import", file), /^Tệp .*no-table\.xlsx: Không tìm thấy dòng tiêu đề/);
  });

  test("a file that cannot be read for permission is named with the reason (the mapping: CI runs as root, which reads everything)", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'locked.txt'"), { code: "EACCES" });
    expect(renderCli(readFailure("locked.txt", denied))).toMatch(/Không đọc được tệp .*locked\.txt: không có quyền/);
  });

  test("deadlines through the CLI: invisible characters read through, an impossible month named and dated nowhere", async () => {
    const soft = await run("timeline", "Trước ngày 10/1\u00AD1/2024\u200B", "--year", "2024", "--json");
    expect(JSON.parse(soft.stdout)).toMatchObject({ dueDates: ["2024-11-10"], warnings: [] });
    const month13 = await run("timeline", "Trong tháng 13 năm 2024", "--year", "2024", "--json");
    expect(JSON.parse(month13.stdout).dueDates).toEqual([]);
    expect(JSON.parse(month13.stdout).warnings[0]).toMatch(/không có thật/);
  });

  test('a text file saved as UTF-16 (Notepad\'s "Unicode") still reads', async () => {
    const file = write(
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText.toString("utf8"), "utf16le")]),
    );
    const r = await run("import", file, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(77);
  });
});

describe("limits", () => {
  test("a .docx/.xlsx over 20 MB, or a text/HTML plan over 5 MB, is refused before it is read", async () => {
    const big = write("huge.docx", Buffer.alloc(21 * 1024 * 1024, 0x41));
    const text = write("huge.html", Buffer.alloc(5.5 * 1024 * 1024, 0x41));
    const [r, s] = await runAll([
      ["import", big],
      ["import", text],
    ]);
    expectRefused(r, /huge\.docx quá lớn \(21 MB\); giới hạn là 20 MB/, /too large/);
    expectRefused(s, /huge\.html quá lớn \(5\.5 MB\); giới hạn là 5 MB/);
    expect(Math.max(r.ms, s.ms)).toBeLessThan(10000);
  });

  test("a zip bomb that declares its size is refused from the directory, before unpacking", async () => {
    // 120 MB of zeros packs into ~120 KB; the directory says so honestly.
    const bomb = makeZip([CONTENT_TYPES, { name: "word/document.xml", data: Buffer.alloc(120 * 1024 * 1024), crc: 0 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // Parts that each stay under the limit but add up past it.
    const split = makeZip([
      CONTENT_TYPES,
      ...[1, 2, 3].map((i) => ({
        name: `word/media/p${i}.png`,
        data: Buffer.from("<a/>"),
        declaredSize: 40 * 1024 * 1024,
      })),
    ]);
    // Less in all, but more XML than the readers should parse into trees.
    const xml = makeZip([
      CONTENT_TYPES,
      { name: "word/document.xml", data: Buffer.from("<a/>"), declaredSize: 11 * 1024 * 1024 },
    ]);
    const [r, s, x] = await runAll([
      ["import", write("bomb.docx", bomb)],
      ["import", write("split.docx", split)],
      ["import", write("xml.docx", xml)],
    ]);
    expectRefused(r, /bomb\.docx khi giải nén sẽ chiếm 120 MB, vượt giới hạn 100 MB/, /zip bomb/);
    expectRefused(s, /split\.docx khi giải nén sẽ chiếm 120 MB/);
    expectRefused(x, /xml\.docx có 11 MB nội dung văn bản \(XML\) khi giải nén, vượt giới hạn 10 MB/);
    expect(r.ms).toBeLessThan(10000);
  });

  test("a zip bomb that lies about its size is stopped once it unpacks past what it declares", async () => {
    const bomb = makeZip([
      CONTENT_TYPES,
      { name: "word/document.xml", data: Buffer.alloc(90 * 1024 * 1024), declaredSize: 1000, crc: 0 },
    ]);
    const r = await run("import", write("liar.docx", bomb));
    expectRefused(r, /liar\.docx .*phần nén word\/document\.xml giải nén ra nhiều hơn kích thước ghi trong tệp/);
    expect(r.ms).toBeLessThan(10000);
  });

  test("a zip with thousands of parts is refused", async () => {
    const parts = [
      CONTENT_TYPES,
      ...Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `xl/p${i}.xml`, data: Buffer.from("<a/>") })),
    ];
    expectRefused(
      await run("import", write("many.xlsx", makeZip(parts))),
      new RegExp(`many\\.xlsx chứa ${MAX_ZIP_ENTRIES + 2} phần nén, vượt giới hạn ${MAX_ZIP_ENTRIES}`),
    );
  });

  test("HTML nested 10,000 deep, closed or not, is refused at once", async () => {
    const closed = write(
      "deep.html",
      "<div>".repeat(10000) + "<table><tr><td>TT</td><td>Nhiệm vụ</td></tr></table>" + "</div>".repeat(10000),
    );
    // Unclosed tags cost node-html-parser minutes at this depth: refused before it parses.
    const open = write("open.htm", "<div>".repeat(100000));
    const [a, b] = await runAll([
      ["import", closed],
      ["import", open],
    ]);
    for (const r of [a, b]) {
      expectRefused(r, /có các thẻ HTML lồng nhau quá sâu \(hơn 200 cấp\)/);
      expect(r.ms).toBeLessThan(10000);
    }
  });

  test("a plan nested just inside the limit still reads", async () => {
    const table = readFileSync(fixture("other-commune.html"), "utf8");
    const depth = htmlNestingDepth(table);
    const wrap = MAX_HTML_DEPTH - depth;
    const file = write("nested.html", "<div>".repeat(wrap) + table + "</div>".repeat(wrap));
    expect(htmlNestingDepth(readFileSync(file, "utf8"))).toBe(MAX_HTML_DEPTH);
    const r = await run("import", file, "--json");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).tasks).toHaveLength(4);
  });

  test("the depth counted before parsing is never less than the depth of the tree the parser builds", () => {
    const tag = fc.constantFrom(
      "div",
      "p",
      "li",
      "ul",
      "td",
      "tr",
      "table",
      "b",
      "a",
      "span",
      "DIV",
      "P",
      "Td",
      "br",
      "script",
      "style",
      "h1",
      "dt",
      "dd",
    );
    const token = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      tag.map((t) => `<${t}/>`),
      tag.map((t) => `<${t} a=b/>`),
      fc.constantFrom("x", "<!-- c -->", "<![CDATA[ <div> ]]>", "<", ">"),
    );
    const treeDepth = (node: HTMLElement): number => {
      let deepest = 0;
      const stack: Array<[HTMLElement, number]> = [[node, 0]];
      while (stack.length) {
        const [n, d] = stack.pop()!;
        deepest = Math.max(deepest, d);
        for (const c of n.childNodes) if ((c as HTMLElement).childNodes) stack.push([c as HTMLElement, d + 1]);
      }
      return deepest;
    };
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const html = tokens.join("");
        const counted = htmlNestingDepth(html);
        expect(treeDepth(parse(html, { blockTextElements: { script: false, style: false } }))).toBeLessThanOrEqual(
          counted + 1,
        );
      }),
      { numRuns: 500 },
    );
    // Word's HTML closes what it opens; implicit closes (p, li, td) do not add up.
    expect(htmlNestingDepth("<table>" + "<tr><td>a<td>b".repeat(5000) + "</table>")).toBe(3);
    expect(htmlNestingDepth("<ul>" + "<li>x".repeat(5000) + "</ul>" + "<p>y".repeat(5000))).toBe(2);
  });
});

describe("--out", () => {
  test("an --out that is a file, or under one, is a message for start, report and digest", async () => {
    const file = write("not-a-folder", "x");
    const runs = await runAll([
      ["start", "--out", file],
      ["report", "--period", "2024-11", "--out", file],
      ["digest", "--today", "2024-11-20", "--out", file],
      ["start", "--out", join(file, "sub")],
    ]);
    for (const r of runs.slice(0, 3))
      expectRefused(r, /--out .*not-a-folder là một tệp, không phải thư mục/, /is a file, not a folder/);
    expectRefused(runs[3], /Không ghi được .*not-a-folder\/sub: một phần của đường dẫn là tệp chứ không phải thư mục/);
  });

  test("a corrupt --plan for start is the same message as for import", async () => {
    expectRefused(
      await run("start", "--plan", write("plan.docx", "not a zip"), "--out", join(scratch, "o")),
      /plan\.docx có đuôi \.docx nhưng nội dung là văn bản thường/,
    );
  });
});
