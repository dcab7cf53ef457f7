/**
 * ORM benchmarks: each operation through `mvt` (into model instances) and through raw
 * sql.js running the same SQL statements (into plain objects), timed side by side in one run.
 */
import initSqlJs from "sql.js";
import { Tracer } from "../../sandbox/framework/core/trace";
import * as models from "../../sandbox/framework/db/models";
import { Apps } from "../../sandbox/framework/apps/registry";
import { Connection } from "../../sandbox/framework/db/backends/sqljs/base";
import { create_tables } from "../../sandbox/framework/db/schema";
import type { QueryRecord } from "../../sandbox/protocol";
import { percentile } from "./stats";

export interface RatioRow {
  name: string;
  mvtMs: number;
  rawMs: number;
  ratio: number;
}

export async function benchOrm(rows = 10_000, runs = 15): Promise<RatioRow[]> {
  const SQL = await initSqlJs();
  const database = new SQL.Database();
  const tracer = new Tracer();

  class Author extends models.Model {
    static fields = { name: models.CharField({ max_length: 100 }) };
    declare name: string;
    declare static objects: models.Manager<Author>;
    declare books: models.Manager<Book>;
  }
  class Book extends models.Model {
    static fields = {
      title: models.CharField({ max_length: 200 }),
      author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
      published: models.IntegerField(),
    };
    declare static objects: models.Manager<Book>;
    declare author: Author;
  }
  const apps = new Apps(new Connection(database, tracer));
  apps.populate(["books"], { "books.models": { Author, Book } });
  create_tables(apps);
  database.run("BEGIN");
  const authors = rows / 10;
  for (let i = 1; i <= authors; i++) database.run('INSERT INTO "books_author" ("id", "name") VALUES (?, ?)', [i, `Author ${i}`]);
  const insert = database.prepare('INSERT INTO "books_book" ("title", "author_id", "published") VALUES (?, ?, ?)');
  for (let i = 0; i < rows; i++) insert.run([`Book ${i}`, (i % authors) + 1, 1900 + (i % 120)]);
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
  const out: RatioRow[] = [];
  out.push({ name: `materialise ${rows.toLocaleString("en")} rows`, ...paired(runs, () => {
    const list = Book.objects.all().toArray();
    if (list.length !== rows) throw new Error(`expected ${rows} books, got ${list.length}`);
    tracer.reset();
  }, () => raw()) });

  /** Times `orm`, then replays the statements it ran through raw sql.js into plain objects; `cleanup` runs untimed after each. */
  const compare = (name: string, orm: () => void, cleanup: () => void = () => undefined): void => {
    tracer.reset();
    orm();
    cleanup();
    const statements = tracer.reset();
    out.push({ name, ...paired(runs, orm, () => replay(database, statements), () => {
      cleanup();
      tracer.reset();
    }) });
  };
  compare(`select_related over ${rows.toLocaleString("en")}`, () => {
    for (const book of Book.objects.select_related("author")) void book.author.name;
  });
  compare(`prefetch_related ${authors.toLocaleString("en")} authors x 10 books`, () => {
    for (const author of Author.objects.prefetch_related("books")) void author.books.all().length;
  });
  compare("1,000 filter().count()", () => {
    for (let i = 0; i < 1000; i++) Book.objects.filter({ published: 1900 + (i % 120) }).count();
  });
  compare(`${rows.toLocaleString("en")} get(pk=)`, () => {
    for (let i = 1; i <= rows; i++) Book.objects.get({ pk: i });
  });
  compare(`bulk_create ${rows.toLocaleString("en")}`, () => {
    Book.objects.bulk_create(Array.from({ length: rows }, (_, i) => new Book({ title: `New ${i}`, author_id: (i % authors) + 1, published: 2000 })));
  }, () => database.run(`DELETE FROM "books_book" WHERE "id" > ${rows}`));
  database.close();
  return out;
}

/**
 * Times `orm` and `raw` (CPU milliseconds) in alternating pairs (which goes first alternates too), after a
 * warm-up of each, so that a busy moment on the machine hits both sides alike. The ratio is
 * the median of the pairs' ratios; `cleanup` runs untimed after every run.
 */
function paired(runs: number, orm: () => void, raw: () => void, cleanup: () => void = () => undefined): Omit<RatioRow, "name"> {
  // CPU time of this process (all its threads, the garbage collector's included) rather
  // than wall time: on a shared machine, time spent waiting for a core is not the ORM's.
  const time = (fn: () => void): number => {
    const started = process.cpuUsage();
    fn();
    const used = process.cpuUsage(started);
    cleanup();
    return (used.user + used.system) / 1000;
  };
  time(orm);
  time(raw);
  const ormSamples: number[] = [];
  const rawSamples: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [o, r] = i % 2 === 0 ? [time(orm), time(raw)] : (() => { const r1 = time(raw); return [time(orm), r1]; })();
    ormSamples.push(o);
    rawSamples.push(r);
    ratios.push(o / r);
  }
  return { mvtMs: percentile(ormSamples, 50), rawMs: percentile(rawSamples, 50), ratio: percentile(ratios, 50) };
}

/** Runs recorded statements with their parameters through sql.js, reading rows into plain objects (kept, as a caller would). */
function replay(database: import("sql.js").Database, statements: QueryRecord[]): unknown[] {
  const out: unknown[] = [];
  // The connection records BEGIN but not its COMMIT (as Django's query log); commit here too.
  const commit = statements.some((s) => s.sql === "BEGIN");
  for (const { sql, params } of statements) {
    const statement = database.prepare(sql);
    statement.bind(params as import("sql.js").BindParams);
    const columns = statement.getColumnNames();
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
      out.push(row);
    }
    statement.free();
  }
  if (commit) database.run("COMMIT");
  return out;
}
