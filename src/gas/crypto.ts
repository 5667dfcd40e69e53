import type { CryptoPort } from "../ports";

/**
 * Signing in Apps Script. computeHmacSha256Signature(value, key) takes the message first and
 * returns Java bytes, signed -128..127 (developers.google.com/apps-script/reference/utilities/
 * utilities#computehmacsha256signaturevalue,-key); the port speaks unsigned bytes, as Node's
 * crypto and the engine's comparisons do, so each byte is masked once here.
 */
export class GasCrypto implements CryptoPort {
  hmacSha256(key: string, message: string): Uint8Array {
    const signed = Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8);
    return Uint8Array.from(signed, (b) => b & 0xff);
  }

  /**
   * 64 hex digits from two getUuid() calls. Each is java.util.UUID.randomUUID() ("equivalent
   * to", …/utilities#getuuid), a version-4 UUID with 122 bits from Java's cryptographically
   * strong SecureRandom; two give 244 unpredictable bits, far beyond what guessing or brute
   * force over HMAC-SHA256 could reach. The fixed version and variant digits are kept: they
   * cost length, not strength.
   */
  randomSecret(): string {
    return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, "");
  }
}
