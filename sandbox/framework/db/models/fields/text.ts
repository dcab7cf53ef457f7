/**
 * Text fields with a format (Django: EmailField, URLField, SlugField,
 * GenericIPAddressField, UUIDField): CharFields with Django's default
 * lengths; their validators run in full_clean() (see validation.ts).
 */
import { ValidationError } from "../../../core/exceptions";
import { CharField, Field, type FieldOptions } from "./index";

type CharOptions = FieldOptions & { max_length?: number };

/** An e-mail address (varchar(254)). */
export class EmailField extends CharField {
  constructor(options: CharOptions = {}) {
    super({ ...options, max_length: options.max_length ?? 254 });
  }
}

/** A URL (varchar(200)). */
export class URLField extends CharField {
  constructor(options: CharOptions = {}) {
    super({ ...options, max_length: options.max_length ?? 200 });
  }
}

/** A slug: letters, numbers, underscores, hyphens (varchar(50), indexed). */
export class SlugField extends CharField {
  constructor(options: CharOptions = {}) {
    super({ db_index: true, ...options, max_length: options.max_length ?? 50 });
  }
}

/** An IPv4 or IPv6 address (char(39)). */
export class GenericIPAddressField extends Field {
  db_type(): string {
    return "char(39)";
  }
}

/** A UUID string; stored as 32 hex digits without dashes (char(32)), as Django on SQLite. */
export class UUIDField extends Field {
  db_type(): string {
    return "char(32)";
  }

  override from_db_value(value: unknown): unknown {
    return typeof value === "string" && value.length === 32
      ? `${value.slice(0, 8)}-${value.slice(8, 12)}-${value.slice(12, 16)}-${value.slice(16, 20)}-${value.slice(20)}` : value;
  }

  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    const hex = String(value).replace(/[-{}]/g, "").toLowerCase();
    if (!/^[0-9a-f]{32}$/.test(hex)) throw new ValidationError(`“${String(value)}” is not a valid UUID.`, { code: "invalid" });
    return this.from_db_value(hex);
  }

  override get_db_prep_value(value: unknown): unknown {
    const uuid = this.to_python(value);
    return typeof uuid === "string" ? uuid.replaceAll("-", "") : uuid;
  }
}
