/**
 * Messages between the UI and the sandbox worker, and the plain-data shapes they carry.
 * Everything here is structured-clone safe: no classes, no functions.
 */

/** A project's files by path relative to the project root, e.g. "books/views.ts". */
export type ProjectFiles = Record<string, string>;

/** A place in the learner's code (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** A template line that caused a query. */
export interface TemplateLocation {
  name: string;
  line: number;
}

/** A lazy relation load on an instance that came from a multi-row query. */
export interface NPlusOneFlag {
  /** "books.Book.author" */
  relation: string;
  /** The code that fixes it: `select_related("author")`. */
  fix: string;
}

export interface QueryRecord {
  sql: string;
  params: unknown[];
  durationMs: number;
  rowCount: number;
  /** The learner's file:line that caused the query, when it came from their code. */
  origin?: SourceLocation;
  /** The template line that caused the query, when a template did. */
  template?: TemplateLocation;
  nPlusOne?: NPlusOneFlag;
}

/** Queries sharing SQL (similar) or SQL and parameters (duplicate), as django-debug-toolbar groups them. */
export interface QueryGroup {
  sql: string;
  count: number;
  /** Indexes into the request's query list. */
  indexes: number[];
}

/** An N+1 warning: one relation loaded lazily again and again. */
export interface NPlusOneWarning {
  relation: string;
  fix: string;
  count: number;
  /** Where the loop that triggers the loads lives: view or template. */
  origin?: SourceLocation;
  template?: TemplateLocation;
}

export interface QuerySummary {
  queries: QueryRecord[];
  totalMs: number;
  similar: QueryGroup[];
  duplicates: QueryGroup[];
  nPlusOne: NPlusOneWarning[];
  /** select_related/prefetch_related relations loaded but never read (absent when none). */
  unusedRelations?: UnusedRelation[];
}

/** e.g. {relation: "books.Book.author", kind: "select_related", origin: {file: "books/views.ts", line: 12}}. */
export interface UnusedRelation {
  relation: string;
  kind: "select_related" | "prefetch_related";
  /** Where the QuerySet was evaluated in the learner's code. */
  origin?: SourceLocation;
}

export interface SandboxRequest {
  method: string;
  /** Path with query string, e.g. "/books/?page=2". */
  path: string;
  headers?: Record<string, string>;
  /** Form-encoded or JSON body as text. */
  body?: string;
  /** A body with bytes (a multipart upload from the preview), base64; wins over `body`. */
  bodyBase64?: string;
}

export interface SandboxResponse {
  status: number;
  reason: string;
  /** Names in lower case ("content-type", "location", "set-cookie"). */
  headers: Record<string, string>;
  body: string;
  /** A binary body (an uploaded image served from MEDIA_URL), base64; `body` is then "". */
  bodyBase64?: string;
}

/** An uploaded file saved (with its bytes) or deleted (no bytes), by its path under media/. */
export interface MediaChange {
  path: string;
  bytes?: Uint8Array;
}

/** The project's media files by path under media/, e.g. {"covers/dune.png": bytes}. */
export type MediaFiles = Record<string, Uint8Array>;

export interface RequestTrace extends QuerySummary {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The middleware that ran, outermost first, and what each changed. */
  middleware?: MiddlewareTrace[];
  /** Cache lookups during the request. */
  cache?: { hits: number; misses: number };
  /** What Django would log: rejected CSRF checks, disallowed hosts, bad uploads, cache key warnings. */
  log?: LogRecord[];
  /** Each template rendered, in order (extends parents and includes too), as django-debug-toolbar's templates panel. */
  templates?: TemplateTrace[];
  /** The signals sent during the request that reached a receiver, in order. */
  signals?: SignalTrace[];
  /** request.session as the response left it; absent without SessionMiddleware. */
  session?: SessionTrace;
}

/** One signal sent, e.g. {signal: "post_save", sender: "blog.Comment", receivers: ["notify_author"]}. */
export interface SignalTrace {
  signal: string;
  sender: string;
  /** The receivers that ran, by function name; one that raised (send_robust) says so. */
  receivers: string[];
}

/** A session's key and its values, each a short repr, e.g. {key: "_auth_user_id", value: "'1'"}. */
export interface SessionTrace {
  key: string | null;
  data: { key: string; value: string }[];
  /** Why the session could not be read (its table missing, say). */
  error?: string;
}

/** A rendered template and its context's variables, e.g. {name: "books/list.html", context: [{key: "books", value: "<<queryset of books.Book>>"}]}. */
export interface TemplateTrace {
  name: string;
  /** Variable names with a short repr of each value (no query is run to make it). */
  context: { key: string; value: string }[];
}

