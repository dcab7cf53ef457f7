/**
 * setup(): one loaded project (DESIGN decision 4). Reads the settings module, builds
 * the database connection, the app registry and tables, the URL resolver and the
 * template engine; `project.request()` answers a request like a server would.
 */
import type { SandboxRequest, SourceLocation } from "../protocol";
import { Apps } from "./apps/registry";
import { ImproperlyConfigured } from "./core/exceptions";
import { Tracer } from "./core/trace";
import { Connection, type SqlJsDatabaseLike } from "./db/backends/sqljs/base";
import { create_tables } from "./db/schema";
import { get_response, type HandlerHost, type MaybePromise } from "./handlers/base";
import { HttpRequest } from "./http/request";
import type { HttpResponse } from "./http/response";
import { Engine } from "./template/engine";
import type { Library } from "./template/library";
import { set_engine } from "./template/loader";
import { set_urlconf } from "./urls/base";
import { RegexPattern } from "./urls/patterns";
import { URLResolver } from "./urls/resolvers";

export interface SetupOptions {
  /** The project's modules by dotted name: "settings", "urls", "books.models", ... */
  modules: Record<string, Record<string, unknown>>;
  /** Template sources by name: "books/list.html". */
  templates?: Record<string, string>;
  /** A sql.js Database (or anything with the same prepare/run). */
  database: SqlJsDatabaseLike;
  tracer?: Tracer;
}

/** A loaded project: its settings, database, apps, URLs and templates. */
export class Project implements HandlerHost {
  readonly debug: boolean;
  readonly root_urlconf: string;
  readonly tracer: Tracer;
  readonly connection: Connection;
  readonly apps: Apps;
  readonly resolver: URLResolver;
  readonly engine: Engine;
  /** Installed by the runtime: maps a JavaScript stack to the learner's TypeScript frames. */
  mapStack?: (stack: string) => SourceLocation[];

  constructor(readonly options: SetupOptions) {
    const { modules } = options;
    const settings = modules["settings"];
    if (!settings) throw new ImproperlyConfigured("No settings module: create settings.ts exporting DEBUG, INSTALLED_APPS and ROOT_URLCONF.");
    this.debug = settings["DEBUG"] === true;
    const installed = settings["INSTALLED_APPS"] ?? [];
    if (!Array.isArray(installed) || installed.some((a) => typeof a !== "string")) {
      throw new ImproperlyConfigured('settings.INSTALLED_APPS must be a list of app names, e.g. ["books"].');
    }
    const urlconf = settings["ROOT_URLCONF"] ?? "urls";
    if (typeof urlconf !== "string") throw new ImproperlyConfigured('settings.ROOT_URLCONF must be a module name, e.g. "urls".');
    this.root_urlconf = urlconf;
    if (!modules[urlconf]) throw new ImproperlyConfigured(`ROOT_URLCONF is '${urlconf}', but there is no module '${urlconf}': create ${urlconf.replace(/\./g, "/")}.ts exporting urlpatterns.`);

    this.tracer = options.tracer ?? new Tracer();
    this.connection = new Connection(options.database, this.tracer);
    this.apps = new Apps(this.connection);
    this.apps.populate(installed as string[], modules);
    create_tables(this.apps);

    this.resolver = new URLResolver(new RegexPattern("^/"), urlconf);
    this.resolver.bind((name) => modules[name]);
    this.engine = new Engine({ templates: options.templates ?? {}, tracer: this.tracer, ...templateOptions(settings["TEMPLATES"]) });
    this.activate();
  }

  /** Makes reverse(), resolve() and render() use this project. */
  activate(): void {
    set_urlconf(this.resolver);
    set_engine(this.engine);
  }

  /** Handles a request: sync for sync views, a Promise for async ones. Never throws. */
  handle(request: HttpRequest): MaybePromise<HttpResponse> {
    this.activate();
    return get_response(this, request);
  }

  /** Handles a plain request from the sandbox: `project.request({ method: "GET", path: "/books/" })`. */
  async request(init: SandboxRequest): Promise<{ response: HttpResponse }> {
    return { response: await this.handle(new HttpRequest(init)) };
  }
}

/** Sets up a project from its modules, templates and database. */
export function setup(options: SetupOptions): Project {
  return new Project(options);
}

/** The engine options in settings.TEMPLATES[0].OPTIONS (string_if_invalid, autoescape, libraries, builtins). */
function templateOptions(templates: unknown): { string_if_invalid?: string; autoescape?: boolean; libraries?: Record<string, Library>; builtins?: Library[] } {
  if (templates === undefined) return {};
  const first: unknown = Array.isArray(templates) ? templates[0] : undefined;
  const options: unknown = typeof first === "object" && first !== null ? (first as Record<string, unknown>)["OPTIONS"] : undefined;
  if (!Array.isArray(templates) || (options !== undefined && (typeof options !== "object" || options === null))) {
    throw new ImproperlyConfigured("settings.TEMPLATES must be a list like [{ OPTIONS: { string_if_invalid: \"\" } }].");
  }
  const o = (options ?? {}) as Record<string, unknown>;
  return {
    ...(typeof o["string_if_invalid"] === "string" ? { string_if_invalid: o["string_if_invalid"] } : {}),
    ...(typeof o["autoescape"] === "boolean" ? { autoescape: o["autoescape"] } : {}),
    ...(typeof o["libraries"] === "object" && o["libraries"] !== null ? { libraries: o["libraries"] as Record<string, Library> } : {}),
    ...(Array.isArray(o["builtins"]) ? { builtins: o["builtins"] as Library[] } : {}),
  };
}
