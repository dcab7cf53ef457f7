import { describe, expect, it } from "vitest";
import { CookieJar } from "../../../renderer/src/lib/cookies";

describe("CookieJar", () => {
  it("keeps cookies across a save and a restore, and drops one deleted with Max-Age=0", () => {
    const jar = new CookieJar();
    jar.store("sessionid=abc; Path=/; HttpOnly\ncsrftoken=xyz; Max-Age=31449600; Path=/");
    const restored = new CookieJar(jar.entries());
    expect(restored.header()).toBe("sessionid=abc; csrftoken=xyz");
    restored.store('sessionid=""; Max-Age=0; Path=/');
    expect(restored.entries()).toEqual({ csrftoken: "xyz" });
  });
});
