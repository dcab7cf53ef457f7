/**
 * `models`: what learners write in models.ts (Django: django.db.models).
 * Fields are called without `new`, as in Django: `models.CharField({ max_length: 100 })`.
 */
import * as fields from "./fields";
import * as numeric from "./fields/numeric";
import * as temporal from "./fields/temporal";
import * as text from "./fields/text";
import * as files from "./fields/files";
export { FieldFile, type UploadTo } from "./fields/files";
import { JSONField as JSONFieldClass } from "./fields/json";
import { ForeignKey as ForeignKeyField, type ForeignKeyOptions, OneToOneField as OneToOneFieldClass } from "./fields/related";
import { ManyToManyField as ManyToManyFieldClass, type ManyToManyOptions } from "./fields/many_to_many";
import type { ModelClass } from "./model_class";
import type { Model as ModelBase } from "./base";
import * as expressions from "./expressions";
import { Q as QNode } from "./query_utils";
import { Prefetch as PrefetchLookup, type PrefetchOptions } from "./prefetch";
import { CheckConstraint as CheckConstraintClass, UniqueConstraint as UniqueConstraintClass } from "./constraints";
import { Index as IndexClass } from "./indexes";

export { Model } from "./base";
export { Manager } from "./manager";
export { ManyRelatedManager } from "./m2m_manager";
export { QuerySet } from "./query";
export { Aggregate, Count, Sum, Avg, Min, Max } from "./aggregates";
export { Field } from "./fields";
export * as signals from "./signals";
export { NON_FIELD_ERRORS } from "./validation";
export { CASCADE, PROTECT, SET_NULL, SET_DEFAULT, SET, DO_NOTHING, ProtectedError } from "./deletion";
export type { FieldOptions, DateTimeFieldOptions } from "./fields";
export type { ForeignKeyOptions } from "./fields/related";
export type { ManyToManyOptions } from "./fields/many_to_many";
export type { MetaOptions, ModelClass } from "./model_class";
export { BaseConstraint } from "./constraints";
export type { QuerySetMethods } from "./manager";

type Options = fields.FieldOptions;

export const AutoField = (options: Options = {}) => new fields.AutoField(options);
export const BigAutoField = (options: Options = {}) => new fields.BigAutoField(options);
export const CharField = (options: Options & { max_length: number }) => new fields.CharField(options);
export const TextField = (options: Options = {}) => new fields.TextField(options);
export const IntegerField = (options: Options = {}) => new fields.IntegerField(options);
export const BigIntegerField = (options: Options = {}) => new fields.BigIntegerField(options);
export const FloatField = (options: Options = {}) => new fields.FloatField(options);
export const BooleanField = (options: Options = {}) => new fields.BooleanField(options);
export const DateTimeField = (options: fields.DateTimeFieldOptions = {}) => new fields.DateTimeField(options);
export const SmallIntegerField = (options: Options = {}) => new numeric.SmallIntegerField(options);
export const PositiveIntegerField = (options: Options = {}) => new numeric.PositiveIntegerField(options);
export const PositiveSmallIntegerField = (options: Options = {}) => new numeric.PositiveSmallIntegerField(options);
/** `models.DecimalField({ max_digits: 6, decimal_places: 2 })`: values are strings such as "12.50". */
export const DecimalField = (options: numeric.DecimalFieldOptions) => new numeric.DecimalField(options);
/** Values are "YYYY-MM-DD" strings (a Date is accepted). */
export const DateField = (options: fields.DateTimeFieldOptions = {}) => new temporal.DateField(options);
/** Values are "HH:MM:SS" strings. */
export const TimeField = (options: fields.DateTimeFieldOptions = {}) => new temporal.TimeField(options);
/** Values are milliseconds. */
export const DurationField = (options: Options = {}) => new temporal.DurationField(options);
export const EmailField = (options: Options & { max_length?: number } = {}) => new text.EmailField(options);
export const URLField = (options: Options & { max_length?: number } = {}) => new text.URLField(options);
export const SlugField = (options: Options & { max_length?: number } = {}) => new text.SlugField(options);
export const GenericIPAddressField = (options: text.GenericIPAddressFieldOptions = {}) => new text.GenericIPAddressField(options);
export const UUIDField = (options: Options = {}) => new text.UUIDField(options);
/** `models.FileField({ upload_to: "covers/" })`: the stored path of an uploaded file. */
export const FileField = (options: files.FileFieldOptions = {}) => new files.FileField(options);
export const ImageField = (options: files.FileFieldOptions = {}) => new files.ImageField(options);
export const JSONField = (options: Options = {}) => new JSONFieldClass(options);
/** `models.ForeignKey(Author, { on_delete: models.CASCADE, related_name: "books" })`; target may be "Author", "books.Author" or "self". */
export const ForeignKey = <T extends ModelBase>(to: ModelClass<T> | (abstract new (...args: never[]) => T) | string,
  options: ForeignKeyOptions) => new ForeignKeyField(to as ModelClass | string, options);
