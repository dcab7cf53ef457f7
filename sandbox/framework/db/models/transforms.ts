/**
 * Date transforms (Django: db/models/functions/datetime.py, registered as lookups on date
 * fields): `added__year=2024`, `added__week_day__in=[1, 7]`, `added__date="2024-03-01"`.
 */
import { DateTimeField, type Field, IntegerField, TextField } from "./fields";
import { DateField } from "./fields/temporal";

/** The transforms a DateTimeField supports. */
const PARTS: Record<string, string> = { year: "%Y", month: "%m", day: "%d", hour: "%H", minute: "%M", second: "%S" };

const INTEGER = new IntegerField();
/** `__date` compares "YYYY-MM-DD" text, from a Date or a string. */
class DateText extends TextField {
  override get_db_prep_value(value: unknown): unknown {
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
}
const DATE = new DateText();

/** True when `name` transforms `field` (so the lookup comes after it). */
export function isTransform(field: Field, name: string): boolean {
  if (field instanceof DateField) return ["year", "month", "day", "week_day"].includes(name);
  return field instanceof DateTimeField && (name in PARTS || name === "week_day" || name === "date");
}

/** The field that prepares values compared with the transformed column. */
export function transform_output(name: string): Field {
  return name === "date" ? DATE : INTEGER;
}

/** The SQL of the transformed column; week_day is Django's 1 (Sunday) to 7 (Saturday). */
export function transform_sql(name: string, column: string): string {
  if (name === "date") return `date(${column})`;
  if (name === "week_day") return `(CAST(strftime('%w', ${column}) AS INTEGER) + 1)`;
  return `CAST(strftime('${PARTS[name]}', ${column}) AS INTEGER)`;
}
