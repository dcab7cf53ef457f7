/**
 * Exceptions a view or middleware raises to get an error response, as in Django's
 * http module and core/exceptions.py: 404, 403 and the 400 family.
 */

/** Raise in a view to answer 404 Not Found: `throw new Http404("No Book matches the given query.")`. */
export class Http404 extends Error {
  constructor(message = "") {
    super(message);
    this.name = "Http404";
  }
}

/** Raise to answer 403 Forbidden (Django: core.exceptions.PermissionDenied). */
export class PermissionDenied extends Error {
  constructor(message = "") {
    super(message);
    this.name = new.target.name;
  }
}

/** The request is malformed: answered with 400 Bad Request (Django: core.exceptions.BadRequest). */
export class BadRequest extends Error {
  constructor(message = "") {
    super(message);
    this.name = new.target.name;
  }
}

/** The user did something suspicious: 400, logged under "django.security.<name>". */
export class SuspiciousOperation extends Error {
  constructor(message = "") {
    super(message);
    this.name = new.target.name;
  }
}

/** The Host header is not in ALLOWED_HOSTS. */
export class DisallowedHost extends SuspiciousOperation {}

/** A signed session cookie or session data was tampered with. */
export class SuspiciousSession extends SuspiciousOperation {}

/** The request body exceeds DATA_UPLOAD_MAX_MEMORY_SIZE. */
export class RequestDataTooBig extends SuspiciousOperation {}

/** More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS. */
export class TooManyFieldsSent extends SuspiciousOperation {}
