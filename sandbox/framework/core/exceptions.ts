/**
 * Django's core exceptions (django/core/exceptions.py), with the same names so that
 * `catch (e) { if (e instanceof ObjectDoesNotExist) ... }` reads like Django.
 */

/** Base of the framework's errors: keeps `name` equal to the class name in stack traces. */
class MvtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Python's ValueError: a right type but a wrong value (an unsaved related object, a bad number). */
export class ValueError extends MvtError {}

/** Python's AttributeError: no such attribute (a bad prefetch_related() name). */
export class AttributeError extends MvtError {}

/** The requested object does not exist; every model has its own `Model.DoesNotExist` subclass. */
export class ObjectDoesNotExist extends MvtError {}

/** get() found more than one object; every model has its own subclass. */
export class MultipleObjectsReturned extends MvtError {}

/** A problem with a field in a query: unknown name, unsupported lookup. */
export class FieldError extends MvtError {}

/** `_meta.get_field(name)` found no such field. */
export class FieldDoesNotExist extends MvtError {}

/** The project is set up wrongly (a missing option, an unknown model in a relation). */
export class ImproperlyConfigured extends MvtError {}

/** A lookup in a registry failed (Python's LookupError, raised by `apps.get_model`). */
export class LookupError extends MvtError {}

/**
 * Invalid data. Like Django, holds either one message, a list, or messages per field
 * (`error_dict`); `messages` is always the flat list.
 */
export class ValidationError extends MvtError {
  readonly error_dict?: Record<string, string[]>;
  readonly messages: string[];
  readonly code?: string;

  constructor(message: string | string[] | Record<string, string[]>, options: { code?: string } = {}) {
    const messages = typeof message === "string" ? [message]
      : Array.isArray(message) ? message
        : Object.values(message).flat();
    super(typeof message === "object" && !Array.isArray(message)
      ? JSON.stringify(message) : `[${messages.map((m) => `'${m}'`).join(", ")}]`);
    this.messages = messages;
    this.code = options.code;
    if (typeof message === "object" && !Array.isArray(message)) this.error_dict = message;
  }
}
