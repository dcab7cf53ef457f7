import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { call_command, COMMAND_NAMES } from "../../../../../sandbox/framework/core/management";
import { setup } from "../../../../../sandbox/framework";

const SQL = await initSqlJs();

function project() {
  const CACHES = { default: { BACKEND: "mvt.core.cache.backends.db.DatabaseCache", LOCATION: "my_cache_table" } };
  return setup({ modules: { settings: { INSTALLED_APPS: [], ROOT_URLCONF: "urls", CACHES }, urls: { urlpatterns: [] } }, database: new SQL.Database() });
}

describe("createcachetable", () => {
  it("is a command call_command knows", () => {
    expect(COMMAND_NAMES).toContain("createcachetable");
  });

  it("makes the DatabaseCache's table once", () => {
    const p = project();
    expect(call_command(p, "createcachetable").output).toBe("Cache table 'my_cache_table' created.");
    expect(call_command(p, "createcachetable").output).toBe("Cache table 'my_cache_table' already exists.");
    expect(p.connection.execute("SELECT name FROM sqlite_master WHERE name = 'my_cache_table'").rows).toHaveLength(1);
  });
});
