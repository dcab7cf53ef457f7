/** JSONField (Django: fields/json.py): any JSON value, stored as text. */
import { ValidationError } from "../../../core/exceptions";
import { Field } from "./index";

/** A JSON value: objects, arrays, strings, numbers, booleans (null is SQL NULL unless nested). */
export class JSONField extends Field {
  db_type(): string {
    return "text";
  }

  override from_db_value(value: unknown): unknown {
    return typeof value === "string" ? JSON.parse(value) : value;
  }

  override get_db_prep_value(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    try {
      return JSON.stringify(value);
    } catch {
      throw new ValidationError("Value must be valid JSON.", { code: "invalid" });
    }
  }
}
