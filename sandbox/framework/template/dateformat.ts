/**
 * Django's date format characters (utils/dateformat.py) for the `date`, `time` and
 * `now` tags and filters. A JavaScript Date is read in UTC, the sandbox's TIME_ZONE.
 */

export const DATE_FORMAT = "N j, Y";
export const DATETIME_FORMAT = "N j, Y, P";
export const TIME_FORMAT = "P";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function isoWeek(d: Date): [number, number] {
  const date = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return [date.getUTCFullYear(), Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7)];
}

type Formatter = (d: Date) => string;

const g = (d: Date) => d.getUTCHours() % 12 || 12;
const a = (d: Date) => (d.getUTCHours() >= 12 ? "p.m." : "a.m.");
const f = (d: Date) => (d.getUTCMinutes() === 0 ? String(g(d)) : `${g(d)}:${pad(d.getUTCMinutes())}`);

const FORMATS: Record<string, Formatter> = {
  a,
  A: (d) => (d.getUTCHours() >= 12 ? "PM" : "AM"),
  b: (d) => (MONTHS[d.getUTCMonth()] ?? "").slice(0, 3).toLowerCase(),
  c: (d) => d.toISOString().replace(/\.(\d{3})Z$/, (_m, ms: string) => (ms === "000" ? "" : `.${ms}000`)),
  d: (d) => pad(d.getUTCDate()),
  D: (d) => (WEEKDAYS[d.getUTCDay()] ?? "").slice(0, 3),
  e: () => "",
  E: (d) => MONTHS[d.getUTCMonth()] ?? "",
  f,
  F: (d) => MONTHS[d.getUTCMonth()] ?? "",
  g: (d) => String(g(d)),
  G: (d) => String(d.getUTCHours()),
  h: (d) => pad(g(d)),
  H: (d) => pad(d.getUTCHours()),
  i: (d) => pad(d.getUTCMinutes()),
  I: () => "0",
  j: (d) => String(d.getUTCDate()),
  l: (d) => WEEKDAYS[d.getUTCDay()] ?? "",
  L: (d) => (isLeap(d.getUTCFullYear()) ? "True" : "False"),
  m: (d) => pad(d.getUTCMonth() + 1),
  M: (d) => (MONTHS[d.getUTCMonth()] ?? "").slice(0, 3),
  n: (d) => String(d.getUTCMonth() + 1),
  N: (d) => MONTHS_AP[d.getUTCMonth()] ?? "",
  o: (d) => String(isoWeek(d)[0]),
  O: () => "+0000",
  P: (d) => (d.getUTCMinutes() === 0 && d.getUTCHours() === 0 ? "midnight" : d.getUTCMinutes() === 0 && d.getUTCHours() === 12 ? "noon" : `${f(d)} ${a(d)}`),
  r: (d) => d.toUTCString().replace("GMT", "+0000"),
  s: (d) => pad(d.getUTCSeconds()),
  S: (d) => {
    const day = d.getUTCDate();
    if (day >= 11 && day <= 13) return "th";
    return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[day % 10] ?? "th";
  },
  t: (d) => pad(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()),
  T: () => "UTC",
  u: (d) => pad(d.getUTCMilliseconds() * 1000, 6),
  U: (d) => String(Math.floor(d.getTime() / 1000)),
  w: (d) => String(d.getUTCDay()),
  W: (d) => String(isoWeek(d)[1]),
  y: (d) => pad(d.getUTCFullYear() % 100),
  Y: (d) => String(d.getUTCFullYear()),
  z: (d) => String(Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1),
  Z: () => "0",
};

/** Formats a date with Django's format characters: `formatDate(d, "N j, Y")` -> "Jan. 5, 2024". */
export function formatDate(date: Date, format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i] ?? "";
    if (c === "\\") {
      out += format[++i] ?? "";
      continue;
    }
    const formatter = FORMATS[c];
    out += formatter ? formatter(date) : c;
  }
  return out;
}