/** One middleware's part in a request: e.g. {name: "...SessionMiddleware", changed: ["request.session", "cookie sessionid"]}. */
export interface MiddlewareTrace {
  name: string;
  changed: string[];
}

/** A message for one of Django's loggers, e.g. {logger: "django.security.csrf", level: "warning", message: "Forbidden (CSRF cookie not set.): /"}. */
export interface LogRecord {
  logger: string;
  level: "warning" | "error";
  message: string;
}

/** A problem in the learner's code, shown in the editor and on the error page. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CheckResult {
  name: string;
  title: string;
  passed: boolean;
  message?: string;
  location?: SourceLocation;
}

/** A column of a table in the database browser. */
export interface TableColumn {
  name: string;
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  /** "books_author.id" for a foreign key. */
  references?: string;
}

export interface TableInfo {
  name: string;
  columns: TableColumn[];
  rowCount: number;
}

/** Rows a statement returned. */
export interface SqlTable {
  columns: string[];
  rows: unknown[][];
}

/**
 * The outcome of a command run in the sandbox (SQL, the shell, flush, loaddata,
 * dumpdata): what happened for people, rows when there are some, and the queries it ran,
 * recorded like a request's.
 */
export interface CommandResult {
  ok: boolean;
  /** The shell's value, "3 rows changed", the dumped JSON, or the error. */
  text: string;
  table?: SqlTable;
  trace: RequestTrace;
  /** Files the command asks the UI to write through the host (makemigrations' migrations). */
  files?: CommandFile[];
  /** Questions to answer before the command can go on: run it again with `answers`. */
  questions?: CommandQuestion[];
  /** What is wrong with each field, by field name (createsuperuser). */
  fieldErrors?: Record<string, string[]>;
}

/** A file a command made, e.g. {path: "books/migrations/0002_book_year.ts", content: ...}. */
export interface CommandFile {
  path: string;
  content: string;
}

/** A question makemigrations asks instead of guessing, e.g. "Was book.title renamed to book.name? [y/N]". */
export interface CommandQuestion {
  id: string;
  text: string;
  /** "yes_no" for renames; "value" for a one-off default (JSON, or empty to quit). */
  kind: "yes_no" | "value";
}

/** Management commands run through the framework's call_command. */
export type ManagementCommandName = "makemigrations" | "migrate" | "showmigrations" | "sqlmigrate" | "createcachetable";

/** A value bound to a `?` in a statement. */
export type SqlParam = string | number | null;

/** What the query inspector asks of a recorded query: SQLite's plan, or its rows again. */
export type InspectWhat = "plan" | "rows";

/** Commands the sandbox runs against the loaded project and its database. */
export type SandboxCommand =
  | { command: "sql"; statement: string; params?: SqlParam[] }
  | { command: "shell"; expression: string }
  | { command: "flush" }
  | { command: "loaddata"; name: string; json: string }
  | { command: "dumpdata" }
  | { command: "manage"; name: ManagementCommandName; args: string[]; answers?: Record<string, string> }
  | { command: "createsuperuser"; username: string; email: string; password: string };

export type ToWorker =
  | { type: "load"; id: number; files: ProjectFiles; database?: Uint8Array; media?: MediaFiles }
  | { type: "request"; id: number; request: SandboxRequest }
  | { type: "check"; id: number; files: ProjectFiles; checks: string }
  | { type: "run"; id: number; run: SandboxCommand }
  | { type: "tables"; id: number }
  | { type: "inspect"; id: number; what: InspectWhat; sql: string; params: SqlParam[] };

export type FromWorker =
  | { type: "ready" }
  | { type: "loaded"; id: number; ok: boolean; diagnostics: Diagnostic[]; durationMs: number }
  | { type: "response"; id: number; response: SandboxResponse; trace: RequestTrace }
  | { type: "checked"; id: number; results: CheckResult[]; diagnostics: Diagnostic[] }
  | { type: "ran"; id: number; result: CommandResult }
  | { type: "tables"; id: number; tables: TableInfo[] }
  /** `more`: rows left out past the inspector's cap. */
  | { type: "inspected"; id: number; table: SqlTable; more: number }
  | { type: "database"; bytes: Uint8Array }
  /** Uploaded files saved or deleted: the UI has the host mirror them in <project>/media/. */
  | { type: "media"; changes: MediaChange[] }
  | { type: "console"; level: "log" | "warn" | "error"; text: string; origin?: SourceLocation }
  | { type: "error"; id: number; message: string };
