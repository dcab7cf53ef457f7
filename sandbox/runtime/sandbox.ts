/**
 * The sandbox: loads a project (bundle, evaluate, set up a fresh app), serves requests
 * with their query trace, and runs a lesson's checks. The same class runs in the Web
 * Worker (the app) and in Node (tests, the CLI); only `RuntimeEnv` differs.
 */
import type { Database, SqlJsStatic } from "sql.js";
import { Tracer, call_command, setup, runTestCase, loaddata, reset_receivers, type Project } from "../framework";
import type {
  CheckResult,
  CommandResult,
  Diagnostic,
  ProjectFiles,
  RequestTrace,
  SandboxCommand,
  SandboxRequest,
  SandboxResponse,
  SignalTrace,
  InspectWhat,
  SqlParam,
  TableInfo,
} from "../protocol";
import { HttpRequest } from "../framework/http";
import { record_templates } from "../framework/template";
import { bundleProject, type EsbuildApi } from "./bundler";
import { dumpdata, flush, listTables } from "./database";
import { compileErrorPage } from "./errorpage";
import { inspectQuery, type Inspection } from "./inspect";
import { evaluateBundle, ProjectLoadError, type ConsoleSink, type EvaluatedProject } from "./evaluate";
import { createsuperuser, manage, type ManageOutcome } from "./manage";
import { fixtureFiles, templateSources } from "./modules";
import { record_signals, sessionTrace, signalNames } from "./requestTrace";
import { toSandboxResponse } from "./response";
import { repr, SHELL_FILE, shellSource } from "./shell";
import { summarize } from "./summary";

export interface RuntimeEnv {
  esbuild: EsbuildApi;
  SQL: SqlJsStatic;
}

export interface LoadResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  durationMs: number;
  /** The load made the tables of a fresh database (and loaded fixtures): persist it. */
  wrote: boolean;
}

export interface CommandRun {
  result: CommandResult;
  wrote: boolean;
}

export interface RequestResult {
  response: SandboxResponse;
  trace: RequestTrace;
  /** The request wrote to the database: persist it. */
  wrote: boolean;
}

export interface CheckRun {
  results: CheckResult[];
  diagnostics: Diagnostic[];
}

const CHECKS_FILE = "__checks__.ts";

export class Sandbox {
  private database: Database;
  private project: Project | undefined;
  private evaluated: EvaluatedProject | undefined;
  private files: ProjectFiles = {};
  private diagnostics: Diagnostic[] = [];

  constructor(
    private readonly env: RuntimeEnv,
    private readonly sink: ConsoleSink = () => undefined,
  ) {
    this.database = new env.SQL.Database();
  }

  /** Loads the project's files, over `database` when given, else over the current one. */
  async load(files: ProjectFiles, database?: Uint8Array): Promise<LoadResult> {
    const started = now();
    if (database) {
      this.database.close();
      this.database = new this.env.SQL.Database(database);
      this.project = undefined;
    }
    const fresh = tableCount(this.database) === 0;
    this.files = files;
    const built = await this.build(files, {}, this.database);
    this.diagnostics = built.ok ? [] : built.diagnostics;
    if (built.ok) {
      this.project = built.project;
      this.evaluated = built.evaluated;
    }
    return { ok: built.ok, diagnostics: this.diagnostics, durationMs: now() - started, wrote: built.ok && fresh };
  }

  /** The database's tables, for the database browser. */
  tables(): TableInfo[] {
    return listTables(this.database);
  }

  /** A recorded query's plan or rows, for the query inspector (read-only, not traced). */
  inspect(what: InspectWhat, sql: string, params: SqlParam[]): Inspection {
    return inspectQuery(this.database, what, sql, params);
  }

  /** Runs a command against the loaded project; its queries come back as a trace. */
  async run(command: SandboxCommand): Promise<CommandRun> {
    const started = now();
    const label = describeCommand(command);
    const trace = (project: Project | undefined): RequestTrace => ({
      ...summarize(project?.tracer.reset() ?? []),
      method: label.method,
      path: label.path,
      status: 0,
      durationMs: now() - started,
    });
    const project = this.project;
    if (!project || this.diagnostics.length > 0) {
      const first = this.diagnostics[0];
      const why = first ? `${first.file}:${first.line}: ${first.message}` : "the project is not loaded yet";
      return { result: { ok: false, text: `The project has errors, so nothing ran: ${why}`, trace: trace(undefined) }, wrote: false };
    }
    project.activate(); // a check or shell run since the last request activated its own project
    project.tracer.reset();
    const writesBefore = project.connection.writes;
    try {
      const outcome = command.command === "shell" ? await this.shell(command.expression) : this.command(project, command);
      const ran = outcome.project ?? project;
      const ok = outcome.ok ?? true;
      const result: CommandResult = {
        ...outcome.made,
        ok,
        text: outcome.text,
        ...(outcome.table ? { table: outcome.table } : {}),
        trace: { ...trace(ran), status: ok ? 200 : 400 },
      };
      return { result, wrote: outcome.wrote ?? project.connection.writes > writesBefore };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      return { result: { ok: false, text: `${err.name}: ${err.message}`, trace: { ...trace(project), status: 500 } }, wrote: false };
    }
  }

