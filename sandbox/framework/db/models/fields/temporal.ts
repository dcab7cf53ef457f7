/**
 * Dates, times and durations (Django: DateField, TimeField, DurationField). JavaScript has
 * no date-only or time-only type, so values are ISO strings ("2024-03-01", "13:45:00"),
 * which sort and compare correctly; a Date is accepted and converted. Durations are
 * milliseconds, stored as Django stores them on SQLite (bigint microseconds).
 */
import { ValidationError } from "../../../core/exceptions";
import { deconstruct_auto, Field } from "./index";
import type { DateTimeFieldOptions, Deconstructed } from "./index";

/**
 * A date or a time of day that auto_now (every save) or auto_now_add (the first) can set,
 * which makes it non-editable and blank, as in Django; values are ISO strings.
 */
export abstract class AutoNowField extends Field {
  readonly auto_now: boolean;
  readonly auto_now_add: boolean;

  constructor(options: DateTimeFieldOptions = {}) {
    super(options.auto_now || options.auto_now_add ? { ...options, editable: false, blank: true } : options);
    this.auto_now = options.auto_now ?? false;
    this.auto_now_add = options.auto_now_add ?? false;
  }

  /** The value auto_now and auto_now_add set. */
  protected abstract now(): string;

  override deconstruct(): Deconstructed {
    return deconstruct_auto(this, super.deconstruct());
  }

  override pre_save(instance: object, add: boolean): unknown {
    if (this.auto_now || (this.auto_now_add && add)) (instance as Record<string, unknown>)[this.attname] = this.now();
    return super.pre_save(instance, add);
  }

  override get_db_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

/** A calendar date, "YYYY-MM-DD". */
export class DateField extends AutoNowField {
  db_type(): string {
    return "date";
  }

  protected now(): string {
    return new Date().toISOString().slice(0, 10);
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
    throw new ValidationError(`“${String(value)}” value has an invalid date format. It must be in YYYY-MM-DD format.`, { code: "invalid" });
  }
}

/** A time of day, "HH:MM:SS[.ffffff]"; auto_now sets the time now (UTC, the sandbox's clock). */
export class TimeField extends AutoNowField {
  db_type(): string {
    return "time";
  }

  protected now(): string {
    return `${new Date().toISOString().slice(11, 23)}000`;
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value === "string" && /^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/.test(value)) return value.length === 5 ? `${value}:00` : value;
    throw new ValidationError(`“${String(value)}” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.`, { code: "invalid" });
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
