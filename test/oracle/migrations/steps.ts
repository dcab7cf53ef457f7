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
  pages?: "null" | "not_null";
  /** Meta.indexes: book_recent_idx on ("-published", title). */
  recent_idx?: boolean;
  /** Meta.constraints: a check on pages and a unique (title, author). */
  checks?: boolean;
  /** Meta.constraints: a unique title among books published since 2000 (a partial unique index). */
  unique_recent?: boolean;
  /** Meta.unique_together = [(title, published)]. */
  together?: boolean;
  /** Meta.db_table = "library_books". */
  table?: boolean;
  /** A new model Shelf with an index and a check constraint of its own. */
  shelf?: boolean;
  /** Book.coauthors, a many-to-many field to Author with an automatic through table. */
  coauthors?: boolean;
  /** Book.shelves, a many-to-many field to Shelf through an explicit model Placement (needs shelf). */
  placements?: boolean;
  /**
   * Author.follows, a many-to-many field to "self" (through table keys from_author and
   * to_author). Not symmetrical: Django 3.2 loads a symmetrical one from a migration with
   * another related_name ("_books_author_friends_+"), so it never offers to rename its model.
   */
  follows?: boolean;
  /** The name of the explicit through model Placement (renamed to "Shelving" by a later step). */
  through_model?: string;
  /** An abstract model Stamped (a field, Meta.ordering) and a model Note extending it with no Meta of its own. */
  notes?: boolean;
  /** The name of model Book (renamed to "Novel" by a later step). */
  book_model?: string;
  /** The name of model Author (renamed to "Writer" by a later step). */
  author_model?: string;
  /** More models, each a model of its own, that the later steps create and delete. */
  extra?: readonly ExtraModel[];
}

/** A model outside the shape, written twice; relations name their models as strings. */
interface ExtraModel {
  name: string;
  fields: Array<{ name: string; python: string; mvt: () => models.Field }>;
  meta?: { python: string[]; mvt: () => models.MetaOptions };
}

const field = (name: string, python: string, mvt: () => models.Field) => ({ name, python, mvt });
const fk = (to: string, options: Record<string, unknown> = {}) => models.ForeignKey(to, { on_delete: models.CASCADE, ...options });

/* Models created several at once, related in an order that is not alphabetical: Award
   needs Edition and Publisher, Series itself and Publisher. */

const award = (relations: { publisher: boolean }): ExtraModel => ({ name: "Award", fields: [
  field("name", "models.CharField(max_length=50)", () => models.CharField({ max_length: 50 })),
  field("edition", 'models.OneToOneField("Edition", models.CASCADE, related_name="award")',
    () => models.OneToOneField("Edition", { on_delete: models.CASCADE, related_name: "award" })),
  ...(relations.publisher ? [field("publisher", 'models.ForeignKey("Publisher", models.CASCADE)', () => fk("Publisher"))] : []),
] });

const edition = (relations: { series: boolean }): ExtraModel => ({ name: "Edition", fields: [
  field("number", "models.IntegerField()", () => models.IntegerField()),
  field("novel", 'models.ForeignKey("Novel", models.CASCADE, related_name="editions")', () => fk("Novel", { related_name: "editions" })),
  ...(relations.series ? [field("series", 'models.ForeignKey("Series", models.SET_NULL, null=True)',
    () => models.ForeignKey("Series", { on_delete: models.SET_NULL, null: true }))] : []),
] });

const PUBLISHER: ExtraModel = { name: "Publisher", fields: [field("name", "models.CharField(max_length=50)", () => models.CharField({ max_length: 50 }))] };

const SERIES: ExtraModel = { name: "Series", fields: [
  field("title", "models.CharField(max_length=50)", () => models.CharField({ max_length: 50 })),
  field("parent", 'models.ForeignKey("self", models.CASCADE, null=True, related_name="children")', () => fk("self", { null: true, related_name: "children" })),
  field("publisher", 'models.ForeignKey("Publisher", models.CASCADE, null=True)', () => fk("Publisher", { null: true })),
] };

