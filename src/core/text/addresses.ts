/**
 * E-mail addresses as the secretariat types them in a cell: separated by commas, semicolons,
 * spaces or new lines ("a@x.vn; b@y.vn" is how Outlook writes a list). One reader for every
 * address the product mails.
 */
const ADDRESS = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()".]{2,}$/;

/** isAddress("vanphong@dailanh.gov.vn") → true; isAddress("vanphong@dailanh") → false. */
export function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/**
 * parseAddresses("a@b.vn; c@d.vn, sai@") → { valid: ["a@b.vn", "c@d.vn"], invalid: ["sai@"] };
 * parseAddresses("Văn phòng <vp@x.vn>") → { valid: ["vp@x.vn"], invalid: [] } (a name before the
 * address, as mail programs copy it). Duplicates are dropped, case kept as typed.
 */
export function parseAddresses(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  const parts = text.split(/[,;\n]+/).flatMap((part) => {
    const bracketed = /<([^<>]*)>/.exec(part);
    return bracketed ? [bracketed[1]] : part.split(/\s+/);
  });
  for (const part of parts) {
    const address = part.trim();
    if (!address) continue;
    if (!isAddress(address)) invalid.push(address);
    else if (!seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      valid.push(address);
    }
  }
  return { valid, invalid };
}