/** `models.OneToOneField(User, { on_delete: models.CASCADE })`: a unique key; the reverse side is one object (`user.profile`). */
export const OneToOneField = <T extends ModelBase>(to: ModelClass<T> | (abstract new (...args: never[]) => T) | string,
  options: ForeignKeyOptions) => new OneToOneFieldClass(to as ModelClass | string, options);
/** `models.ManyToManyField(Tag, { related_name: "books" })`, optionally `{ through: Membership }`. */
export const ManyToManyField = <T extends ModelBase>(to: ModelClass<T> | (abstract new (...args: never[]) => T) | string,
  options: ManyToManyOptions = {}) => new ManyToManyFieldClass(to as ModelClass | string, options);

/** `Q({ title: "Dune" }).or(Q({ published__gt: 2000 }))`: conditions combined with and/or/not. */
export const Q = (kwargs: Record<string, unknown> = {}) => new QNode(kwargs);
/** `F("published").add(1)`: a reference to a column. */
export const F = (name: string) => new expressions.F(name);
/** A literal in SQL: `Value("-")`, `Value(0, { output_field: models.IntegerField() })`. */
export const Value = (value: unknown, options: { output_field?: fields.Field } = {}) => new expressions.Value(value, options.output_field);
/** `ExpressionWrapper(F("pages").mul(2), { output_field: models.IntegerField() })`. */
export const ExpressionWrapper = (expression: expressions.Expression, options: { output_field: fields.Field }) =>
  new expressions.ExpressionWrapper(expression, options.output_field);
/** `When({ published__lt: 1960, then: Value("old") })`, `When(Q(...), { then: ... })` or `When(Exists(...), { then: ... })`. */
export const When = (condition: QNode | expressions.Expression | Record<string, unknown>, options: { then?: unknown } = {}) => {
  if (condition instanceof QNode || condition instanceof expressions.Expression) return new expressions.When(condition, options.then);
  const { then, ...lookups } = condition;
  return new expressions.When(lookups, then ?? options.then);
};
/** `Case(When(...), When(...), { default: Value("new"), output_field? })`. */
export const Case = (...args: Array<expressions.When | { default?: unknown; output_field?: fields.Field }>) => {
  const whens = args.filter((a): a is expressions.When => a instanceof expressions.When);
  const options = args.find((a): a is { default?: unknown; output_field?: fields.Field } => !(a instanceof expressions.When)) ?? {};
  return new expressions.Case(whens, options.default ?? null, options.output_field);
};
/** `OuterRef("pk")`: the outer query's column, inside Subquery() or Exists(); `OuterRef(OuterRef("pk"))` two queries out. */
export const OuterRef = (name: string | expressions.OuterRef) => new expressions.OuterRef(name);
/** `Subquery(Book.objects.filter({ author: OuterRef("pk") }).values("title").slice(0, 1))`. */
export const Subquery = (queryset: expressions.QueryHolder, options: { output_field?: fields.Field } = {}) =>
  new expressions.Subquery(queryset, options.output_field);
/** `Exists(Review.objects.filter({ book: OuterRef("pk") }))`: in annotate() (a boolean) or filter(). */
export const Exists = (queryset: expressions.QueryHolder) => new expressions.Exists(queryset);
export { Lower, Upper, Length, Concat, Coalesce, Now, Cast, Trunc, TruncYear, TruncMonth, TruncDay, TruncHour, TruncDate } from "./functions";
export type { Expression, OrderBy, OrderByOptions } from "./expressions";
export { RawQuerySet } from "./raw";
/** `Prefetch("books", { queryset: Book.objects.filter({ done: true }), to_attr: "done_books" })` in prefetch_related(). */
export const Prefetch = (lookup: string, options: PrefetchOptions = {}) => new PrefetchLookup(lookup, options);

/** `models.Index({ fields: ["-published", "title"], name: "book_recent_idx" })` in `Meta.indexes`. */
export const Index = (options: { fields: readonly string[]; name: string; condition?: QNode }) => new IndexClass(options);
/** `models.UniqueConstraint({ fields: ["title", "author"], name: "unique_title_author" })` in `Meta.constraints`. */
export const UniqueConstraint = (options: { fields: readonly string[]; name: string; condition?: QNode }) =>
  new UniqueConstraintClass(options);
/** `models.CheckConstraint({ check: Q({ pages__gte: 1 }), name: "pages_positive" })` in `Meta.constraints`. */
export const CheckConstraint = (options: { check: QNode; name: string }) => new CheckConstraintClass(options);