/** A new model with an index, a constraint and unique_together besides its foreign key. */
const REVIEW: ExtraModel = {
  name: "Review",
  fields: [
    field("novel", 'models.ForeignKey("Novel", models.CASCADE, related_name="reviews")', () => fk("Novel", { related_name: "reviews" })),
    field("score", "models.IntegerField()", () => models.IntegerField()),
  ],
  meta: {
    python: [
      '        indexes = [models.Index(fields=["score"], name="review_score_idx")]',
      '        constraints = [models.CheckConstraint(check=models.Q(score__gte=0), name="review_score_positive")]',
      '        unique_together = [("novel", "score")]',
    ],
    mvt: () => ({
      indexes: [models.Index({ fields: ["score"], name: "review_score_idx" })],
      constraints: [models.CheckConstraint({ check: models.Q({ score__gte: 0 }), name: "review_score_positive" })],
      unique_together: [["novel", "score"]],
    }),
  },
};

/** A model whose novel is a foreign key, then a many-to-many field; its text is unique per novel, then gone. */
const quote = (shape: { text: boolean; novels: "fk" | "m2m"; ordered?: boolean; name?: string }): ExtraModel => ({
  name: shape.name ?? "Quote",
  fields: [
    shape.novels === "fk"
      ? field("novel", 'models.ForeignKey("Novel", models.CASCADE, related_name="quotes")', () => fk("Novel", { related_name: "quotes" }))
      : field("novel", 'models.ManyToManyField("Novel", related_name="quotes")', () => models.ManyToManyField("Novel", { related_name: "quotes" })),
    ...(shape.text ? [field("text", "models.CharField(max_length=80)", () => models.CharField({ max_length: 80 }))] : [
      field("line", "models.IntegerField(default=0)", () => models.IntegerField({ default: 0 })),
    ]),
  ],
  ...(shape.text ? { meta: { python: ['        unique_together = [("novel", "text")]'], mvt: () => ({ unique_together: [["novel", "text"]] }) } } : {}),
  ...(shape.ordered ? { meta: { python: ['        ordering = ["-line"]'], mvt: () => ({ ordering: ["-line"] }) } } : {}),
});

/** A new model with a foreign key to `to`. */
const source = (to: string): ExtraModel => ({ name: "Source", fields: [
  field("title", "models.CharField(max_length=30)", () => models.CharField({ max_length: 30 })),
  field("cited", `models.ForeignKey("${to}", models.CASCADE, related_name="sources")`, () => fk(to, { related_name: "sources" })),
] });

function extra_python(extra: ExtraModel): string {
  return [
    `class ${extra.name}(Base):`,
    ...extra.fields.map((f) => `    ${f.name} = ${f.python}`),
    ...(extra.meta ? ["", "    class Meta(Base.Meta):", ...extra.meta.python] : []),
    "",
  ].join("\n");
}

function extra_mvt(extra: ExtraModel): typeof models.Model {
  const fields = Object.fromEntries(extra.fields.map((f) => [f.name, f.mvt()]));
  const cls = class extends models.Model {
    static fields = fields;
    static Meta = extra.meta?.mvt() ?? {};
  };
  Object.defineProperty(cls, "name", { value: extra.name });
  return cls;
}

function python_meta(shape: BookShape): string[] {
  const title = shape.title ?? "title";
  const lines = [
    ...(shape.recent_idx ? [`        indexes = [models.Index(fields=["-published", "${title}"], name="book_recent_idx")]`] : []),
    ...(shape.checks || shape.unique_recent ? ["        constraints = ["] : []),
    ...(shape.checks ? [
      '            models.CheckConstraint(check=models.Q(pages__gte=1), name="pages_positive"),',
      `            models.UniqueConstraint(fields=["${title}", "author"], name="unique_title_author"),`,
    ] : []),
    ...(shape.unique_recent ? [`            models.UniqueConstraint(fields=["${title}"], condition=models.Q(published__gte=2000), name="unique_recent_title"),`] : []),
    ...(shape.checks || shape.unique_recent ? ["        ]"] : []),
    ...(shape.together ? [`        unique_together = [("${title}", "published")]`] : []),
    ...(shape.table ? ['        db_table = "library_books"'] : []),
  ];
  return lines.length ? ["", "    class Meta(Base.Meta):", ...lines] : [];
}

