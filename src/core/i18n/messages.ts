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
  "tab.indicatorChart": { vi: "Biểu đồ chỉ số", en: "Indicator chart" },
  "chart.title": { vi: "Kết quả mới nhất so với chỉ tiêu và mức tối thiểu (%)", en: "Latest value against target and floor (%)" },

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
  "setting.planStart": { vi: "Ngày bắt đầu theo dõi (ngày ban hành kế hoạch); các kỳ trước ngày này không tính", en: "Tracking start (the plan's date); periods before it do not count" },
  "setting.indicatorIds": { vi: "Các mã chỉ số đã được đề xuất khi nhập (để không thêm lại chỉ số đã xóa); tiện ích tự ghi", en: "Indicator ids the import has proposed (so deleted ones are not added again); written by the add-on" },
  "setting.dueSoonDays": { vi: "Số ngày làm việc coi là \"sắp đến hạn\"", en: "Working days counted as \"due soon\"" },
  "setting.beforeMeansDayBefore": { vi: "\"Trước ngày X\" nghĩa là hạn là ngày liền trước X (CÓ/KHÔNG)", en: "\"Before day X\" means due the day before X (yes/no)" },

  // Settings values
  "settings.badYear": { vi: "Năm \"{value}\" không hợp lệ; ghi 4 chữ số, ví dụ 2024, hoặc để trống.", en: "Year \"{value}\" is not valid; write four digits, e.g. 2024, or leave it empty." },
  "settings.badDays": { vi: "\"{value}\" không phải số ngày; ghi một số từ 0 đến 99.", en: "\"{value}\" is not a number of days; write a number from 0 to 99." },
  "settings.badYesNo": { vi: "\"{value}\" không hợp lệ; ghi CÓ hoặc KHÔNG.", en: "\"{value}\" is not valid; write YES or NO (CÓ/KHÔNG)." },
  "settings.problem": { vi: "Trang \"{tab}\", dòng {row}, cột \"{column}\" ({key}): {problem} Đang dùng giá trị mặc định.", en: "Tab \"{tab}\", row {row}, column \"{column}\" ({key}): {problem} The default is used." },

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
  "check.where": { vi: "Trang \"{tab}\", dòng {row}, cột \"{column}\": {problem}", en: "Tab \"{tab}\", row {row}, column \"{column}\": {problem}" },
  "check.inCell": { vi: "[Kiểm tra] {problem}", en: "[Check] {problem}" },
  "check.tooLong": { vi: "nội dung dài {length} ký tự, quá {max}; hãy rút gọn hoặc đưa phần chi tiết vào tài liệu minh chứng.", en: "the text is {length} characters long, over {max}; shorten it or move the detail into the evidence document." },
  "check.notDate": { vi: "\"{value}\" không phải là ngày; hãy nhập ngày/tháng/năm, ví dụ 20/11/2024.", en: "\"{value}\" is not a date; enter day/month/year, e.g. 20/11/2024." },
  "check.notUrl": { vi: "\"{value}\" không phải đường dẫn; hãy dán đường dẫn bắt đầu bằng https://.", en: "\"{value}\" is not a link; paste a link starting with https://." },
  "check.notEmail": { vi: "\"{value}\" không phải địa chỉ email; ví dụ ten@gmail.com.", en: "\"{value}\" is not an email address; e.g. name@gmail.com." },
  "check.required": { vi: "ô này không được để trống.", en: "this cell must not be empty." },
  "check.future": { vi: "ngày {value} còn ở tương lai; ngày hoàn thành không thể sau hôm nay.", en: "{value} is in the future; a completion date cannot be after today." },
  "check.notInList": { vi: "\"{value}\" không có trong danh sách; hãy chọn trong danh sách thả xuống.", en: "\"{value}\" is not in the list; pick a value from the dropdown." },
  "check.unknownRole": { vi: "vai trò \"{value}\" không có trong trang \"Danh bạ\"; hãy sửa cách viết hoặc thêm vai trò vào Danh bạ.", en: "the role \"{value}\" is not in the Directory; fix the spelling or add the role there." },
  "check.noTask": { vi: "dòng có dữ liệu nhưng chưa có nhiệm vụ; hãy ghi nhiệm vụ hoặc xóa dòng.", en: "the row has data but no task; write the task or delete the row." },
  "check.doneNeedsDate": { vi: "nhiệm vụ đã \"Hoàn thành\" nhưng chưa có ngày hoàn thành (chấm điểm CCHC cần ngày này).", en: "the task is done but has no completion date (PAR scoring needs it)." },
  "check.doneNeedsEvidence": { vi: "nhiệm vụ đã \"Hoàn thành\" nhưng chưa có đường dẫn minh chứng (chấm điểm CCHC cần tài liệu kiểm chứng).", en: "the task is done but has no evidence link (PAR scoring needs an evidence document)." },
  "check.dateButNotDone": { vi: "đã có ngày hoàn thành nhưng trạng thái chưa là \"Hoàn thành\"; hãy chọn \"Hoàn thành\" hoặc xóa ngày.", en: "there is a completion date but the progress is not \"Done\"; pick \"Hoàn thành\" or clear the date." },
  "check.unknownTask": { vi: "mã nhiệm vụ \"{value}\" không có trên trang \"Kế hoạch\".", en: "task id \"{value}\" is not on the Plan tab." },
  "check.badPeriod": { vi: "kỳ \"{value}\" không rõ; ghi như 2024-11 (tháng), 2024-Q4 (quý), 2024-H1 (6 tháng), 2024 (năm) hoặc một ngày.", en: "period \"{value}\" is unclear; write 2024-11 (month), 2024-Q4 (quarter), 2024-H1 (half), 2024 (year) or a date." },
  "check.merged": { vi: "các ô {value} đang bị gộp; hãy bỏ gộp (Định dạng → Gộp ô → Hủy gộp) để mỗi ô một giá trị.", en: "cells {value} are merged; unmerge them (Format → Merge cells → Unmerge) so each cell holds one value." },
  "check.duplicateId": { vi: "mã \"{value}\" trùng với dòng {other}; mỗi nhiệm vụ cần một mã riêng.", en: "id \"{value}\" is also on row {other}; each task needs its own id." },
  "check.leadNoEmail": { vi: "vai trò này chủ trì nhiệm vụ nhưng chưa có email để nhận nhắc việc.", en: "this role leads tasks but has no email to receive reminders." },
  "check.emptyRows": { vi: "Có {count} dòng trống giữa bảng \"{tab}\" (dòng {rows}); không ảnh hưởng tới việc tính, có thể xóa.", en: "{count} empty rows in the middle of \"{tab}\" (rows {rows}); harmless, can be deleted." },
  "check.summary": { vi: "Đã kiểm tra {rows} dòng: {problems} vấn đề cần sửa.", en: "Checked {rows} rows: {problems} problems to fix." },
  "check.none": { vi: "Không có vấn đề nào. Cảm ơn các đồng chí!", en: "No problems found." },
  "check.kindLine": { vi: "- {kind}: {count}", en: "- {kind}: {count}" },
  "check.seeColumn": { vi: "Xem cột \"{column}\" trên trang \"{tab}\" và ghi chú ở các ô có dấu tam giác.", en: "See the \"{column}\" column on \"{tab}\" and the notes on marked cells." },
  "refresh.done": { vi: "Đã cập nhật {rows} nhiệm vụ ngày {today}: {overdue} quá hạn, {dueSoon} sắp đến hạn, {problems} vấn đề cần sửa.", en: "Refreshed {rows} tasks on {today}: {overdue} overdue, {dueSoon} due soon, {problems} problems to fix." },
  "menu.check": { vi: "Kiểm tra dữ liệu", en: "Check the data" },
  "menu.refresh": { vi: "Cập nhật trạng thái", en: "Refresh statuses" },
  "log.check": { vi: "Kiểm tra", en: "Check" },
  "log.refresh": { vi: "Cập nhật", en: "Refresh" },

  // Indicators
  "indicator.noNumerator": { vi: "có mẫu số nhưng chưa có tử số.", en: "there is a denominator but no numerator." },
  "indicator.zeroDenominator": { vi: "mẫu số bằng 0 nên không tính được tỷ lệ; hãy kiểm tra số liệu.", en: "the denominator is 0, so no ratio can be computed; check the figures." },
  "indicator.numeratorOver": { vi: "tử số lớn hơn mẫu số (tỷ lệ trên 100%); hãy kiểm tra số liệu.", en: "the numerator is larger than the denominator (over 100%); check the figures." },
  "indicator.notNumber": { vi: "\"{value}\" không phải là số; hãy nhập một con số, ví dụ 45.", en: "\"{value}\" is not a number; enter a number, e.g. 45." },
  "indicator.noFigure": { vi: "dòng chưa có số liệu: hãy nhập tử số và mẫu số, hoặc giá trị.", en: "the row has no figure: enter a numerator and a denominator, or a value." },
  "indicator.unknown": { vi: "mã chỉ số \"{value}\" không có trên trang \"Chỉ số\".", en: "indicator id \"{value}\" is not on the Indicators tab." },
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
  "indicator.badCheckpointText": { vi: "không đọc được mốc \"{value}\"; ghi dạng ngày: chỉ tiêu, ví dụ 25/08/2024: 60.", en: "cannot read the checkpoint \"{value}\"; write date: target, e.g. 25/08/2024: 60." },
  "indicator.badCheckpoint": { vi: "Mốc ngày {text} không tồn tại; hãy sửa ngày của mốc ở trang \"Chỉ số\".", en: "The checkpoint date {text} does not exist; fix it on the Indicators tab." },

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
  "problemKind.completions": { vi: "Dòng \"Hoàn thành theo kỳ\" chưa đúng", en: "Completion log rows to fix" },
  "problemKind.timeline": { vi: "Tiến độ cần người xem lại", en: "Timelines to review" },
  "problemKind.settings": { vi: "Cài đặt sai", en: "Wrong settings" },
  "problemKind.indicators": { vi: "Chỉ số cần sửa (mốc, đơn vị, chỉ tiêu)", en: "Indicators to fix (checkpoints, units, targets)" },
  "problemKind.indicatorData": { vi: "Số liệu chỉ số cần xem lại", en: "Indicator figures to review" },
  "problemKind.other": { vi: "Vấn đề khác", en: "Other problems" },

  // Legend
  "legend.overdue": { vi: "Quá hạn: đã qua hạn mà chưa hoàn thành.", en: "Overdue: past its due date and not done." },
  "legend.dueSoon": { vi: "Sắp đến hạn: còn ít ngày làm việc (xem \"Cài đặt\").", en: "Due soon: a few working days left (see Settings)." },
  "legend.done": { vi: "Hoàn thành sớm hạn hoặc đúng hạn.", en: "Done early or on time." },
  "legend.doneLate": { vi: "Hoàn thành trễ hạn.", en: "Done late." },
  "legend.attention": { vi: "Cột \"Cần sửa\": dòng có dữ liệu cần sửa (xem ghi chú ở ô có dấu tam giác).", en: "\"To fix\" column: the row has data to fix (see the note on the marked cell)." },

  // Timeline
  "timeline.invalidDate": {
    vi: "Ngày {text} không tồn tại (tháng {month} năm {year} chỉ có {days} ngày); hãy đặt hạn bằng tay ở cột \"Hạn tự đặt\".",
    en: "The date {text} does not exist (month {month} of {year} has {days} days); set the deadline by hand in \"Own deadline\".",
  },
  "timeline.weekdayMismatch": {
    vi: "Ngày {text} không phải là \"{said}\" như văn bản ghi; hãy kiểm tra lại ngày.",
    en: "{text} is not a \"{said}\" as the text says; check the date.",
  },
  "timeline.notUnderstood": {
    vi: "Chưa hiểu tiến độ \"{text}\"; hãy đặt hạn bằng tay ở cột \"Hạn tự đặt\".",
    en: "The timeline \"{text}\" was not understood; set the deadline by hand in \"Own deadline\".",
  },
  "timeline.empty": { vi: "Chưa có tiến độ; hãy ghi tiến độ hoặc đặt hạn ở cột \"Hạn tự đặt\".", en: "No timeline; write one or set \"Own deadline\"." },

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
  "holiday.toConfirm": { vi: "Cần xác nhận theo thông báo chính thức", en: "To confirm against the official announcement" },

  // Help texts shown by data validation
  "help.progress": { vi: "Chọn trạng thái trong danh sách.", en: "Pick a progress value from the list." },
  "help.date": { vi: "Nhập ngày dạng ngày/tháng/năm, ví dụ 20/11/2024.", en: "Enter a date as day/month/year, e.g. 20/11/2024." },
  "help.email": { vi: "Nhập một địa chỉ email, ví dụ ten@gmail.com.", en: "Enter an email address, e.g. name@gmail.com." },
  "help.url": { vi: "Dán đường dẫn tới tài liệu minh chứng (Drive, trang web...).", en: "Paste a link to the evidence document (Drive, web page...)." },
  "help.dayKind": { vi: "Chọn \"Nghỉ\" (ngày nghỉ) hoặc \"Làm bù\" (thứ Bảy đi làm bù).", en: "Pick \"Nghỉ\" (day off) or \"Làm bù\" (Saturday worked)." },
  "settings.badDate": { vi: "Ngày \"{value}\" không hợp lệ; ghi ngày/tháng/năm, ví dụ 02/04/2024, hoặc để trống.", en: "Date \"{value}\" is not valid; write day/month/year, e.g. 02/04/2024, or leave it empty." },
  "holidays.badRow": { vi: "Trang \"{tab}\", dòng {row}: {problem}; dòng này không được tính.", en: "Tab \"{tab}\", row {row}: {problem}; the row is ignored." },
  "holidays.badDate": { vi: "cột \"Ngày\" không phải một ngày có thật (\"{value}\")", en: "the \"Date\" column is not a real date (\"{value}\")" },
  "holidays.badKind": { vi: "cột \"Loại\" phải là \"Nghỉ\" hoặc \"Làm bù\" (\"{value}\")", en: "the \"Kind\" column must be \"Nghỉ\" or \"Làm bù\" (\"{value}\")" },
  "help.unit": { vi: "Chọn đơn vị: %, điểm, số lượng, lần/tuần.", en: "Pick a unit: %, points, count, times/week." },
  "help.direction": { vi: "Chọn yêu cầu: ≥, >, ≤ hoặc \"không có\".", en: "Pick a direction: ≥, >, ≤ or none." },
  "help.number": { vi: "Nhập một con số.", en: "Enter a number." },
  "protect.computed": {
    vi: "Các cột \"{column}\" do tiện ích tự tính; sửa tay sẽ bị ghi đè ở lần cập nhật sau.",
    en: "Columns \"{column}\" are computed by the add-on; hand edits are replaced on the next refresh.",
  },

  // Import and setup messages
  "import.noHeader": {
    vi: "Không tìm thấy dòng tiêu đề của bảng kế hoạch (cần các cột \"TT\" và \"Nhiệm vụ\"). Hãy dán cả dòng tiêu đề của bảng phụ lục.",
    en: "No header row found in the plan table (it needs the \"TT\" and \"Nhiệm vụ\" columns). Paste the appendix table with its header row.",
  },
  "import.missingColumn": {
    vi: "Bảng kế hoạch thiếu cột \"{column}\".",
    en: "The plan table has no \"{column}\" column.",
  },
  "import.noYear": {
    vi: "Không xác định được năm của kế hoạch; hãy ghi năm vào trang \"Cài đặt\" hoặc dùng --year.",
    en: "The plan's year could not be determined; set it in \"Settings\" or pass --year.",
  },
  "import.noTasks": { vi: "Không đọc được nhiệm vụ nào từ bảng.", en: "No task could be read from the table." },
  "import.continuation": {
    vi: "Dòng {row} nối tiếp nhiệm vụ {id} (bảng bị ngắt sang trang sau) và đã được gộp vào.",
    en: "Row {row} continues task {id} (the table was split by a page break) and was merged into it.",
  },
  "import.orphanContinuation": {
    vi: "Dòng {row} không có số TT và không đứng sau nhiệm vụ nào; đã bỏ qua: \"{text}\".",
    en: "Row {row} has no number and follows no task; skipped: \"{text}\".",
  },
  "import.unknownRow": {
    vi: "Không hiểu dòng {row} (cột TT ghi \"{number}\"); đã bỏ qua.",
    en: "Row {row} was not understood (its number cell reads \"{number}\"); skipped.",
  },
  "import.duplicateId": {
    vi: "Mã nhiệm vụ {id} bị trùng (dòng {row}); dòng này được đặt mã {newId}.",
    en: "Task id {id} is duplicated (row {row}); this row was given id {newId}.",
  },
  "import.noLead": {
    vi: "Không nhận ra vai trò chủ trì trong cột \"Phân công\"; hãy ghi vai trò hoặc điền \"Người phụ trách\".",
    en: "No lead role recognised in the assignment column; name a role or fill in the owner.",
  },
  "import.yearMismatch": {
    vi: "Phần đầu văn bản ghi năm {other} nhưng các hạn trong bảng thuộc năm {year}; kế hoạch được coi là của năm {year}.",
    en: "The document header says {other} but the table's deadlines fall in {year}; the plan is taken to be for {year}.",
  },
  "import.emptyTask": {
    vi: "Dòng {row}: nhiệm vụ số {number} không có nội dung.",
    en: "Row {row}: task number {number} has no text.",
  },
  "merge.conflict": {
    vi: "Dòng {row}, cột \"{column}\": nội dung trên trang tính khác với kế hoạch vừa nhập; giữ nguyên nội dung đã có. Xoá ô đó rồi nhập lại nếu muốn lấy nội dung mới.",
    en: "Row {row}, column \"{column}\": the sheet differs from the imported plan; the sheet's text was kept. Clear the cell and import again to take the new text.",
  },
  "merge.missingFromPlan": {
    vi: "Nhiệm vụ {id} (dòng {row}) có trên trang tính nhưng không có trong kế hoạch vừa nhập; dòng được giữ nguyên.",
    en: "Task {id} (row {row}) is on the sheet but not in the imported plan; the row was kept.",
  },
  "merge.duplicateOnSheet": {
    vi: "Mã {id} xuất hiện nhiều lần trên trang tính (dòng {rows}); chỉ dòng {row} được cập nhật.",
    en: "Id {id} appears more than once on the sheet (rows {rows}); only row {row} was updated.",
  },
  "merge.missingHeader": {
    vi: "Trang \"{tab}\" thiếu cột \"{column}\"; cột này đã được thêm vào cuối bảng.",
    en: "Tab \"{tab}\" had no \"{column}\" column; it was added at the end.",
  },
  "setup.done": {
    vi: "Đã khởi tạo: {created} trang mới, {kept} trang giữ nguyên, {roles} vai trò mới trong danh bạ.",
    en: "Set up: {created} new tabs, {kept} tabs kept, {roles} new roles in the directory.",
  },
  "import.done": {
    vi: "Đã nhập {tasks} nhiệm vụ: {added} dòng mới, {filled} ô được điền, {unchanged} dòng không đổi, {conflicts} ô giữ nguyên nội dung đã có, {warnings} cảnh báo.",
    en: "Imported {tasks} tasks: {added} new rows, {filled} cells filled, {unchanged} rows unchanged, {conflicts} cells kept as they were, {warnings} warnings.",
  },
  "import.indicatorsAdded": { vi: "Đã đề xuất {count} chỉ số từ kế hoạch vào trang \"{tab}\"; Văn phòng có thể sửa, thêm hoặc xóa.", en: "Proposed {count} indicators from the plan on \"{tab}\"; the secretariat may edit, add or delete them." },
  "import.seeLog": { vi: "Xem chi tiết ở trang \"{tab}\".", en: "See the details in the \"{tab}\" tab." },
  "import.emptySheet": {
    vi: "Trang tính \"{tab}\" đang trống. Hãy dán bảng phụ lục kế hoạch (từ Word) vào một trang trống rồi chọn lại mục này.",
    en: "The sheet \"{tab}\" is empty. Paste the plan's appendix table (from Word) into an empty tab and choose this item again.",
  },
  "import.ownTab": {
    vi: "\"{tab}\" là trang do tiện ích quản lý. Hãy dán bảng kế hoạch vào một trang trống khác.",
    en: "\"{tab}\" is a tab the add-on manages. Paste the plan table into another empty tab.",
  },
  "log.setup": { vi: "Khởi tạo", en: "Setup" },
  "log.import": { vi: "Nhập kế hoạch", en: "Import plan" },
  "log.warning": { vi: "Cảnh báo", en: "Warning" },
  "error.busy": {
    vi: "Một người khác đang cập nhật bảng theo dõi. Vui lòng thử lại sau ít giây.",
    en: "Someone else is updating the tracking sheets. Please try again in a few seconds.",
  },
  "error.unexpected": {
    vi: "Đã có lỗi ngoài dự kiến: {message}. Dữ liệu đã nhập không bị thay đổi.",
    en: "Unexpected error: {message}. No data you typed was changed.",
  },

  // Command line
  "cli.usage": {
    vi: "Cách dùng: cli <lệnh> [tuỳ chọn]. Lệnh: start [--plan TỆP] [--today YYYY-MM-DD] [--out THƯ_MỤC]; import TỆP [--json] [--year NĂM]; timeline \"VĂN BẢN\" [--year NĂM] [--from NGÀY --to NGÀY] [--day-before] [--json]; holidays [--year NĂM] [--json].",
    en: "Usage: cli <command> [options]. Commands: start [--plan FILE] [--today YYYY-MM-DD] [--out DIR]; import FILE [--json] [--year YEAR]; timeline \"TEXT\" [--year YEAR] [--from DATE --to DATE] [--day-before] [--json]; holidays [--year YEAR] [--json].",
  },
  "cli.fileNotFound": { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  "cli.unsupportedFile": {
    vi: "Không đọc được loại tệp {file}; dùng .txt, .md, .html, .docx hoặc .xlsx.",
    en: "Cannot read the file type of {file}; use .txt, .md, .html, .docx or .xlsx.",
  },
  "cli.badYear": { vi: "Năm \"{text}\" không hợp lệ; dùng 4 chữ số, ví dụ 2024.", en: "Invalid year \"{text}\"; use four digits, e.g. 2024." },
  "cli.planLine": { vi: "Kế hoạch: {title} (năm {year}), {tasks} nhiệm vụ.", en: "Plan: {title} ({year}), {tasks} tasks." },
  "cli.sourceLine": { vi: "Nguồn: {source}; {parts} phần, {sections} mục.", en: "Source: {source}; {parts} parts, {sections} sections." },
  "cli.embedded": { vi: "kế hoạch mẫu có sẵn ({name})", en: "the embedded sample plan ({name})" },
  "cli.todayLine": { vi: "Ngày tham chiếu: {today}{note}.", en: "Reference date: {today}{note}." },
  "cli.todayDefault": { vi: " (mặc định: ngày 20/11 của năm kế hoạch; đổi bằng --today YYYY-MM-DD)", en: " (default: 20 November of the plan year; change with --today YYYY-MM-DD)" },
  "cli.warningsHeader": { vi: "Cần người xem lại ({count}):", en: "Needs a person's attention ({count}):" },
  "cli.wrote": { vi: "Đã ghi bảng theo dõi: {file}", en: "Wrote the tracking workbook: {file}" },
  "cli.problems": { vi: "{count} vấn đề cần sửa (xem cột \"{column}\" trong tệp).", en: "{count} problems to fix (see the \"{column}\" column in the file)." },
  "cli.indicatorsHeader": { vi: "Chỉ số của kế hoạch ({count}) ngày {today} (kế hoạch chưa có số liệu thực tế; nhập ở trang \"Số liệu chỉ số\"):", en: "Plan indicators ({count}) on {today} (the plan has no actual figures yet; enter them on \"Indicator data\"):" },
  "cli.planRatios": { vi: "Toàn kế hoạch: {done}/{tasks} nhiệm vụ đã hoàn thành, {overdue}% quá hạn.", en: "Whole plan: {done}/{tasks} tasks done, {overdue}% overdue." },
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
  "cli.badDate": { vi: "Ngày \"{text}\" không hợp lệ; dùng dạng YYYY-MM-DD.", en: "Invalid date \"{text}\"; use YYYY-MM-DD." },
  "cli.unknownOption": { vi: "Tuỳ chọn không hợp lệ: {option}.", en: "Unknown option: {option}." },
  "cli.unknownCommand": { vi: "Lệnh không hợp lệ: {command}.", en: "Unknown command: {command}." },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof catalogue;
export type Lang = "vi" | "en";
export type Params = Record<string, string | number>;

/** A message in a form that can be rendered later in either language. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Params;
}

/** t("import.noTasks") → "Không đọc được nhiệm vụ nào từ bảng." */
export function t(key: MessageKey, params: Params = {}, lang: Lang = "vi"): string {
  const template: string = catalogue[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** render({key: "import.noTasks"}) → the Vietnamese text of a stored message. */
export function render(message: Message, lang: Lang = "vi"): string {
  return t(message.key, message.params, lang);
}
