import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { StatementCache } from "../../../../../../sandbox/framework/db/backends/sqljs/statements";

const SQL = await initSqlJs();

/** A database whose prepare() is counted. */
function counted() {
  const database = new SQL.Database();
  database.run('CREATE TABLE "t" ("v" integer UNIQUE)');
  let prepared = 0;
  const prepare = database.prepare.bind(database);
  database.prepare = (sql: string) => {
    prepared += 1;
    return prepare(sql);
  };
  return { database, cache: new StatementCache(database), prepared: () => prepared };
}

describe("StatementCache", () => {
  it("prepares a statement once per SQL text and binds fresh values each time", () => {
    const { cache, prepared } = counted();
    for (let v = 1; v <= 3; v++) cache.run('INSERT INTO "t" ("v") VALUES (?)', [v]);
    expect(cache.run('SELECT "v" FROM "t" WHERE "v" >= ? ORDER BY "v"', [2])).toEqual({ columns: ["v"], rows: [[2], [3]] });
    expect(cache.run('SELECT "v" FROM "t" WHERE "v" >= ? ORDER BY "v"', [3]).rows).toEqual([[3]]);
    expect(prepared()).toBe(2);
  });

  it("leaves no statement active, so a transaction can commit and a table be dropped", () => {
    const { database, cache } = counted();
    cache.run("BEGIN", []);
    cache.run('INSERT INTO "t" ("v") VALUES (?)', [1]);
    cache.run('SELECT "v" FROM "t"', []);
    cache.run("COMMIT", []);
    cache.run('DROP TABLE "t"', []);
    expect(database.exec("SELECT name FROM sqlite_master")).toEqual([]);
  });

  it("drops a statement that failed and prepares it again next time", () => {
    const { cache, prepared } = counted();
    const insert = 'INSERT INTO "t" ("v") VALUES (?)';
    cache.run(insert, [1]);
    expect(() => cache.run(insert, [1])).toThrow(/UNIQUE constraint failed/);
    cache.run(insert, [2]);
    expect(prepared()).toBe(2);
  });

  it("frees the least recently used statement beyond its capacity", () => {
    const { cache, prepared } = counted();
    const select = (n: number) => cache.run(`SELECT ${n}`, []);
    for (let n = 0; n < 65; n++) select(n);
    select(64);
    expect(prepared()).toBe(65);
    select(0);
    expect(prepared()).toBe(66);
  });
});