function mvt_meta(shape: BookShape): Record<string, unknown> {
  const title = shape.title ?? "title";
  const constraints = [
    ...(shape.checks ? [
      models.CheckConstraint({ check: models.Q({ pages__gte: 1 }), name: "pages_positive" }),
      models.UniqueConstraint({ fields: [title, "author"], name: "unique_title_author" }),
    ] : []),
    ...(shape.unique_recent ? [models.UniqueConstraint({ fields: [title], condition: models.Q({ published__gte: 2000 }), name: "unique_recent_title" })] : []),
  ];
  return {
    ...(shape.recent_idx ? { indexes: [models.Index({ fields: ["-published", title], name: "book_recent_idx" })] } : {}),
    ...(constraints.length ? { constraints } : {}),
    ...(shape.together ? { unique_together: [[title, "published"]] } : {}),
    ...(shape.table ? { db_table: "library_books" } : {}),
  };
}

function python(shape: BookShape): string {
  const Author = shape.author_model ?? "Author";
  const Book = shape.book_model ?? "Book";
  return [
    `class ${Author}(Base):`,
    "    name = models.CharField(max_length=100)",
    ...(shape.follows ? ['    follows = models.ManyToManyField("self", symmetrical=False, related_name="followers")'] : []),
    "",
    `class ${Book}(Base):`,
    `    ${shape.title ?? "title"} = models.CharField(max_length=${shape.title_length ?? 200})`,
    `    author = models.ForeignKey(${Author}, models.CASCADE, related_name="books")`,
    ...(shape.published ? ["    published = models.IntegerField(default=2000)"] : []),
    ...(shape.isbn ? ["    isbn = models.CharField(max_length=13, null=True)"] : []),
    ...(shape.pages ? [`    pages = models.IntegerField(${shape.pages === "null" ? "null=True" : ""})`] : []),
    ...(shape.coauthors ? [`    coauthors = models.ManyToManyField(${Author}, related_name="coauthored")`] : []),
    ...(shape.placements ? [`    shelves = models.ManyToManyField("Shelf", through="${shape.through_model ?? "Placement"}")`] : []),
    ...python_meta(shape),
    ...(shape.shelf ? [
      "",
      "class Shelf(Base):",
      "    label = models.CharField(max_length=20)",
      "    capacity = models.IntegerField()",
      "",
      "    class Meta(Base.Meta):",
      '        indexes = [models.Index(fields=["label"], name="shelf_label_idx")]',
      '        constraints = [models.CheckConstraint(check=models.Q(capacity__gt=0), name="shelf_capacity_positive")]',
    ] : []),
    ...(shape.placements ? [
      "",
      `class ${shape.through_model ?? "Placement"}(Base):`,
      `    book = models.ForeignKey(${Book}, models.CASCADE)`,
      "    shelf = models.ForeignKey(Shelf, models.CASCADE)",
      "    position = models.IntegerField()",
    ] : []),
    ...(shape.notes ? [
      "",
      "class Stamped(Base):",
      "    created = models.IntegerField(default=0)",
      "",
      "    class Meta(Base.Meta):",
      "        abstract = True",
      '        ordering = ["-created"]',
      "",
      "class Note(Stamped):",
      "    text = models.CharField(max_length=20)",
    ] : []),
    "",
    ...(shape.extra ?? []).map(extra_python),
  ].join("\n");
}

function mvt(shape: BookShape): () => Record<string, unknown> {
  const shape_models = book_models(shape);
  return () => ({ ...shape_models(), ...Object.fromEntries((shape.extra ?? []).map((extra) => [extra.name, extra_mvt(extra)])) });
}

