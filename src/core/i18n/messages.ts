/**
 * The message catalogue: every string a person reads comes from here, Vietnamese first
 * (the language of the product), English second (for maintainers and the district's
 * occasional English reader). Placeholders are written {name}.
 */
export const catalogue = {
  // Menu
  "menu.title": { vi: "Kế hoạch CCHC", en: "PAR plan" },
  "menu.setup": { vi: "Khởi tạo bảng theo dõi", en: "Set up the tracking sheets" },
  "menu.importFromSheet": { vi: "Nhập kế hoạch từ trang tính này", en: "Import the plan from this sheet" },
  "menu.importDefault": { vi: "Nhập kế hoạch mẫu (xã Đại Lãnh 2024)", en: "Import the sample plan (Đại Lãnh 2024)" },

  // Tabs
  "tab.plan": { vi: "Kế hoạch", en: "Plan" },
  "tab.directory": { vi: "Danh bạ", en: "Directory" },
  "tab.settings": { vi: "Cài đặt", en: "Settings" },
  "tab.log": { vi: "Nhật ký", en: "Log" },
  "tab.holidays": { vi: "Ngày nghỉ", en: "Holidays" },
  "tab.completions": { vi: "Hoàn thành theo kỳ", en: "Completions" },
  "tab.legend": { vi: "Chú giải", en: "Legend" },
  "tab.indicators": { vi: "Chỉ số", en: "Indicators" },
  "tab.indicatorData": { vi: "Số liệu chỉ số", en: "Indicator data" },
  "tab.planStats": { vi: "Tỷ lệ hoàn thành", en: "Plan ratios" },
  "tab.proposed": { vi: "Chỉ số đã đề xuất", en: "Proposed indicators" },
  "tab.indicatorChart": { vi: "Biểu đồ chỉ số", en: "Indicator chart" },
  "chart.title": {
    vi: "Kết quả mới nhất so với chỉ tiêu và mức tối thiểu (%)",
    en: "Latest value against target and floor (%)",
  },

  // Plan tab columns
  "col.id": { vi: "Mã", en: "ID" },
  "col.part": { vi: "Phần", en: "Part" },
  "col.section": { vi: "Mục", en: "Section" },
  "col.number": { vi: "TT", en: "No." },
  "col.task": { vi: "Nhiệm vụ", en: "Task" },
  "col.output": { vi: "Sản phẩm", en: "Output" },
  "col.timeline": { vi: "Tiến độ", en: "Timeline" },
  "col.assignment": { vi: "Phân công và cách thức thực hiện", en: "Assignment and method" },
  "col.lead": { vi: "Chủ trì", en: "Lead" },
  "col.support": { vi: "Phối hợp", en: "Support" },
  "col.owner": { vi: "Người phụ trách", en: "Owner" },
  "col.deadline": { vi: "Hạn tự đặt", en: "Own deadline" },
  "col.progress": { vi: "Trạng thái", en: "Progress" },
  "col.completedOn": { vi: "Ngày hoàn thành", en: "Completed on" },
  "col.evidence": { vi: "Minh chứng (đường dẫn)", en: "Evidence (link)" },
  "col.notes": { vi: "Ghi chú, khó khăn", en: "Notes, difficulties" },
  "col.status": { vi: "Tình trạng", en: "Status" },
  "col.indicatorId": { vi: "Mã chỉ số", en: "Indicator ID" },
  "col.indicatorName": { vi: "Chỉ số, chỉ tiêu", en: "Indicator, target" },
  "col.unit": { vi: "Đơn vị", en: "Unit" },
  "col.direction": { vi: "Yêu cầu", en: "Direction" },
  "col.target": { vi: "Chỉ tiêu", en: "Target" },
  "col.floor": { vi: "Mức tối thiểu", en: "Floor" },
  "col.checkpoints": { vi: "Các mốc (ngày: chỉ tiêu; …)", en: "Checkpoints (date: target; …)" },
  "col.latestPeriod": { vi: "Kỳ mới nhất", en: "Latest period" },
  "col.latestValue": { vi: "Kết quả", en: "Latest value" },
  "col.appliesTarget": { vi: "Chỉ tiêu áp dụng", en: "Target now" },
  "col.indicatorStatus": { vi: "Đánh giá", en: "Assessment" },
  "col.change": { vi: "Thay đổi so với kỳ trước", en: "Change since last period" },
  "col.numerator": { vi: "Tử số", en: "Numerator" },
  "col.denominator": { vi: "Mẫu số", en: "Denominator" },
  "col.source": { vi: "Nguồn số liệu", en: "Source" },
  "col.scope": { vi: "Phạm vi", en: "Scope" },
  "col.tasks": { vi: "Số nhiệm vụ", en: "Tasks" },
  "col.doneCount": { vi: "Đã hoàn thành", en: "Done" },
  "col.donePct": { vi: "% hoàn thành", en: "% done" },
  "col.onTimePct": { vi: "% đúng hạn (trong số đã xong)", en: "% on time (of done)" },
  "col.overduePct": { vi: "% quá hạn", en: "% overdue" },
  "col.evidencePct": { vi: "% có minh chứng (trong số đã xong)", en: "% with evidence (of done)" },
  "scope.plan": { vi: "Toàn kế hoạch", en: "Whole plan" },
  "scope.part": { vi: "Phần {code}", en: "Part {code}" },
  "scope.section": { vi: "Phần {part}, mục {code}. {title}", en: "Part {part}, section {code}. {title}" },
  "col.nextDue": { vi: "Hạn kế tiếp", en: "Next due" },
  "col.daysLeft": { vi: "Ngày làm việc còn lại", en: "Working days left" },
  "col.check": { vi: "Cần sửa", en: "To fix" },
  "col.colour": { vi: "Màu", en: "Colour" },
  "col.meaning": { vi: "Ý nghĩa", en: "Meaning" },
  "col.remarks": { vi: "Ghi chú", en: "Remarks" },
  "col.importNotes": { vi: "Ghi chú khi nhập", en: "Import notes" },
  "col.role": { vi: "Vai trò", en: "Role" },
  "col.aliases": { vi: "Cách viết khác (cách nhau bởi ;)", en: "Other spellings (separated by ;)" },
  "col.person": { vi: "Họ và tên", en: "Name" },
  "col.email": { vi: "Email", en: "Email" },
  "col.roleKey": { vi: "Mã vai trò", en: "Role key" },
  "col.key": { vi: "Khóa", en: "Key" },
  "col.value": { vi: "Giá trị", en: "Value" },
  "col.description": { vi: "Ý nghĩa", en: "Meaning" },
  "col.time": { vi: "Thời gian", en: "Time" },
  "col.date": { vi: "Ngày", en: "Date" },
  "col.dayKind": { vi: "Loại", en: "Kind" },
  "col.dayName": { vi: "Tên ngày lễ / lý do", en: "Holiday / reason" },
  "col.taskId": { vi: "Mã nhiệm vụ", en: "Task ID" },
  "col.period": { vi: "Kỳ (2024-11, 2024-Q4, 2024-11-10)", en: "Period (2024-11, 2024-Q4, 2024-11-10)" },
  "col.user": { vi: "Người thực hiện", en: "By" },
  "col.action": { vi: "Việc", en: "Action" },
  "col.details": { vi: "Chi tiết", en: "Details" },

  // Progress values an officer picks
  "progress.notStarted": { vi: "Chưa thực hiện", en: "Not started" },
  "progress.inProgress": { vi: "Đang thực hiện", en: "In progress" },
  "progress.done": { vi: "Hoàn thành", en: "Done" },
  "progress.paused": { vi: "Tạm dừng", en: "Paused" },

  // Settings
  "setting.communeName": { vi: "Tên xã (viết như trên văn bản)", en: "Commune name (as written in documents)" },
  "setting.planYear": { vi: "Năm của kế hoạch", en: "Plan year" },
  "setting.planStart": {
    vi: "Ngày bắt đầu theo dõi (ngày ban hành kế hoạch); các kỳ trước ngày này không tính",
    en: "Tracking start (the plan's date); periods before it do not count",
  },
  "setting.dueSoonDays": { vi: 'Số ngày làm việc coi là "sắp đến hạn"', en: 'Working days counted as "due soon"' },
  "setting.beforeMeansDayBefore": {
    vi: '"Trước ngày X" nghĩa là hạn là ngày liền trước X (CÓ/KHÔNG)',
    en: '"Before day X" means due the day before X (yes/no)',
  },
  "setting.webAppUrl": {
    vi:
      "Địa chỉ trang Việc của tôi: mỗi thư nhắc việc có đường " +
      "link riêng tới trang này (để trống: thư không có " +
      "đường link). Lấy trong trình chỉnh sửa Apps Script: " +
      "Triển khai → Tùy chọn triển khai mới → Ứng dụng web → " +
      "sao chép URL kết thúc bằng /exec",
    en:
      'Address of the "My tasks" page: each reminder e-mail carries a personal link to it (empty: no link). ' +
      "In the Apps Script editor: Deploy → New deployment → Web app → copy the URL ending in /exec",
  },
  "settings.badWebAppUrl": {
    vi:
      '"{value}" không phải địa chỉ trang Việc của tôi; dán URL dạng https://script.google.com/macros/s/…/exec ' +
      "(Triển khai → Tùy chọn triển khai mới → Ứng dụng " +
      "web), hoặc để trống. Địa chỉ kết thúc bằng /dev chỉ " +
      "người sửa được tập lệnh mới mở được.",
    en:
      '"{value}" is not the address of the "My tasks" page; paste the URL https://script.google.com/macros/s/…/exec ' +
      "(Deploy → New deployment → Web app), or leave it empty. An address ending in /dev opens only for the " +
      "script's editors.",
  },

  // Settings values
  "settings.badYear": {
    vi: 'Năm "{value}" không hợp lệ; ghi 4 chữ số, ví dụ 2024, hoặc để trống.',
    en: 'Year "{value}" is not valid; write four digits, e.g. 2024, or leave it empty.',
  },
  "settings.badDays": {
    vi: '"{value}" không phải số ngày; ghi một số từ 0 đến 99.',
    en: '"{value}" is not a number of days; write a number from 0 to 99.',
  },
  "settings.badYesNo": {
    vi: '"{value}" không hợp lệ; ghi CÓ hoặc KHÔNG.',
    en: '"{value}" is not valid; write YES or NO (CÓ/KHÔNG).',
  },
  "settings.badCutoffDay": {
    vi: '"{value}" không phải ngày chốt hợp lệ; ghi một số từ 1 đến 28.',
    en: '"{value}" is not a valid cut-off day; write a number from 1 to 28.',
  },
  "settings.badHour": {
    vi: '"{value}" không phải giờ hợp lệ; ghi một số từ 0 đến 23, ví dụ 7 hoặc 7:00.',
    en: '"{value}" is not a valid hour; write a number from 0 to 23, e.g. 7 or 7:00.',
  },
  "settings.badEmails": {
    vi: '"{value}" có địa chỉ email không hợp lệ; ghi các địa chỉ cách nhau bằng dấu phẩy.',
    en: '"{value}" holds an invalid e-mail address; write addresses separated by commas.',
  },
  "settings.usingDefault": {
    vi: "{problem} Đang dùng giá trị mặc định: {fallback}.",
    en: "{problem} The default is used: {fallback}.",
  },
  "settings.noDefault": {
    vi: "{problem} Chưa dùng giá trị nào cho đến khi sửa.",
    en: "{problem} No value is used until it is corrected.",
  },
  "settings.problem": {
    vi: 'Trang "{tab}", dòng {row}, cột "{column}" ({key}): {problem}',
    en: 'Tab "{tab}", row {row}, column "{column}" ({key}): {problem}',
  },

  // Task status
  "status.doneEarly": { vi: "Hoàn thành sớm hạn", en: "Done early" },
  "status.doneOnTime": { vi: "Hoàn thành đúng hạn", en: "Done on time" },
  "status.doneLate": { vi: "Hoàn thành trễ hạn", en: "Done late" },
  "status.overdue": { vi: "Quá hạn", en: "Overdue" },
  "status.dueSoon": { vi: "Sắp đến hạn", en: "Due soon" },
  "status.onTrack": { vi: "Trong hạn", en: "On track" },
  "status.continuous": { vi: "Thường xuyên", en: "Continuous" },
  "status.waitingEvent": { vi: "Chờ phát sinh sự việc", en: "Waiting for an event" },
  "status.noDeadline": { vi: "Chưa có hạn", en: "No deadline" },

  // Checks: a problem, then how to fix it. The tab, row and column come from "check.where".
  "check.where": {
    vi: 'Trang "{tab}", dòng {row}, cột "{column}": {problem}',
    en: 'Tab "{tab}", row {row}, column "{column}": {problem}',
  },
  "check.inCell": { vi: "[Kiểm tra] {problem}", en: "[Check] {problem}" },
  "check.tooLong": {
    vi: "nội dung dài {length} ký tự, quá {max}; hãy rút gọn hoặc đưa phần chi tiết vào tài liệu minh chứng.",
    en: "the text is {length} characters long, over {max}; shorten it or move the detail into the evidence document.",
  },
  "check.notDate": {
    vi: '"{value}" không phải là ngày; hãy nhập ngày/tháng/năm, ví dụ 20/11/2024.',
    en: '"{value}" is not a date; enter day/month/year, e.g. 20/11/2024.',
  },
  "check.notUrl": {
    vi: '"{value}" không phải đường dẫn; hãy dán đường dẫn bắt đầu bằng https://.',
    en: '"{value}" is not a link; paste a link starting with https://.',
  },
  "check.notEmail": {
    vi: '"{value}" không phải địa chỉ email; ví dụ ten@gmail.com.',
    en: '"{value}" is not an email address; e.g. name@gmail.com.',
  },
  "check.required": { vi: "ô này không được để trống.", en: "this cell must not be empty." },
  "check.future": {
    vi: "ngày {value} còn ở tương lai; ngày hoàn thành không thể sau hôm nay.",
    en: "{value} is in the future; a completion date cannot be after today.",
  },
  "check.notInList": {
    vi: '"{value}" không có trong danh sách; hãy chọn trong danh sách thả xuống.',
    en: '"{value}" is not in the list; pick a value from the dropdown.',
  },
  "check.unknownRole": {
    vi: 'vai trò "{value}" không có trong trang "Danh bạ"; hãy sửa cách viết hoặc thêm vai trò vào Danh bạ.',
    en: 'the role "{value}" is not in the Directory; fix the spelling or add the role there.',
  },
  "check.noTask": {
    vi: "dòng có dữ liệu nhưng chưa có nhiệm vụ; hãy ghi nhiệm vụ hoặc xóa dòng.",
    en: "the row has data but no task; write the task or delete the row.",
  },
  "check.doneNeedsDate": {
    vi: 'nhiệm vụ đã "Hoàn thành" nhưng chưa có ngày hoàn thành (chấm điểm CCHC cần ngày này).',
    en: "the task is done but has no completion date (PAR scoring needs it).",
  },
  "check.doneNeedsEvidence": {
    vi: 'nhiệm vụ đã "Hoàn thành" nhưng chưa có đường dẫn minh chứng (chấm điểm CCHC cần tài liệu kiểm chứng).',
    en: "the task is done but has no evidence link (PAR scoring needs an evidence document).",
  },
  "check.dateButNotDone": {
    vi: 'đã có ngày hoàn thành nhưng trạng thái chưa là "Hoàn thành"; hãy chọn "Hoàn thành" hoặc xóa ngày.',
    en: 'there is a completion date but the progress is not "Done"; pick "Hoàn thành" or clear the date.',
  },
  "check.unknownTask": {
    vi: 'mã nhiệm vụ "{value}" không có trên trang "Kế hoạch".',
    en: 'task id "{value}" is not on the Plan tab.',
  },
  "check.badPeriod": {
    vi: 'kỳ "{value}" không rõ; ghi như 2024-11 (tháng), 2024-Q4 (quý), 2024-H1 (6 tháng), 2024 (năm) hoặc một ngày.',
    en: 'period "{value}" is unclear; write 2024-11 (month), 2024-Q4 (quarter), 2024-H1 (half), 2024 (year) or a date.',
  },
  "check.merged": {
    vi: "các ô {value} đang bị gộp; hãy bỏ gộp (Định dạng → Gộp ô → Hủy gộp) để mỗi ô một giá trị.",
    en: "cells {value} are merged; unmerge them (Format → Merge cells → Unmerge) so each cell holds one value.",
  },
  "check.duplicateId": {
    vi: 'mã "{value}" trùng với dòng {other}; mỗi nhiệm vụ cần một mã riêng.',
    en: 'id "{value}" is also on row {other}; each task needs its own id.',
  },
  "check.leadNoEmail": {
    vi: "vai trò này chủ trì nhiệm vụ nhưng chưa có email để nhận nhắc việc.",
    en: "this role leads tasks but has no email to receive reminders.",
  },
  "check.emptyRows": {
    vi: 'Có {count} dòng trống giữa bảng "{tab}" (dòng {rows}); không ảnh hưởng tới việc tính, có thể xóa.',
    en: '{count} empty rows in the middle of "{tab}" (rows {rows}); harmless, can be deleted.',
  },
  "check.summary": {
    vi: "Đã kiểm tra {rows} dòng: {problems} vấn đề cần sửa.",
    en: "Checked {rows} rows: {problems} problems to fix.",
  },
  "check.none": { vi: "Không có vấn đề nào. Cảm ơn các đồng chí!", en: "No problems found." },
  "check.kindLine": { vi: "- {kind}: {count}", en: "- {kind}: {count}" },
  "check.seeColumn": {
    vi: 'Xem cột "{column}" trên trang "{tab}" và ghi chú ở các ô có dấu tam giác.',
    en: 'See the "{column}" column on "{tab}" and the notes on marked cells.',
  },
  "refresh.done": {
    vi:
      "Đã cập nhật {rows} nhiệm vụ ngày {today}: {overdue} quá hạn, " +
      "{dueSoon} sắp đến hạn, {problems} vấn đề cần sửa.",
    en: "Refreshed {rows} tasks on {today}: {overdue} overdue, {dueSoon} due soon, {problems} problems to fix.",
  },
  "refresh.donePartial": {
    vi:
      "Đã cập nhật {rows} nhiệm vụ ngày {today}: {overdue} quá hạn, {dueSoon} sắp đến hạn, " +
      "{problems} vấn đề cần sửa, trong đó {partial} tiến độ chỉ hiểu một phần (cần xác nhận hạn).",
    en:
      "Refreshed {rows} tasks on {today}: {overdue} overdue, {dueSoon} due soon, {problems} problems to fix, " +
      "of which {partial} timelines only partly understood (deadlines to confirm).",
  },
  "menu.check": { vi: "Kiểm tra dữ liệu", en: "Check the data" },
  "menu.refresh": { vi: "Cập nhật trạng thái", en: "Refresh statuses" },
  "log.check": { vi: "Kiểm tra", en: "Check" },
  "log.refresh": { vi: "Cập nhật", en: "Refresh" },

  // Indicators
  "indicator.noNumerator": { vi: "có mẫu số nhưng chưa có tử số.", en: "there is a denominator but no numerator." },
  "indicator.zeroDenominator": {
    vi: "mẫu số bằng 0 nên không tính được tỷ lệ; hãy kiểm tra số liệu.",
    en: "the denominator is 0, so no ratio can be computed; check the figures.",
  },
  "indicator.numeratorOver": {
    vi: "tử số lớn hơn mẫu số (tỷ lệ trên 100%); hãy kiểm tra số liệu.",
    en: "the numerator is larger than the denominator (over 100%); check the figures.",
  },
  "indicator.notNumber": {
    vi: '"{value}" không phải là số; hãy nhập một con số, ví dụ 45.',
    en: '"{value}" is not a number; enter a number, e.g. 45.',
  },
  "indicator.noFigure": {
    vi: "dòng chưa có số liệu: hãy nhập tử số và mẫu số, hoặc giá trị.",
    en: "the row has no figure: enter a numerator and a denominator, or a value.",
  },
  "indicator.unknown": {
    vi: 'mã chỉ số "{value}" không có trên trang "Chỉ số".',
    en: 'indicator id "{value}" is not on the Indicators tab.',
  },
  "indicator.met": { vi: "Đạt", en: "Met" },
  "indicator.metFloor": { vi: "Đạt mức tối thiểu", en: "Met the floor" },
  "indicator.notMet": { vi: "Chưa đạt", en: "Not met" },
  "indicator.noData": { vi: "Chưa có số liệu", en: "No data yet" },
  "unit.percent": { vi: "%", en: "%" },
  "unit.points": { vi: "điểm", en: "points" },
  "unit.count": { vi: "số lượng", en: "count" },
  "unit.perWeek": { vi: "lần/tuần", en: "times/week" },
  "direction.atLeast": { vi: "≥ (tối thiểu)", en: "≥ (at least)" },
  "direction.moreThan": { vi: "> (trên)", en: "> (more than)" },
  "direction.atMost": { vi: "≤ (tối đa)", en: "≤ (at most)" },
  "direction.none": { vi: "không có (= 0)", en: "none (= 0)" },
  "indicator.badCheckpointText": {
    vi: 'không đọc được mốc "{value}"; ghi dạng ngày: chỉ tiêu, ví dụ 25/08/2024: 60.',
    en: 'cannot read the checkpoint "{value}"; write date: target, e.g. 25/08/2024: 60.',
  },
  "indicator.badCheckpoint": {
    vi: 'Mốc ngày {text} không tồn tại; hãy sửa ngày của mốc ở trang "Chỉ số".',
    en: "The checkpoint date {text} does not exist; fix it on the Indicators tab.",
  },

  // The secretariat's sidebar, "Bảng điều khiển" (src/app/api/dashboard.ts)
  "dashboard.lead": { vi: "{lead} (người phụ trách: {owner})", en: "{lead} (owner: {owner})" },
  "dashboard.remindersNever": {
    vi: "Chưa bật nhắc việc cho bảng tính này.",
    en: "Reminders have not been turned on for this spreadsheet.",
  },
  "dashboard.remindersBad": {
    vi: "Yêu cầu bật/tắt nhắc việc không hợp lệ; hãy bấm lại nút.",
    en: "The request to turn reminders on or off is not valid; click the button again.",
  },
  "dashboard.reportMail": {
    vi: 'Có thể gửi bản PDF qua email tới {to} bằng menu "{menu} → {item}".',
    en: 'The PDF can be e-mailed to {to} from the menu "{menu} → {item}".',
  },
  "dashboard.unavailable": {
    vi: "Chưa đọc được bảng theo dõi: {reason}",
    en: "The tracking sheets could not be read: {reason}",
  },
  "dashboard.formBad": {
    vi: "Dữ liệu gửi từ biểu mẫu cài đặt không hợp lệ; hãy tải lại bảng điều khiển.",
    en: "What the settings form sent is not valid; reload the dashboard.",
  },
  "dashboard.settingUnknown": {
    vi: 'Không có cài đặt "{key}" trên trang "{tab}".',
    en: 'There is no setting "{key}" on the "{tab}" tab.',
  },
  "dashboard.settingProduct": {
    vi: 'Cài đặt "{field}" do tiện ích tự ghi, không sửa ở đây được.',
    en: 'The setting "{field}" is written by the add-on and cannot be edited here.',
  },
  "dashboard.settingNotText": {
    vi: 'Cài đặt "{field}": giá trị phải là chữ.',
    en: 'Setting "{field}": the value must be text.',
  },
  "dashboard.settingTooLong": {
    vi: 'Cài đặt "{field}": dài quá {max} ký tự.',
    en: 'Setting "{field}": longer than {max} characters.',
  },
  "dashboard.settingControl": {
    vi: 'Cài đặt "{field}": có ký tự lạ hoặc xuống dòng; hãy ghi trên một dòng.',
    en: 'Setting "{field}": holds a hidden character or a line break; write it on one line.',
  },
  "dashboard.settingMoved": {
    vi: 'Cài đặt "{field}" đã được sửa trên trang "{tab}" thành "{now}" sau khi mở bảng điều khiển; hãy tải lại rồi sửa.',
    en: 'Setting "{field}" was changed on the "{tab}" tab to "{now}" after the dashboard opened; reload, then edit.',
  },
  "dashboard.settingBad": { vi: 'Cài đặt "{field}": {problem}', en: 'Setting "{field}": {problem}' },
  "dashboard.settingsSaved": {
    vi: 'Đã lưu {count} cài đặt vào trang "{tab}".',
    en: 'Saved {count} setting(s) to the "{tab}" tab.',
  },
  "dashboard.settingsSame": {
    vi: "Không có cài đặt nào thay đổi; không ghi gì.",
    en: "No setting changed; nothing was written.",
  },
  "dashboard.logSettings": { vi: "Sửa cài đặt (bảng điều khiển)", en: "Settings edited (dashboard)" },
  "dashboard.logSetting": { vi: '{key}: "{from}" → "{to}"', en: '{key}: "{from}" → "{to}"' },
  "dashboard.linkNoPage": {
    vi: 'Trang "Việc của tôi" chưa được triển khai (ứng dụng web), nên chưa có đường liên kết.',
    en: 'The "My tasks" page is not deployed yet (web app), so there is no link yet.',
  },
  "dashboard.linkNoUser": {
    vi: "Google không cho biết email của bạn, nên không tạo được đường liên kết.",
    en: "Google does not say your e-mail address, so no link can be made.",
  },
  "dashboard.link": {
    vi: 'Đường liên kết "Việc của tôi" của {email}, dùng được {days} ngày. Không chia sẻ cho người khác.',
    en: 'The "My tasks" link of {email}, valid for {days} days. Do not share it.',
  },

  // The report (Decree 30/2020/NĐ-CP layout)
  "report.issuerTop": { vi: "ỦY BAN NHÂN DÂN", en: "PEOPLE'S COMMITTEE" },
  "report.issuer": { vi: "XÃ {commune}", en: "OF {commune} COMMUNE" },
  "report.motto1": { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM" },
  "report.motto2": { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  "report.placeDate": { vi: "{commune}, ngày {day} tháng {month} năm {year}", en: "{commune}, {day}/{month}/{year}" },
  "report.title": { vi: "BÁO CÁO", en: "REPORT" },
  "report.subject": {
    vi:
      "Kết quả thực hiện Kế hoạch khắc phục tồn tại, hạn chế, " +
      "cải thiện Chỉ số cải cách hành chính và " +
      "nâng cao Chỉ số hài lòng (SIPAS) {period}",
    en: "Results of the plan to improve the PAR INDEX and SIPAS scores, {period}",
  },
  // Periods, as a sentence names them (core/period periodLabel)
  "period.month": { vi: "tháng {month} năm {year}", en: "month {month} of {year}" },
  "period.quarter": { vi: "quý {quarter} năm {year}", en: "quarter {quarter} of {year}" },
  "period.h1": { vi: "6 tháng đầu năm {year}", en: "first half of {year}" },
  "period.h2": { vi: "6 tháng cuối năm {year}", en: "second half of {year}" },
  "period.year": { vi: "năm {year}", en: "year {year}" },
  "period.week": { vi: "tuần {week} năm {year} ({from} – {to})", en: "week {week} of {year} ({from} – {to})" },
  "period.day": { vi: "ngày {date}", en: "{date}" },
  "report.s1": { vi: "I. KẾT QUẢ CHUNG", en: "I. OVERALL RESULTS" },
  "report.summary": {
    vi:
      "Kế hoạch có {tasks} nhiệm vụ. Tính đến ngày {cutoff}: {done} nhiệm vụ đã hoàn thành (tỷ lệ đúng " +
      "hạn {onTime}); {overdue} nhiệm vụ quá hạn; {dueSoon} nhiệm vụ sắp đến hạn; {onTrack} nhiệm vụ " +
      "đang trong hạn; {continuous} nhiệm vụ thực hiện thường xuyên; {waiting} nhiệm vụ chờ phát sinh " +
      "sự việc; {noDeadline} nhiệm vụ chưa có hạn cụ thể.",
    en:
      "The plan has {tasks} tasks. As of {cutoff}: {done} done (on-time rate {onTime}); {overdue} " +
      "overdue; {dueSoon} due soon; {onTrack} on track; {continuous} continuous; {waiting} waiting for " +
      "an event; {noDeadline} with no set deadline.",
  },
  "report.s2": {
    vi: "II. NHIỆM VỤ HOÀN THÀNH TRONG KỲ ({period})",
    en: "II. TASKS COMPLETED IN THE PERIOD ({period})",
  },
  "report.s3": { vi: "III. NHIỆM VỤ QUÁ HẠN ({count})", en: "III. OVERDUE TASKS ({count})" },
  "report.s4": { vi: "IV. KẾT QUẢ CÁC CHỈ SỐ, CHỈ TIÊU", en: "IV. INDICATORS AGAINST TARGETS" },
  "report.s5": { vi: "V. KHÓ KHĂN, VƯỚNG MẮC", en: "V. DIFFICULTIES" },
  "report.s6": { vi: "VI. NHIỆM VỤ ĐẾN HẠN TRONG KỲ TỚI", en: "VI. TASKS DUE IN THE NEXT PERIOD" },
  "report.none": { vi: "Không có.", en: "None." },
  "report.noSection": { vi: "(không chia mục)", en: "(no section)" },
  "report.noDifficulties": {
    vi: "Các cán bộ, công chức chưa ghi nhận khó khăn, vướng mắc đối với các nhiệm vụ quá hạn.",
    en: "No difficulties were noted on overdue tasks.",
  },
  "report.occurrence": { vi: "kỳ {key}", en: "period {key}" },
  "report.floor": { vi: "tối thiểu", en: "floor" },
  "report.closing": {
    vi: "Trên đây là báo cáo kết quả thực hiện Kế hoạch của UBND xã {commune}./.",
    en: "This is the report of the People's Committee of {commune} commune./.",
  },
  "report.recipients": { vi: "Nơi nhận:", en: "Recipients:" },
  "report.signerOrg": { vi: "TM. ỦY BAN NHÂN DÂN", en: "ON BEHALF OF THE PEOPLE'S COMMITTEE" },
  "report.signerTitle": { vi: "CHỦ TỊCH", en: "CHAIRMAN" },
  "report.colPart": { vi: "Phần", en: "Part" },
  "report.colSection": { vi: "Mục", en: "Section" },
  "report.colTasks": { vi: "Số NV", en: "Tasks" },
  "report.colDone": { vi: "Hoàn thành", en: "Done" },
  "report.colOverdue": { vi: "Quá hạn", en: "Overdue" },
  "report.colDueSoon": { vi: "Sắp đến hạn", en: "Due soon" },
  "report.colOpen": { vi: "Đang thực hiện", en: "Open" },
  "report.colNo": { vi: "TT", en: "No." },
  "report.colId": { vi: "Mã", en: "ID" },
  "report.colTask": { vi: "Nhiệm vụ", en: "Task" },
  "report.colCompletedOn": { vi: "Ngày hoàn thành", en: "Completed on" },
  "report.colEvidence": { vi: "Minh chứng", en: "Evidence" },
  "report.colLead": { vi: "Chủ trì", en: "Lead" },
  "report.colPerson": { vi: "Người phụ trách", en: "Person" },
  "report.colDue": { vi: "Hạn", en: "Due" },
  "report.colLate": { vi: "Trễ (ngày làm việc)", en: "Late (working days)" },
  "report.colIndicator": { vi: "Chỉ số", en: "Indicator" },
  "report.colTarget": { vi: "Chỉ tiêu", en: "Target" },
  "report.colValue": { vi: "Kết quả", en: "Result" },
  "report.colAssessment": { vi: "Đánh giá", en: "Assessment" },
  "report.tabName": { vi: "Báo cáo {period}", en: "Report {period}" },
  "report.fileName": { vi: "Bao cao CCHC {commune} {period}", en: "PAR report {commune} {period}" },
  "report.colOnTime": { vi: "Tỷ lệ hoàn thành đúng hạn", en: "On-time rate" },
  "report.done": {
    vi: 'Đã tạo báo cáo {period}: trang "{tab}", bản PDF: {url}',
    en: 'Report {period} made: tab "{tab}", PDF: {url}',
  },
  "report.ask": {
    vi: "Nhập kỳ báo cáo: 2024-11 (tháng), 2024-Q4 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm). Để trống: tháng {default}.",
    en: "Report period: 2024-11 (month), 2024-Q4 (quarter), 2024-H1 (half) or 2024 (year). Empty: month {default}.",
  },
  "report.sendAsk": { vi: "Gửi bản PDF qua email tới: {to}?", en: "Email the PDF to: {to}?" },
  "report.sent": { vi: "Đã gửi báo cáo tới {to}.", en: "The report was sent to {to}." },
  "report.noEmails": {
    vi: 'Chưa có email nhận báo cáo (trang "Cài đặt", dòng reportEmails); báo cáo chưa được gửi.',
    en: "No report recipients' emails (Settings, reportEmails); the report was not sent.",
  },
  "report.mailSubject": {
    vi: "[{commune}] Báo cáo kết quả thực hiện Kế hoạch CCHC {period}",
    en: "[{commune}] PAR plan report, {period}",
  },
  "report.mailBody": {
    vi:
      "Kính gửi {salutation},\n\nUBND xã {commune} gửi kèm báo cáo kết quả thực hiện Kế hoạch khắc " +
      "phục tồn tại, hạn chế, cải thiện Chỉ số CCHC và Chỉ số hài lòng {period}.\n\nTrân trọng.",
    en: "Dear {salutation},\n\nPlease find attached the report of {commune} commune on its PAR plan, {period}.\n\nRegards.",
  },
  "menu.report": { vi: "Tạo báo cáo", en: "Generate report" },
  "log.report": { vi: "Báo cáo", en: "Report" },
  "report.badPeriod": {
    vi: 'Kỳ báo cáo "{period}" không hợp lệ; ghi 2024-11 (tháng), 2024-Q4 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).',
    en: 'Report period "{period}" is not valid; write 2024-11 (month), 2024-Q4 (quarter), 2024-H1 (half) or 2024 (year).',
  },
  "setting.signerName": { vi: "Họ tên Chủ tịch UBND xã (người ký báo cáo)", en: "Chairman's name (signs the report)" },
  "setting.reportNumber": {
    vi: 'Số và ký hiệu báo cáo, ví dụ "Số:    /BC-UBND"',
    en: 'Report number line, e.g. "Số:    /BC-UBND"',
  },
  "setting.reportRecipients": {
    vi: "Nơi nhận báo cáo, cách nhau bởi dấu ;. Để trống: nơi nhận mặc định của cấp nhận báo cáo; ghi KHÔNG: không in nơi nhận",
    en: "Report recipients, separated by ;. Empty: the default list of the level the report goes to; KHÔNG: none",
  },
  "setting.reportEmails": {
    vi: "Email nhận bản PDF báo cáo (Sở Nội vụ…), cách nhau bởi dấu ,",
    en: "Emails that receive the report PDF, separated by ,",
  },
  "setting.reportCutoffDay": {
    vi: "Ngày chốt số liệu báo cáo tháng (hạn gửi báo cáo cấp trên)",
    en: "Day of the month the monthly report's figures are taken (its due day)",
  },

  // Daily reminders
  "digest.subject": {
    vi: "[Kế hoạch CCHC] {overdue} việc quá hạn, {dueSoon} sắp đến hạn, {toFix} cần sửa – ngày {date}",
    en: "[PAR plan] {overdue} overdue, {dueSoon} due soon, {toFix} to fix – {date}",
  },
  "digest.subjectChairman": {
    vi: "[Kế hoạch CCHC] Báo cáo Chủ tịch: {overdue} việc quá hạn kéo dài – ngày {date}",
    en: "[PAR plan] For the chairman: {overdue} tasks long overdue – {date}",
  },
  "digest.intro.officer": {
    vi: "Kính gửi đồng chí, đây là các việc của đồng chí trong Kế hoạch CCHC cần xử lý (tính đến ngày {date}):",
    en: "Dear colleague, these are your PAR plan tasks to act on (as of {date}):",
  },
  "digest.intro.secretariat": {
    vi:
      "Kính gửi Văn phòng – Thống kê, đây là tổng hợp các việc quá hạn của toàn kế hoạch và các việc " +
      "được giao cho Văn phòng (tính đến ngày {date}):",
    en: "Dear secretariat, here is every overdue task of the plan and the tasks assigned to you (as of {date}):",
  },
  "digest.intro.chairman": {
    vi: "Kính gửi đồng chí Chủ tịch, các nhiệm vụ sau đã quá hạn nhiều ngày làm việc (tính đến ngày {date}):",
    en: "Dear chairman, these tasks are overdue by many working days (as of {date}):",
  },
  "digest.overdue": { vi: "Quá hạn ({count})", en: "Overdue ({count})" },
  "digest.dueSoon": { vi: "Sắp đến hạn ({count})", en: "Due soon ({count})" },
  "digest.toFix": { vi: "Dữ liệu cần sửa ({count})", en: "Data to fix ({count})" },
  "digest.late": { vi: "trễ {days} ngày làm việc (hạn {due})", en: "{days} working days late (due {due})" },
  "digest.left": { vi: "còn {days} ngày làm việc (hạn {due})", en: "{days} working days left (due {due})" },
  "digest.colWhat": { vi: "Tình trạng", en: "Status" },
  "digest.more": { vi: "… và {count} việc khác (xem trên trang tính).", en: "… and {count} more (see the sheet)." },
  "digest.footer": {
    vi:
      "Thư tự động từ bảng theo dõi Kế hoạch CCHC. Bấm vào mã nhiệm " +
      "vụ để mở dòng tương ứng; cập nhật " +
      "trạng thái, ngày hoàn thành và minh chứng ngay trên trang tính.",
    en:
      "Automatic message from the PAR plan tracker. Click a task id to open its row; update progress, " +
      "completion date and evidence in the sheet.",
  },
  "digest.sentLog": { vi: "Đã gửi nhắc việc tới {to}: {subject}", en: "Reminder sent to {to}: {subject}" },
  "digest.failedLog": {
    vi: "Không gửi được nhắc việc tới {to}: {error}",
    en: "Could not send the reminder to {to}: {error}",
  },
  "digest.stateReset": {
    vi: "Bản ghi thư đã gửi hôm nay bị hỏng và đã được làm mới; có thể có người nhận hai thư hôm nay.",
    en: "The record of today's sent e-mails was damaged and has been reset; someone may get two e-mails today.",
  },
  "digest.quotaLog": {
    vi: "Hết hạn mức gửi email trong ngày; {count} người sẽ được gửi trước trong lần chạy tới: {to}",
    en: "Daily email quota used up; {count} recipients go first on the next run: {to}",
  },
  "digest.timeLog": {
    vi: "Sắp hết thời gian chạy; {count} người còn lại sẽ được gửi trong lần chạy tới.",
    en: "Running out of time; {count} recipients left for the next run.",
  },
  "digest.dayOffLog": {
    vi: "Hôm nay ({date}) là ngày nghỉ: không gửi nhắc việc.",
    en: "Today ({date}) is a day off: no reminders sent.",
  },
  "digest.summaryLog": {
    vi:
      "Nhắc việc ngày {date}: {sent} thư đã gửi, {skipped} người đã nhận " +
      "hôm nay, {failed} lỗi, {pending} chờ lần sau.",
    en: "Reminders {date}: {sent} sent, {skipped} already mailed today, {failed} failed, {pending} pending.",
  },
  "digest.noEmail": {
    vi: 'Vai trò "{role}" chưa có email trong Danh bạ; việc của vai trò này được gửi cho Văn phòng.',
    en: 'Role "{role}" has no email in the Directory; its tasks go to the secretariat.',
  },
  "digest.nothing": {
    vi: "Đồng chí không có việc nào quá hạn, sắp đến hạn hoặc cần sửa. Không có thư nào được gửi.",
    en: "You have nothing overdue, due soon or to fix. No message was sent.",
  },
  "digest.testSent": { vi: "Đã gửi thư thử tới {to}: {subject}", en: "A test message was sent to {to}: {subject}" },
  "digest.noUser": {
    vi: "Không xác định được email của đồng chí (tài khoản chưa cho phép xem email).",
    en: "Your email address is not available to the add-on.",
  },
  "reminders.on": {
    vi: "Đang bật: gửi lúc {hour} giờ mỗi ngày làm việc; bật bởi {by} lúc {at}.",
    en: "On: sent at {hour}:00 each working day; turned on by {by} at {at}.",
  },
  "reminders.off": { vi: "Đang tắt (tắt bởi {by} lúc {at}).", en: "Off (turned off by {by} at {at})." },
  "reminders.installed": {
    vi: "Đã bật nhắc việc hằng ngày lúc {hour} giờ. Chỉ có một lịch gửi cho bảng tính này.",
    en: "Daily reminders on at {hour}:00. This spreadsheet has exactly one schedule.",
  },
  "reminders.removed": {
    vi: "Đã tắt nhắc việc hằng ngày ({count} lịch đã xóa).",
    en: "Daily reminders off ({count} schedules removed).",
  },
  "menu.remindersOn": { vi: "Bật nhắc việc hằng ngày", en: "Turn on daily reminders" },
  "menu.remindersOff": { vi: "Tắt nhắc việc", en: "Turn off reminders" },
  "menu.testDigest": { vi: "Gửi thử cho tôi", en: "Send me a test" },
  "setting.reminderHour": { vi: "Giờ gửi nhắc việc mỗi sáng (0–23)", en: "Hour reminders are sent (0–23)" },
  "setting.escalateAfterDays": {
    vi: "Báo Chủ tịch khi quá hạn hơn số ngày làm việc này (gửi thứ Hai)",
    en: "Escalate to the chairman after this many working days late (Mondays)",
  },
  "setting.sendOnDaysOff": {
    vi: "Gửi nhắc việc cả ngày nghỉ (CÓ/KHÔNG)",
    en: "Send reminders on days off too (yes/no)",
  },
  "setting.reminderStatus": {
    vi: "Trạng thái nhắc việc (tiện ích tự ghi)",
    en: "Reminder status (written by the add-on)",
  },
  "log.digest": { vi: "Nhắc việc", en: "Reminders" },
  "digest.personalLink": { vi: "Mở trang Việc của tôi để cập nhật", en: "Open My tasks to update them" },
  "digest.personalNote": {
    vi:
      "Đường link này là của riêng đồng chí, dùng được {days} ngày. Xin đừng chuyển tiếp thư này: ai có " +
      "đường link cũng cập nhật được việc của đồng chí.",
    en:
      "This link is yours alone and works for {days} days. Please do not forward this e-mail: anyone " +
      "with the link can update your tasks.",
  },
  "selfCheck.webApp": {
    vi: "Trang Việc của tôi (đường link trong thư nhắc việc)",
    en: 'The "My tasks" page (the link in reminder e-mails)',
  },
  "selfCheck.webAppOk": {
    vi: "thư nhắc việc có đường link riêng tới {url}",
    en: "reminder e-mails carry a personal link to {url}",
  },
  "selfCheck.webAppNone": {
    vi: "tập lệnh chưa triển khai thành ứng dụng web và dòng webAppUrl để trống: thư nhắc việc không có đường link",
    en: "the script is not deployed as a web app and webAppUrl is empty: reminder e-mails carry no link",
  },
  "selfCheck.webAppSuggest": {
    vi:
      "trang đã triển khai tại {url} nhưng dòng webAppUrl trong Cài đặt còn trống; dán địa chỉ này vào đó " +
      "để mỗi thư nhắc việc có đường link riêng",
    en: "the page is deployed at {url} but webAppUrl in Settings is empty; paste this address there so each reminder carries a link",
  },
  "selfCheck.webAppDiffers": {
    vi:
      "dòng webAppUrl ghi {setting} nhưng Google báo trang của tập lệnh ở {url}; nếu đã tạo triển khai mới, " +
      "hãy dán địa chỉ mới vào Cài đặt",
    en: "webAppUrl says {setting} but Google reports the script's page at {url}; after a new deployment, paste its address in Settings",
  },
  "selfCheck.webAppNotDeployed": {
    vi:
      "dòng webAppUrl ghi {setting} nhưng tập lệnh chưa được triển khai thành ứng dụng web; đường link trong " +
      "thư sẽ không mở được",
    en: "webAppUrl says {setting} but the script is not deployed as a web app; the link in the e-mails will not open",
  },
  "selfCheck.webAppTestUrl": {
    vi:
      "Google báo địa chỉ {url}, không phải địa chỉ /exec " +
      "của một bản triển khai; hãy tạo Tùy chọn triển khai " +
      "mới → Ứng dụng web và dùng URL kết thúc bằng /exec",
    en: "Google reports {url}, not the /exec address of a deployment; make a New deployment → Web app and use the URL ending in /exec",
  },

  // Kinds of problem, for the check summary
  "problemKind.date": { vi: "Ngày không hợp lệ", en: "Invalid dates" },
  "problemKind.future": { vi: "Ngày hoàn thành ở tương lai", en: "Completion dates in the future" },
  "problemKind.url": { vi: "Đường dẫn minh chứng sai", en: "Invalid evidence links" },
  "problemKind.email": { vi: "Email sai hoặc còn thiếu", en: "Invalid or missing emails" },
  "problemKind.role": { vi: "Vai trò không có trong Danh bạ", en: "Roles not in the Directory" },
  "problemKind.evidence": { vi: "Hoàn thành thiếu ngày hoặc minh chứng", en: "Done without date or evidence" },
  "problemKind.long": { vi: "Ô quá dài", en: "Cells too long" },
  "problemKind.merged": { vi: "Ô bị gộp", en: "Merged cells" },
  "problemKind.missing": { vi: "Thiếu nội dung bắt buộc", en: "Missing required content" },
  "problemKind.list": { vi: "Giá trị ngoài danh sách", en: "Values not in the list" },
  "problemKind.duplicate": { vi: "Mã nhiệm vụ trùng", en: "Duplicate task ids" },
  "problemKind.completions": { vi: 'Dòng "Hoàn thành theo kỳ" chưa đúng', en: "Completion log rows to fix" },
  "problemKind.timeline": { vi: "Tiến độ cần người xem lại", en: "Timelines to review" },
  "problemKind.settings": { vi: "Cài đặt sai", en: "Wrong settings" },
  "problemKind.indicators": {
    vi: "Chỉ số cần sửa (mốc, đơn vị, chỉ tiêu)",
    en: "Indicators to fix (checkpoints, units, targets)",
  },
  "problemKind.indicatorData": { vi: "Số liệu chỉ số cần xem lại", en: "Indicator figures to review" },
  "problemKind.other": { vi: "Vấn đề khác", en: "Other problems" },

  // Legend
  "legend.overdue": { vi: "Quá hạn: đã qua hạn mà chưa hoàn thành.", en: "Overdue: past its due date and not done." },
  "legend.dueSoon": {
    vi: 'Sắp đến hạn: còn ít ngày làm việc (xem "Cài đặt").',
    en: "Due soon: a few working days left (see Settings).",
  },
  "legend.done": { vi: "Hoàn thành sớm hạn hoặc đúng hạn.", en: "Done early or on time." },
  "legend.doneLate": { vi: "Hoàn thành trễ hạn.", en: "Done late." },
  "legend.attention": {
    vi: 'Cột "Cần sửa": dòng có dữ liệu cần sửa (xem ghi chú ở ô có dấu tam giác).',
    en: '"To fix" column: the row has data to fix (see the note on the marked cell).',
  },

  // Timeline
  "timeline.invalidDate": {
    vi:
      "Ngày {text} không tồn tại (tháng {month} năm {year} chỉ có {days} " +
      'ngày); hãy đặt hạn bằng tay ở cột "Hạn tự đặt".',
    en: 'The date {text} does not exist (month {month} of {year} has {days} days); set the deadline by hand in "Own deadline".',
  },
  "timeline.invalidPeriod": {
    vi:
      '"{text}" không có thật (một năm có 12 tháng, 4 quý, 52 hoặc 53 tuần); ' +
      'hãy sửa tiến độ hoặc đặt hạn bằng tay ở cột "Hạn tự ' +
      'đặt".',
    en:
      '"{text}" does not exist (a year has 12 months, 4 quarters, 52 or 53 weeks); correct the ' +
      'timeline or set the deadline in "Own deadline".',
  },
  "timeline.weekdayMismatch": {
    vi: 'Ngày {text} không phải là "{said}" như văn bản ghi; hãy kiểm tra lại ngày.',
    en: '{text} is not a "{said}" as the text says; check the date.',
  },
  "timeline.notUnderstood": {
    vi: 'Chưa hiểu tiến độ "{text}"; hãy đặt hạn bằng tay ở cột "Hạn tự đặt".',
    en: 'The timeline "{text}" was not understood; set the deadline by hand in "Own deadline".',
  },
  "timeline.empty": {
    vi: 'Chưa có tiến độ; hãy ghi tiến độ hoặc đặt hạn ở cột "Hạn tự đặt".',
    en: 'No timeline; write one or set "Own deadline".',
  },
  "timeline.partlyUnderstood": {
    vi: 'Tiến độ "{text}" chỉ hiểu một phần (chưa hiểu {words}); hãy kiểm tra hạn và xác nhận ở cột "Hạn tự đặt".',
    en: 'The timeline "{text}" was partly understood ({words} not understood); check the deadline and confirm it in "Own deadline".',
  },
  "problemKind.timelinePartial": { vi: "Tiến độ hiểu một phần", en: "Timeline partly understood" },

  // Holidays
  "holiday.newYear": { vi: "Tết Dương lịch", en: "New Year's Day" },
  "holiday.tet": { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" },
  "holiday.hungKings": { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration (10/3 lunar)" },
  "holiday.hungKingsMakeUp": { vi: "Nghỉ bù Giỗ Tổ Hùng Vương", en: "Make-up day for Hùng Kings' Commemoration" },
  "holiday.reunification": { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30/4)" },
  "holiday.labour": { vi: "Ngày Quốc tế Lao động (1/5)", en: "International Labour Day (1/5)" },
  "holiday.national": { vi: "Quốc khánh (2/9)", en: "National Day (2/9)" },
  "holiday.makeUp": { vi: "Nghỉ bù ngày lễ trùng cuối tuần", en: "Make-up day for a holiday on a weekend" },
  "holiday.swapOff": { vi: "Nghỉ (đổi với một ngày thứ Bảy làm bù)", en: "Day off (swapped with a Saturday worked)" },
  "holiday.swapWorked": { vi: "Làm bù (đổi ngày nghỉ)", en: "Working day swapped for a day off" },
  "holiday.kindHoliday": { vi: "Nghỉ", en: "Day off" },
  "holiday.kindWorkday": { vi: "Làm bù", en: "Worked" },
  "holiday.toConfirm": {
    vi: "Cần xác nhận theo thông báo chính thức",
    en: "To confirm against the official announcement",
  },

  // Help texts shown by data validation
  "help.progress": { vi: "Chọn trạng thái trong danh sách.", en: "Pick a progress value from the list." },
  "help.date": {
    vi: "Nhập ngày dạng ngày/tháng/năm, ví dụ 20/11/2024.",
    en: "Enter a date as day/month/year, e.g. 20/11/2024.",
  },
  "help.email": {
    vi: "Nhập một địa chỉ email, ví dụ ten@gmail.com.",
    en: "Enter an email address, e.g. name@gmail.com.",
  },
  "help.url": {
    vi: "Dán đường dẫn tới tài liệu minh chứng (Drive, trang web...).",
    en: "Paste a link to the evidence document (Drive, web page...).",
  },
  "help.dayKind": {
    vi: 'Chọn "Nghỉ" (ngày nghỉ) hoặc "Làm bù" (thứ Bảy đi làm bù).',
    en: 'Pick "Nghỉ" (day off) or "Làm bù" (Saturday worked).',
  },
  "settings.badDate": {
    vi: 'Ngày "{value}" không hợp lệ; ghi ngày/tháng/năm, ví dụ 02/04/2024, hoặc để trống.',
    en: 'Date "{value}" is not valid; write day/month/year, e.g. 02/04/2024, or leave it empty.',
  },
  "holidays.badRow": {
    vi: 'Trang "{tab}", dòng {row}: {problem}; dòng này không được tính.',
    en: 'Tab "{tab}", row {row}: {problem}; the row is ignored.',
  },
  "holidays.badDate": {
    vi: 'cột "Ngày" không phải một ngày có thật ("{value}")',
    en: 'the "Date" column is not a real date ("{value}")',
  },
  "holidays.badKind": {
    vi: 'cột "Loại" phải là "Nghỉ" hoặc "Làm bù" ("{value}")',
    en: 'the "Kind" column must be "Nghỉ" or "Làm bù" ("{value}")',
  },
  "help.unit": { vi: "Chọn đơn vị: %, điểm, số lượng, lần/tuần.", en: "Pick a unit: %, points, count, times/week." },
  "help.direction": { vi: 'Chọn yêu cầu: ≥, >, ≤ hoặc "không có".', en: "Pick a direction: ≥, >, ≤ or none." },
  "help.number": { vi: "Nhập một con số.", en: "Enter a number." },
  "protect.computed": {
    vi: 'Các cột "{column}" do tiện ích tự tính; sửa tay sẽ bị ghi đè ở lần cập nhật sau.',
    en: 'Columns "{column}" are computed by the add-on; hand edits are replaced on the next refresh.',
  },

  // Import and setup messages
  "import.noHeader": {
    vi:
      "Không tìm thấy dòng tiêu đề của bảng kế hoạch (cần các cột " +
      '"TT" và "Nhiệm vụ"). Hãy dán cả dòng tiêu đề của bảng phụ lục.',
    en:
      'No header row found in the plan table (it needs the "TT" and "Nhiệm vụ" ' +
      "columns). Paste the appendix table with its header row.",
  },
  "import.missingColumn": {
    vi: 'Bảng kế hoạch thiếu cột "{column}".',
    en: 'The plan table has no "{column}" column.',
  },
  "import.noYear": {
    vi: 'Không xác định được năm của kế hoạch; hãy ghi năm vào trang "Cài đặt" hoặc dùng --year.',
    en: 'The plan\'s year could not be determined; set it in "Settings" or pass --year.',
  },
  "import.noTasks": { vi: "Không đọc được nhiệm vụ nào từ bảng.", en: "No task could be read from the table." },
  "import.continuation": {
    vi: "Dòng {row} nối tiếp nhiệm vụ {id} (bảng bị ngắt sang trang sau) và đã được gộp vào.",
    en: "Row {row} continues task {id} (the table was split by a page break) and was merged into it.",
  },
  "import.orphanContinuation": {
    vi: 'Dòng {row} không có số TT và không đứng sau nhiệm vụ nào; đã bỏ qua: "{text}".',
    en: 'Row {row} has no number and follows no task; skipped: "{text}".',
  },
  "import.unknownRow": {
    vi: 'Không hiểu dòng {row} (cột TT ghi "{number}"); đã bỏ qua.',
    en: 'Row {row} was not understood (its number cell reads "{number}"); skipped.',
  },
  "import.duplicateId": {
    vi: "Mã nhiệm vụ {id} bị trùng (dòng {row}); dòng này được đặt mã {newId}.",
    en: "Task id {id} is duplicated (row {row}); this row was given id {newId}.",
  },
  "import.noLead": {
    vi: 'Không nhận ra vai trò chủ trì trong cột "Phân công"; hãy ghi vai trò hoặc điền "Người phụ trách".',
    en: "No lead role recognised in the assignment column; name a role or fill in the owner.",
  },
  "import.yearMismatch": {
    vi:
      "Phần đầu văn bản ghi năm {other} nhưng các hạn trong bảng thuộc " +
      "năm {year}; kế hoạch được coi là của năm {year}.",
    en: "The document header says {other} but the table's deadlines fall in {year}; the plan is taken to be for {year}.",
  },
  "import.emptyTask": {
    vi: "Dòng {row}: nhiệm vụ số {number} không có nội dung.",
    en: "Row {row}: task number {number} has no text.",
  },
  "merge.conflict": {
    vi:
      'Dòng {row}, cột "{column}": nội dung trên trang tính khác với kế hoạch vừa nhập; giữ nguyên nội ' +
      "dung đã có. Xoá ô đó rồi nhập lại nếu muốn lấy nội dung mới.",
    en:
      'Row {row}, column "{column}": the sheet differs from the imported plan; the sheet\'s text was ' +
      "kept. Clear the cell and import again to take the new text.",
  },
  "merge.missingFromPlan": {
    vi:
      "Nhiệm vụ {id} (dòng {row}) có trên trang tính nhưng không có trong kế " +
      "hoạch vừa nhập; dòng được giữ nguyên.",
    en: "Task {id} (row {row}) is on the sheet but not in the imported plan; the row was kept.",
  },
  "merge.duplicateOnSheet": {
    vi: "Mã {id} xuất hiện nhiều lần trên trang tính (dòng {rows}); chỉ dòng {row} được cập nhật.",
    en: "Id {id} appears more than once on the sheet (rows {rows}); only row {row} was updated.",
  },
  "merge.missingHeader": {
    vi: 'Trang "{tab}" thiếu cột "{column}"; cột này đã được thêm vào cuối bảng.',
    en: 'Tab "{tab}" had no "{column}" column; it was added at the end.',
  },
  "setup.done": {
    vi: "Đã khởi tạo: {created} trang mới, {kept} trang giữ nguyên, {roles} vai trò mới trong danh bạ.",
    en: "Set up: {created} new tabs, {kept} tabs kept, {roles} new roles in the directory.",
  },
  "import.done": {
    vi:
      "Đã nhập {tasks} nhiệm vụ: {added} dòng mới, {filled} ô được điền, {unchanged} dòng không đổi, " +
      "{conflicts} ô giữ nguyên nội dung đã có, {warnings} cảnh báo.",
    en:
      "Imported {tasks} tasks: {added} new rows, {filled} cells filled, {unchanged} rows unchanged, " +
      "{conflicts} cells kept as they were, {warnings} warnings.",
  },
  "import.indicatorsAdded": {
    vi: 'Đã đề xuất {count} chỉ số từ kế hoạch vào trang "{tab}"; Văn phòng có thể sửa, thêm hoặc xóa.',
    en: 'Proposed {count} indicators from the plan on "{tab}"; the secretariat may edit, add or delete them.',
  },
  "import.seeLog": { vi: 'Xem chi tiết ở trang "{tab}".', en: 'See the details in the "{tab}" tab.' },
  "import.emptySheet": {
    vi:
      'Trang tính "{tab}" đang trống. Hãy dán bảng phụ lục kế hoạch (từ ' +
      "Word) vào một trang trống rồi chọn lại mục này.",
    en: 'The sheet "{tab}" is empty. Paste the plan\'s appendix table (from Word) into an empty tab and choose this item again.',
  },
  "import.ownTab": {
    vi: '"{tab}" là trang do tiện ích quản lý. Hãy dán bảng kế hoạch vào một trang trống khác.',
    en: '"{tab}" is a tab the add-on manages. Paste the plan table into another empty tab.',
  },
  "import.unknownColumn": {
    vi: 'Cột "{column}" không thuộc các cột của kế hoạch; nội dung cột được giữ nguyên trong từng nhiệm vụ.',
    en: 'The column "{column}" is not one of the plan\'s columns; its text is kept as written in each task.',
  },
  "import.numberingRestart": {
    vi:
      "Dòng {row}: số thứ tự bắt đầu lại trong cùng một mục; các nhiệm vụ của mục được đặt mã theo " +
      "nhóm (dòng này: {id}).",
    en: "Row {row}: the numbering starts again within the same section; its tasks get ids by group (this row: {id}).",
  },
  "log.setup": { vi: "Khởi tạo", en: "Setup" },
  "log.import": { vi: "Nhập kế hoạch", en: "Import plan" },
  "error.busy": {
    vi: "Một người khác đang cập nhật bảng theo dõi. Vui lòng thử lại sau ít giây.",
    en: "Someone else is updating the tracking sheets. Please try again in a few seconds.",
  },
  "error.unexpected": {
    vi: "Đã có lỗi ngoài dự kiến: {message}. Dữ liệu đã nhập không bị thay đổi.",
    en: "Unexpected error: {message}. No data you typed was changed.",
  },
  "import.extraColumnNote": {
    vi:
      'Cột "{column}" của kế hoạch, do lệnh nhập kế hoạch thêm vào. Nhập lại kế hoạch chỉ điền các ô ' +
      "còn trống; nội dung đã sửa được giữ nguyên.",
    en:
      'The plan\'s column "{column}", added by the plan import. Importing again fills only empty cells; ' +
      "text that was changed is kept.",
  },
  "import.extraColumnsAdded": {
    vi: 'Đã thêm {count} cột của kế hoạch vào tab {tab}: "{columns}".',
    en: 'Added {count} of the plan\'s columns to the {tab} tab: "{columns}".',
  },
  "import.extraColumnClash": {
    vi:
      'Cột "{column}" của kế hoạch không được thêm vào tab {tab}: tab đã có cột {at} cùng tên. ' +
      "Nội dung cột này của kế hoạch không được ghi; hãy đổi tên cột {at} rồi nhập lại nếu cần.",
    en:
      'The plan\'s column "{column}" was not added to the {tab} tab: column {at} already has that name. ' +
      "The plan's text for it was not written; rename column {at} and import again if needed.",
  },
  "import.extraColumnTwice": {
    vi:
      'Tab {tab} có cột "{column}" của kế hoạch ở {at}: không biết cột nào là của tiện ích nên không ' +
      "ghi vào cột nào. Hãy xoá cột chép thừa rồi nhập lại.",
    en:
      "The {tab} tab has the plan's column \"{column}\" at {at}: which one is the product's is unknown, so " +
      "neither is written. Delete the copied column and import again.",
  },

  // Running in real Sheets: Drive, mail, locale, simple triggers, self-check
  "report.noDriveService": {
    vi:
      "Dịch vụ Drive nâng cao chưa được bật cho tiện ích (appsscript.json). Hãy triển khai lại bằng " +
      '"npm run push" rồi chạy "Kiểm tra cài đặt".',
    en:
      "The Drive advanced service is not enabled for the add-on (appsscript.json). Deploy again with " +
      '"npm run push", then run "Check the installation".',
  },
  "report.mailBadAddress": {
    vi:
      "Không gửi báo cáo: địa chỉ không hợp lệ trong Cài đặt (reportEmails): {addresses}. Hãy sửa rồi " +
      'chọn lại "Tạo báo cáo". Tệp PDF: {url}',
    en: 'Report not sent: invalid address in Settings (reportEmails): {addresses}. Correct it and run "Generate report" again. PDF: {url}',
  },
  "report.mailTooMany": {
    vi: "Không gửi báo cáo: một thư gửi được cho tối đa {max} người nhận, Cài đặt có {count}. Tệp PDF: {url}",
    en: "Report not sent: one e-mail can go to at most {max} recipients, Settings list {count}. PDF: {url}",
  },
  "report.mailNoQuota": {
    vi:
      "Không gửi báo cáo: hôm nay Google chỉ cho gửi thêm tới {remaining} người nhận, báo cáo cần gửi " +
      "tới {count}. Hãy gửi lại vào ngày mai hoặc gửi tệp PDF bằng tay: {url}",
    en:
      "Report not sent: Google allows {remaining} more recipients today and the report needs {count}. " +
      "Send it again tomorrow or send the PDF by hand: {url}",
  },
  "report.mailFailed": {
    vi: "Không gửi được báo cáo ({error}). Tệp PDF vẫn ở: {url}",
    en: "The report could not be sent ({error}). The PDF is still at: {url}",
  },
  "check.dateOutOfWindow": {
    vi: "ngày {value} cách hôm nay hơn 10 năm, có lẽ gõ nhầm năm; tiện ích không tính hạn theo ngày này.",
    en: "{value} is more than 10 years from today, probably a mistyped year; it is not used for deadlines.",
  },
  "structure.duplicateColumn": {
    vi:
      'Trang "{tab}" có nhiều cột tên "{column}" (cột {at}): tiện ích không biết cột nào là của mình ' +
      "nên dừng, không ghi gì. Hãy đổi tên cột do người thêm vào rồi chạy lại.",
    en:
      'The tab "{tab}" has several columns named "{column}" (columns {at}): the add-on cannot tell ' +
      "which is its own, so it stopped and wrote nothing. Rename the column a person added, then run " +
      "it again.",
  },
  "structure.noHeader": {
    vi:
      'Trang "{tab}" không còn dòng tiêu đề (dòng 1 không có tên cột nào của tiện ích): có lẽ dòng này ' +
      "đã bị xoá. Tiện ích dừng, không ghi gì. Hãy khôi phục dòng tiêu đề (Tệp → Nhật ký phiên bản) " +
      "hoặc chèn lại dòng 1.",
    en:
      'The tab "{tab}" has lost its header row (row 1 holds none of the add-on\'s column names): it ' +
      "was probably deleted. The add-on stopped and wrote nothing. Restore the header (File → Version " +
      "history) or insert row 1 again.",
  },
  "structure.missingColumn": {
    vi:
      'Trang "{tab}" không còn cột "{column}" (có lẽ đã bị đổi tên hoặc xoá). Tiện ích dừng để không ' +
      'tính sai hay gửi nhắc việc sai. Hãy đặt lại tên cột như cũ, hoặc chạy "Khởi tạo bảng theo dõi" ' +
      "để thêm cột mới.",
    en:
      'The tab "{tab}" no longer has the column "{column}" (renamed or deleted?). The add-on stopped ' +
      'rather than compute or remind wrongly. Give the column its name back, or run "Set up the ' +
      'tracking sheets" to add a new one.',
  },
  "structure.tabMissing": {
    vi:
      'Không tìm thấy trang "{tab}" (có lẽ đã bị đổi tên hoặc xoá). Tiện ích dừng, không gửi nhắc việc ' +
      'và không tạo trang trống. Hãy đặt lại tên trang là "{tab}".',
    en:
      'The tab "{tab}" cannot be found (renamed or deleted?). The add-on stopped: no reminders, no ' +
      'empty tab made. Name the tab "{tab}" again.',
  },
  // A write the product's writer refused (src/app/write/writer.ts): a bug, reported as such.
  "write.personColumn": {
    vi:
      'Lỗi nội bộ: tiện ích định ghi vào ô {cell} của trang "{tab}", thuộc cột "{column}" do người ' +
      "nhập. Tiện ích dừng trước khi ghi ô đó; hãy báo cho người bảo trì.",
    en:
      'Internal error: the add-on was about to write cell {cell} of the tab "{tab}", in the column ' +
      '"{column}" that people fill in. It stopped before writing that cell; please tell the maintainer.',
  },
  "write.notOwnColumn": {
    vi:
      'Lỗi nội bộ: tiện ích định ghi vào ô {cell} của trang "{tab}", nằm ngoài các cột mang tiêu đề ' +
      "của tiện ích. Tiện ích dừng trước khi ghi ô đó; hãy báo cho người bảo trì.",
    en:
      'Internal error: the add-on was about to write cell {cell} of the tab "{tab}", outside the ' +
      "columns under its own headers. It stopped before writing that cell; please tell the maintainer.",
  },
  "log.unknownUser": { vi: "(không rõ người dùng)", en: "(unknown user)" },
  "edit.waiting": {
    vi:
      "Chờ cập nhật: lúc sửa, một thao tác khác đang giữ bảng tính; " +
      "trạng thái sẽ được tính lại ở lần cập nhật tiếp theo.",
    en: "Waiting for an update: another action held the sheet when this row was edited; the status will be recomputed by the next update.",
  },
  "edit.caughtUp": {
    vi: "Đã tính lại {count} dòng sửa trong lúc bảng tính bận.",
    en: "Recomputed {count} rows edited while the sheet was busy.",
  },
  "setup.localeFixed": {
    vi:
      "Đã đặt vùng của bảng tính thành Việt Nam (vi_VN), trước đó là " +
      "{was}: ngày gõ vào được hiểu theo thứ tự ngày/tháng/năm.",
    en: "Set the spreadsheet's locale to Vietnam (vi_VN), was {was}: dates typed in are read day/month/year.",
  },
  "setup.timeZoneFixed": {
    vi: "Đã đặt múi giờ của bảng tính thành {zone}, trước đó là {was}.",
    en: "Set the spreadsheet's time zone to {zone}, was {was}.",
  },
  "setup.localeWarn": {
    vi:
      "Vùng của bảng tính là {locale}, không phải Việt Nam (vi_VN): ngày gõ vào có thể bị hiểu theo " +
      'thứ tự tháng/ngày. Chọn Tệp → Cài đặt bảng tính → Vùng: Việt Nam, hoặc chạy "Khởi tạo bảng theo ' +
      'dõi".',
    en:
      "The spreadsheet's locale is {locale}, not Vietnam (vi_VN): dates typed in may be read " +
      'month/day. Choose File → Settings → Locale: Vietnam, or run "Set up the tracking sheets".',
  },
  "setup.timeZoneWarn": {
    vi:
      "Múi giờ của bảng tính là {zone}, không phải {expected}: hạn và nhắc việc được tính theo giờ " +
      'Việt Nam. Chọn Tệp → Cài đặt bảng tính → Múi giờ, hoặc chạy "Khởi tạo bảng theo dõi".',
    en:
      "The spreadsheet's time zone is {zone}, not {expected}: deadlines and reminders follow Vietnam " +
      'time. Choose File → Settings → Time zone, or run "Set up the tracking sheets".',
  },
  "check.periodReadAsMonth": {
    vi:
      "Google Trang tính đã đổi kỳ gõ vào thành ngày {date}; đã hiểu là tháng {month}. Nên gõ lại dạng " +
      "{month} (cột này để dạng văn bản).",
    en:
      "Google Sheets turned the period typed here into the date {date}; read as the month {month}. " +
      "Type it again as {month} (this column is plain text).",
  },
  "reminders.badHour": {
    vi:
      'Giờ gửi nhắc việc "{value}" trong Cài đặt không đọc được (gõ ' +
      "một số từ 0 đến 23, ví dụ 7 hoặc 7:00); đang dùng {hour} giờ.",
    en: 'The reminder hour "{value}" in Settings cannot be read (type a number from 0 to 23, e.g. 7 or 7:00); using {hour} o\'clock.',
  },
  "menu.selfCheck": { vi: "Kiểm tra cài đặt", en: "Check the installation" },
  "selfCheck.pass": { vi: "Đạt", en: "Pass" },
  "selfCheck.fail": { vi: "Không đạt", en: "Fail" },
  "selfCheck.line": { vi: "{result} | {check} | {detail}", en: "{result} | {check} | {detail}" },
  "selfCheck.summary": {
    vi: 'Kiểm tra cài đặt: {passed}/{total} mục đạt. Chi tiết ở trang "{tab}".',
    en: 'Installation check: {passed}/{total} passed. Details in the "{tab}" tab.',
  },
  "selfCheck.sheet": { vi: "Đọc và ghi bảng tính này", en: "Read and write this spreadsheet" },
  "selfCheck.sheetOk": {
    vi: 'đọc được {tabs} trang; trang "{plan}" {planState}',
    en: '{tabs} tabs readable; tab "{plan}" {planState}',
  },
  "selfCheck.planPresent": { vi: "đã có", en: "present" },
  "selfCheck.planMissing": {
    vi: 'chưa có (chạy "Khởi tạo bảng theo dõi")',
    en: 'missing (run "Set up the tracking sheets")',
  },
  "selfCheck.locale": { vi: "Vùng và múi giờ của bảng tính", en: "Spreadsheet locale and time zone" },
  "selfCheck.localeOk": { vi: "vùng {locale}, múi giờ {zone}", en: "locale {locale}, time zone {zone}" },
  "selfCheck.user": { vi: "Biết người đang dùng (ghi Nhật ký)", en: "Who is using it (for the log)" },
  "selfCheck.userMissing": {
    vi: 'Google không cho biết địa chỉ của người dùng; Nhật ký sẽ ghi "không rõ"',
    en: 'Google does not tell the user\'s address; the log will say "unknown"',
  },
  "selfCheck.drive": { vi: "Lưu tệp PDF báo cáo vào Drive", en: "Save the report's PDF to Drive" },
  "selfCheck.driveOk": { vi: "đã tạo và xoá một tệp PDF thử", en: "created and trashed a scratch PDF" },
  "selfCheck.mail": { vi: "Gửi thư (nhắc việc, báo cáo)", en: "Send e-mail (reminders, report)" },
  "selfCheck.mailOk": {
    vi: "còn gửi được tới {remaining} người nhận hôm nay",
    en: "{remaining} recipients left today",
  },
  "selfCheck.trigger": { vi: "Đặt lịch chạy hằng ngày", en: "Schedule the daily run" },
  "selfCheck.triggerOk": { vi: "đã tạo và xoá một lịch thử", en: "created and removed a scratch trigger" },
  "selfCheck.lock": { vi: "Khoá bảng tính khi cập nhật", en: "Lock the sheet while updating" },
  "selfCheck.lockOk": { vi: "lấy và trả được khoá của tài liệu", en: "document lock taken and released" },
  "selfCheck.noDocumentLock": {
    vi: "không có khoá tài liệu (tập lệnh không gắn với bảng tính); dùng khoá của tập lệnh",
    en: "no document lock (script not bound to the sheet); the script lock is used",
  },
  "selfCheck.properties": { vi: "Lưu trạng thái (thuộc tính tài liệu)", en: "Keep state (document properties)" },
  "selfCheck.propertiesOk": {
    vi: "ghi, đọc và xoá được; đang dùng {used} KB trên 500 KB",
    en: "written, read and deleted; {used} KB of 500 KB in use",
  },
  "selfCheck.scratchName": { vi: "Kiểm tra cài đặt - có thể xoá", en: "Installation check - safe to delete" },
  "selfCheck.triggerExists": {
    vi:
      "lịch nhắc việc của bảng tính này đang có; tiện ích chỉ được " +
      "giữ một lịch cho mỗi bảng tính, nên không tạo thêm lịch thử",
    en: "this sheet's reminder trigger exists; an add-on may keep one per sheet, so no scratch trigger was made",
  },
  "selfCheck.refused": { vi: "Google từ chối ({reason})", en: "Google refused ({reason})" },
  "mail.invalidAddress": {
    vi: "Google không nhận địa chỉ {address}",
    en: "Google does not accept the address {address}",
  },
  "mail.quotaSpent": { vi: "đã hết hạn mức gửi thư hôm nay", en: "today's mail quota is spent" },
  "mail.tooManyRecipients": { vi: "quá nhiều người nhận trong một thư", en: "too many recipients in one message" },
  "mail.refused": { vi: "Google từ chối gửi: {reason}", en: "Google refused to send: {reason}" },
  "log.selfCheck": { vi: "Kiểm tra cài đặt", en: "Installation check" },

  // "Việc của tôi": the officer's page and its commands
  "officer.dueLeft": {
    vi: "Hạn: {date} (còn {days} ngày làm việc)",
    en: "Due: {date} ({days} working days left)",
  },
  "officer.dueToday": { vi: "Hạn: {date} (hôm nay)", en: "Due: {date} (today)" },
  "officer.dueLate": {
    vi: "Hạn: {date} (quá hạn {days} ngày làm việc)",
    en: "Due: {date} ({days} working days late)",
  },
  "officer.dueNone": { vi: "Tiến độ: {timeline}", en: "Timeline: {timeline}" },
  "officer.log": { vi: "Việc của tôi", en: "My tasks" },
  "officer.logDone": {
    vi: "Nhiệm vụ {id}: đánh dấu hoàn thành ngày {date}, minh chứng {evidence}",
    en: "Task {id}: marked done on {date}, evidence {evidence}",
  },
  "officer.logOccurrence": {
    vi: "Nhiệm vụ {id}: ghi nhận hoàn thành kỳ {period} ngày {date}, minh chứng {evidence}",
    en: "Task {id}: period {period} logged done on {date}, evidence {evidence}",
  },
  "officer.logDifficulty": { vi: "Nhiệm vụ {id}: ghi khó khăn", en: "Task {id}: difficulty noted" },
  "officer.noteLine": { vi: "[{date}, {person}] {text}", en: "[{date}, {person}] {text}" },
  "officer.noTask": {
    vi: "Không tìm thấy nhiệm vụ {id} trong danh sách việc của bạn.",
    en: "Task {id} is not in your list of tasks.",
  },
  "officer.busy": {
    vi: "Bảng đang được cập nhật, vui lòng thử lại sau ít phút.",
    en: "The sheet is being updated; please try again in a few minutes.",
  },
  "officer.tooManyWrites": {
    vi: "Bạn đã gửi quá nhiều thay đổi trong thời gian ngắn hoặc trong hôm nay; vui lòng thử lại sau.",
    en: "You sent too many changes in a short time or today; please try again later.",
  },
  "officer.notRecurring": {
    vi: "Nhiệm vụ {id} không thực hiện theo kỳ.",
    en: "Task {id} is not a recurring task.",
  },
  "officer.noSuchPeriod": {
    vi: "Nhiệm vụ {id} không có kỳ {period}.",
    en: "Task {id} has no period {period}.",
  },
  "field.completedOn": { vi: "Ngày hoàn thành", en: "Completion date" },
  "field.evidence": { vi: "Minh chứng", en: "Evidence" },
  "field.text": { vi: "Nội dung khó khăn", en: "Difficulty" },
  "field.period": { vi: "Kỳ", en: "Period" },
  "input.invalid": { vi: "{field}: {problem}", en: "{field}: {problem}" },
  "input.notDate": {
    vi: "không phải ngày có thật (viết dd/mm/yyyy)",
    en: "not a real date (write dd/mm/yyyy)",
  },
  "input.future": { vi: "không được sau hôm nay", en: "cannot be after today" },
  "input.farDate": {
    vi: "cách hôm nay quá {years} năm",
    en: "more than {years} years from today",
  },
  "input.notUrl": {
    vi: "cần là đường dẫn bắt đầu bằng http:// hoặc https://",
    en: "must be a link starting with http:// or https://",
  },
  "input.required": { vi: "cần được điền", en: "is required" },
  "input.tooLong": { vi: "dài quá {max} ký tự", en: "longer than {max} characters" },
  "input.formulaLike": {
    vi: "không được bắt đầu bằng = + - @ (Google Trang tính sẽ hiểu là công thức)",
    en: "cannot start with = + - @ (Google Sheets would take it for a formula)",
  },
  "input.numberLike": {
    vi: "cần là lời mô tả, không chỉ là con số",
    en: "must be words, not only a number",
  },
  "input.controlChars": { vi: "có ký tự không in được", en: "holds characters that cannot be printed" },
  "officer.linkThrottled": {
    vi: "Có quá nhiều lần mở liên kết sai; hãy thử lại sau ít phút.",
    en: "Too many wrong links were tried; try again in a few minutes.",
  },
  "officer.tooManyOpens": {
    vi: "Trang này được mở quá nhiều lần trong thời gian ngắn hoặc trong hôm nay; vui lòng thử lại sau.",
    en: "This page was opened too many times in a short time or today; please try again later.",
  },
  "officer.badRequest": {
    vi: "Yêu cầu không đúng dạng; hãy tải lại trang.",
    en: "The request is not in the expected form; reload the page.",
  },
  "officer.doneMarked": { vi: "Đã ghi hoàn thành nhiệm vụ {id}.", en: "Task {id} recorded as done." },
  "officer.doneLogged": { vi: "Đã ghi một lần thực hiện nhiệm vụ {id}.", en: "One occurrence of task {id} logged." },
  "officer.doneNoted": { vi: "Đã ghi khó khăn của nhiệm vụ {id}.", en: "The difficulty of task {id} was noted." },
  // The officers' web page and the secretariat's sidebar (issue 14)
  "menu.rotateLinkSecret": { vi: "Đổi khoá liên kết", en: "Change the link key" },
  "menu.dashboard": { vi: "Bảng điều khiển", en: "Dashboard" },
  "webapp.noContainer": {
    vi: "Trang chưa biết bảng tính của xã: văn phòng xã hãy mở Bảng điều khiển " + "trong bảng tính một lần.",
    en:
      "The page does not know the commune's spreadsheet yet: the commune office should open " +
      "the Dashboard in the spreadsheet once.",
  },
  "webapp.title": { vi: "Việc của tôi", en: "My tasks" },
  "webapp.invalidLink": { vi: "Liên kết không hợp lệ hoặc đã hết hạn", en: "The link is not valid or has expired" },
  "webapp.invalidLinkHelp": {
    vi: "Hãy mở liên kết trong thư nhắc việc mới nhất, hoặc hỏi văn phòng xã.",
    en: "Open the link in your latest reminder e-mail, or ask the commune office.",
  },
  "linkSecret.confirm": {
    vi:
      "Đổi khoá sẽ vô hiệu hoá mọi liên kết đã gửi cho cán bộ; " +
      "các thư nhắc việc sau sẽ mang liên kết mới. Tiếp tục?",
    en:
      "Changing the key revokes every link already sent to officers; " +
      "later reminder e-mails carry new links. Continue?",
  },
  "linkSecret.done": {
    vi: "Đã đổi khoá liên kết: mọi liên kết cũ không còn dùng được.",
    en: "The link key was changed: no old link works any more.",
  },
  // issue 16: summary contract (the Tổng hợp tab's labels)
  "summary.schema": { vi: "Lược đồ", en: "Schema" },
  "summary.commune": { vi: "Xã", en: "Commune" },
  "summary.plan": { vi: "Kế hoạch", en: "Plan" },
  "summary.year": { vi: "Năm", en: "Year" },
  "summary.asOf": { vi: "Ngày lấy số liệu", en: "Figures as of" },
  "summary.tasks": { vi: "Tổng số nhiệm vụ", en: "Tasks" },
  "summary.onTimeRate": { vi: "Tỷ lệ hoàn thành đúng hạn (%)", en: "Done on time (%)" },
  "summary.evidenceRate": { vi: "Tỷ lệ hoàn thành có minh chứng (%)", en: "Done with evidence (%)" },
  "summary.overdueTasks": { vi: "Nhiệm vụ quá hạn (mã, tối đa 100)", en: "Overdue tasks (ids, at most 100)" },
  "summary.lastReportPeriod": { vi: "Kỳ báo cáo gần nhất", en: "Latest report's period" },
  "summary.lastReportOn": { vi: "Ngày lập báo cáo gần nhất", en: "Latest report made on" },
  "summary.colKey": { vi: "Khoá", en: "Key" },
  "summary.colLabel": { vi: "Mục", en: "Item" },
  "summary.colValue": { vi: "Giá trị", en: "Value" },
  "summary.indName": { vi: "Chỉ số", en: "Indicator" },
  "summary.indValue": { vi: "Kết quả", en: "Value" },
  "summary.indPeriod": { vi: "Kỳ số liệu", en: "Period" },
  "summary.indTarget": { vi: "Chỉ tiêu", en: "Target" },
  "summary.indFloor": { vi: "Tối thiểu", en: "Floor" },
  "summary.indUnit": { vi: "Đơn vị", en: "Unit" },
  "summary.indStatus": { vi: "Đánh giá", en: "Assessment" },
  "summary.indId": { vi: "Mã", en: "Id" },

  // issue 16: level
  "level.homeAffairsDistrict": { vi: "Phòng Nội vụ {unit}", en: "Home Affairs Office of {unit}" },
  "level.homeAffairsProvince": { vi: "Sở Nội vụ {unit}", en: "Department of Home Affairs of {unit}" },
  "level.committee": { vi: "UBND {unit}", en: "People's Committee of {unit}" },
  "level.recipientsDistrict": {
    vi: "{homeAffairs} (b/c); Thường trực Đảng ủy xã (b/c); Chủ tịch, các PCT UBND xã; Lưu: VT, VP",
    en:
      "{homeAffairs} (for report); Standing board of the commune's Party committee (for report); " +
      "Chairman and vice-chairmen; Filed: VT, VP",
  },
  "level.recipientsProvince": {
    vi: "{homeAffairs} (b/c); {committee} (b/c); Thường trực Đảng ủy xã (b/c); Chủ tịch, các PCT UBND xã; Lưu: VT, VP",
    en:
      "{homeAffairs} (for report); {committee} (for report); Standing board of the commune's Party committee " +
      "(for report); Chairman and vice-chairmen; Filed: VT, VP",
  },
  "setting.reportLevel": {
    vi: "Cấp nhận báo cáo: TỰ ĐỘNG (báo cáo đề ngày trước 01/07/2025 gửi huyện, từ 01/07/2025 gửi tỉnh), HUYỆN hoặc TỈNH",
    en: "Level the report goes to: TỰ ĐỘNG (dated before 1/7/2025: the district, from then: the province), HUYỆN or TỈNH",
  },
  "setting.provinceName": {
    vi: 'Tên tỉnh nhận báo cáo, ví dụ "Khánh Hòa" (in là "Sở Nội vụ tỉnh Khánh Hòa") hoặc "thành phố Huế"',
    en: 'Name of the province the report goes to, e.g. "Khánh Hòa" (printed "Sở Nội vụ tỉnh Khánh Hòa") or "thành phố Huế"',
  },
  "setting.districtName": {
    vi: 'Tên huyện nhận báo cáo đề ngày trước 01/07/2025, ví dụ "Vạn Ninh"; để trống: in "Phòng Nội vụ huyện"',
    en: 'Name of the district for reports dated before 1/7/2025, e.g. "Vạn Ninh"; empty: "Phòng Nội vụ huyện"',
  },
  "setting.reportSalutation": {
    vi: 'Cơ quan ghi sau "Kính gửi" trong email gửi báo cáo; để trống: Sở Nội vụ tỉnh (hoặc Phòng Nội vụ huyện) theo cấp nhận báo cáo',
    en: 'Who the report e-mail greets after "Kính gửi"; empty: the Home Affairs body of the level the report goes to',
  },
  "setting.signerOrg": {
    vi: 'Dòng thẩm quyền ký của báo cáo; để trống: "TM. ỦY BAN NHÂN DÂN"',
    en: 'The report\'s signing-authority line; empty: "TM. ỦY BAN NHÂN DÂN"',
  },
  "setting.signerTitle": {
    vi: 'Chức vụ người ký, xuống dòng bằng dấu ; (ví dụ "KT. CHỦ TỊCH; PHÓ CHỦ TỊCH"); để trống: "CHỦ TỊCH"',
    en: 'The signer\'s title, ";" for a new line (e.g. "KT. CHỦ TỊCH; PHÓ CHỦ TỊCH"); empty: "CHỦ TỊCH"',
  },
  "settings.badLevel": {
    vi: '"{value}" không hợp lệ; ghi TỰ ĐỘNG, HUYỆN hoặc TỈNH.',
    en: '"{value}" is not valid; write TỰ ĐỘNG, HUYỆN or TỈNH.',
  },
  "settings.staleDistrict": {
    vi:
      'còn ghi cấp huyện ("{value}") nhưng báo cáo đề ngày {date} gửi cấp tỉnh (từ 01/07/2025 không còn cấp huyện). ' +
      "Hãy sửa ô này, hoặc xóa trống để dùng mặc định: {fallback}. Ô này không được tự sửa.",
    en:
      'still names the district ("{value}") but the report dated {date} goes to the province (no district level since 1/7/2025). ' +
      "Edit the cell, or empty it for the default: {fallback}. The cell is not changed for you.",
  },

  // issue 16: bigquery
  "setting.bigqueryExport": {
    vi:
      "Xuất BigQuery: dự án và tập dữ liệu nhận số liệu tổng hợp của tỉnh sau mỗi lần cập nhật tổng hợp đủ các xã, " +
      'dạng "du-an.tap_du_lieu" (ví dụ "cchc-quoc-gia.tong_hop"); để trống là không xuất',
    en:
      "BigQuery export: the project and dataset that receive the province's figures after each complete roll-up, " +
      'written "project.dataset" (e.g. "cchc-quoc-gia.tong_hop"); empty means no export',
  },
  "settings.badBigqueryTarget": {
    vi: '"{value}" không phải dạng "dự-án.tập_dữ_liệu" của BigQuery, ví dụ "cchc-quoc-gia.tong_hop"; hoặc để trống.',
    en: '"{value}" is not a BigQuery "project.dataset", e.g. "cchc-quoc-gia.tong_hop"; or leave it empty.',
  },
  "warehouse.noProvince": {
    vi: "Chưa xuất BigQuery: hãy ghi tên tỉnh ở Cài đặt (bảng của tỉnh được đặt theo tên này).",
    en: "Not exported to BigQuery: write the province's name in Cài đặt (the province's tables are named after it).",
  },
  "warehouse.notHere": {
    vi: "Không xuất BigQuery: chỉ bảng tổng hợp của tỉnh trong Google Sheets mới xuất được (cài bản có BigQuery).",
    en: "Not exported to BigQuery: only the province's roll-up in Google Sheets exports (the build with BigQuery).",
  },
  "warehouse.noService": {
    vi:
      "Chưa xuất BigQuery: bản cài đặt này không có dịch vụ BigQuery. Hãy cài bản tổng hợp có xuất BigQuery, " +
      "hoặc để trống ô Xuất BigQuery.",
    en:
      "Not exported to BigQuery: this installation has no BigQuery service. Install the roll-up built with the " +
      "BigQuery export, or empty the Xuất BigQuery setting.",
  },
  "warehouse.noScope": {
    vi: "Chưa xuất BigQuery: tài khoản chưa cấp quyền BigQuery cho tiện ích. Hãy cài lại và đồng ý quyền BigQuery.",
    en: "Not exported to BigQuery: the account has not granted the add-on BigQuery access. Reinstall it and allow BigQuery.",
  },
  "warehouse.noProject": {
    vi: 'Chưa xuất BigQuery: không tìm thấy dự án "{project}". Hãy kiểm tra ô Xuất BigQuery.',
    en: 'Not exported to BigQuery: project "{project}" was not found. Check the Xuất BigQuery setting.',
  },
  "warehouse.noDataset": {
    vi: 'Chưa xuất BigQuery: dự án "{project}" không có tập dữ liệu "{dataset}". Hãy kiểm tra ô Xuất BigQuery.',
    en: 'Not exported to BigQuery: project "{project}" has no dataset "{dataset}". Check the Xuất BigQuery setting.',
  },
  "warehouse.accessDenied": {
    vi:
      'Chưa xuất BigQuery: tài khoản này không có quyền ghi vào "{project}.{dataset}". ' +
      "Hãy đề nghị quản trị viên dự án cấp quyền (BigQuery Job User và Data Editor).",
    en:
      'Not exported to BigQuery: this account may not write to "{project}.{dataset}". ' +
      "Ask the project's administrator for access (BigQuery Job User and Data Editor).",
  },
  "warehouse.quota": {
    vi: "Chưa xuất BigQuery: đã hết hạn mức nạp dữ liệu trong ngày của BigQuery. Hãy thử lại sau.",
    en: "Not exported to BigQuery: BigQuery's daily load quota is used up. Try again later.",
  },
  "warehouse.stillRunning": {
    vi: "BigQuery chưa nạp xong (lệnh {jobId}); số liệu sẽ có khi lệnh hoàn tất, hoặc chạy lại để nạp lại cả ngày.",
    en: "BigQuery has not finished loading (job {jobId}); the figures appear when it completes, or run again to reload the day.",
  },
  "warehouse.failed": {
    vi: "Chưa xuất BigQuery: {detail}",
    en: "Not exported to BigQuery: {detail}",
  },
  "warehouse.failedTable": {
    vi: "Bảng {table}: {reason}",
    en: "Table {table}: {reason}",
  },
  "warehouse.done": {
    vi: "Đã xuất {rows} dòng lên BigQuery ({tables}); xuất lại trong ngày sẽ thay thế, không cộng dồn.",
    en: "Exported {rows} rows to BigQuery ({tables}); exporting again today replaces them, never adds to them.",
  },
  // issue 16: summary
  "tab.summary": { vi: "Tổng hợp", en: "Summary" },
  "summary.planTitle": {
    vi: "Kế hoạch khắc phục tồn tại, hạn chế, cải thiện Chỉ số CCHC và Chỉ số hài lòng năm {year}",
    en: "Plan to improve the PAR INDEX and SIPAS scores, {year}",
  },
  "summary.tabNote": {
    vi:
      "Trang này do phần mềm ghi lại toàn bộ mỗi lần Cập nhật trạng thái và Tạo báo cáo, để Sở Nội vụ tổng hợp " +
      "các xã (lược đồ {schema}). Nội dung gõ vào trang này không được giữ: hãy sửa ở các trang theo dõi.",
    en:
      "The product rewrites this whole tab on every refresh and report, for the province's roll-up of its " +
      "communes (schema {schema}). What is typed here is not kept: edit the tracking tabs instead.",
  },
  "summary.overwritten": {
    vi:
      'Trang "{tab}" có nội dung khác với bản phần mềm ghi lần trước (từ ô {cell}); đã ghi lại toàn bộ. ' +
      "Trang này chỉ để tổng hợp, nội dung gõ vào đó không được giữ.",
    en:
      'Tab "{tab}" held something the product did not write (from cell {cell}); it was rewritten whole. ' +
      "The tab is only for the roll-up: what is typed there is not kept.",
  },
  // issue 16: rollupgas
  "rollup.menu.title": { vi: "Tổng hợp tỉnh", en: "Province roll-up" },
  "rollup.menu.setup": { vi: "Thiết lập", en: "Set up" },
  "rollup.menu.update": { vi: "Cập nhật tổng hợp", en: "Update the roll-up" },
  "rollup.menu.report": { vi: "Tạo báo cáo tỉnh", en: "Make the province report" },
  "rollup.menu.help": { vi: "Hướng dẫn", en: "Help" },
  "rollup.update.busy": {
    vi:
      "Một lượt tổng hợp đang chạy (do một lần bấm khác hoặc lượt tự tiếp tục). " +
      "Hãy chờ lượt đó xong, không cần bấm lại.",
    en:
      "A roll-up run is in progress (another click, or the automatic continuation). " +
      "Wait for it to finish; no need to click again.",
  },
  "rollup.update.paused": {
    vi:
      "Đã đọc {read}/{total} xã sau {runs} lượt. Mỗi lượt chỉ được chạy dưới 6 phút, " +
      "nên phần còn lại sẽ tự đọc tiếp sau khoảng {minutes} phút; không cần bấm lại.",
    en:
      "{read}/{total} communes read after {runs} run(s). A run may take under 6 minutes, " +
      "so the rest is read automatically in about {minutes} minute(s); no need to click again.",
  },
  "rollup.update.done": {
    vi:
      "Đã đọc xong {total} xã trong {runs} lượt: {ok} xã đọc được, {failed} xã không đọc được " +
      "(xem cột tình trạng ở trang danh sách).",
    en:
      "All {total} communes read in {runs} run(s): {ok} read, {failed} not read " +
      "(see the status column of the list tab).",
  },
  "rollup.update.empty": {
    vi: 'Trang "{tab}" chưa có xã nào. Hãy ghi tên xã và đường dẫn bảng tính của xã, mỗi xã một dòng, rồi bấm lại.',
    en: 'The "{tab}" tab lists no commune yet. Write each commune\'s name and the URL of its sheet, one a row, then click again.',
  },
  "rollup.update.progress": { vi: "Đã đọc {read}/{total} xã…", en: "{read}/{total} communes read…" },
  "rollup.help": {
    vi:
      '1. "Thiết lập" tạo trang "{list}" (tên xã, đường dẫn bảng tính) và trang cài đặt của bảng tổng hợp.\n' +
      "2. Mỗi xã chia sẻ bảng tính của mình (quyền Xem) cho tài khoản chạy bảng tổng hợp này.\n" +
      '3. "Cập nhật tổng hợp" đọc trang "Tổng hợp" của từng xã; nhiều xã thì chia thành nhiều lượt ' +
      "dưới 6 phút, tự chạy tiếp, không cần bấm lại.\n" +
      '4. Xã chưa chia sẻ, sai đường dẫn, thiếu trang "Tổng hợp" hay khác phiên bản đều được ghi rõ, ' +
      "không làm dừng việc tổng hợp.\n" +
      '5. "Tạo báo cáo tỉnh" lập báo cáo của Sở Nội vụ gửi UBND tỉnh từ kết quả tổng hợp.',
    en:
      '1. "Set up" makes the "{list}" tab (commune name, sheet URL) and the roll-up\'s settings tab.\n' +
      "2. Each commune shares its sheet (view access) with the account that runs this roll-up.\n" +
      '3. "Update the roll-up" reads each commune\'s "Tổng hợp" tab; many communes are read in several ' +
      "runs of under 6 minutes, which continue by themselves.\n" +
      '4. A commune not shared, with a wrong URL, without a "Tổng hợp" tab or of another version is named, ' +
      "and never stops the roll-up.\n" +
      '5. "Make the province report" drafts the report of the Department of Home Affairs ' +
      "to the provincial People's Committee from the roll-up.",
  },
  // issue 16: rollup
  "rollup.problem.unreachable": {
    vi: "Dòng {row} ({name}): không mở được bảng tính {url} (không tồn tại, đã xóa hoặc không kết nối được).",
    en: "Row {row} ({name}): the sheet {url} could not be opened (it does not exist, was deleted, or could not be reached).",
  },
  "rollup.problem.noAccess": {
    vi: "Dòng {row} ({name}): bảng tính {url} chưa chia sẻ quyền xem cho người chạy tổng hợp.",
    en: "Row {row} ({name}): the sheet {url} is not shared (view access) with the person running the roll-up.",
  },
  "rollup.problem.noTab": {
    vi: 'Dòng {row} ({name}): bảng tính {url} không có trang "Tổng hợp"; hãy bấm Cập nhật trạng thái trong bảng của xã.',
    en: 'Row {row} ({name}): the sheet {url} has no "Tổng hợp" tab; run the refresh in the commune\'s sheet.',
  },
  "rollup.problem.badUrl": {
    vi: 'Dòng {row} ({name}): "{url}" không phải địa chỉ của một bảng tính Google (hoặc một tệp .xlsx).',
    en: 'Row {row} ({name}): "{url}" is not the address of a Google sheet (or an .xlsx file).',
  },
  "rollup.problem.noSchema": {
    vi: 'Dòng {row} ({name}): trang "Tổng hợp" của {url} không phải bản tổng hợp của công cụ (thiếu dòng "schema").',
    en: 'Row {row} ({name}): the "Tổng hợp" tab of {url} is not the tool\'s summary (no "schema" row).',
  },
  "rollup.problem.otherVersion": {
    vi:
      "Dòng {row} ({name}): bản tổng hợp của {url} là phiên bản {version}, công cụ đọc phiên bản {expected}; " +
      "hãy cập nhật công cụ ở bảng của xã.",
    en:
      "Row {row} ({name}): the summary of {url} is version {version}, the roll-up reads {expected}; " +
      "update the tool in the commune's sheet.",
  },
  "rollup.problem.badField": {
    vi: 'Dòng {row} ({name}): ô "{field}" ở dòng {cell} trang "Tổng hợp" của {url} sai giá trị.',
    en: 'Row {row} ({name}): the "{field}" cell on row {cell} of the "Tổng hợp" tab of {url} holds no valid value.',
  },
  "rollup.problem.missingField": {
    vi: 'Dòng {row} ({name}): trang "Tổng hợp" của {url} thiếu dòng "{field}".',
    en: 'Row {row} ({name}): the "Tổng hợp" tab of {url} has no "{field}" row.',
  },
  "rollupSetting.provinceName": {
    vi: 'Tên tỉnh, ví dụ "Khánh Hòa" (in là "UBND TỈNH KHÁNH HÒA") hoặc "thành phố Huế"',
    en: 'The province\'s name, e.g. "Khánh Hòa" (printed "UBND TỈNH KHÁNH HÒA") or "thành phố Huế"',
  },
  "rollupSetting.place": {
    vi: "Địa danh ghi trước ngày tháng của báo cáo; để trống: tên tỉnh",
    en: "The place written before the report's date; empty: the province's name",
  },
  "rollupSetting.reportNumber": { vi: "Số, ký hiệu của báo cáo", en: "The report's number and symbol" },
  "rollupSetting.signerTitle": {
    vi: 'Chức vụ người ký, xuống dòng bằng dấu ; (ví dụ "KT. GIÁM ĐỐC; PHÓ GIÁM ĐỐC"); để trống: "GIÁM ĐỐC"',
    en: 'The signer\'s title, ";" for a new line (e.g. "KT. GIÁM ĐỐC; PHÓ GIÁM ĐỐC"); empty: "GIÁM ĐỐC"',
  },
  "rollupSetting.signerName": { vi: "Họ và tên người ký báo cáo", en: "The signer's full name" },
  "rollupSetting.recipients": {
    vi: "Nơi nhận, cách nhau bằng dấu ; ; để trống: UBND tỉnh (b/c); Giám đốc, các Phó Giám đốc Sở; Lưu: VT, CCHC",
    en: "Recipients, separated by ; ; empty: the province's committee, the Director and deputies, the archive",
  },
  "rollupSetting.cutoffDay": {
    vi: "Ngày trong tháng hạn gửi báo cáo tháng của các xã (1–28); quá ngày này mà chưa có báo cáo tháng là chậm",
    en: "The day of the month the communes' monthly report is due (1–28); none by then is late",
  },
  "rollupSetting.staleDays": {
    vi: "Số ngày: bản tổng hợp của xã có số liệu cũ hơn số ngày này được nêu là chưa cập nhật",
    en: "Days: a commune's summary with figures older than this is named as not refreshed",
  },
  "rollupReport.issuerTop": { vi: "UBND {province}", en: "PEOPLE'S COMMITTEE OF {province}" },
  "rollupReport.issuer": { vi: "SỞ NỘI VỤ", en: "DEPARTMENT OF HOME AFFAIRS" },
  "rollupReport.committee": { vi: "Ủy ban nhân dân {province}", en: "People's Committee of {province}" },
  "rollupReport.recipients": {
    vi: "UBND {province} (b/c); Giám đốc, các Phó Giám đốc Sở; Lưu: VT, CCHC",
    en: "People's Committee of {province} (for report); Director and deputy directors; Filed: VT, CCHC",
  },
  "rollupReport.signerTitle": { vi: "GIÁM ĐỐC", en: "DIRECTOR" },
  "rollupReport.andOthers": { vi: "{names} và {count} xã, phường khác", en: "{names} and {count} other communes" },
  "rollupReport.fileName": { vi: "Bao cao CCHC cac xa {period}", en: "PAR report of the communes {period}" },
  "rollupReport.pdfSaved": { vi: "Bản PDF của báo cáo tỉnh: {url}", en: "The province report's PDF: {url}" },
  "rollupReport.pdfNotKept": {
    vi: 'Báo cáo tỉnh ở trang "Báo cáo tỉnh"; không lưu bản PDF.',
    en: 'The province report is in the "Báo cáo tỉnh" tab; no PDF kept.',
  },
  "rollupReport.pdfFailed": {
    vi: 'Chưa lưu được bản PDF của báo cáo tỉnh ({reason}); báo cáo vẫn ở trang "Báo cáo tỉnh".',
    en: 'The province report\'s PDF could not be saved ({reason}); the report is in the "Báo cáo tỉnh" tab.',
  },
  "rollupReport.subject": {
    vi: "Tình hình thực hiện kế hoạch cải thiện Chỉ số CCHC, SIPAS của các xã, phường {period}",
    en: "The communes' progress on their plans to improve the PAR INDEX and SIPAS, {period}",
  },
  "rollupReport.addressee": { vi: "Kính gửi: {addressee}.", en: "To: {addressee}." },
  "rollupReport.s1": { vi: "I. TÌNH HÌNH CHUNG", en: "I. OVERVIEW" },
  "rollupReport.general": {
    vi:
      "Sở Nội vụ theo dõi {listed} dòng trong danh sách bảng theo dõi của các xã, phường ({distinct} bảng tính khác nhau); " +
      "tổng hợp được {read} bảng, chưa tổng hợp được {notRead} bảng. Số liệu tính đến ngày {date}.",
    en:
      "The department lists {listed} rows of communes' tracking sheets ({distinct} distinct sheets); {read} were read, " +
      "{notRead} could not be. Figures as of {date}.",
  },
  "rollupReport.figures": {
    vi:
      "Các xã, phường tổng hợp được có {tasks} nhiệm vụ; đã hoàn thành {done} nhiệm vụ ({doneRate}), tỷ lệ hoàn thành " +
      "đúng hạn {onTime}, tỷ lệ có minh chứng {evidence}; còn {overdue} nhiệm vụ quá hạn.",
    en:
      "The communes read hold {tasks} tasks; {done} are done ({doneRate}), {onTime} of those on time and {evidence} " +
      "with evidence; {overdue} tasks are overdue.",
  },
  "rollupReport.lateSummary": {
    vi: "Có {late} xã, phường chậm báo cáo {period}; {stale} xã, phường có số liệu cũ hơn {days} ngày.",
    en: "{late} communes are late with their report for {period}; {stale} have figures older than {days} days.",
  },
  "rollupReport.s2": { vi: "II. KẾT QUẢ THỰC HIỆN CỦA TỪNG XÃ, PHƯỜNG", en: "II. RESULTS BY COMMUNE" },
  "rollupReport.colCommune": { vi: "Xã, phường", en: "Commune" },
  "rollupReport.colAsOf": { vi: "Số liệu ngày", en: "Figures as of" },
  "rollupReport.colOnTime": { vi: "Đúng hạn", en: "On time" },
  "rollupReport.colIndicatorsMet": { vi: "Chỉ số đạt", en: "Indicators met" },
  "rollupReport.province": { vi: "Toàn tỉnh", en: "Province" },
  "rollupReport.s3": { vi: "III. XẾP HẠNG CÁC XÃ, PHƯỜNG", en: "III. RANKING OF THE COMMUNES" },
  "rollupReport.rankRule": {
    vi:
      "Xếp theo tỷ lệ hoàn thành đúng hạn (cao trước; xã, phường chưa hoàn thành nhiệm vụ nào xếp sau), rồi tỷ lệ " +
      "nhiệm vụ đã hoàn thành, rồi số nhiệm vụ quá hạn (ít trước); bằng nhau cả ba tiêu chí thì đồng hạng.",
    en:
      "Ranked by on-time rate (higher first; a commune with nothing done after every other), then share of tasks done, " +
      "then overdue tasks (fewer first); equal on all three: the same rank.",
  },
  "rollupReport.colRank": { vi: "Hạng", en: "Rank" },
  "rollupReport.s4": {
    vi: "IV. CÁC XÃ, PHƯỜNG CHẬM BÁO CÁO, CHƯA TỔNG HỢP ĐƯỢC",
    en: "IV. COMMUNES LATE WITH THEIR REPORT, OR NOT READ",
  },
  "rollupReport.lateRule": {
    vi: "Báo cáo tháng của xã, phường gửi chậm nhất ngày {cutoff} hằng tháng; đến ngày {date}, kỳ phải có báo cáo là {period}.",
    en: "A commune's monthly report is due by day {cutoff} of the month; on {date} the period due is {period}.",
  },
  "rollupReport.colLastReport": { vi: "Báo cáo gần nhất", en: "Latest report" },
  "rollupReport.colPeriodsLate": { vi: "Số kỳ chậm", en: "Periods late" },
  "rollupReport.noReport": { vi: "Chưa có", en: "None" },
  "rollupReport.notReadIntro": { vi: "Bảng theo dõi chưa tổng hợp được: {count}.", en: "Sheets not read: {count}." },
  "rollupReport.colReason": { vi: "Lý do", en: "Reason" },
  "rollupReport.staleLine": {
    vi: "Số liệu cũ hơn {days} ngày (xã, phường chưa bấm cập nhật): {names}.",
    en: "Figures older than {days} days (not refreshed by the commune): {names}.",
  },
  "rollupReport.duplicateLine": {
    vi: "Dòng {row} ({name}) trùng bảng tính với dòng {first}: chỉ tính một lần.",
    en: "Row {row} ({name}) names the same sheet as row {first}: counted once.",
  },
  "rollupReport.s5": { vi: "V. CÁC CHỈ SỐ THÀNH PHẦN", en: "V. THE INDICATORS ACROSS COMMUNES" },
  "rollupReport.colCommunes": { vi: "Số xã theo dõi", en: "Communes" },
  "rollupReport.s6": { vi: "VI. ĐỀ XUẤT, KIẾN NGHỊ", en: "VI. PROPOSALS" },
  "rollupReport.proposeOverdue": {
    vi:
      "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo {count} xã, phường còn nhiệm vụ quá hạn ({names}) tập trung hoàn thành " +
      "dứt điểm {overdue} nhiệm vụ quá hạn và cập nhật đầy đủ minh chứng.",
    en:
      "The provincial committee is asked to direct the {count} communes with overdue tasks ({names}) to finish the " +
      "{overdue} overdue tasks and record their evidence.",
  },
  "rollupReport.proposeLate": {
    vi: "Đôn đốc các xã, phường chậm báo cáo ({names}) gửi báo cáo {period} về Sở Nội vụ.",
    en: "The communes late with their report ({names}) are to send their report for {period} to the department.",
  },
  "rollupReport.proposeNotRead": {
    vi: "Đề nghị các xã, phường chưa tổng hợp được ({names}) chia sẻ quyền xem bảng theo dõi cho Sở Nội vụ và cập nhật trang Tổng hợp.",
    en: "The communes not read ({names}) are asked to share their tracking sheet with the department and refresh its summary tab.",
  },
  "rollupReport.proposeFollowUp": {
    vi: "Sở Nội vụ tiếp tục theo dõi, tổng hợp tình hình thực hiện của các xã, phường và báo cáo Ủy ban nhân dân tỉnh theo định kỳ.",
    en: "The department keeps following and consolidating the communes' progress and reports to the provincial committee each period.",
  },
  "rollupReport.closing": {
    vi:
      "Trên đây là báo cáo tình hình thực hiện kế hoạch cải thiện Chỉ số CCHC, SIPAS của các xã, phường {period}, " +
      "Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
    en: "This is the department's report on the communes' plans for {period}, for the provincial committee's consideration.",
  },
  "rollupTab.list": { vi: "Danh sách xã", en: "Communes list" },
  "rollupTab.communes": { vi: "Tổng hợp các xã", en: "Communes table" },
  "rollupTab.ranking": { vi: "Xếp hạng", en: "Ranking" },
  "rollupTab.late": { vi: "Chậm báo cáo", en: "Late reports" },
  "rollupTab.indicators": { vi: "Chỉ số các xã", en: "Indicators across communes" },
  "rollupTab.report": { vi: "Báo cáo tỉnh", en: "Province report" },
  "rollupTab.colDoneRate": { vi: "Tỷ lệ hoàn thành (%)", en: "Done (%)" },
  "rollupTab.colOnTimeRate": { vi: "Đúng hạn (%)", en: "On time (%)" },
  "rollupTab.colEvidenceRate": { vi: "Có minh chứng (%)", en: "With evidence (%)" },
  "rollupTab.colIndicators": { vi: "Số chỉ số", en: "Indicators" },
  "rollupTab.colStale": { vi: "Số liệu cũ", en: "Stale figures" },
  "rollupTab.staleYes": { vi: "Cũ {days} ngày", en: "{days} days old" },
  "rollupTab.colListRow": { vi: "Dòng danh sách", en: "List row" },
  "rollupTab.colUrl": { vi: "Địa chỉ bảng tính", en: "Sheet address" },
  "rollupTab.colAgeDays": { vi: "Số ngày", en: "Days" },
  "rollupTab.staleTitle": {
    vi: "Số liệu cũ hơn {days} ngày: {count} xã, phường.",
    en: "Figures older than {days} days: {count} communes.",
  },
  "rollupTab.duplicatesTitle": { vi: "Dòng trùng bảng tính: {count}.", en: "Rows naming a sheet twice: {count}." },
  "rollupTab.chartTitle": {
    vi: "Tỷ lệ hoàn thành đúng hạn và tỷ lệ hoàn thành của các xã, phường (%)",
    en: "On-time and done rates by commune (%)",
  },
  "rollupList.colName": { vi: "Tên xã, phường", en: "Commune" },
  "rollupList.colUrl": { vi: "Địa chỉ bảng theo dõi (URL)", en: "Tracking sheet address (URL)" },
  "rollupList.colStatus": { vi: "Tình trạng đọc", en: "Reading status" },
  "rollupList.read": { vi: "Đã tổng hợp (số liệu ngày {date})", en: "Read (figures as of {date})" },
  "rollupList.readStale": {
    vi: "Đã tổng hợp, số liệu cũ (ngày {date}): xã chưa bấm cập nhật",
    en: "Read, stale figures (as of {date}): the commune has not refreshed",
  },
  "rollupList.duplicate": {
    vi: "Trùng bảng tính với dòng {first}: chỉ tính một lần",
    en: "Same sheet as row {first}: counted once",
  },
  "rollup.settingProblem": {
    vi: "Cài đặt {key}: {problem} Dùng giá trị mặc định: {fallback}.",
    en: "Setting {key}: {problem} The default is used: {fallback}.",
  },
  "rollup.logAction": { vi: "Cập nhật tổng hợp", en: "Roll-up" },
  "rollup.logSummary": {
    vi: "Đã tổng hợp {read}/{distinct} bảng theo dõi; chưa tổng hợp được {notRead}; {late} xã, phường chậm báo cáo.",
    en: "Read {read} of {distinct} tracking sheets; {notRead} not read; {late} communes late with their report.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof catalogue;
export type Lang = "vi" | "en";
export type Params = Record<string, string | number>;

/** A message in a form that can be rendered later in either language. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Params;
}

/** fill("Hạn: {date}", {date: "25/11/2024"}) → "Hạn: 25/11/2024"; a placeholder not given stays as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** t("import.noTasks") → "Không đọc được nhiệm vụ nào từ bảng." */
export function t(key: MessageKey, params: Params = {}, lang: Lang = "vi"): string {
  return fill(catalogue[key][lang], params);
}

/** render({key: "import.noTasks"}) → the Vietnamese text of a stored message. */
export function render(message: Message, lang: Lang = "vi"): string {
  return t(message.key, message.params, lang);
}
