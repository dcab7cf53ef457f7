/**
 * ORM benchmarks: the same SELECT through `mvt` into model instances and through raw
 * sql.js into plain objects, timed side by side in one run.
 */
import initSqlJs from "sql.js";
import { Tracer } from "../../sandbox/framework/core/trace";
import * as models from "../../sandbox/framework/db/models";
import { Apps } from "../../sandbox/framework/apps/registry";
import { Connection } from "../../sandbox/framework/db/backends/sqljs/base";
import { create_tables } from "../../sandbox/framework/db/schema";
import { medianTime } from "./stats";

export interface RatioRow {
  name: string;
  mvtMs: number;
  rawMs: number;
  ratio: number;
}

export async function benchOrm(rows = 10_000, runs = 7): Promise<RatioRow[]> {
  const SQL = await initSqlJs();
  const database = new SQL.Database();
  const tracer = new Tracer();

  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 100 }) };
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 200 }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
      published: models.IntegerField(),
    };
    declare static objects: models.Manager<Book>;
  }
  const apps = new Apps(new Connection(database, tracer));
  apps.populate(["books"], { "books.models": { Author, Book } });
  create_tables(apps);
  database.run("BEGIN");
  for (let i = 1; i <= 100; i++) database.run('INSERT INTO "books_author" ("id", "name") VALUES (?, ?)', [i, `Author ${i}`]);
  const insert = database.prepare('INSERT INTO "books_book" ("title", "author_id", "published") VALUES (?, ?, ?)');
  for (let i = 0; i < rows; i++) insert.run([`Book ${i}`, (i % 100) + 1, 1900 + (i % 120)]);
  insert.free();
  database.run("COMMIT");

  tracer.reset();
  Book.objects.all().toArray();
  const sql = tracer.reset()[0]?.sql;
  if (!sql) throw new Error("the ORM ran no query");
  const raw = (): unknown[] => {
    // The fastest plain reading: one array per row, keyed by the column names once.
    const statement = database.prepare(sql);
    const columns = statement.getColumnNames();
    const out: Record<string, unknown>[] = [];
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
      out.push(row);
    }
    statement.free();
    return out;
  };
  const mvtMs = medianTime(runs, () => {
    const list = Book.objects.all().toArray();
    if (list.length !== rows) throw new Error(`expected ${rows} books, got ${list.length}`);
    tracer.reset();
  });
  const rawMs = medianTime(runs, () => raw());
  database.close();
  return [{ name: `materialise ${rows.toLocaleString("en")} rows`, mvtMs, rawMs, ratio: mvtMs / rawMs }];
}
