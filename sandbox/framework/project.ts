/**
 * setup(): one loaded project (DESIGN decision 4). Reads the settings module, builds
 * the database connection, the app registry and tables, the URL resolver and the
 * template engine; `project.request()` answers a request like a server would.
 */
import type { SandboxRequest, SourceLocation } from "../protocol";
import { Apps, set_active_apps } from "./apps/registry";
import { ImproperlyConfigured } from "./core/exceptions";
import { Tracer } from "./core/trace";
import { Connection, type SqlJsDatabaseLike } from "./db/backends/sqljs/base";
import { configure } from "./conf/settings";
import type { RequestActivity } from "./handlers/activity";
import { BaseHandler, type HandlerHost, type MaybePromise } from "./handlers/base";
import { load_middleware } from "./middleware/registry";
import { HttpRequest } from "./http/request";
import type { HttpResponse } from "./http/response";
import { Engine } from "./template/engine";
import { engine_options } from "./template/backends";
import { set_engine } from "./template/loader";
import { set_urlconf } from "./urls/base";
import { RegexPattern } from "./urls/patterns";
import { URLResolver } from "./urls/resolvers";
import { builtin_modules, with_dependencies } from "./contrib/builtin";
import "./contrib/auth";
import "./contrib/messages";
import { migrate_on_load } from "./core/management/sync";
import { set_default_connection } from "./db/connection";
import { connect_auth_signals } from "./contrib/auth/management";
import { set_model_lookup } from "./contrib/auth/get_user_model";
import { CacheHandler, use_caches } from "./core/cache";
import { current_receivers, use_receivers, type ReceiverSet } from "./dispatch/dispatcher";
import "./middleware/builtins";

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
  readonly handler: BaseHandler;
  private readonly settings: Record<string, unknown>;
  /** The signal receivers this load connected (its modules evaluated just before setup). */
  private readonly receivers: ReceiverSet = current_receivers();
  /** This load's caches: a reload starts with empty ones, as a restarted server. */
  private readonly caches = new CacheHandler();
  /** runserver's warning when migrations are unapplied, else "". */
  readonly migration_warning: string;
  /** Installed by the runtime: maps a JavaScript stack to the learner's TypeScript frames. */
  mapStack?: (stack: string) => SourceLocation[];

  constructor(readonly options: SetupOptions) {
    const { modules } = options;
    const settings = modules["settings"];
    if (!settings) throw new ImproperlyConfigured("No settings module: create settings.ts exporting DEBUG, INSTALLED_APPS and ROOT_URLCONF.");
    this.settings = settings;
    configure(settings);
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
    const apps = with_dependencies(installed as string[]);
    this.apps.populate(apps, { ...builtin_modules(), ...modules });
    // As Django's AuthConfig.ready(): permissions are made after migrate, not on every load.
    if (apps.some((a) => /^(mvt|django)\.contrib\.auth$/.test(a))) connect_auth_signals();
    // As Django: apps without migrations get their tables now; the others through migrate.
    this.migration_warning = migrate_on_load(this);

    this.resolver = new URLResolver(new RegexPattern("^/"), urlconf);
    this.resolver.bind((name) => modules[name]);
    this.engine = new Engine({ templates: options.templates ?? {}, tracer: this.tracer, ...engine_options(settings, modules) });
    this.handler = new BaseHandler(this, load_middleware(settings["MIDDLEWARE"] ?? [], modules));
    this.activate();
  }

  /** Makes reverse(), resolve(), render() and signals use this project. */
  activate(): void {
    configure(this.settings);
    use_receivers(this.receivers);
    use_caches(this.caches);
    set_default_connection(this.connection);
    set_active_apps(this.apps);
    set_model_lookup((label) => this.apps.get_model(label));
    set_urlconf(this.resolver);
    set_engine(this.engine);
  }

  /** Handles a request: sync for sync views, a Promise for async ones. Never throws. */
  handle(request: HttpRequest): MaybePromise<HttpResponse> {
    this.activate();
    return this.handler.get_response(request);
  }

  /** Handles a plain request from the sandbox: `project.request({ method: "GET", path: "/books/" })`; `activity` is its middleware, cache and log trace. */
  async request(init: SandboxRequest): Promise<{ response: HttpResponse; activity: RequestActivity }> {
    const response = await this.handle(new HttpRequest(init));
    return { response, activity: this.handler.last_activity() };
  }
}

/** Sets up a project from its modules, templates and database. */
export function setup(options: SetupOptions): Project {
  return new Project(options);
}
