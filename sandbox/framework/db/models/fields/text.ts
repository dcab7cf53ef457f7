/**
 * Text fields with a format (Django: EmailField, URLField, SlugField,
 * GenericIPAddressField, UUIDField): CharFields with Django's default
 * lengths; their validators run in full_clean() (see validation.ts).
 */
import { ValidationError } from "../../../core/exceptions";
import { CharField, type Deconstructed, Field, type FieldOptions } from "./index";

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

  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    if (this.max_length === 200) delete result.kwargs.max_length;
    return result;
  }
}

/** A slug: letters, numbers, underscores, hyphens (varchar(50), indexed). */
export class SlugField extends CharField {
  constructor(options: CharOptions = {}) {
    super({ db_index: true, ...options, max_length: options.max_length ?? 50 });
  }

  /** Django writes what differs from a slug's defaults: max_length 50, db_index true. */
  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    if (this.max_length === 50) delete result.kwargs.max_length;
    if (this.db_index) delete result.kwargs.db_index;
    else result.kwargs.db_index = false;
    return result;
  }
}

/** Options of GenericIPAddressField: which addresses it takes, and whether "::ffff:1.2.3.4" is kept as "1.2.3.4". */
export interface GenericIPAddressFieldOptions extends FieldOptions {
  protocol?: "both" | "IPv4" | "IPv6";
  unpack_ipv4?: boolean;
}

/** An IPv4 or IPv6 address (char(39)). */
export class GenericIPAddressField extends Field {
  readonly protocol: "both" | "IPv4" | "IPv6";
  readonly unpack_ipv4: boolean;

  constructor(options: GenericIPAddressFieldOptions = {}) {
    const protocol = options.protocol ?? "both";
    if (!["both", "IPv4", "IPv6"].includes(protocol)) {
      throw new TypeError(`GenericIPAddressField protocol must be "both", "IPv4" or "IPv6", not "${String(protocol)}".`);
    }
    if (options.unpack_ipv4 && protocol !== "both") {
      throw new TypeError("You can only use `unpack_ipv4` if `protocol` is set to 'both'");
    }
    super(options);
    this.protocol = protocol;
    this.unpack_ipv4 = options.unpack_ipv4 ?? false;
  }

  db_type(): string {
    return "char(39)";
  }

  override to_python(value: unknown): unknown {
    if (typeof value !== "string") return value;
    const text = value.trim();
    // Django's clean_ipv6_address(unpack_ipv4=True): an IPv4-mapped IPv6 address is kept as its IPv4 one.
    const mapped = this.unpack_ipv4 ? /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text) : null;
    return mapped?.[1] ?? text;
  }

  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    if (this.unpack_ipv4) result.kwargs.unpack_ipv4 = true;
    if (this.protocol !== "both") result.kwargs.protocol = this.protocol;
    return result;
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
