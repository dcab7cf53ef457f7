import type {
  CheckResult,
  CommandResult,
  Diagnostic,
  FromWorker,
  InspectWhat,
  MediaChange,
  MediaFiles,
  ProjectFiles,
  RequestTrace,
  SandboxCommand,
  SandboxRequest,
  SandboxResponse,
  SourceLocation,
  SqlParam,
  SqlTable,
  TableInfo,
  ToWorker,
} from "../../../sandbox/protocol";

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface Loaded {
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface Answered {
  response: SandboxResponse;
  trace: RequestTrace;
}

export interface Checked {
  results: CheckResult[];
  diagnostics: Diagnostic[];
}

/** What the sandbox tells its owner outside of answers. */
export interface SandboxListener {
  /** The worker wrote to its database; these are the new bytes. */
  database(bytes: Uint8Array): void;
  /** Uploaded files were saved or deleted; the host mirrors them in <project>/media/. */
  media?(changes: MediaChange[]): void;
  console(level: "log" | "warn" | "error", text: string, origin?: SourceLocation): void;
  /** The worker was restarted, or could not start; `message` says what happened, for people. */
  trouble(message: string): void;
}

/** Thrown to the caller whose request the watchdog stopped. */
export class SandboxStopped extends Error {}

/** A message to the worker before it is numbered. */
type Outgoing = ToWorker extends infer M ? (M extends ToWorker ? Omit<M, "id"> : never) : never;

interface Pending {
  message: ToWorker;
  resolve(answer: FromWorker): void;
  reject(error: Error): void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * The UI's side of the sandbox worker: numbered calls, answers matched by id, and a
 * watchdog. A call that does not answer within `timeoutMs` terminates the worker; a new
 * one is started and given the last files and database, so nothing the learner made is
 * lost.
 */
export class SandboxClient {
  private worker!: WorkerLike;
  private ready = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private lastFiles: ProjectFiles | null = null;
  private lastDatabase: Uint8Array | undefined;
  private lastMedia: MediaFiles = {};

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly listener: SandboxListener,
    private readonly timeoutMs = 5000,
  ) {
    this.start();
  }

  /** Loads a project; `database` and `media` (else the last ones the worker sent) carry its data. */
  async load(files: ProjectFiles, database?: Uint8Array, media?: MediaFiles): Promise<Loaded> {
    this.lastFiles = files;
    if (database) this.lastDatabase = database;
    if (media) this.lastMedia = media;
    const answer = await this.call({ type: "load", files, database: this.lastDatabase, media: this.lastMedia });
    if (answer.type !== "loaded") throw unexpected(answer);
    return { ok: answer.ok, diagnostics: answer.diagnostics };
  }

  async request(request: SandboxRequest): Promise<Answered> {
    const answer = await this.call({ type: "request", request });
    if (answer.type !== "response") throw unexpected(answer);
    return { response: answer.response, trace: answer.trace };
  }

  async check(files: ProjectFiles, checks: string): Promise<Checked> {
    const answer = await this.call({ type: "check", files, checks });
    if (answer.type !== "checked") throw unexpected(answer);
    return { results: answer.results, diagnostics: answer.diagnostics };
  }

  /** Runs a command (SQL, shell, flush, loaddata, dumpdata) against the loaded project. */
  async run(command: SandboxCommand): Promise<CommandResult> {
    const answer = await this.call({ type: "run", run: command });
    if (answer.type !== "ran") throw unexpected(answer);
    return answer.result;
  }

  async tables(): Promise<TableInfo[]> {
    const answer = await this.call({ type: "tables" });
    if (answer.type !== "tables") throw unexpected(answer);
    return answer.tables;
  }

  /** A recorded query's plan, or its rows re-run read-only (capped; `more` counts the rest). */
  async inspect(what: InspectWhat, sql: string, params: SqlParam[]): Promise<{ table: SqlTable; more: number }> {
    const answer = await this.call({ type: "inspect", what, sql, params });
    if (answer.type !== "inspected") throw unexpected(answer);
    return { table: answer.table, more: answer.more };
  }

  /** Forgets the project (a new lesson starts from its own files and database). */
  forget(): void {
    this.lastFiles = null;
    this.lastDatabase = undefined;
    this.lastMedia = {};
  }

  dispose(): void {
    this.failAll(new SandboxStopped("The sandbox was closed."));
    this.worker.terminate();
  }

  private start(): void {
    this.ready = false;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(`The sandbox failed: ${event.message || "its worker could not start"}. Reload the window to try again.`);
    };
    this.worker = worker;
  }

  private call(outgoing: Outgoing): Promise<FromWorker> {
    const id = this.nextId++;
    const message: ToWorker = { ...outgoing, id };
    return new Promise((resolve, reject) => {
      const entry: Pending = { message, resolve, reject };
      this.pending.set(id, entry);
      if (this.ready) this.send(id, entry);
    });
  }

  private send(id: number, entry: Pending): void {
    entry.timer = setTimeout(() => this.stop(id), this.timeoutMs);
    this.worker.postMessage(entry.message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case "ready":
        this.ready = true;
        for (const [id, entry] of this.pending) this.send(id, entry);
        return;
      case "database":
        this.lastDatabase = message.bytes;
        this.listener.database(message.bytes);
        return;
      case "media":
        for (const change of message.changes) {
          if (change.bytes) this.lastMedia[change.path] = change.bytes;
          else delete this.lastMedia[change.path];
        }
        this.listener.media?.(message.changes);
        return;
      case "console":
        this.listener.console(message.level, message.text, message.origin);
        return;
      default: {
        const entry = this.pending.get(message.id);
        // An error with no call of its own: the worker could not start.
        if (!entry && message.type === "error") this.fail(message.message);
        if (!entry) return;
        this.pending.delete(message.id);
        clearTimeout(entry.timer);
        if (message.type === "error") entry.reject(new Error(message.message));
        else entry.resolve(message);
      }
    }
  }

  /** The watchdog: the call `id` took too long. */
  private stop(id: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    const seconds = Math.round(this.timeoutMs / 1000);
    const what = describe(entry.message);
    const message =
      `${what} was stopped after ${seconds} s (an infinite loop?). ` +
      "The sandbox restarted; your files and data are intact.";
    this.worker.terminate();
    this.failAll(new SandboxStopped(message));
    this.start();
    this.listener.trouble(message);
    // A load that loops would loop again: then the next edit loads the project.
    if (this.lastFiles && entry.message.type !== "load") {
      this.load(this.lastFiles).catch((error: unknown) =>
        this.listener.console("error", `Reloading your project after the restart failed: ${String(error)}`),
      );
    }
  }

  /** The worker is unusable: every waiting call fails, and the owner hears why. */
  private fail(message: string): void {
    this.failAll(new Error(message));
    this.listener.trouble(message);
  }

  private failAll(error: Error): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    this.pending.clear();
  }
}

function describe(message: ToWorker): string {
  switch (message.type) {
    case "request":
      return `The request to ${message.request.path}`;
    case "load":
      return "Loading your project";
    case "check":
      return "Running the checks";
    case "run":
      return message.run.command === "sql" ? "The SQL statement" : `The ${message.run.command} command`;
    case "tables":
      return "Reading the tables";
    case "inspect":
      return message.what === "plan" ? "EXPLAIN QUERY PLAN" : "Re-running the query";
  }
}

function unexpected(answer: FromWorker): Error {
  return new Error(`The sandbox answered "${answer.type}" where it should not; please reload the lesson.`);
}
