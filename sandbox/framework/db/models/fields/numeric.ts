/**
 * Numeric fields beyond IntegerField (Django: fields/__init__.py): small and positive
 * integers, and DecimalField, whose values are strings with `decimal_places` digits
 * (JavaScript has no Decimal; "12.50" is exact and prints as Django's Decimal does).
 */
import { ValidationError } from "../../../core/exceptions";
import { type Deconstructed, Field, type FieldOptions, IntegerField } from "./index";

/** An integer in -32768..32767 ("smallint"). */
export class SmallIntegerField extends IntegerField {
  override db_type(): string {
    return "smallint";
  }
}

/** A non-negative integer ("integer unsigned" with a CHECK, as Django on SQLite). */
export class PositiveIntegerField extends IntegerField {
  override db_type(): string {
    return "integer unsigned";
  }
}

/** A non-negative small integer. */
export class PositiveSmallIntegerField extends PositiveIntegerField {
  override db_type(): string {
    return "smallint unsigned";
  }
}

/** DecimalField's required options. */
export interface DecimalFieldOptions extends FieldOptions {
  max_digits: number;
  decimal_places: number;
}

/** A fixed-precision number, as a string: `price: models.DecimalField({ max_digits: 6, decimal_places: 2 })`. */
export class DecimalField extends Field {
  readonly max_digits: number;
  readonly decimal_places: number;

  constructor(options: DecimalFieldOptions) {
    super(options);
    if (!Number.isInteger(options?.max_digits) || !Number.isInteger(options?.decimal_places)) {
      throw new TypeError("DecimalField requires max_digits and decimal_places, e.g. models.DecimalField({ max_digits: 6, decimal_places: 2 }).");
    }
    this.max_digits = options.max_digits;
    this.decimal_places = options.decimal_places;
  }

  db_type(): string {
    return "decimal";
  }

  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    result.kwargs.max_digits = this.max_digits;
    result.kwargs.decimal_places = this.decimal_places;
    return result;
  }

  override from_db_value(value: unknown): unknown {
    return value === null ? null : Number(value).toFixed(this.decimal_places);
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    const number = typeof value === "string" && value.trim() !== "" ? Number(value) : typeof value === "number" ? value : Number.NaN;
    if (!Number.isFinite(number)) throw new ValidationError(`“${String(value)}” value must be a decimal number.`, { code: "invalid" });
    return number.toFixed(this.decimal_places);
  }

  override get_db_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}
