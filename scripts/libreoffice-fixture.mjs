// Makes test/fixtures/libreoffice-edited.xlsx: the tracking workbook `npm start` writes, filled
// in LibreOffice Calc as a commune's officers would, and saved by `soffice --convert-to xlsx`.
//
// The typing is done by LibreOffice itself: a Basic macro run by soffice enters each cell's text
// through the same command as a person typing it (.uno:EnterString) under the vi-VN locale, so
// Calc parses "05/11/2024" as 5 November and "35%" as 0.35 by its own rules. The macro saves the
// document as .ods; `soffice --headless --calc --convert-to xlsx` then writes the .xlsx, so the
// fixture is exactly what LibreOffice stores. Next to it, libreoffice-typed.json: each typed cell,
// what was typed and how LibreOffice stored it (read back with exceljs).
//
// Usage, after `npm run build`: node scripts/libreoffice-fixture.mjs [--out DIR] (default test/fixtures)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURE = "libreoffice-edited.xlsx";
export const EXPECTATIONS = "libreoffice-typed.json";

const PLAN = "Kế hoạch";
const COMPLETIONS = "Hoàn thành theo kỳ";
const FIGURES = "Số liệu chỉ số";
const CONTACTS = "Danh bạ";
const ADDED_TAB = "Theo dõi riêng";
const link = (id) => `https://drive.google.com/file/d/${id.replace(/\./g, "-")}/view`;

/** The three tasks: A.I.2 (due 30/09/2024) done late, A.II.1 and A.II.2 before 15/11. */
const DONE = [
  ["A.I.2", "05/11/2024"],
  ["A.II.1", "12/11/2024"],
  ["A.II.2", "14/11/2024"],
];

/**
 * What the officers do in Calc, as steps of the macro: `type` enters text as typed (Calc decides
 * what it is), `link` inserts a hyperlink with its words (Insert → Hyperlink), `fill` colours a
 * cell, `merge` merges a block, `tab` adds a sheet at the end.
 */
function steps(planRow) {
  const s = [];
  const type = (sheet, cell, text) => s.push({ kind: "type", sheet, cell, text });
  DONE.forEach(([id, day], i) => {
    const r = planRow(id);
    type(PLAN, `M${r}`, "Hoàn thành");
    type(PLAN, `N${r}`, day);
    // The first evidence inserted as a link with its words, the others pasted as addresses.
    if (i === 0) s.push({ kind: "link", sheet: PLAN, cell: `O${r}`, text: `Báo cáo ${id}`, url: link(id) });
    else type(PLAN, `O${r}`, link(id));
  });
  type(PLAN, `K${planRow("A.I.2")}`, "Nguyễn Văn An");
  type(PLAN, `P${planRow("A.I.4")}`, "Chờ ý kiến huyện");
  // A column the commune added after the product's, one of its cells coloured by hand.
  type(PLAN, "V1", "Ghi chú của xã");
  type(PLAN, `V${planRow("A.I.2")}`, "Đã họp");
  s.push({ kind: "fill", sheet: PLAN, cell: `V${planRow("A.I.2")}`, rgb: [255, 255, 0] });
  // A.I.4 is quarterly: its first three quarters logged.
  [
    ["2024-Q1", "01/03/2024"],
    ["2024-Q2", "03/06/2024"],
    ["2024-Q3", "02/09/2024"],
  ].forEach(([period, day], i) => {
    type(COMPLETIONS, `A${i + 2}`, "A.I.4");
    type(COMPLETIONS, `B${i + 2}`, period);
    type(COMPLETIONS, `C${i + 2}`, day);
    type(COMPLETIONS, `D${i + 2}`, link(`A.I.4-${period}`));
  });
  // Figures: one typed as a percent, one as its numerator and denominator (45 of 50).
  for (const [cell, text] of [
    ["A2", "A.I.2#1"],
    ["B2", "2024-Q3"],
    ["E2", "35%"],
    ["F2", "Báo cáo kiểm tra"],
    ["A3", "A.VIII.4#1"],
    ["B3", "2024-10"],
    ["C3", "45"],
    ["D3", "50"],
    ["F3", "Khảo sát SIPAS"],
    ["H3", "45/50"],
  ])
    type(FIGURES, cell, text);
  type(CONTACTS, "D2", "Trần Thị Bình");
  type(CONTACTS, "E2", "binh.tt@xa.gov.vn");
  // The commune's own tab: a date, a yes, a formula and a merged title.
  s.push({ kind: "tab", sheet: ADDED_TAB });
  for (const [cell, text] of [
    ["A1", "Việc"],
    ["B1", "Ngày"],
    ["C1", "Xong"],
    ["A2", "Họp dân"],
    ["B2", "02/11/2024"],
    ["C2", "=TRUE()"],
    ["A3", '=A2&" (lần 2)"'],
    ["A5", "Tổng kết tháng 11"],
  ])
    type(ADDED_TAB, cell, text);
  s.push({ kind: "merge", sheet: ADDED_TAB, cell: "A5:C5" });
  return s;
}

const basicString = (v) => `"${String(v).replace(/"/g, '""')}"`;
const xml = (v) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function basicStep(step) {
  const at = `${basicString(step.sheet)}, ${basicString(step.cell ?? "")}`;
  switch (step.kind) {
    case "type":
      return `TypeAt doc, ${at}, ${basicString(step.text)}`;
    case "link":
      return `LinkAt doc, ${at}, ${basicString(step.text)}, ${basicString(step.url)}`;
    case "fill":
      return `doc.Sheets.getByName(${basicString(step.sheet)}).getCellRangeByName(${basicString(step.cell)}).CellBackColor = RGB(${step.rgb.join(", ")})`;
    case "merge":
      return `doc.Sheets.getByName(${basicString(step.sheet)}).getCellRangeByName(${basicString(step.cell)}).merge(True)`;
    case "tab":
      return `doc.Sheets.insertNewByName(${basicString(step.sheet)}, doc.Sheets.Count)`;
  }
  throw new Error(`unknown step ${step.kind}`);
}

