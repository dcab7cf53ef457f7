/** Session cookies and session data cross between mvt and Django with the same SECRET_KEY. */
import { beforeAll, describe, expect, it } from "vitest";
import { configure } from "../../../sandbox/framework/conf/settings";
import { SessionStore as DbStore } from "../../../sandbox/framework/contrib/sessions/backends/db";
import { SessionStore as SignedStore } from "../../../sandbox/framework/contrib/sessions/backends/signed_cookies";
import { django, djangoAvailable, SECRET_KEY } from "./django";

const available = djangoAvailable();
const DATA = { cart: [1, 2, 3], name: "Zoë", _auth_user_id: "7" };

describe.skipIf(!available)("sessions match Django", () => {
  beforeAll(() => configure({ SECRET_KEY }));

  it("Django reads a signed-cookie session mvt made, and tampering empties it", () => {
    const store = new SignedStore();
    for (const [k, v] of Object.entries(DATA)) store.set(k, v);
    store.save();
    const key = store.session_key ?? "";
    const results = django([{ op: "signed_session_load", value: key }, { op: "signed_session_load", value: key.slice(0, -1) + (key.endsWith("A") ? "B" : "A") }]);
    expect(results.map((r) => r.ok)).toEqual([DATA, {}]);
  });

  it("mvt reads a signed-cookie session Django made", () => {
    const [made] = django([{ op: "signed_session_make", data: DATA }]);
    const store = new SignedStore(made?.ok as string);
    expect(Object.fromEntries(store.items())).toEqual(DATA);
  });

  it("a large signed-cookie session is compressed and crosses both ways", () => {
    const big = { ...DATA, history: Array.from({ length: 200 }, (_, i) => `/books/${i}/`) };
    const store = new SignedStore();
    for (const [k, v] of Object.entries(big)) store.set(k, v);
    store.save();
    expect(store.session_key?.startsWith(".")).toBe(true);
    const [loaded, made] = django([{ op: "signed_session_load", value: store.session_key }, { op: "signed_session_make", data: big }]);
    expect(loaded?.ok).toEqual(big);
    expect(String(made?.ok).startsWith(".")).toBe(true);
    expect(Object.fromEntries(new SignedStore(made?.ok as string).items())).toEqual(big);
  });

  it("database session data decodes on both sides", () => {
    const encoded = new DbStore().encode(DATA);
    const [decoded, made] = django([{ op: "db_session_decode", value: encoded }, { op: "db_session_encode", data: DATA }]);
    expect(decoded?.ok).toEqual(DATA);
    expect(new DbStore().decode(made?.ok as string)).toEqual(DATA);
  });
});
