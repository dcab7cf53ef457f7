import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { models } from "../../../../sandbox/framework";
import { Apps } from "../../../../sandbox/framework/apps/registry";
import { Tracer } from "../../../../sandbox/framework/core/trace";
import { Connection } from "../../../../sandbox/framework/db/backends/sqljs/base";
import { create_tables, table_sql } from "../../../../sandbox/framework/db/schema";

const SQL = await initSqlJs();

class Stamped extends models.Model {
  static fields: Record<string, models.Field> = { created: models.IntegerField({ default: 0 }) };
  static Meta: models.MetaOptions = { abstract: true, ordering: ["created"] };
}

class ThingQuerySet extends models.QuerySet<Thing> {
  cheap(): ThingQuerySet {
    return this.filter({ price__lt: 10 });
  }
}

class Thing extends Stamped {
  static override fields = {
    name: models.CharField({ max_length: 10 }),
    price: models.IntegerField(),
  };
  static override Meta = {
    indexes: [models.Index({ fields: ["name", "-price"], name: "thing_np_idx" })],
    constraints: [
      models.UniqueConstraint({ fields: ["name", "price"], name: "uniq_np" }),
      models.UniqueConstraint({ fields: ["name"], condition: models.Q({ price__gt: 5 }), name: "uniq_n_cond" }),
      models.CheckConstraint({ check: models.Q({ price__gte: 0 }).and(models.Q({ name: "" }).not()), name: "price_pos" }),
    ],
  };
  static override objects = ThingQuerySet.as_manager();
  declare name: string;
  declare price: number;
  declare created: number;
}

function project() {
  const apps = new Apps(new Connection(new SQL.Database(), new Tracer()));
  apps.populate(["orm"], { "orm.models": { Stamped, Thing } });
  create_tables(apps);
  return apps;
}

describe("Meta.indexes and Meta.constraints", () => {
  it("write the DDL Django's SQLite schema editor writes", () => {
    expect(table_sql(Thing, project().connection)).toEqual([
      'CREATE TABLE "orm_thing" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created" integer NOT NULL, ' +
      '"name" varchar(10) NOT NULL, "price" integer NOT NULL, CONSTRAINT "uniq_np" UNIQUE ("name", "price"), ' +
      'CONSTRAINT "price_pos" CHECK (("price" >= 0 AND NOT ("name" = \'\'))));',
      'CREATE UNIQUE INDEX "uniq_n_cond" ON "orm_thing" ("name") WHERE "price" > 5;',
      'CREATE INDEX "thing_np_idx" ON "orm_thing" ("name", "price" DESC);',
    ]);
  });

  it("are enforced by the database and by validate_unique()", () => {
    project();
    Thing.objects.create({ name: "a", price: 1 });
    expect(() => Thing.objects.create({ name: "b", price: -1 })).toThrow(/CHECK constraint failed: price_pos/);
    expect(() => new Thing({ name: "a", price: 1 }).validate_unique()).toThrow(/Thing with this Name and Price already exists/);
  });

  it("need a name", () => {
    expect(() => models.Index({ fields: ["a"], name: "" })).toThrow(/has no name/);
  });
});

describe("abstract models and custom managers", () => {
  it("inherit the abstract base's fields and Meta, and register no table for the base", () => {
    const apps = project();
    expect(apps.get_models().map((m) => m._meta.label)).toEqual(["orm.Thing"]);
    expect(Thing._meta.fields.map((f) => f.name)).toEqual(["id", "created", "name", "price"]);
    // Its own Meta replaces the base's, as a `class Meta:` that does not extend Base.Meta does.
    expect(Thing._meta.ordering).toEqual([]);
  });

  it("expose a custom QuerySet's methods on the manager and keep the class through chaining", () => {
    project();
    Thing.objects.create({ name: "a", price: 1 });
    Thing.objects.create({ name: "b", price: 20 });
    expect(Thing.objects.cheap().toArray().map((t) => t.name)).toEqual(["a"]);
    expect(Thing.objects.all().filter({ name: "a" })).toBeInstanceOf(ThingQuerySet);
    expect(Thing._default_manager).toBe(Thing.objects);
  });
});
