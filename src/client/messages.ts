/**
 * The pages' own words (the officer's page and the sidebar): only the browser shows them, so they
 * stay out of Code.js, and the pages carry these alone, not the whole product catalogue. Same shape
 * and rules as the product's catalogue (src/core/i18n/messages.ts): Vietnamese first, English second,
 * placeholders written {name}. Everything the server says reaches the pages already in words.
 */
import { fill, type Lang, type Params } from "../core/i18n/messages";

export const pageCatalogue = {
  "page.loading": { vi: "Đang tải…", en: "Loading…" },
  "page.working": { vi: "Đang xử lý…", en: "Working…" },
  "page.noServer": {
    vi: "Trang này cần được mở từ liên kết của hệ thống.",
    en: "This page must be opened from the system's link.",
  },
  "page.callFailed": {
    vi: "Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.",
    en: "Could not reach the server. Check the connection and try again.",
  },
  "page.retry": { vi: "Thử lại", en: "Try again" },
  "page.send": { vi: "Gửi", en: "Send" },
  "page.cancel": { vi: "Huỷ", en: "Cancel" },
  "page.officer.title": { vi: "Việc của tôi", en: "My tasks" },
  "page.officer.who": { vi: "{person} · Hôm nay {today}", en: "{person} · Today {today}" },
  "page.officer.noTasks": { vi: "Hiện không có việc nào giao cho bạn.", en: "No task is assigned to you now." },
  "page.officer.groupTitle": { vi: "{title} ({count})", en: "{title} ({count})" },
  "page.officer.output": { vi: "Sản phẩm: {output}", en: "Output: {output}" },
  "page.officer.period": { vi: "Kỳ cần báo cáo: {period}", en: "Period to report: {period}" },
  "page.officer.problems": { vi: "Cần sửa trong bảng:", en: "To fix in the sheet:" },
  "page.officer.refusedTitle": { vi: "Không mở được trang", en: "The page cannot be opened" },
  "page.officer.refusedHint": {
    vi: "Hãy mở liên kết trong thư nhắc việc mới nhất, hoặc liên hệ văn phòng xã.",
    en: "Open the link in your latest reminder e-mail, or contact the commune office.",
  },
  "page.group.overdue": { vi: "Quá hạn", en: "Overdue" },
  "page.group.dueSoon": { vi: "Sắp đến hạn", en: "Due soon" },
  "page.group.recurring": { vi: "Báo cáo định kỳ kỳ này", en: "This period's recurring reports" },
  "page.group.fix": { vi: "Cần sửa thông tin", en: "Rows to fix" },
  "page.group.other": { vi: "Việc khác", en: "Other tasks" },
  "page.action.markDone": { vi: "Báo hoàn thành", en: "Mark done" },
  "page.action.logOccurrence": { vi: "Báo cáo kỳ này", en: "Log this period" },
  "page.action.noteDifficulty": { vi: "Ghi khó khăn", en: "Note a difficulty" },
  "page.field.completedOn": { vi: "Ngày hoàn thành", en: "Completed on" },
  "page.field.completedOnHelp": { vi: "Không được sau hôm nay.", en: "Not after today." },
  "page.field.evidence": { vi: "Đường dẫn minh chứng", en: "Evidence link" },
  "page.field.evidenceHelp": {
    vi: "Bắt buộc: liên kết https tới văn bản, ảnh hoặc thư mục minh chứng.",
    en: "Required: an https link to the document, photo or folder.",
  },
  "page.field.text": { vi: "Khó khăn, vướng mắc (một dòng)", en: "Difficulty (one line)" },
  "page.error.date": { vi: "Hãy chọn ngày hoàn thành.", en: "Choose the completion date." },
  "page.error.future": {
    vi: "Ngày hoàn thành không được sau hôm nay.",
    en: "The completion date cannot be after today.",
  },
  "page.error.evidenceRequired": {
    vi: "Hãy dán đường dẫn minh chứng.",
    en: "Paste the evidence link.",
  },
  "page.error.evidenceHttps": {
    vi: "Đường dẫn phải bắt đầu bằng https://",
    en: "The link must start with https://",
  },
  "page.error.textRequired": { vi: "Hãy ghi nội dung khó khăn.", en: "Write the difficulty." },
  "page.sidebar.title": { vi: "Bảng điều khiển", en: "Dashboard" },
  "page.sidebar.today": { vi: "{commune} · Ngày {today}", en: "{commune} · {today}" },
  "page.sidebar.count": { vi: "{label}: {count}", en: "{label}: {count}" },
  "page.sidebar.sections": { vi: "Tiến độ theo mục", en: "Progress by section" },
  "page.sidebar.sectionLine": {
    vi: "Xong {done}/{total} · quá hạn {overdue}",
    en: "Done {done}/{total} · overdue {overdue}",
  },
  "page.sidebar.overdue": { vi: "Việc quá hạn ({count})", en: "Overdue tasks ({count})" },
  "page.sidebar.noOverdue": { vi: "Không có việc quá hạn.", en: "No overdue task." },
  "page.sidebar.goToRow": { vi: "{id}: đến dòng {row} của bảng", en: "{id}: go to row {row} of the sheet" },
  "page.sidebar.indicatorsCount": {
    vi: "Chỉ số so với chỉ tiêu ({count})",
    en: "Indicators against targets ({count})",
  },
  "page.sidebar.indicatorValue": { vi: "Kết quả {value} · chỉ tiêu {target}", en: "Value {value} · target {target}" },
  "page.sidebar.reminders": { vi: "Nhắc việc hằng ngày", en: "Daily reminders" },
  "page.sidebar.remindersOn": { vi: "Bật nhắc việc", en: "Turn reminders on" },
  "page.sidebar.remindersOff": { vi: "Tắt nhắc việc", en: "Turn reminders off" },
  "page.sidebar.actions": { vi: "Thao tác", en: "Actions" },
  "page.sidebar.refresh": { vi: "Cập nhật", en: "Refresh" },
  "page.sidebar.check": { vi: "Kiểm tra", en: "Check" },
  "page.sidebar.period": { vi: "Kỳ báo cáo", en: "Report period" },
  "page.sidebar.report": { vi: "Tạo báo cáo", en: "Make the report" },
  "page.sidebar.reportTab": { vi: "Trang báo cáo: {tab}", en: "Report tab: {tab}" },
  "page.sidebar.reportPdf": { vi: "Mở bản PDF", en: "Open the PDF" },
  "page.sidebar.settings": { vi: "Cài đặt", en: "Settings" },
  "page.sidebar.save": { vi: "Lưu cài đặt", en: "Save the settings" },
  "page.sidebar.nothingChanged": { vi: "Chưa có thay đổi nào để lưu.", en: "Nothing was changed." },
  "page.sidebar.settingsRefused": {
    vi: "Chưa lưu: hãy sửa các giá trị được đánh dấu.",
    en: "Not saved: correct the values marked.",
  },
  "page.sidebar.myLink": { vi: "Mở trang “Việc của tôi”", en: "Open “My tasks”" },
} as const satisfies Record<string, { vi: string; en: string }>;

export type PageKey = keyof typeof pageCatalogue;

/** t("page.send") → "Gửi". */
export function t(key: PageKey, params: Params = {}, lang: Lang = "vi"): string {
  return fill(pageCatalogue[key][lang], params);
}
