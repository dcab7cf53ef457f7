import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { Tracer } from "../../../../../../sandbox/framework/core/trace";
import { Connection } from "../../../../../../sandbox/framework/db/backends/sqljs/base";
import { IntegrityError, OperationalError } from "../../../../../../sandbox/framework/db/utils";

const SQL = await initSqlJs();

function connect() {
  const tracer = new Tracer();
  tracer.resolveOrigin = () => ({ file: "books/views.ts", line: 3, column: 1 });
  const connection = new Connection(new SQL.Database(), tracer);
  connection.execute('CREATE TABLE "t" ("id" integer PRIMARY KEY AUTOINCREMENT, "v" integer UNIQUE)');
  return { connection, tracer };
}

describe("Connection", () => {
  it("records each statement with params, rows, origin and template, and counts writes", () => {
    const { connection, tracer } = connect();
    tracer.templateStack.push({ name: "list.html", line: 4 });
    const insert = connection.execute('INSERT INTO "t" ("v") VALUES (?)', [true]);
    expect(insert.lastInsertRowid).toBe(1);
    const select = connection.execute('SELECT "v" FROM "t" WHERE "v" = ?', [1], { nPlusOne: { relation: "a.B.c", fix: "x" } });
    expect(select).toMatchObject({ columns: ["v"], rows: [[1]] });
    expect(connection.writes).toBe(2);
    const record = tracer.queries[2];
    expect(record).toMatchObject({ sql: 'SELECT "v" FROM "t" WHERE "v" = ?', params: [1], rowCount: 1,
      origin: { file: "books/views.ts", line: 3 }, template: { name: "list.html", line: 4 }, nPlusOne: { relation: "a.B.c" } });
    expect(record.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("atomic() rolls back on throw, and nested savepoints roll back alone", () => {
    const { connection } = connect();
    const count = () => connection.execute('SELECT COUNT(*) FROM "t"').rows[0][0];
    expect(() => connection.atomic(() => {
      connection.execute('INSERT INTO "t" ("v") VALUES (1)');
      throw new Error("boom");
    })).toThrow("boom");
    expect(count()).toBe(0);
    connection.atomic(() => {
      connection.execute('INSERT INTO "t" ("v") VALUES (1)');
      expect(() => connection.atomic(() => connection.execute('INSERT INTO "t" ("v") VALUES (1)'))).toThrow(IntegrityError);
      connection.execute('INSERT INTO "t" ("v") VALUES (2)');
    });
    expect(count()).toBe(2);
    expect(connection.in_atomic_block).toBe(false);
  });

  it("explains a missing table", () => {
    const { connection } = connect();
    expect(() => connection.execute('SELECT * FROM "nope"')).toThrow(OperationalError);
    expect(() => connection.execute('SELECT * FROM "nope"')).toThrow("create it (migrate)");
  });
});
