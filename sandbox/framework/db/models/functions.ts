/**
 * Database functions (Django: db/models/functions/): Lower, Upper, Length, Concat,
 * Coalesce, Now, Cast and the Trunc family, as Django writes them for SQLite.
 */
import { Func, Value } from "./expressions";
import { DateTimeField, type Field, IntegerField, TextField } from "./fields";
import { DateField } from "./fields/temporal";

const TEXT = new TextField();
const INTEGER = new IntegerField();
const DATETIME = new DateTimeField();
const DATE = new DateField();

/** `LOWER("title")`. */
export const Lower = (expression: unknown) => new Func("LOWER", [expression], TEXT);
/** `UPPER("title")`. */
export const Upper = (expression: unknown) => new Func("UPPER", [expression], TEXT);
/** `LENGTH("title")`: the number of characters. */
export const Length = (expression: unknown) => new Func("LENGTH", [expression], INTEGER);
/** `COALESCE(a, b, ...)`: the first non-null value; at least two expressions, as in Django. */
export const Coalesce = (...expressions: unknown[]) => {
  if (expressions.length < 2) throw new TypeError("Coalesce must take at least two expressions");
  return new Func("COALESCE", expressions);
};
/** Joins text; NULLs count as "" (SQLite: `COALESCE(a, '') || COALESCE(b, '')`). Strings are field names: use Value() for text. */
export const Concat = (...expressions: unknown[]) => {
  if (expressions.length < 2) throw new TypeError("Concat must take at least two expressions");
  return new Func("CONCAT", expressions, TEXT);
};
/** The current date and time (SQLite: CURRENT_TIMESTAMP). */
export const Now = () => new Func("CURRENT_TIMESTAMP", [], DATETIME);
/** `CAST(expression AS type)` with the output field's column type. */
export const Cast = (expression: unknown, output_field: Field) => new Func("CAST", [expression], output_field);

/** Django's Trunc kinds, as SQLite strftime() formats. */
const TRUNC_FORMATS = {
  year: "%Y-01-01 00:00:00", month: "%Y-%m-01 00:00:00", day: "%Y-%m-%d 00:00:00",
  hour: "%Y-%m-%d %H:00:00", minute: "%Y-%m-%d %H:%M:00", second: "%Y-%m-%d %H:%M:%S",
} as const;

/** Django's Trunc kinds: the strftime() ones, and "week" (starting on Monday). */
export type TruncKind = keyof typeof TRUNC_FORMATS | "week";

/**
 * `Trunc("added", "month")`: the date-time cut down to the start of its year, month, week,
 * day, ...; `{ output_field: models.DateField() }` gives the date alone (as dates() does).
 */
export const Trunc = (expression: unknown, kind: TruncKind, options: { output_field?: Field } = {}) => {
  const truncated = kind === "week"
    ? new Func("DATETIME", [expression, new Value("start of day"), new Value("-6 days"), new Value("weekday 1")], DATETIME)
    : new Func(`TRUNC:${TRUNC_FORMATS[kind]}`, [expression], DATETIME);
  return options.output_field instanceof DateField ? new Func("DATE", [truncated], options.output_field) : truncated;
};
export const TruncYear = (expression: unknown) => Trunc(expression, "year");
export const TruncMonth = (expression: unknown) => Trunc(expression, "month");
export const TruncDay = (expression: unknown) => Trunc(expression, "day");
export const TruncHour = (expression: unknown) => Trunc(expression, "hour");
/** The date part of a date-time ("YYYY-MM-DD"). */
export const TruncDate = (expression: unknown) => new Func("DATE", [expression], DATE);
