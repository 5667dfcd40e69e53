import fc from "fast-check";
import { StoredList } from "../../../src/app/state/storedList";
import type { StorePort } from "../../../src/ports";
import { FakeProperties } from "../../gas/services";

/** Document properties as Apps Script keeps them: 9 KB a value, 500 KB in all (the fake refuses more). */
function properties(): StorePort & { writes: number; props: FakeProperties } {
  const props = new FakeProperties();
  const store = {
    props,
    writes: 0,
    get: (k: string) => props.getProperty(k),
    set: (k: string, v: string) => {
      store.writes++;
      props.setProperty(k, v);
    },
  };
  return store;
}

describe("a list kept across property values", () => {
  test("1,500 long addresses (a Workspace day's quota) fit, one send at a time, with two writes a send at most", () => {
    const store = properties();
    const list = new StoredList(store, "digest.sent.v2");
    const sent: string[] = [];
    for (let i = 0; i < 1500; i++) {
      sent.push(`can.bo.phu.trach.nhiem.vu.so.${String(i).padStart(4, "0")}@ubnd-xa-dai-lanh.khanhhoa.gov.vn`);
      const before = store.writes;
      list.write(sent);
      expect(store.writes - before).toBeLessThanOrEqual(2);
    }
    expect(new StoredList(store, "digest.sent.v2").read()).toEqual({ items: sent, corrupt: false });
    expect(store.props.size()).toBeLessThan(500 * 1024);
  });

  test("whatever is written reads back, shrinking lists included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 300 }), { maxLength: 80 }), { minLength: 1, maxLength: 5 }),
        (versions) => {
          const store = properties();
          for (const items of versions) {
            new StoredList(store, "x").write(items);
            expect(new StoredList(store, "x").read()).toEqual({ items, corrupt: false });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ["count", "x.n", "abc"],
    ["chunk", "x.0", '["a",'],
    ["shape", "x.0", '{"a":1}'],
  ])("a damaged %s is reported as corrupt, never thrown", (_what, key, value) => {
    const store = properties();
    new StoredList(store, "x").write(["a", "b"]);
    store.set(key, value);
    expect(new StoredList(store, "x").read()).toEqual({ items: [], corrupt: true });
  });
});
