/**
 * The CryptoPort over Apps Script's Utilities, run against the fake (signed Java bytes, as
 * Google returns them) and checked against Node's crypto.
 */
import { createHmac } from "node:crypto";
import { GasCrypto } from "../../src/gas/crypto";
import { counted, ServiceCalls } from "./counter";
import { FakeUtilities } from "./services";

const calls = new ServiceCalls();
beforeAll(() => {
  (globalThis as Record<string, unknown>).Utilities = counted(new FakeUtilities(), "Utilities", calls);
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Utilities;
});

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("GasCrypto", () => {
  test("RFC 4231 test case 2: key Jefe, data 'what do ya want for nothing?'", () => {
    const mac = new GasCrypto().hmacSha256("Jefe", "what do ya want for nothing?");
    expect(mac).toBeInstanceOf(Uint8Array);
    expect(hex(mac)).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });

  test("gives Node's HMAC-SHA256 for Vietnamese text and long keys, every byte unsigned", () => {
    const crypto = new GasCrypto();
    const cases: [string, string][] = [
      ["parPlan.linkSecret", "van.phong@example.com|2024-12-31"],
      ["k".repeat(131), "Công chức Văn phòng - Thống kê|20/11/2024"],
      ["", ""],
    ];
    for (const [key, message] of cases) {
      const mac = crypto.hmacSha256(key, message);
      expect(mac.every((b) => b >= 0 && b <= 255)).toBe(true);
      expect(hex(mac)).toBe(createHmac("sha256", key).update(message, "utf8").digest("hex"));
    }
  });

  test("a random secret: 64 hex digits, different each time, in two getUuid calls", () => {
    const crypto = new GasCrypto();
    calls.reset();
    const a = crypto.randomSecret();
    expect(calls.of("Utilities.getUuid")).toBe(2);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(crypto.randomSecret()).not.toBe(a);
  });
});
