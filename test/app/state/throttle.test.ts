import { personalToken, verifyLink } from "../../../src/app/commands/officerLinks";
import { LINK_SECRET_KEY, rotateSecret } from "../../../src/app/state/linkSecret";
import { allowWrite, secondsOf, THROTTLE } from "../../../src/app/state/throttle";
import { MemoryStore } from "../../../src/memory/memoryWorkbook";
import { nodeCrypto } from "../../../src/node/crypto";

function linkPorts(start = "2024-11-20 08:00:00") {
  let now = start;
  const ports = {
    crypto: nodeCrypto,
    secrets: new MemoryStore(),
    store: new MemoryStore(),
    clock: { today: () => ({ year: 2024, month: 11, day: 20 }), timestamp: () => now },
  };
  return { ports, at: (t: string) => (now = t) };
}

describe("personal links", () => {
  it("work for 14 days, until the secret is rotated", () => {
    const { ports, at } = linkPorts();
    const token = personalToken(ports, "Van.Phong@dailanh.gov.vn");
    expect(verifyLink(ports, token)).toEqual({ ok: true, person: "van.phong@dailanh.gov.vn" });
    at("2024-12-04 07:59:59");
    expect(verifyLink(ports, token).ok).toBe(true);
    at("2024-12-04 08:00:00");
    expect(verifyLink(ports, token)).toEqual({ ok: false, reason: "expired" });
    at("2024-11-21 08:00:00");
    rotateSecret(ports);
    expect(verifyLink(ports, token)).toEqual({ ok: false, reason: "signature" });
    expect(verifyLink(ports, personalToken(ports, "van.phong@dailanh.gov.vn")).ok).toBe(true);
  });

  it("refuse a signed expiry past any link's life (only a leaked secret makes one)", () => {
    const { ports } = linkPorts();
    personalToken(ports, "a@x.vn"); // makes the secret
    const far = personalToken(ports, "a@x.vn", 400);
    expect(verifyLink(ports, far)).toEqual({ ok: false, reason: "malformed" });
    expect(verifyLink(ports, personalToken(ports, "a@x.vn", 15)).ok).toBe(true);
  });

  it("keep the secret in the script properties only", () => {
    const { ports } = linkPorts();
    personalToken(ports, "a@x.vn");
    expect([...ports.secrets.values.keys()]).toEqual([LINK_SECRET_KEY]);
    expect([...ports.store.values.keys()]).toEqual([]);
  });
});

describe("throttling", () => {
  it("answers bad tokens 'throttled' for a while after more than 20 in 10 minutes; a valid link still opens", () => {
    const { ports, at } = linkPorts();
    const good = personalToken(ports, "a@x.vn");
    for (let i = 0; i < 20; i++) {
      at(`2024-11-20 08:${String(i).padStart(2, "0")}:00`);
      expect(verifyLink(ports, "v1.forged.x").ok).toBe(false);
    }
    // 20 bad tokens, spread over 10 minutes: the window started over, nothing locked.
    at("2024-11-20 08:20:00");
    expect(verifyLink(ports, good).ok).toBe(true);
    for (let i = 0; i < 21; i++) verifyLink(ports, "v1.forged.x");
    // Junk cannot lock the officers out: the signature is checked before the lockout.
    expect(verifyLink(ports, good)).toEqual({ ok: true, person: "a@x.vn" });
    expect(verifyLink(ports, "v1.forged.x")).toEqual({ ok: false, reason: "throttled" });
    at("2024-11-20 08:34:59");
    expect(verifyLink(ports, "v1.forged.x")).toEqual({ ok: false, reason: "throttled" });
    at("2024-11-20 08:35:00");
    expect(verifyLink(ports, "v1.forged.x")).toEqual({ ok: false, reason: "malformed" });
    expect(verifyLink(ports, good).ok).toBe(true);
    expect(ports.store.get("officer.badTokens")!.length).toBeLessThan(100);
  });

  it("refuses a person's writes past 30 a minute, others' still allowed, bounded in size", () => {
    const store = new MemoryStore();
    const t0 = secondsOf("2024-11-20 08:00:00");
    for (let i = 0; i < THROTTLE.writes; i++) expect(allowWrite(store, "a@x.vn", t0 + i)).toBe(true);
    expect(allowWrite(store, "a@x.vn", t0 + 40)).toBe(false);
    expect(allowWrite(store, "b@x.vn", t0 + 41)).toBe(true);
    expect(allowWrite(store, "a@x.vn", t0 + 60)).toBe(true);
    for (let i = 0; i < 1000; i++) allowWrite(store, `p${i}@x.vn`, t0 + 61);
    expect(Object.keys(JSON.parse(store.get("officer.writes")!))).toHaveLength(THROTTLE.persons);
    expect(store.get("officer.writes")!.length).toBeLessThan(9000);
    expect(secondsOf("1970-01-02 00:00:01")).toBe(86401);
  });

  it("refuses a person's writes past 200 in a day, even paced under the burst limit; the next day opens again", () => {
    const store = new MemoryStore();
    const t0 = secondsOf("2024-11-20 00:00:00");
    // One write every 3 seconds: 20 a minute, under the burst limit, all day long.
    const paced = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => allowWrite(store, "a@x.vn", from + i * 3));
    expect(paced(THROTTLE.writesPerDay, t0).every(Boolean)).toBe(true);
    expect(allowWrite(store, "a@x.vn", t0 + 3 * THROTTLE.writesPerDay + 60)).toBe(false);
    expect(allowWrite(store, "b@x.vn", t0 + 3 * THROTTLE.writesPerDay + 61)).toBe(true);
    expect(allowWrite(store, "a@x.vn", secondsOf("2024-11-21 00:00:05"))).toBe(true);
  });
});
