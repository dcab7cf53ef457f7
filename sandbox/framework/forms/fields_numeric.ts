/** IntegerField, FloatField and DecimalField, with Django's messages and min/max validators. */
import { ValidationError } from "../core/exceptions";
import { Field, type FieldOptions, isEmpty } from "./fields";
import { combine } from "./utils";
import { NumberInput, type Widget } from "./widgets";

/** Options of the number fields: `forms.IntegerField({ min_value: 1, max_value: 10 })`. */
export interface NumberFieldOptions extends FieldOptions {
  min_value?: number;
  max_value?: number;
}

/** A whole number ("42", "42.0"); min_value/max_value add validators and the widget's min/max. */
export class IntegerField extends Field {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a whole number." };
  max_value?: number;
  min_value?: number;

  constructor(options: NumberFieldOptions = {}) {
    super(options);
    const { min_value, max_value } = options;
    if (max_value !== undefined) this.max_value = max_value;
    if (min_value !== undefined) this.min_value = min_value;
    this.refresh_widget_attrs();
    if (max_value !== undefined) {
      this.validators.push((value) => {
        if ((value as number) > max_value) throw new ValidationError(`Ensure this value is less than or equal to ${max_value}.`, { code: "max_value" });
      });
    }
    if (min_value !== undefined) {
      this.validators.push((value) => {
        if ((value as number) < min_value) throw new ValidationError(`Ensure this value is greater than or equal to ${min_value}.`, { code: "min_value" });
      });
    }
  }

  protected override default_widget(): Widget {
    return new NumberInput();
  }

  override widget_attrs(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    if (!(this.widget instanceof NumberInput)) return attrs;
    if (this.min_value !== undefined) attrs["min"] = String(this.min_value);
    if (this.max_value !== undefined) attrs["max"] = String(this.max_value);
    return attrs;
  }

  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    const text = String(value).trim().replace(/\.0*$/, "");
    if (!/^[-+]?\d+$/.test(text)) throw this.error("invalid");
    return Number.parseInt(text, 10);
  }
}

/** A number as Python's float() reads it ("1.5", "1e3"); not inf or nan. */
export class FloatField extends IntegerField {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a number." };

  override widget_attrs(): Record<string, unknown> {
    const attrs = super.widget_attrs();
    if (this.widget instanceof NumberInput) attrs["step"] = "any";
    return attrs;
  }

  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    const text = String(value).trim();
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) throw this.error("invalid");
    return Number(text);
  }
}

/** Digits and exponent of a decimal, as Python's Decimal.as_tuple(). */
function decimalTuple(text: string): { digits: string; exponent: number } | undefined {
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(text);
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) return undefined;
  const fraction = m[2] ?? "";
  const digits = `${m[1]}${fraction}`.replace(/^0+(?=\d)/, "");
  return { digits, exponent: Number(m[3] ?? 0) - fraction.length };
}

/** A decimal number checked against max_digits and decimal_places; the cleaned value is a JavaScript number. */
export class DecimalField extends IntegerField {
  static override default_error_messages: Record<string, string> = { invalid: "Enter a number." };
  max_digits?: number;
  decimal_places?: number;
  /** The digits of the value being cleaned, as written ("1.50" has three): run_validators checks these. */
  private written = { digits: "0", exponent: 0 };

  constructor(options: NumberFieldOptions & { max_digits?: number; decimal_places?: number } = {}) {
    const { max_digits, decimal_places } = options;
    super(options);
    if (max_digits !== undefined) this.max_digits = max_digits;
    if (decimal_places !== undefined) this.decimal_places = decimal_places;
    this.refresh_widget_attrs();
  }

  override widget_attrs(): Record<string, unknown> {
    const attrs = super.widget_attrs();
    if (!(this.widget instanceof NumberInput)) return attrs;
    const places = this.decimal_places;
    if (places === undefined) attrs["step"] = "any";
    else attrs["step"] = places === 0 ? "1" : places <= 6 ? `0.${"0".repeat(places - 1)}1` : `1e-${places}`;
    return attrs;
  }

  override to_python(value: unknown): unknown {
    if (isEmpty(value)) return null;
    const text = String(value).trim();
    const tuple = decimalTuple(text);
    if (!tuple) throw this.error("invalid");
    this.written = tuple;
    return Number(text);
  }

  /** The min/max validators, then Django's DecimalValidator on the digits as written; all errors together. */
  override run_validators(value: unknown): void {
    if (isEmpty(value)) return;
    const errors: ValidationError[] = [];
    for (const check of [() => super.run_validators(value), () => this.check_digits(this.written.digits, this.written.exponent)]) {
      try {
        check();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(error);
      }
    }
    if (errors.length) throw combine(errors);
  }

  /** Django's DecimalValidator, on the digits as written. */
  private check_digits(digitTuple: string, exponent: number): void {
    let digits: number;
    let decimals: number;
    if (exponent >= 0) {
      digits = digitTuple.length + (digitTuple === "0" ? 0 : exponent);
      decimals = 0;
    } else if (-exponent > digitTuple.length) {
      digits = decimals = -exponent;
    } else {
      digits = digitTuple.length;
      decimals = -exponent;
    }
    const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
    const { max_digits, decimal_places } = this;
    if (max_digits !== undefined && digits > max_digits) {
      throw new ValidationError(`Ensure that there are no more than ${max_digits} ${plural(max_digits, "digit", "digits")} in total.`, { code: "max_digits" });
    }
    if (decimal_places !== undefined && decimals > decimal_places) {
      throw new ValidationError(`Ensure that there are no more than ${decimal_places} decimal ${plural(decimal_places, "place", "places")}.`, { code: "max_decimal_places" });
    }
    const whole = max_digits !== undefined && decimal_places !== undefined ? max_digits - decimal_places : undefined;
    if (whole !== undefined && digits - decimals > whole) {
      throw new ValidationError(`Ensure that there are no more than ${whole} ${plural(whole, "digit", "digits")} before the decimal point.`, { code: "max_whole_digits" });
    }
  }
}
