/**
 * Dates, times and durations (Django: DateField, TimeField, DurationField). JavaScript has
 * no date-only or time-only type, so values are ISO strings ("2024-03-01", "13:45:00"),
 * which sort and compare correctly; a Date is accepted and converted. Durations are
 * milliseconds, stored as Django stores them on SQLite (bigint microseconds).
 */
import { ValidationError } from "../../../core/exceptions";
import { deconstruct_auto, Field } from "./index";
import type { DateTimeFieldOptions, Deconstructed } from "./index";

/** auto_now/auto_now_add make a field non-editable and blank, as in Django. */
function autoOptions(options: DateTimeFieldOptions): DateTimeFieldOptions {
  return options.auto_now || options.auto_now_add ? { ...options, editable: false, blank: true } : options;
}

/** A calendar date, "YYYY-MM-DD". */
export class DateField extends Field {
  readonly auto_now: boolean;
  readonly auto_now_add: boolean;

  constructor(options: DateTimeFieldOptions = {}) {
    super(autoOptions(options));
    this.auto_now = options.auto_now ?? false;
    this.auto_now_add = options.auto_now_add ?? false;
  }

  db_type(): string {
    return "date";
  }

  override deconstruct(): Deconstructed {
    return deconstruct_auto(this, super.deconstruct());
  }

  override pre_save(instance: object, add: boolean): unknown {
    if (this.auto_now || (this.auto_now_add && add)) (instance as Record<string, unknown>)[this.attname] = this.to_python(new Date());
    return super.pre_save(instance, add);
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
    throw new ValidationError(`“${String(value)}” value has an invalid date format. It must be in YYYY-MM-DD format.`, { code: "invalid" });
  }

  override get_db_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

/** A time of day, "HH:MM:SS[.ffffff]". */
export class TimeField extends Field {
  readonly auto_now: boolean;
  readonly auto_now_add: boolean;

  constructor(options: DateTimeFieldOptions = {}) {
    super(autoOptions(options));
    this.auto_now = options.auto_now ?? false;
    this.auto_now_add = options.auto_now_add ?? false;
  }

  db_type(): string {
    return "time";
  }

  override deconstruct(): Deconstructed {
    return deconstruct_auto(this, super.deconstruct());
  }

  /** auto_now/auto_now_add set the time of day now (UTC, as the sandbox's clock), "HH:MM:SS.ffffff". */
  override pre_save(instance: object, add: boolean): unknown {
    if (this.auto_now || (this.auto_now_add && add)) {
      (instance as Record<string, unknown>)[this.attname] = `${new Date().toISOString().slice(11, 23)}000`;
    }
    return super.pre_save(instance, add);
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value === "string" && /^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/.test(value)) return value.length === 5 ? `${value}:00` : value;
    throw new ValidationError(`“${String(value)}” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.`, { code: "invalid" });
  }

  override get_db_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

/** A length of time in milliseconds (stored as microseconds, as Django on SQLite). */
export class DurationField extends Field {
  db_type(): string {
    return "bigint";
  }

  override from_db_value(value: unknown): unknown {
    return value === null ? null : Number(value) / 1000;
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    throw new ValidationError(`“${String(value)}” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format.`, { code: "invalid" });
  }

  override get_db_prep_value(value: unknown): unknown {
    const ms = this.to_python(value);
    return typeof ms === "number" ? Math.round(ms * 1000) : ms;
  }
}