function book_models(shape: BookShape): () => Record<string, unknown> {
  return () => {
    class Author extends models.Model {
      static fields = {
        name: models.CharField({ max_length: 100 }),
        ...(shape.follows ? { follows: models.ManyToManyField("self", { symmetrical: false, related_name: "followers" }) } : {}),
      };
    }
    class Book extends models.Model {
      static fields = {
        [shape.title ?? "title"]: models.CharField({ max_length: shape.title_length ?? 200 }),
        author: models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" }),
        ...(shape.published ? { published: models.IntegerField({ default: 2000 }) } : {}),
        ...(shape.isbn ? { isbn: models.CharField({ max_length: 13, null: true }) } : {}),
        ...(shape.pages ? { pages: models.IntegerField(shape.pages === "null" ? { null: true } : {}) } : {}),
        ...(shape.coauthors ? { coauthors: models.ManyToManyField(Author, { related_name: "coauthored" }) } : {}),
        ...(shape.placements ? { shelves: models.ManyToManyField("Shelf", { through: shape.through_model ?? "Placement" }) } : {}),
      };
      static Meta = mvt_meta(shape);
    }
    // A renamed model is the same class under another name (what the learner's rename does).
    Object.defineProperty(Author, "name", { value: shape.author_model ?? "Author" });
    Object.defineProperty(Book, "name", { value: shape.book_model ?? "Book" });
    if (!shape.shelf) return { Author, Book };
    class Shelf extends models.Model {
      static fields = { label: models.CharField({ max_length: 20 }), capacity: models.IntegerField() };
      static Meta = {
        indexes: [models.Index({ fields: ["label"], name: "shelf_label_idx" })],
        constraints: [models.CheckConstraint({ check: models.Q({ capacity__gt: 0 }), name: "shelf_capacity_positive" })],
      };
    }
    if (!shape.placements) return { Author, Book, Shelf };
    class Placement extends models.Model {
      static fields = {
        book: models.ForeignKey(Book, { on_delete: models.CASCADE }),
        shelf: models.ForeignKey(Shelf, { on_delete: models.CASCADE }),
        position: models.IntegerField(),
      };
    }
    Object.defineProperty(Placement, "name", { value: shape.through_model ?? "Placement" });
    if (!shape.notes) return { Author, Book, Shelf, Placement };
    class Stamped extends models.Model {
      static fields: Record<string, models.Field> = { created: models.IntegerField({ default: 0 }) };
      static Meta: models.MetaOptions = { abstract: true, ordering: ["-created"] };
    }
    class Note extends Stamped {
      static override fields = { text: models.CharField({ max_length: 20 }) };
    }
    return { Author, Book, Shelf, Placement, Stamped, Note };
  };
}

const step = (name: string, shape: BookShape, answers?: Record<string, string>): Step =>
  ({ name, python: python(shape), mvt: mvt(shape), ...(answers ? { answers } : {}) });

/** The shape the later steps start from. */
const LATER: BookShape = { title: "name", title_length: 300, published: true };

/** The shape after the renames. */
const RENAMED: BookShape = {
  ...LATER, pages: "not_null", shelf: true, coauthors: true, follows: true, placements: true,
  book_model: "Novel", author_model: "Writer", through_model: "Shelving",
};

