import fc from "fast-check";
import { fromBase64Url, toBase64Url, utf8Bytes, utf8Text } from "../../src/core/links/base64url";
import { constantTimeEqual, signToken, verifyToken } from "../../src/core/links/token";
import { nodeCrypto } from "../../src/node/crypto";

const hmac = nodeCrypto.hmacSha256;
const SECRET = "s3cret-".repeat(5); // 40 characters: a secret under 32 verifies nothing
const NOW = "2024-11-20 08:00:00";
const EXPIRES = "2024-12-04 08:00:00";

describe("base64url and UTF-8", () => {
  it("round-trips any bytes and any text", () => {
    fc.assert(fc.property(fc.uint8Array(), (b) => expect(fromBase64Url(toBase64Url(b))).toEqual(b)));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(utf8Text(utf8Bytes(s))).toBe(s)));
    expect(toBase64Url(utf8Bytes("Đại Lãnh"))).toBe(Buffer.from("Đại Lãnh").toString("base64url"));
  });
  it("refuses what is not base64url or UTF-8", () => {
    expect(fromBase64Url("a")).toBeNull();
    expect(fromBase64Url("ab+/")).toBeNull();
    expect(fromBase64Url("AB")).toBeNull(); // stray low bits
    expect(utf8Text(Uint8Array.from([0xc0, 0x80]))).toBeNull(); // overlong
    expect(utf8Text(Uint8Array.from([0xe2, 0x82]))).toBeNull(); // cut short
  });
});

describe("signed personal tokens", () => {
  it("verify with no secret shorter than 32 characters, an empty one above all", () => {
    const signed = signToken(hmac, "", "a@x.vn", EXPIRES);
    expect(verifyToken(hmac, "", signed, "2024-11-20 08:00:00")).toEqual({ ok: false, reason: "signature" });
    expect(verifyToken(hmac, "short", signToken(hmac, "short", "a@x.vn", EXPIRES), "2024-11-20 08:00:00")).toEqual({
      ok: false,
      reason: "signature",
    });
  });

  const token = signToken(hmac, SECRET, " Van.Phong@DaiLanh.gov.vn ", EXPIRES);

  it("names the lower-cased address until it expires", () => {
    expect(token.startsWith("v1.")).toBe(true);
    expect(verifyToken(hmac, SECRET, token, NOW)).toEqual({
      ok: true,
      person: "van.phong@dailanh.gov.vn",
      expires: EXPIRES,
    });
    expect(verifyToken(hmac, SECRET, token, "2024-12-04 07:59:59").ok).toBe(true);
    expect(verifyToken(hmac, SECRET, token, EXPIRES)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a forged, truncated, re-addressed or other-version token with a reason", () => {
    const [, body, sig] = token.split(".");
    const other = Buffer.from("chu.tich@dailanh.gov.vn\n" + EXPIRES).toString("base64url");
    const later = Buffer.from("van.phong@dailanh.gov.vn\n2099-01-01 00:00:00").toString("base64url");
    expect(verifyToken(hmac, SECRET, `v1.${other}.${sig}`, NOW)).toEqual({ ok: false, reason: "signature" });
    expect(verifyToken(hmac, SECRET, `v1.${later}.${sig}`, NOW)).toEqual({ ok: false, reason: "signature" });
    expect(verifyToken(hmac, "another secret", token, NOW)).toEqual({ ok: false, reason: "signature" });
    expect(verifyToken(hmac, SECRET, `v2.${body}.${sig}`, NOW)).toEqual({ ok: false, reason: "version" });
    expect(verifyToken(hmac, SECRET, token.slice(0, -3), NOW)).toEqual({ ok: false, reason: "malformed" });
    expect(verifyToken(hmac, SECRET, `v1.${body}`, NOW)).toEqual({ ok: false, reason: "malformed" });
    for (const bad of ["", "v1..", 42, null, undefined, "x".repeat(5000), `v1.${body}.${sig}.x`])
      expect(verifyToken(hmac, SECRET, bad, NOW).ok).toBe(false);
    const upper = Buffer.from("Van.Phong@dailanh.gov.vn\n" + EXPIRES).toString("base64url");
    expect(verifyToken(hmac, SECRET, `v1.${upper}.${sig}`, NOW)).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses every token with any one character changed (property)", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.nat(alphabet.length - 1), (at, pick) => {
        const ch = alphabet[pick];
        fc.pre(ch !== token[at]);
        const changed = token.slice(0, at) + ch + token.slice(at + 1);
        expect(verifyToken(hmac, SECRET, changed, NOW).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses every token with one bit of its signature flipped (property)", () => {
    const [v, body, sig] = token.split(".");
    const bytes = fromBase64Url(sig)!;
    fc.assert(
      fc.property(fc.nat(bytes.length * 8 - 1), (bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[bit >> 3] ^= 1 << (bit & 7);
        expect(verifyToken(hmac, SECRET, `${v}.${body}.${toBase64Url(flipped)}`, NOW)).toEqual({
          ok: false,
          reason: "signature",
        });
      }),
    );
  });

  it("compares whole byte strings", () => {
    expect(constantTimeEqual(Uint8Array.from([1, 2]), Uint8Array.from([1, 2]))).toBe(true);
    expect(constantTimeEqual(Uint8Array.from([1, 2]), Uint8Array.from([1, 3]))).toBe(false);
    expect(constantTimeEqual(Uint8Array.from([1, 2]), Uint8Array.from([1]))).toBe(false);
    expect(constantTimeEqual(Uint8Array.from([]), Uint8Array.from([1]))).toBe(false);
  });
});