  private command(project: Project, command: Exclude<SandboxCommand, { command: "shell" }>): CommandOutcome {
    switch (command.command) {
      case "sql": {
        const result = project.connection.execute(command.statement, command.params ?? []);
        const changed = `${result.rowsModified} row${result.rowsModified === 1 ? "" : "s"} changed.`;
        if (result.columns.length === 0) return { text: changed };
        return { text: `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}.`, table: { columns: result.columns, rows: result.rows } };
      }
      case "flush":
        return { text: `Deleted ${flush(project)} rows from every model's table.` };
      case "loaddata": {
        const count = loaddata(project.apps, JSON.parse(command.json), command.name);
        return { text: `Installed ${count} object(s) from ${command.name}.` };
      }
      case "dumpdata":
        return { text: dumpdata(project) };
      case "manage":
        return fromManage(manage(project, command.name, command.args, command.answers));
      case "createsuperuser":
        return fromManage(createsuperuser(project, command));
    }
  }

  /** Bundles the expression with the project and evaluates it over the same database. */
  private async shell(expression: string): Promise<CommandOutcome> {
    const source = shellSource(this.evaluated?.modules ?? {}, expression);
    const built = await this.build(this.files, { [SHELL_FILE]: source }, this.database);
    if (!built.ok) {
      const first = built.diagnostics[0];
      throw new SyntaxError(first ? first.message : "the expression could not be built");
    }
    const shell = built.evaluated.modules[SHELL_FILE.replace(/\.ts$/, "")]?.default;
    if (typeof shell !== "function") throw new Error("The shell module did not build to a function.");
    const connection = built.project.connection;
    built.project.tracer.reset();
    const writesBefore = connection.writes;
    try {
      const text = repr(await (shell as () => unknown)());
      return { text, project: built.project, wrote: connection.writes > writesBefore };
    } finally {
      // Serving requests goes on with the loaded project, not the shell's copy.
      this.project?.activate();
    }
  }

  async request(request: SandboxRequest): Promise<RequestResult> {
    const started = now();
    const project = this.project;
    if (!project || this.diagnostics.length > 0) {
      const page = compileErrorPage(this.diagnostics);
      return { response: page, trace: { ...summarize([]), method: request.method, path: request.path, status: page.status, durationMs: 0 }, wrote: false };
    }
    const writesBefore = project.connection.writes;
    project.tracer.reset();
    project.tracer.take_unused_relations();
    const recording = record_templates(project.engine);
    const stopSignals = record_signals(signalNames(this.evaluated?.modules ?? {}));
    const httpRequest = new HttpRequest(request);
    let signals: SignalTrace[] = [];
    // Signals are sent outside requests too (the shell, the checks): listen to this request's only.
    const response = await Promise.resolve()
      .then(() => project.handle(httpRequest))
      .finally(() => void (signals = stopSignals()));
    const activity = project.handler.last_activity();
    const templates = recording();
    const queries = project.tracer.reset();
    // Reading a session the view did not read loads it: that query is the trace's, not the request's.
    const session = sessionTrace(httpRequest);
    project.tracer.reset();
    const sandboxResponse = toSandboxResponse(response);
    return {
      response: sandboxResponse,
      trace: {
        ...summarize(queries, project.tracer.take_unused_relations()),
        method: request.method,
        path: request.path,
        status: response.status_code,
        durationMs: now() - started,
        middleware: activity.middleware,
        cache: activity.cache,
        log: activity.log,
        templates,
        signals,
        ...(session ? { session } : {}),
      },
      wrote: project.connection.writes > writesBefore,
    };
  }

