/** Shared fixture for ORM tests: the N+1 lesson's models over a fresh in-memory sql.js database. */
import initSqlJs from "sql.js";
import { Apps } from "../../../../sandbox/framework/apps/registry";
import { Tracer } from "../../../../sandbox/framework/core/trace";
import { Connection } from "../../../../sandbox/framework/db/backends/sqljs/base";
import { models } from "../../../../sandbox/framework";
import { create_tables } from "../../../../sandbox/framework/db/schema";

const SQL = await initSqlJs();

export class Author extends models.Model {
  static fields = { name: models.CharField({ max_length: 100 }) };
  declare name: string;
  declare static objects: models.Manager<Author>;
  declare books: models.Manager<Book>;
  override toString() {
    return this.name;
  }
}

export class Book extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 200 }),
    author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
    editor: models.ForeignKey("Author", { on_delete: models.SET_NULL, null: true, related_name: "edited" }),
    published: models.IntegerField({ default: 2000 }),
    done: models.BooleanField({ default: false }),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare author: Author;
  declare author_id: number;
  declare editor: Author | null;
  declare published: number;
  declare done: boolean;
  declare static objects: models.Manager<Book>;
  override toString() {
    return this.title;
  }
}

/** A fresh project: registry, tables, and the tracer that records its queries. */
export function project() {
  const tracer = new Tracer();
  const apps = new Apps(new Connection(new SQL.Database(), tracer));
  apps.populate(["books"], { "books.models": { Author, Book } });
  create_tables(apps);
  tracer.reset();
  return { apps, tracer, sql: () => tracer.queries.map((q) => q.sql) };
}

/** Three authors with one book each, then a clean query log. */
export function seeded() {
  const p = project();
  const names = ["Frank Herbert", "Ursula K. Le Guin", "Isaac Asimov"];
  const titles = ["Dune", "The Left Hand of Darkness", "Foundation"];
  names.forEach((name, i) => {
    const author = Author.objects.create({ name });
    Book.objects.create({ title: titles[i], author, published: 1965 + i });
  });
  p.tracer.reset();
  return p;
}
