/** Python's `format % value` for one value, as the `stringformat` filter uses it. */
import { pyrepr, pystr } from "./pyrepr";

const SPEC = /%([#0 +-]*)(\d+)?(?:\.(\d+))?([diouxXeEfFgGcrsa%])/g;

/** Formats `value` with a printf-style `format`; throws TypeError as Python does on a mismatch. */
export function percentFormat(format: string, value: unknown): string {
  let used = false;
  const out = format.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    if (used) throw new TypeError("not enough arguments for format string");
    used = true;
    return pad(convert(conv, value, flags, precision === undefined ? undefined : Number(precision)), flags, width ? Number(width) : 0, conv);
  });
  if (!used) throw new TypeError("not all arguments converted during string formatting");
  if (/%(?![#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%])/.test(format.replace(SPEC, ""))) throw new TypeError("incomplete format");
  return out;
}

function toNumber(value: unknown, integer: boolean): number {
  if (typeof value === "boolean") return Number(value);
  if (typeof value !== "number") throw new TypeError(`%${integer ? "d" : "f"} format: a number is required, not ${typeof value}`);
  return integer ? Math.trunc(value) : value;
}

function sign(n: number, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return "-";
  return flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
}

function exponent(n: number, precision: number, upper: boolean): string {
  const [mantissa = "", exp = "0"] = n.toExponential(precision).split("e");
  const e = Number(exp);
  const text = `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return upper ? text.toUpperCase() : text;
}

function general(n: number, precision: number, flags: string, upper: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (n === 0) return "0";
  const e = Math.floor(Math.log10(Math.abs(Number(n.toExponential(p - 1)))));
  let text = e < -4 || e >= p ? exponent(n, p - 1, upper) : n.toFixed(Math.max(0, p - 1 - e));
  if (!flags.includes("#") && text.includes(".")) text = text.replace(/(\.\d*?)0+(?=e|E|$)/, "$1").replace(/\.(?=e|E|$)/, "");
  return text;
}

function convert(conv: string, value: unknown, flags: string, precision: number | undefined): string {
  switch (conv) {
    case "s":
      return precision === undefined ? pystr(value) : pystr(value).slice(0, precision);
    case "r":
    case "a":
      return precision === undefined ? pyrepr(value) : pyrepr(value).slice(0, precision);
    case "c":
      if (typeof value === "string" && [...value].length === 1) return value;
      return String.fromCodePoint(toNumber(value, true));
    case "d":
    case "i":
    case "u": {
      const n = toNumber(value, true);
      return sign(n, flags) + String(Math.abs(n)).padStart(precision ?? 0, "0");
    }
    case "o":
    case "x":
    case "X": {
      if (typeof value === "boolean") value = Number(value);
      if (typeof value !== "number" || !Number.isInteger(value)) throw new TypeError(`%${conv} format: an integer is required`);
      const base = conv === "o" ? 8 : 16;
      const prefix = flags.includes("#") ? (conv === "o" ? "0o" : conv === "x" ? "0x" : "0X") : "";
      const digits = Math.abs(value).toString(base);
      return sign(value, flags) + prefix + (conv === "X" ? digits.toUpperCase() : digits);
    }
    default: {
      const n = toNumber(value, false);
      const p = precision ?? 6;
      if (!Number.isFinite(n)) return (n < 0 ? "-" : sign(n, flags)) + (Number.isNaN(n) ? "nan" : "inf");
      const abs = Math.abs(n);
      const body = conv === "f" || conv === "F" ? abs.toFixed(p) : conv === "e" || conv === "E" ? exponent(abs, p, conv === "E") : general(abs, p, flags, conv === "G");
      return sign(n, flags) + body;
    }
  }
}

function pad(text: string, flags: string, width: number, conv: string): string {
  if (text.length >= width) return text;
  if (flags.includes("-")) return text.padEnd(width);
  if (flags.includes("0") && !"srac".includes(conv)) {
    const m = /^([-+ ]?(?:0[xXo])?)(.*)$/.exec(text);
    return (m?.[1] ?? "") + (m?.[2] ?? "").padStart(width - (m?.[1] ?? "").length, "0");
  }
  return text.padStart(width);
}