  /** Runs a lesson's checks against `files` on a fresh in-memory database. */
  async check(files: ProjectFiles, checks: string): Promise<CheckRun> {
    const database = new this.env.SQL.Database();
    try {
      const built = await this.build(files, { [CHECKS_FILE]: checks }, database);
      if (!built.ok) return { results: [], diagnostics: built.diagnostics };
      const testCase = built.evaluated.modules[CHECKS_FILE.replace(/\.ts$/, "")]?.default;
      if (typeof testCase !== "function") {
        return { results: [], diagnostics: [{ file: "checks.ts", line: 1, column: 1, message: "The checks must `export default` a class extending TestCase." }] };
      }
      const fixtures = parseFixtures(files);
      if (!fixtures.ok) return { results: [], diagnostics: fixtures.diagnostics };
      return { results: runTestCase(built.project, testCase, fixtures.fixtures), diagnostics: [] };
    } finally {
      database.close();
      // The preview goes on with the loaded project (its settings, receivers and caches), not the checks'.
      this.project?.activate();
    }
  }

  exportDatabase(): Uint8Array {
    return this.database.export();
  }

  private async build(
    files: ProjectFiles,
    extra: ProjectFiles,
    database: Database,
  ): Promise<{ ok: true; project: Project; evaluated: EvaluatedProject } | { ok: false; diagnostics: Diagnostic[] }> {
    const bundled = await bundleProject(this.env.esbuild, files, extra);
    if (!bundled.ok) return bundled;
    let evaluated: EvaluatedProject | undefined;
    try {
      reset_receivers(); // a new set of receivers for this load; the Project keeps it (DESIGN decision 4)
      evaluated = evaluateBundle(bundled.bundle, this.sink);
      const fresh = tableCount(database) === 0;
      const tracer = new Tracer();
      const stack = evaluated.stack;
      tracer.resolveOrigin = (trace) => stack.origin(trace);
      const project = setup({ modules: evaluated.modules, templates: templateSources(files), database, tracer });
      project.mapStack = (trace: string) => stack.mapStack(trace);
      // A new database starts migrated, as after `manage.py migrate` (and as Django's test database).
      if (fresh) call_command(project, "migrate", [], {});
      else if (project.migration_warning) this.sink("warn", project.migration_warning);
      if (fresh && Object.keys(extra).length === 0) {
        const fixtures = parseFixtures(files);
        if (!fixtures.ok) return fixtures;
        for (const [name, objects] of Object.entries(fixtures.fixtures)) loaddata(project.apps, objects, name);
      }
      return { ok: true, project, evaluated };
    } catch (error) {
      return { ok: false, diagnostics: [toDiagnostic(error, evaluated)] };
    }
  }
}

interface CommandOutcome {
  /** False when the command refused its input (createsuperuser's field errors); thrown errors fail too. */
  ok?: boolean;
  text: string;
  /** Files, questions and field errors, passed on as they are. */
  made?: Pick<CommandResult, "files" | "questions" | "fieldErrors">;
  table?: { columns: string[]; rows: unknown[][] };
  /** The project the command ran in, when not the loaded one (the shell's), and whether it wrote. */
  project?: Project;
  wrote?: boolean;
}

function fromManage({ ok, text, ...made }: ManageOutcome): CommandOutcome {
  return { ok, text, made };
}

/** How a command shows in the request history: "SQL SELECT …", "SHELL Book.objects…". */
function describeCommand(command: SandboxCommand): { method: string; path: string } {
  switch (command.command) {
    case "sql":
      return { method: "SQL", path: command.statement };
    case "shell":
      return { method: "SHELL", path: command.expression };
    case "loaddata":
      return { method: "COMMAND", path: `loaddata ${command.name}` };
    case "manage":
      return { method: "COMMAND", path: [command.name, ...command.args].join(" ") };
    case "createsuperuser":
      return { method: "COMMAND", path: `createsuperuser ${command.username}` };
    default:
      return { method: "COMMAND", path: command.command };
  }
}

function tableCount(database: Database): number {
  const result = database.exec("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
  return Number(result[0]?.values[0]?.[0] ?? 0);
}

function parseFixtures(files: ProjectFiles): { ok: true; fixtures: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] } {
  const fixtures: Record<string, unknown> = {};
  for (const [name, { file, source }] of Object.entries(fixtureFiles(files))) {
    try {
      fixtures[name] = JSON.parse(source);
    } catch (error) {
      return { ok: false, diagnostics: [{ file, line: 1, column: 1, message: `${file} is not valid JSON: ${(error as Error).message}` }] };
    }
  }
  return { ok: true, fixtures };
}

function toDiagnostic(error: unknown, evaluated: EvaluatedProject | undefined): Diagnostic {
  const err = error instanceof Error ? error : new Error(String(error));
  const location = error instanceof ProjectLoadError ? error.location : evaluated?.stack.origin(err.stack);
  const message = error instanceof ProjectLoadError ? err.message : `${err.name}: ${err.message}`;
  return { file: location?.file ?? "", line: location?.line ?? 1, column: location?.column ?? 1, message };
}

function now(): number {
  return performance.now();
}
