/** Password hashes made by mvt are accepted by real Django, and the other way round. */
import { beforeAll, describe, expect, it } from "vitest";
import { configure } from "../../../sandbox/framework/conf/settings";
import { check_password, make_password } from "../../../sandbox/framework/contrib/auth/hashers";
import { django, djangoAvailable, SECRET_KEY } from "./django";

const available = djangoAvailable();

describe.skipIf(!available)("password hashes match Django", () => {
  beforeAll(() => configure({ SECRET_KEY }));

  it("the same password and salt give Django's exact hash", () => {
    const [result] = django([{ op: "make_password", password: "correct horse", salt: "seasalt" }]);
    expect(make_password("correct horse", "seasalt")).toBe(result?.ok);
    expect(result?.ok).toMatch(/^pbkdf2_sha256\$260000\$seasalt\$/);
  });

  it("Django accepts mvt's hashes and rejects wrong passwords", () => {
    const encoded = make_password("s3cret-ünï");
    expect(encoded).toMatch(/^pbkdf2_sha256\$260000\$[A-Za-z0-9]{22}\$[A-Za-z0-9+/]{43}=$/);
    const results = django([
      { op: "check_password", password: "s3cret-ünï", encoded },
      { op: "check_password", password: "s3cret", encoded },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });

  it("mvt accepts Django's hashes, including other iterations and pbkdf2_sha1 when installed", () => {
    const [made] = django([{ op: "make_password", password: "pw" }]);
    expect(check_password("pw", made?.ok as string)).toBe(true);
    expect(check_password("pW", made?.ok as string)).toBe(false);
    configure({ SECRET_KEY, PASSWORD_HASHERS: ["mvt.contrib.auth.hashers.PBKDF2PasswordHasher", "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher"] });
    let upgraded = "";
    expect(check_password("pw", "pbkdf2_sha1$1000$salt$" + sha1Hash(), (p) => (upgraded = p))).toBe(true);
    expect(upgraded).toBe("pw");
  });

  it("unusable and unknown hashes never match", () => {
    expect(check_password("pw", make_password(null))).toBe(false);
    expect(check_password("pw", "md5$$nope")).toBe(false);
    expect(check_password(null, make_password("pw", "salt"))).toBe(false);
  });
});

/** pbkdf2_sha1 of "pw" with salt "salt" and 1000 iterations, from Python's hashlib. */
function sha1Hash(): string {
  return "upWEiptc4R8bQ9fRZ9hBPape0is=";
}
