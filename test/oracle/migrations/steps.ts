/**
 * The model states the migrations oracle walks through, each written twice: as Django
 * models (Python, subclassing the harness's Base) and as `mvt` models.
 */
import { models } from "../../../sandbox/framework";

/** One state of app "books"'s models, and the answers makemigrations gets on the way to it. */
export interface Step {
  name: string;
  python: string;
  mvt: () => Record<string, unknown>;
  answers?: Record<string, string>;
}

interface BookShape {
  title?: string;
  title_length?: number;
  published?: boolean;
  isbn?: boolean;
}

function python(shape: BookShape): string {
  return [
    "class Author(Base):",
    "    name = models.CharField(max_length=100)",
    "",
    "class Book(Base):",
    `    ${shape.title ?? "title"} = models.CharField(max_length=${shape.title_length ?? 200})`,
    '    author = models.ForeignKey(Author, models.CASCADE, related_name="books")',
    ...(shape.published ? ["    published = models.IntegerField(default=2000)"] : []),
    ...(shape.isbn ? ["    isbn = models.CharField(max_length=13, null=True)"] : []),
    "",
  ].join("\n");
}

function mvt(shape: BookShape): () => Record<string, unknown> {
  return () => {
    class Author extends models.Model {
      static fields = { name: models.CharField({ max_length: 100 }) };
    }
    class Book extends models.Model {
      static fields = {
        [shape.title ?? "title"]: models.CharField({ max_length: shape.title_length ?? 200 }),
        author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
        ...(shape.published ? { published: models.IntegerField({ default: 2000 }) } : {}),
        ...(shape.isbn ? { isbn: models.CharField({ max_length: 13, null: true }) } : {}),
      };
    }
    return { Author, Book };
  };
}

const step = (name: string, shape: BookShape, answers?: Record<string, string>): Step =>
  ({ name, python: python(shape), mvt: mvt(shape), ...(answers ? { answers } : {}) });

export const STEPS: Step[] = [
  step("initial", {}),
  step("two fields added in one migration", { published: true, isbn: true }),
  step("a field altered", { published: true, isbn: true, title_length: 300 }),
  step("a field renamed, asked", { title: "name", title_length: 300, published: true, isbn: true },
    { "rename_field:books.book.title:name": "y" }),
  step("a field removed", { title: "name", title_length: 300, published: true }),
];
