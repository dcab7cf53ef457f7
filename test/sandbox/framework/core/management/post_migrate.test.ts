import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { models, setup } from "../../../../../sandbox/framework";
import { call_command } from "../../../../../sandbox/framework/core/management";
import { Tracer } from "../../../../../sandbox/framework/core/trace";
import { post_migrate } from "../../../../../sandbox/framework/db/models/signals";
import { reset_receivers } from "../../../../../sandbox/framework/dispatch/dispatcher";

const SQL = await initSqlJs();

class Shelf extends models.Model {
  static fields = { name: models.CharField({ max_length: 50 }) };
}

/** A project with auth and one app without migrations, over `database`, as each project load makes one. */
function load(database: InstanceType<typeof SQL.Database>) {
  reset_receivers();
  const tracer = new Tracer();
  const project = setup({
    modules: {
      settings: { INSTALLED_APPS: ["mvt.contrib.auth", "shelves"], ROOT_URLCONF: "urls" },
      urls: { urlpatterns: [] },
      "shelves.models": { Shelf },
    },
    database,
    tracer,
  });
  return { project, queries: tracer.reset() };
}

const codenames = (project: ReturnType<typeof load>["project"]) =>
  project.connection.execute('SELECT "codename" FROM "auth_permission" ORDER BY "codename"').rows.map(([c]) => String(c));

describe("post_migrate, as Django sends it", () => {
  it("makes the default permissions when a load makes the tables, and a later load over the same database makes none", () => {
    const database = new SQL.Database();
    const first = load(database); // contrib apps and "shelves" have no migrations: the load makes their tables
    expect(codenames(first.project)).toEqual(expect.arrayContaining(["add_shelf", "change_shelf", "delete_shelf", "view_shelf", "add_user"]));
    const again = load(database);
    expect(again.queries.filter((q) => q.sql.includes("auth_permission"))).toEqual([]);
    expect(codenames(again.project)).toEqual(codenames(first.project));
  });

  it("follows migrate and flush, once per installed app, so flush leaves the permissions in place", () => {
    const database = new SQL.Database();
    const { project } = load(database);
    call_command(project, "migrate");
    const before = codenames(project);
    const senders: unknown[] = [];
    post_migrate.connect(({ sender, app_label }) => senders.push([sender, app_label]));
    call_command(project, "flush");
    expect(codenames(project)).toEqual(before);
    expect(senders).toEqual(expect.arrayContaining([["shelves", "shelves"], ["auth", "auth"]]));
    senders.length = 0;
    call_command(project, "migrate");
    expect(senders.length).toBeGreaterThan(0);
  });
});
