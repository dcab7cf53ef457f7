/**
 * DateField, DateTimeField and TimeField, reading Django's default input formats.
 * Dates and datetimes are Dates read as UTC (as the sandbox stores them); a time is
 * Python's str(time): "14:30:00".
 */
import { Field, isEmpty } from "./fields";
import { DateInput, DateTimeInput, TimeInput, type Widget } from "./widgets";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Year, month, day from Django's DATE_INPUT_FORMATS ("2006-10-25", "10/25/2006", "10/25/06", "Oct 25 2006", ...). */
function parseDate(text: string): [number, number, number] | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const year = Number(m[3]);
    return [m[3]?.length === 2 ? (year < 69 ? 2000 + year : 1900 + year) : year, Number(m[1]), Number(m[2])];
  }
  const month = (name: string) => {
    const lower = name.toLowerCase();
    const index = MONTHS.indexOf(lower) >= 0 ? MONTHS.indexOf(lower) : FULL_MONTHS.indexOf(lower);
    return index + 1;
  };
  m = /^([a-z]+) (\d{1,2}),? (\d{4})$/i.exec(text);
  if (m && month(m[1] ?? "") > 0) return [Number(m[3]), month(m[1] ?? ""), Number(m[2])];
  m = /^(\d{1,2}) ([a-z]+),? (\d{4})$/i.exec(text);
  if (m && month(m[2] ?? "") > 0) return [Number(m[3]), month(m[2] ?? ""), Number(m[1])];
  return undefined;
}

/** Hours, minutes, seconds, microseconds from "14:30", "14:30:59" or "14:30:59.000200". */
function parseTime(text: string): [number, number, number, number] | undefined {
  const m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6}))?)?$/.exec(text);
  if (!m) return undefined;
  const parts: [number, number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number((m[4] ?? "").padEnd(6, "0"))];
  return parts[0] < 24 && parts[1] < 60 && parts[2] < 60 ? parts : undefined;
}

function toDate([year, month, day]: [number, number, number], time: [number, number, number, number] = [0, 0, 0, 0]): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, time[0], time[1], time[2], time[3] / 1000));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1 ? date : undefined;
}

/** A date; the cleaned value is a Date at UTC midnight. */
export class DateField extends Field {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a valid date." };
  protected override default_widget(): Widget {
    return new DateInput();
  }
  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    if (value instanceof Date) return value;
    const parts = parseDate(String(value).trim());
    const date = parts && toDate(parts);
    if (!date) throw this.error("invalid");
    return date;
  }
}

/** A date and time ("2006-10-25 14:30:59", ISO "2006-10-25T14:30", or a date alone); a Date read as UTC. */
export class DateTimeField extends Field {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a valid date/time." };
  protected override default_widget(): Widget {
    return new DateTimeInput();
  }
  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    if (value instanceof Date) return value;
    const text = String(value).trim();
    const m = /^(\S+?)(?:[T ](\S+))?$/.exec(text);
    const date = m && parseDate(m[1] ?? "");
    const time = m?.[2] === undefined ? undefined : parseTime((m[2] ?? "").replace(",", "."));
    const result = date && (m?.[2] === undefined || time) ? toDate(date, time) : undefined;
    if (!result) throw this.error("invalid");
    return result;
  }
}

/** A time of day; the cleaned value reads as Python's str(time): "14:30:00". */
export class TimeField extends Field {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a valid time." };
  protected override default_widget(): Widget {
    return new TimeInput();
  }
  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    const parts = parseTime(String(value).trim());
    if (!parts) throw this.error("invalid");
    const [h, m, s] = parts.map((n) => String(n).padStart(2, "0"));
    return `${h}:${m}:${s}${parts[3] ? `.${String(parts[3]).padStart(6, "0")}` : ""}`;
  }
}