/** The Basic module: open the workbook, run the steps, save as .ods; any error written to errFile. */
function basicModule(steps, inFile, odsFile, errFile) {
  const body = `
Sub Edit
  On Error GoTo Fail
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(${basicString(pathToFileURL(inFile).href)}, "_blank", 0, load())
  ${steps.map(basicStep).join("\n  ")}
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName"
  save(0).Value = "calc8"
  doc.storeToURL(${basicString(pathToFileURL(odsFile).href)}, save())
  doc.close(True)
  Exit Sub
Fail:
  n = FreeFile
  Open ${basicString(errFile)} For Output As #n
  Print #n, "line " & Erl & ": " & Error$
  Close #n
End Sub

Sub TypeAt(doc, sheetName, address, text)
  ctrl = doc.getCurrentController()
  ctrl.setActiveSheet(doc.Sheets.getByName(sheetName))
  disp = createUnoService("com.sun.star.frame.DispatchHelper")
  Dim go(0) As New com.sun.star.beans.PropertyValue
  go(0).Name = "ToPoint"
  go(0).Value = address
  disp.executeDispatch(ctrl.getFrame(), ".uno:GoToCell", "", 0, go())
  Dim enter(0) As New com.sun.star.beans.PropertyValue
  enter(0).Name = "StringName"
  enter(0).Value = text
  disp.executeDispatch(ctrl.getFrame(), ".uno:EnterString", "", 0, enter())
End Sub

Sub LinkAt(doc, sheetName, address, shown, url)
  cell = doc.Sheets.getByName(sheetName).getCellRangeByName(address)
  field = doc.createInstance("com.sun.star.text.TextField.URL")
  field.Representation = shown
  field.URL = url
  cell.insertTextContent(cell.createTextCursor(), field, False)
End Sub
`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xml(body)}</script:module>
`;
}

/** soffice with a private profile, so runs side by side do not share (and lock) one. */
function soffice(profile, ...args) {
  const r = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", ...args], {
    encoding: "utf8",
    timeout: 180000,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`soffice ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return r;
}

/** A fresh profile whose locale is vi-VN (how Calc reads a typed date) and whose Standard library holds the macro. */
function profileWith(profile, module) {
  soffice(profile, "--terminate_after_init");
  const registry = join(profile, "user", "registrymodifications.xcu");
  const locale =
    '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">' +
    "<value>vi-VN</value></prop></item>\n";
  writeFileSync(registry, readFileSync(registry, "utf8").replace("</oor:items>", `${locale}</oor:items>`));
  writeFileSync(join(profile, "user", "basic", "Standard", "Module1.xba"), module);
}

/** A stored cell value as JSON: a date as {date: ISO}, the rest as exceljs gives it. */
export const storedJson = (v) => (v instanceof Date ? { date: v.toISOString() } : v);

async function planRows(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows = new Map();
  wb.getWorksheet(PLAN).eachRow((row, r) => rows.set(String(row.getCell(1).value), r));
  return (id) => {
    if (!rows.has(id)) throw new Error(`task ${id} not in the plan tab`);
    return rows.get(id);
  };
}

async function expectations(file, typed) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return typed.map((s) => {
    const cell = wb.getWorksheet(s.sheet).getCell(s.cell);
    return {
      sheet: s.sheet,
      cell: s.cell,
      typed: s.text,
      url: s.url,
      stored: storedJson(cell.value),
      numFmt: cell.numFmt,
    };
  });
}

export async function makeFixture(out) {
  const work = mkdtempSync(join(tmpdir(), "lo-fixture-"));
  const start = spawnSync(process.execPath, [join(ROOT, "dist", "cli", "cli.js"), "start", "--out", work], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
  });
  if (start.status !== 0) throw new Error(`npm start failed (run npm run build first)\n${start.stderr}`);
  const base = join(work, "bang-theo-doi.xlsx");
  const edits = steps(await planRows(base));
  const ods = join(work, "libreoffice-edited.ods");
  const err = join(work, "macro-error.txt");
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  profileWith(profile, basicModule(edits, base, ods, err));
  soffice(profile, "--invisible", "macro:///Standard.Module1.Edit");
  let failure = "";
  try {
    failure = readFileSync(err, "utf8");
  } catch {
    // No error file: the macro ran to its end.
  }
  if (failure) throw new Error(`the LibreOffice macro failed: ${failure}`);
  soffice(profile, "--calc", "--convert-to", "xlsx", "--outdir", work, ods);
  mkdirSync(out, { recursive: true });
  copyFileSync(join(work, FIXTURE), join(out, FIXTURE));
  const typed = await expectations(
    join(out, FIXTURE),
    edits.filter((s) => s.kind === "type" || s.kind === "link"),
  );
  writeFileSync(join(out, EXPECTATIONS), `${JSON.stringify(typed, null, 2)}\n`);
  return { file: join(out, FIXTURE), expectations: join(out, EXPECTATIONS) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 ? resolve(process.argv[i + 1]) : join(ROOT, "test", "fixtures");
  const made = await makeFixture(out);
  console.log(`${made.file}\n${made.expectations}`);
}
