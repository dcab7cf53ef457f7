/** Decimal rounding on exact digits (Python's Decimal.quantize with ROUND_HALF_UP), for floatformat. */

/** A decimal number as sign, digits and exponent: -12.5 is {negative, digits: 125n, exponent: -1}. */
export interface Decimal {
  negative: boolean;
  digits: bigint;
  exponent: number;
}

/** Parses "12.50", "-1e-7", "3" exactly; undefined when not a finite number. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = /^\s*([-+])?(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?\s*$/i.exec(text);
  if (!m || (!m[2] && !m[3])) return undefined;
  const int = m[2] ?? "";
  const frac = m[3] ?? "";
  return { negative: m[1] === "-", digits: BigInt((int + frac) || "0"), exponent: Number(m[4] ?? 0) - frac.length };
}

/** Rounds half away from zero to `places` decimal places. */
export function quantize(d: Decimal, places: number): Decimal {
  const shift = -places - d.exponent;
  if (shift <= 0) return { ...d, digits: d.digits * 10n ** BigInt(-shift), exponent: -places };
  const divisor = 10n ** BigInt(shift);
  let digits = d.digits / divisor;
  if ((d.digits % divisor) * 2n >= divisor) digits += 1n;
  return { negative: d.negative, digits, exponent: -places };
}

/** Fixed-point text of a decimal with exponent <= 0; "-" only when nonzero. */
export function formatDecimal(d: Decimal): string {
  const places = Math.max(0, -d.exponent);
  const text = d.digits.toString().padStart(places + 1, "0");
  const body = places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return (d.negative && d.digits !== 0n ? "-" : "") + body;
}

/** True when the decimal has no fractional part. */
export function isIntegral(d: Decimal): boolean {
  return d.exponent >= 0 || d.digits % 10n ** BigInt(-d.exponent) === 0n;
}
