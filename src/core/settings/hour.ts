/**
 * parseHour("7") → 7; "07:00" → 7; "7h" → 7; "7 giờ" → 7; "19:30" → 19 (the trigger fires within
 * the hour anyway); "8:00 SA" → 8; "24", "-1", "bảy" → null. An hour of the day as the
 * secretariat types it in Cài đặt.
 */
export function parseHour(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*(?:(?::|h|g|giờ|gio)\s*(\d{2})?\s*(?:sa|ch|am|pm)?)?\s*$/iu.exec(text.normalize("NFC"));
  if (!m) return null;
  let hour = Number(m[1]);
  if (/(ch|pm)\s*$/i.test(text) && hour < 12) hour += 12;
  if (m[2] !== undefined && Number(m[2]) > 59) return null;
  return hour >= 0 && hour <= 23 ? hour : null;
}
