/**
 * The command line's own messages: only the Node tool prints them, so they stay out of Code.js
 * (Apps Script loads the whole bundle on every menu click, edit and trigger). Same shape and
 * rules as the product's catalogue (src/core/i18n/messages.ts): Vietnamese first, English second,
 * placeholders written {name}. The CLI renders both through `tCli`.
 */
import { catalogue, fill, type Lang, type MessageKey, type Params } from "../core/i18n/messages";

export const cliCatalogue = {
  "cli.zipXmlTooLarge": {
    vi:
      "Tệp {file} có {size} MB nội dung văn bản (XML) khi giải nén, vượt giới hạn {limit} MB (gấp " +
      "khoảng 25 lần một kế hoạch 77 nhiệm vụ). Hãy chỉ giữ lại bảng kế hoạch.",
    en:
      "Unpacked, the file {file} holds {size} MB of text (XML), over the limit of {limit} MB (about 25 " +
      "times a 77-task plan). Keep only the plan table.",
  },
  "cli.fs.notRegular": {
    vi: "đó không phải là một tệp thường (thiết bị, đường ống…)",
    en: "it is not a regular file (a device, a pipe…)",
  },
  "cli.isFolder": {
    vi: "{file} là một thư mục, không phải tệp; hãy chỉ ra tệp kế hoạch (.txt, .md, .html, .doc, .docx hoặc .xlsx).",
    en: "{file} is a folder, not a file; give the plan file (.txt, .md, .html, .doc, .docx or .xlsx).",
  },
  "cli.cannotRead": { vi: "Không đọc được tệp {file}: {reason}.", en: "Cannot read the file {file}: {reason}." },
  "cli.emptyFile": {
    vi: "Tệp {file} rỗng (0 byte); hãy kiểm tra lại tệp kế hoạch.",
    en: "The file {file} is empty (0 bytes); check the plan file.",
  },
  "cli.fileTooLarge": {
    vi:
      "Tệp {file} quá lớn ({size} MB); giới hạn là {limit} MB. Một kế hoạch thường chỉ vài trăm KB: " +
      "hãy xoá hình ảnh hoặc chỉ giữ lại bảng kế hoạch.",
    en:
      "The file {file} is too large ({size} MB); the limit is {limit} MB. A plan is usually a few " +
      "hundred KB: remove the pictures or keep only the plan table.",
  },
  "cli.wrongContent": {
    vi:
      "Tệp {file} có đuôi {ext} nhưng nội dung là {actual}. Hãy mở tệp " +
      "bằng chương trình đã tạo ra nó và lưu lại đúng định dạng.",
    en: "The file {file} ends in {ext} but holds {actual}. Open it in the program that made it and save it in the right format.",
  },
  "cli.content.oldOffice": {
    vi: "định dạng Word/Excel cũ (.doc/.xls) hoặc tệp có đặt mật khẩu",
    en: "an old Word/Excel format (.doc/.xls) or a password-protected file",
  },
  "cli.content.pdf": { vi: "một tệp PDF", en: "a PDF file" },
  "cli.content.zip": {
    vi: "một tệp nén ZIP (có thể là tệp .docx hoặc .xlsx bị đổi đuôi)",
    en: "a ZIP archive (perhaps a .docx or .xlsx file renamed)",
  },
  "cli.content.docx": { vi: "một tài liệu Word (.docx)", en: "a Word document (.docx)" },
  "cli.content.xlsx": { vi: "một bảng tính Excel (.xlsx)", en: "an Excel workbook (.xlsx)" },
  "cli.content.otherZip": {
    vi: "một tệp nén ZIP không phải tài liệu Word hay bảng tính Excel",
    en: "a ZIP archive that is neither a Word document nor an Excel workbook",
  },
  "cli.content.text": {
    vi: "văn bản thường, không phải tệp nén của Word/Excel",
    en: "plain text, not a Word/Excel archive",
  },
  "cli.content.binary": {
    vi: "dữ liệu nhị phân, không đọc được như văn bản",
    en: "binary data that cannot be read as text",
  },
  "cli.corruptFile": {
    vi: "Tệp {file} bị hỏng hoặc không đúng định dạng {ext}, không đọc được. Chi tiết kỹ thuật: {reason}",
    en: "The file {file} is damaged or not a valid {ext} file, and cannot be read. Technical detail: {reason}",
  },
  "cli.zipTooManyEntries": {
    vi:
      "Tệp {file} chứa {count} phần nén, vượt giới hạn {limit}; tệp Word/Excel thường chỉ có vài chục " +
      "phần. Tệp có thể bị hỏng hoặc được tạo ra để gây hại (zip bomb).",
    en:
      "The file {file} holds {count} compressed parts, over the limit of {limit}; a Word/Excel file " +
      "usually has a few dozen. The file may be damaged or made to do harm (a zip bomb).",
  },
  "cli.zipTooLarge": {
    vi:
      "Tệp {file} khi giải nén sẽ chiếm {size} MB, vượt giới hạn {limit} " +
      "MB. Tệp có thể bị hỏng hoặc được tạo ra để gây hại (zip " +
      "bomb).",
    en:
      "Unpacked, the file {file} would take {size} MB, over the limit of {limit} MB. The file may be " +
      "damaged or made to do harm (a zip bomb).",
  },
  "cli.zipSizeMismatch": {
    vi:
      "Tệp {file} bị hỏng hoặc được tạo ra để gây hại (zip bomb): " +
      "phần nén {entry} giải nén ra nhiều hơn kích thước ghi trong tệp.",
    en: "The file {file} is damaged or made to do harm (a zip bomb): the part {entry} unpacks to more than the size the file declares.",
  },
  "cli.zipUnsupported": {
    vi:
      "Tệp {file} có phần {entry} được mã hoá hoặc nén theo cách không " +
      "hỗ trợ; hãy mở bằng Word/Excel, bỏ mật khẩu (nếu có) và lưu " +
      "lại.",
    en:
      "The file {file} has a part, {entry}, that is encrypted or compressed in an unsupported way; " +
      "open it in Word/Excel, remove any password and save it again.",
  },
  "cli.htmlTooDeep": {
    vi:
      "Tệp {file} có các thẻ HTML lồng nhau quá sâu (hơn {limit} cấp); một kế hoạch thường cần dưới 20 " +
      "cấp. Hãy lưu lại tệp từ Word hoặc chỉ giữ lại bảng kế hoạch.",
    en:
      "The file {file} nests HTML tags too deeply (over {limit} levels); a plan needs fewer than 20. " +
      "Save it again from Word, or keep only the plan table.",
  },
  "cli.tooComplex": {
    vi: "Tệp {file} có cấu trúc lồng nhau quá sâu, không đọc được.",
    en: "The file {file} is nested too deeply to be read.",
  },
  "cli.oleNotWord": {
    vi:
      "Tệp {file} là tệp Office cũ nhưng không phải tài liệu Word: có thể là bảng tính Excel (.xls) hoặc " +
      "tài liệu có đặt mật khẩu. Hãy mở tệp bằng chương trình đã " +
      "tạo ra nó, bỏ mật khẩu nếu có, rồi lưu lại dạng .docx.",
    en:
      "The file {file} is an old Office file but not a Word document: perhaps an Excel workbook (.xls) or a " +
      "password-protected document. Open it in the program that made it, remove any password, and save it as .docx.",
  },
  "cli.docEncrypted": {
    vi: "Tài liệu Word {file} có đặt mật khẩu nên không đọc được. Hãy mở bằng Word, bỏ mật khẩu rồi lưu lại.",
    en: "The Word document {file} is password-protected and cannot be read. Open it in Word, remove the password and save it.",
  },
  "cli.fileProblem": { vi: "Tệp {file}: {problem}", en: "File {file}: {problem}" },
  "cli.outIsFile": {
    vi: "--out {dir} là một tệp, không phải thư mục; hãy chọn một thư mục (thư mục chưa có sẽ được tạo).",
    en: "--out {dir} is a file, not a folder; choose a folder (a missing one is created).",
  },
  "cli.cannotWrite": { vi: "Không ghi được {path}: {reason}.", en: "Cannot write {path}: {reason}." },
  "cli.fs.noPermission": { vi: "không có quyền", en: "permission denied" },
  "cli.fs.notFolder": {
    vi: "một phần của đường dẫn là tệp chứ không phải thư mục",
    en: "part of the path is a file, not a folder",
  },
  "cli.fs.isFolder": { vi: "đó là một thư mục", en: "it is a folder" },
  "cli.fs.missing": { vi: "không có tệp hoặc thư mục này", en: "no such file or folder" },
  "cli.fs.exists": { vi: "đã có một tệp trùng tên", en: "a file of that name already exists" },
  "cli.fs.noSpace": { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  "cli.fs.readOnly": { vi: "ổ đĩa chỉ cho phép đọc", en: "the disk is read-only" },
  "cli.fs.other": { vi: "lỗi hệ thống tệp {code}", en: "file system error {code}" },
  "cli.unexpected": {
    vi: "Đã có lỗi ngoài dự kiến: {message}. Chạy lại với PAR_DEBUG=1 để xem chi tiết kỹ thuật.",
    en: "Unexpected error: {message}. Run again with PAR_DEBUG=1 for the technical details.",
  },
  "cli.usage": {
    vi:
      "Cách dùng: cli <lệnh> [tuỳ chọn]. Lệnh: start [--plan TỆP] [--today YYYY-MM-DD] [--out " +
      'THƯ_MỤC]; import TỆP [--json] [--year NĂM]; timeline "VĂN BẢN" [--year NĂM] [--from NGÀY --to ' +
      "NGÀY] [--day-before] [--json]; holidays [--year NĂM] [--json]; report [--period 2024-11] " +
      "[--today NGÀY] [--plan TỆP] [--out THƯ_MỤC]; digest [--today NGÀY] [--plan TỆP] [--out THƯ_MỤC]; " +
      'serve [--plan TỆP] [--today NGÀY] [--port CỔNG]; link --person "VAI_TRÒ hoặc EMAIL" [--port CỔNG]; ' +
      "rollup THƯ_MỤC [--today NGÀY] [--out THƯ_MỤC] [--province TỈNH] [--json].",
    en:
      "Usage: cli <command> [options]. Commands: start [--plan FILE] [--today YYYY-MM-DD] [--out DIR]; " +
      'import FILE [--json] [--year YEAR]; timeline "TEXT" [--year YEAR] [--from DATE --to DATE] ' +
      "[--day-before] [--json]; holidays [--year YEAR] [--json]; report [--period 2024-11] [--today " +
      "DATE] [--plan FILE] [--out DIR]; digest [--today DATE] [--plan FILE] [--out DIR]; " +
      'serve [--plan FILE] [--today DATE] [--port PORT]; link --person "ROLE or E-MAIL" [--port PORT]; ' +
      "rollup DIR [--today DATE] [--out DIR] [--province PROVINCE] [--json].",
  },
  "cli.fileNotFound": { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  "cli.unsupportedFile": {
    vi: "Không đọc được loại tệp {file}; dùng .txt, .md, .html, .doc, .docx hoặc .xlsx.",
    en: "Cannot read the file type of {file}; use .txt, .md, .html, .doc, .docx or .xlsx.",
  },
  "cli.badYear": {
    vi: 'Năm "{text}" không hợp lệ; dùng 4 chữ số, ví dụ 2024.',
    en: 'Invalid year "{text}"; use four digits, e.g. 2024.',
  },
  "cli.planLine": {
    vi: "Kế hoạch: {title} (năm {year}), {tasks} nhiệm vụ.",
    en: "Plan: {title} ({year}), {tasks} tasks.",
  },
  "cli.sourceLine": {
    vi: "Nguồn: {source}; {parts} phần, {sections} mục.",
    en: "Source: {source}; {parts} parts, {sections} sections.",
  },
  "cli.embedded": { vi: "kế hoạch mẫu có sẵn ({name})", en: "the embedded sample plan ({name})" },
  "cli.todayLine": { vi: "Ngày tham chiếu: {today}{note}.", en: "Reference date: {today}{note}." },
  "cli.todayDefault": {
    vi: " (mặc định: ngày 20/11 của năm kế hoạch; đổi bằng --today YYYY-MM-DD)",
    en: " (default: 20 November of the plan year; change with --today YYYY-MM-DD)",
  },
  "cli.warningsHeader": { vi: "Cần người xem lại ({count}):", en: "Needs a person's attention ({count}):" },
  "cli.wroteReport": { vi: "Đã ghi báo cáo: {file}", en: "Wrote the report: {file}" },
  "cli.wroteOutbox": {
    vi: "Đã ghi {count} thư nhắc việc vào {dir}{samples}",
    en: "Wrote {count} reminder e-mails to {dir}{samples}",
  },
  "cli.sampleEmails": {
    vi: " (địa chỉ mẫu …@vi-du.invalid vì Danh bạ chưa có email)",
    en: " (sample addresses …@vi-du.invalid: the Directory has no emails)",
  },
  "cli.sampleEmailNote": { vi: "Địa chỉ mẫu do bản chạy thử điền vào", en: "Sample address filled in by the demo run" },
  "cli.wrote": { vi: "Đã ghi bảng theo dõi: {file}", en: "Wrote the tracking workbook: {file}" },
  "cli.problems": {
    vi: '{count} vấn đề cần sửa (xem cột "{column}" trong tệp).',
    en: '{count} problems to fix (see the "{column}" column in the file).',
  },
  "cli.partialTimelines": {
    vi: '  trong đó {count} tiến độ chỉ hiểu một phần: hãy kiểm tra hạn và xác nhận ở cột "{column}".',
    en: '  of which {count} timelines only partly understood: check the deadline and confirm it in "{column}".',
  },
  "cli.indicatorsHeader": {
    vi:
      "Chỉ số của kế hoạch ({count}) ngày {today} (kế hoạch chưa có số " +
      'liệu thực tế; nhập ở trang "Số liệu chỉ số"):',
    en: 'Plan indicators ({count}) on {today} (the plan has no actual figures yet; enter them on "Indicator data"):',
  },
  "cli.planRatios": {
    vi: "Toàn kế hoạch: {done}/{tasks} nhiệm vụ đã hoàn thành, {overdue}% quá hạn.",
    en: "Whole plan: {done}/{tasks} tasks done, {overdue}% overdue.",
  },
  "cli.statusHeader": { vi: "Tình trạng các nhiệm vụ ngày {today}:", en: "Task status on {today}:" },
  "cli.timelineKind": { vi: "Loại tiến độ: {kind}", en: "Timeline kind: {kind}" },
  "cli.timelineDates": { vi: "Các hạn: {dates}", en: "Due dates: {dates}" },
  "kind.fixed": { vi: "hạn cố định", en: "fixed date" },
  "kind.period": { vi: "trong một khoảng thời gian", en: "period" },
  "kind.recurring": { vi: "định kỳ", en: "recurring" },
  "kind.continuous": { vi: "thường xuyên", en: "continuous" },
  "kind.event": { vi: "tính từ khi phát sinh sự việc", en: "relative to an event" },
  "kind.external": { vi: "theo yêu cầu bên ngoài", en: "set from outside" },
  "kind.unknown": { vi: "chưa hiểu", en: "not understood" },
  "cli.badDate": {
    vi: 'Ngày "{text}" không hợp lệ; dùng dạng YYYY-MM-DD.',
    en: 'Invalid date "{text}"; use YYYY-MM-DD.',
  },
  "cli.unknownOption": { vi: "Tuỳ chọn không hợp lệ: {option}.", en: "Unknown option: {option}." },
  "cli.unknownPerson": {
    vi: 'Danh bạ không có "{person}". Các vai trò có địa chỉ: {roles}.',
    en: 'The Directory has no "{person}". Roles with an address: {roles}.',
  },
  "cli.noPages": {
    vi: "Chưa có các trang đã dựng (dist/gas/officer.html); hãy chạy npm run build.",
    en: "The pages are not built (dist/gas/officer.html); run npm run build.",
  },
  "cli.serveStarted": {
    vi: "Máy chủ thử nghiệm đang chạy tại {url} (ngày {today}, chỉ trên máy này).",
    en: "The local server runs at {url} (day {today}, this machine only).",
  },
  "cli.serveSidebar": { vi: "Bảng điều khiển: {url}", en: "Dashboard: {url}" },
  "cli.serveOfficer": { vi: "Việc của tôi ({person}): {url}", en: "My tasks ({person}): {url}" },
  "cli.serveLinkHint": {
    vi: 'Liên kết của người khác: npm run --silent cli -- link --person "<vai trò hoặc email>" --port {port}',
    en: 'Another person\'s link: npm run --silent cli -- link --person "<role or e-mail>" --port {port}',
  },
  "cli.serveStop": { vi: "Nhấn Ctrl-C để dừng.", en: "Press Ctrl-C to stop." },
  "cli.noServer": {
    vi: "Không có máy chủ thử nghiệm nào chạy ở cổng {port}; hãy chạy trước: npm run --silent cli -- serve --port {port}",
    en: "No local server runs on port {port}; start one first: npm run --silent cli -- serve --port {port}",
  },
  "cli.badPort": {
    vi: 'Cổng "{text}" không hợp lệ; dùng một số từ 1 đến 65535.',
    en: 'Invalid port "{text}"; use 1 to 65535.',
  },
  "cli.needPerson": {
    vi: 'Hãy cho biết người nhận: --person "<vai trò hoặc email>".',
    en: 'Say whose link: --person "<role or e-mail>".',
  },
  "cli.unknownCommand": { vi: "Lệnh không hợp lệ: {command}.", en: "Unknown command: {command}." },
  // issue 16: rollup
  "cli.rollupNoDir": {
    vi: "Không có thư mục {dir}; hãy chỉ ra thư mục chứa các tệp .xlsx của các xã (npm start ghi bang-theo-doi.xlsx).",
    en: "There is no folder {dir}; give the folder of the communes' .xlsx files (npm start writes bang-theo-doi.xlsx).",
  },
  "cli.rollupHeader": {
    vi: "Tổng hợp {read}/{distinct} bảng theo dõi trong {dir} (ngày {today}); chưa tổng hợp được {notRead}:",
    en: "Read {read} of {distinct} tracking workbooks in {dir} (on {today}); {notRead} not read:",
  },
  "cli.rollupLine": {
    vi: "hoàn thành {done}, đúng hạn {onTime}, quá hạn {overdue}, số liệu ngày {asOf}",
    en: "done {done}, on time {onTime}, overdue {overdue}, figures of {asOf}",
  },
  "cli.rollupRanking": { vi: "Xếp hạng: {ranking}", en: "Ranking: {ranking}" },
  "cli.rollupLate": {
    vi: "Chậm báo cáo {period} (số kỳ chậm): {late}",
    en: "Late with their report for {period} (periods late): {late}",
  },
  "cli.rollupStale": { vi: "Số liệu cũ hơn {days} ngày: {names}", en: "Figures older than {days} days: {names}" },
} as const satisfies Record<string, { vi: string; en: string }>;

export type CliKey = keyof typeof cliCatalogue;

/** tCli("cli.badYear", { text: "24" }) → "Năm \"24\" không hợp lệ; …"; a product key works too. */
export function tCli(key: CliKey | MessageKey, params: Params = {}, lang: Lang = "vi"): string {
  const entry = key in cliCatalogue ? cliCatalogue[key as CliKey] : catalogue[key as MessageKey];
  return fill(entry[lang], params);
}