export const STEPS: Step[] = [
  step("initial", {}),
  step("two fields added in one migration", { published: true, isbn: true }),
  step("a field altered", { published: true, isbn: true, title_length: 300 }),
  step("a field renamed, asked", { title: "name", title_length: 300, published: true, isbn: true },
    { "rename_field:books.book.title:name": "y" }),
  step("a field removed", { title: "name", title_length: 300, published: true }),
  step("a nullable field added", { ...LATER, pages: "null" }),
  step("an index added", { ...LATER, pages: "null", recent_idx: true }),
  step("a check and a unique constraint added (table rebuilt)", { ...LATER, pages: "null", recent_idx: true, checks: true }),
  step("a conditional unique constraint added (partial index)", { ...LATER, pages: "null", recent_idx: true, checks: true, unique_recent: true }),
  step("unique_together added", { ...LATER, pages: "null", recent_idx: true, checks: true, unique_recent: true, together: true }),
  step("the table renamed", { ...LATER, pages: "null", recent_idx: true, checks: true, unique_recent: true, together: true, table: true }),
  step("a nullable field made not null, with a one-off default", { ...LATER, pages: "not_null", recent_idx: true, checks: true, unique_recent: true, together: true, table: true },
    { "not_null_alteration:books.book.pages": "1" }),
  step("the index, the constraints, unique_together and the table name removed", { ...LATER, pages: "not_null" }),
  step("a new model with an index and a constraint", { ...LATER, pages: "not_null", shelf: true }),
  step("a many-to-many field added (its through table created)", { ...LATER, pages: "not_null", shelf: true, coauthors: true }),
  step("the table renamed: the automatic through table follows", { ...LATER, pages: "not_null", shelf: true, coauthors: true, table: true }),
  step("an explicit through model and a many-to-many field through it", { ...LATER, pages: "not_null", shelf: true, coauthors: true, table: true, placements: true }),
  step("the many-to-many fields, the through model and the table name removed", { ...LATER, pages: "not_null", shelf: true }),
  step("many-to-many fields to Author again, one from Author to itself, and the through model with the field through it",
    { ...LATER, pages: "not_null", shelf: true, coauthors: true, follows: true, placements: true }),
  step("a model with a many-to-many field renamed, asked: its through table and key column follow",
    { ...LATER, pages: "not_null", shelf: true, coauthors: true, follows: true, placements: true, book_model: "Novel" },
    { "rename_model:books.book:books.novel": "y" }),
  step("the target of many-to-many fields renamed, asked: key columns follow, and the table of a relation to itself",
    { ...LATER, pages: "not_null", shelf: true, coauthors: true, follows: true, placements: true, book_model: "Novel", author_model: "Writer" },
    { "rename_model:books.author:books.writer": "y" }),
  step("an explicit through model renamed, asked: the many-to-many field follows it",
    { ...LATER, pages: "not_null", shelf: true, coauthors: true, follows: true, placements: true, book_model: "Novel", author_model: "Writer", through_model: "Shelving" },
    { "rename_model:books.placement:books.shelving": "y" }),
  step("an abstract model and a model extending it with no Meta: it has a table, the base's fields and ordering",
    { ...RENAMED, notes: true }),
  step("several new models related in an order that is not alphabetical, with a foreign key to itself and a one-to-one field",
    { ...RENAMED, notes: true, extra: [award({ publisher: true }), edition({ series: true }), PUBLISHER, SERIES] }),
  step("new models with an index, a constraint and unique_together besides a foreign key, and with unique_together only",
    { ...RENAMED, notes: true, extra: [award({ publisher: true }), edition({ series: true }), PUBLISHER, SERIES, REVIEW, quote({ text: true, novels: "fk" })] }),
  step("two related models deleted, and the fields pointing at them removed",
    { ...RENAMED, notes: true, extra: [award({ publisher: false }), edition({ series: false }), REVIEW, quote({ text: true, novels: "fk" })] }),
  step("a model deleted with the model it points at (one-to-one)",
    { ...RENAMED, notes: true, extra: [REVIEW, quote({ text: true, novels: "fk" })] }),
  step("a field removed with the unique_together that uses it, and a field added",
    { ...RENAMED, notes: true, extra: [REVIEW, quote({ text: false, novels: "fk" })] }),
  step("a foreign key turned into a many-to-many field (removed, then added)",
    { ...RENAMED, notes: true, extra: [REVIEW, quote({ text: false, novels: "m2m" })] }),
  step("Meta ordering added (a change of options only)", { ...RENAMED, notes: true, extra: [REVIEW, quote({ text: false, novels: "m2m", ordered: true })] }),
  step("a model renamed, asked, and a new model with a foreign key to it",
    { ...RENAMED, notes: true, extra: [REVIEW, quote({ text: false, novels: "m2m", ordered: true, name: "Citation" }), source("Citation")] },
    { "rename_model:books.quote:books.citation": "y" }),
  step("a model deleted while the foreign key to it is repointed to another model (altered first)",
    { ...RENAMED, notes: true, extra: [REVIEW, source("Review")] }),
];
