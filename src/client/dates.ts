/*
 * The server speaks dd/mm/yyyy (src/bridge/contract.ts); <input type="date"> speaks yyyy-mm-dd
 * whatever the phone's language (developer.mozilla.org/docs/Web/HTML/Element/input/date#value).
 */

/** "20/11/2024" → "2024-11-20"; "" when the text is not such a date. */
export function viToIso(text: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : "";
}

/** "2024-11-20" → "20/11/2024"; "" when the value is not such a date. */
export function isoToVi(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}
