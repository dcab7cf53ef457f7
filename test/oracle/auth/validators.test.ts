/**
 * Password validators: the same passwords and users give the same codes and messages in
 * mvt and Django 3.2 (Django reads mvt's shorter common-password list for the comparison).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { auth, setup } from "../../../sandbox/framework";
import { COMMON_PASSWORDS } from "../../../sandbox/framework/contrib/auth/common_passwords";
import { ValidationError } from "../../../sandbox/framework/core/exceptions";
import { error_data } from "../../../sandbox/framework/forms/utils";
import { djangoAvailable } from "./django";

const VALIDATORS = [
  { NAME: "django.contrib.auth.password_validation.UserAttributeSimilarityValidator" },
  { NAME: "django.contrib.auth.password_validation.MinimumLengthValidator", OPTIONS: { min_length: 9 } },
  { NAME: "django.contrib.auth.password_validation.CommonPasswordValidator" },
  { NAME: "django.contrib.auth.password_validation.NumericPasswordValidator" },
];

const ann = { username: "annabelle", first_name: "Ann", last_name: "Lee-Smith", email: "annabelle.lee@example.com" };
const CASES: { password: string; user: Record<string, string> | null }[] = [
  { password: "correct horse battery", user: ann },
  { password: "1234", user: null },
  { password: "123456789", user: null },
  { password: "password", user: null },
  { password: " Password ", user: null },
  { password: "annabelle1", user: ann },
  { password: "elle.anna", user: ann },
  { password: "smithlee", user: ann },
  { password: "example.com", user: ann },
  { password: "ANNABELLE", user: ann },
  { password: "x", user: ann },
  { password: "٣٣٣٣٣٣٣٣٣٣", user: null },
  { password: "qwertyuiop", user: ann },
];

const SQL = await initSqlJs();

function mvt(): { results: [string, string][][]; help: string[] } {
  setup({ modules: { settings: { SECRET_KEY: "k", INSTALLED_APPS: ["mvt.contrib.auth"], AUTH_PASSWORD_VALIDATORS: VALIDATORS }, urls: { urlpatterns: [] } }, database: new SQL.Database() });
  const results = CASES.map(({ password, user }) => {
    try {
      auth.validate_password(password, user ? new auth.User(user) : null);
      return [];
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return error_data(error).map((e): [string, string] => [e.code, e.message]);
    }
  });
  return { results, help: auth.password_validation.password_validators_help_texts() };
}

describe.runIf(djangoAvailable())("password validators against Django", () => {
  it("give the same codes, messages and help texts", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const common = join(mkdtempSync(join(tmpdir(), "mvt-common-")), "common.txt");
    writeFileSync(common, COMMON_PASSWORDS.join("\n"));
    const input = JSON.stringify({ common, cases: CASES });
    const expected = JSON.parse(execFileSync("/usr/bin/python3", [`${dir}validators_oracle.py`], { input, encoding: "utf8" })) as unknown;
    expect(mvt()).toEqual(expected);
  });
});
