/**
 * Database errors with Django's names (django/db/utils.py). The backend wraps sql.js
 * errors in these so learners catch the same classes as in Django.
 */

/** Base of all database errors. */
export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A constraint failed: NOT NULL, UNIQUE, FOREIGN KEY, CHECK. */
export class IntegrityError extends DatabaseError {}

/** The SQL was wrong or referred to something missing (a table not created yet). */
export class OperationalError extends DatabaseError {}

/** The database (or the ORM on it) does not support the operation: filter() after union(), ... */
export class NotSupportedError extends DatabaseError {}
