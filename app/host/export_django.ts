/**
 * Exporting a project to a real Django 3.2 project (DESIGN.md, "a graduate"): the project
 * is loaded with the framework (bundled and set up over a copy of its db.sqlite3, as
 * `mvt manage` loads it), then models.py and admin.py are written from each model's
 * `_meta`, urls.py from the resolved URL patterns, views.py by translating the views it
 * can read reliably (stubs that raise otherwise), settings.py from settings.ts, and the
 * data as a fixture. Templates, static files, fixtures and media are copied unchanged;
 * migrations are made by Django's own makemigrations when Django is importable.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import * as esbuild from "esbuild-wasm";
import initSqlJs from "sql.js";
import { call_command, reset_receivers, setup, type Project } from "../../sandbox/framework";
import * as auth from "../../sandbox/framework/contrib/auth";
import type { Field } from "../../sandbox/framework/db/models/fields";
import type { ModelClass } from "../../sandbox/framework/db/models/model_class";
import { URLPattern, URLResolver, type UrlEntry } from "../../sandbox/framework/urls/resolvers";
import { RegexPattern } from "../../sandbox/framework/urls/patterns";
import type { ProjectFiles } from "../../sandbox/protocol";
import { bundleProject } from "../../sandbox/runtime/bundler";
import { quoteName } from "../../sandbox/runtime/database";
import { evaluateBundle, type ProjectModules } from "../../sandbox/runtime/evaluate";
import { templateSources } from "../../sandbox/runtime/modules";
import { HostInputError } from "./errors";
import { checkOut, checkProject } from "./export";
import { adminSource, modelSource, pyStr, pyValue } from "./export_django_python";
import { exportedStatement, tryTranslateView, viewStub, type ViewScope } from "./export_django_views";
import { statIfExists } from "./files";
import { DATABASE_FILE, databaseProblem, readProjectTree } from "./project-files";

export interface DjangoExportOptions {
  /** The Python that runs makemigrations (default: $MVT_PYTHON, else python3 on PATH). */
  python?: string;
}

export interface DjangoExportSummary {
  /** The Python package holding settings.py, urls.py and wsgi.py. */
  projectPackage: string;
  apps: string[];
  models: number;
  /** Views translated to Python, and those left as stubs to port by hand ("app.views.name: why"). */
  viewsTranslated: string[];
  viewsToPort: string[];
  /** Rows written to data.json (0 and no file when the project has no db.sqlite3). */
  dataObjects: number;
  /** Files copied unchanged: templates, static, fixtures, media. */
  copied: number;
  /** What makemigrations printed, or why it did not run. */
  migrations: { ran: boolean; ok: boolean; text: string };
  /** Things to port by hand (also in the export's README). */
  todo: string[];
  readme: string;
}

/** Installed apps that become Django's, and what each needs alongside it. */
const CONTRIB_APPS: Record<string, string[]> = {
  "mvt.contrib.auth": ["django.contrib.auth", "django.contrib.contenttypes"],
  "mvt.contrib.contenttypes": ["django.contrib.contenttypes"],
  "mvt.contrib.sessions": ["django.contrib.sessions"],
  "mvt.contrib.messages": ["django.contrib.messages"],
  "mvt.contrib.admin": ["django.contrib.admin"],
  "mvt.contrib.staticfiles": ["django.contrib.staticfiles"],
};
/** The admin (every export registers its models) and what it needs. */
const ADMIN_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles"];
/** Django's middleware in startproject's order. */
const MIDDLEWARE_ORDER = [
  "django.middleware.security.SecurityMiddleware",
  "django.contrib.sessions.middleware.SessionMiddleware",
  "django.middleware.common.CommonMiddleware",
  "django.middleware.csrf.CsrfViewMiddleware",
  "django.contrib.auth.middleware.AuthenticationMiddleware",
  "django.contrib.messages.middleware.MessageMiddleware",
  "django.middleware.clickjacking.XFrameOptionsMiddleware",
];
const ADMIN_MIDDLEWARE = [MIDDLEWARE_ORDER[1], MIDDLEWARE_ORDER[4], MIDDLEWARE_ORDER[5]];
const CONTEXT_PROCESSORS = ["django.template.context_processors.debug", "django.template.context_processors.request", "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages"];
/** Settings carried over as they are, when settings.ts sets them. */
const CARRIED_SETTINGS = ["STATIC_URL", "MEDIA_URL", "LOGIN_URL", "LOGIN_REDIRECT_URL", "LOGOUT_REDIRECT_URL", "ALLOWED_HOSTS", "APPEND_SLASH", "LANGUAGE_CODE", "SESSION_COOKIE_AGE", "SESSION_COOKIE_NAME", "CSRF_COOKIE_NAME", "PASSWORD_RESET_TIMEOUT", "DATE_FORMAT", "DATETIME_FORMAT"];
/** Settings the export writes itself or that have no Django meaning. */
const HANDLED_SETTINGS = new Set(["DEBUG", "SECRET_KEY", "INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF", "TEMPLATES", "DATABASES", "MEDIA_ROOT", "STATIC_ROOT", "STATICFILES_DIRS", "AUTH_USER_MODEL", "TIME_ZONE", "USE_TZ", ...CARRIED_SETTINGS]);

/**
 * Writes the project in `projectDir` as a Django project in `outDir` (new or empty).
 * Refuses what the Node export refuses (HostInputError), and a project that does not load.
 */
export async function exportDjangoProject(projectDir: string, outDir: string, options: DjangoExportOptions = {}): Promise<DjangoExportSummary> {
  const root = resolve(projectDir);
  const out = resolve(outDir);
  await checkProject(projectDir, root);
  await checkOut(outDir, out, root);
  const databasePath = join(root, DATABASE_FILE);
  const database = (await statIfExists(databasePath))?.isFile() ? new Uint8Array(await readFile(databasePath)) : undefined;
  const problem = database && databaseProblem(database);
  if (problem) throw new HostInputError(problem);

  const tree = await readProjectTree(root);
  const loaded = await loadProject(tree.files, database, projectDir);
  const { project, modules } = loaded;
  const settings = modules["settings"] ?? {};
  const installed = stringList(settings["INSTALLED_APPS"]);
  const projectApps = installed.filter((app) => !/^(mvt|django)\./.test(app));
  const pkg = packageName(basename(root), projectApps);
  const models = project.apps.get_models().filter((m) => !m._meta.auto_created);
  const todo: string[] = [];

  await mkdir(out, { recursive: true });
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), text);
  };

  // Files copied unchanged: everything that is not TypeScript (templates, static, fixtures, media, app static).
  let copied = 0;
  for (const path of Object.keys(tree.files)) {
    if (/\.(ts|tsx|js)$/.test(path)) continue;
    if (path === "README.md") {
      await write("PROJECT_README.md", tree.files[path] ?? "");
      continue;
    }
    await write(path, tree.files[path] ?? "");
    copied++;
  }
  for (const { path } of tree.unreadable) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await copyFile(join(root, path), join(out, path));
    copied++;
  }
  copied += await copyMedia(root, out);
  // The TypeScript, for reference while porting.
  for (const path of Object.keys(tree.files).filter((p) => /\.(ts|tsx|js)$/.test(p))) await write(`mvt_source/${path}`, tree.files[path] ?? "");

  // Apps: models.py, admin.py, apps.py, migrations/.
  const appModels = new Map(projectApps.map((app) => [app, models.filter((m) => m._meta.app_label === app.split(".").pop())]));
  for (const app of projectApps) {
    const dir = app.split(".").join("/");
    const label = app.split(".").pop() ?? app;
    const mine = appModels.get(app) ?? [];
    const tsModels = tree.files[`${dir}/models.ts`];
    const classes = mine.map((model) => modelSource(model, tsModels && toStringSource(tsModels, model._meta.object_name), models));
    const imports = ["from django.db import models"];
    if (classes.some((c) => c.includes("settings.AUTH_USER_MODEL"))) imports.unshift("from django.conf import settings");
    await write(`${dir}/__init__.py`, "");
    await write(`${dir}/models.py`, `${imports.join("\n")}\n\n\n${classes.join("\n\n\n")}\n`);
    await write(`${dir}/admin.py`, adminSource(mine));
    await write(`${dir}/apps.py`, `from django.apps import AppConfig\n\n\nclass ${camel(label)}Config(AppConfig):\n    default_auto_field = "django.db.models.AutoField"\n    name = ${pyStr(app)}\n`);
    await write(`${dir}/migrations/__init__.py`, "");
    for (const path of Object.keys(tree.files)) {
      if (path.startsWith(`${dir}/`) && /\.(ts|tsx)$/.test(path) && !/\/(models|views|urls)\.ts$|\/migrations\//.test(path)) {
        todo.push(`${path}: not translated (its TypeScript is in mvt_source/${path}); port it to Python by hand.`);
      }
    }
    if (classes.some((c) => c.includes("# TODO"))) todo.push(`${dir}/models.py: see its TODO comments.`);
  }

  // URLs and views.
  const urls = urlModules(project, modules, pkg);
  const viewsTranslated: string[] = [];
  const viewsToPort: string[] = [];
  for (const [moduleName, source] of urls.files) await write(pythonFile(moduleName, pkg), source);
  for (const [viewsModule, names] of urls.views) {
    const tsFile = `${viewsModule.split(".").join("/")}.ts`;
    const text = tree.files[tsFile] ?? "";
    const scope: ViewScope = { models: new Map(models.map((m) => [m._meta.object_name, m._meta.app_label])) };
    const functions: string[] = [];
    const uses = new Set<string>();
    for (const [name, kind] of names) {
      const statement = exportedStatement(text, name);
      if (kind === "class") {
        functions.push([`# TODO: port the class-based view ${name} by hand. The TypeScript:`, ...(statement ?? "").split("\n").map((l) => `#   ${l.trimEnd()}`), `class ${name}(View):`, "    def dispatch(self, request, *args, **kwargs):", '        raise NotImplementedError("port this view from views.ts")'].join("\n"));
        uses.add("View");
        viewsToPort.push(`${viewsModule}.${name}: a class-based view`);
        continue;
      }
      const translated = statement ? tryTranslateView(name, statement, scope) : { reason: "its source was not found" };
      if ("python" in translated) {
        functions.push(translated.python);
        for (const use of translated.uses) uses.add(use);
        viewsTranslated.push(`${viewsModule}.${name}`);
      } else {
        functions.push(viewStub(name, statement, translated.reason, "request, *args, **kwargs"));
        viewsToPort.push(`${viewsModule}.${name}: ${translated.reason}`);
      }
    }
    const appOfLabel = new Map(projectApps.map((a) => [a.split(".").pop() ?? a, a]));
    const modelApps = new Map([...scope.models].map(([name, label]) => [name, appOfLabel.get(label) ?? label]));
    await write(pythonFile(viewsModule, pkg), viewsFile(uses, functions, modelApps));
  }
  for (const entry of viewsToPort) todo.push(`view ${entry}: a stub that raises NotImplementedError; port it from views.ts.`);

  // Settings, urls, wsgi, manage.py.
  const settingsText = settingsSource(settings, pkg, projectApps, todo);
  await write(`${pkg}/__init__.py`, "");
  await write(`${pkg}/settings.py`, settingsText);
  await write(`${pkg}/wsgi.py`, `"""WSGI config for ${pkg}."""\nimport os\n\nfrom django.core.wsgi import get_wsgi_application\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "${pkg}.settings")\n\napplication = get_wsgi_application()\n`);
  await write("manage.py", MANAGE_PY.replaceAll("{{pkg}}", pkg));
  await write("requirements.txt", "django>=3.2,<5\n");
  await write(".gitignore", "__pycache__/\n*.pyc\ndb.sqlite3\n.venv/\n");

  // The data.
  let dataObjects = 0;
  if (database) {
    const objects = dumpForDjango(project, models, installed.includes("mvt.contrib.auth"));
    dataObjects = objects.length;
    await write("data.json", `${JSON.stringify(objects, null, 2)}\n`);
  }

  // Migrations, by Django itself.
  const migrations = makeMigrations(out, projectApps.map((a) => a.split(".").pop() ?? a), options.python ?? process.env["MVT_PYTHON"] ?? findPython());
  if (!migrations.ok) todo.unshift(`migrations: ${migrations.ran ? "makemigrations failed" : "not made"}; run \`python manage.py makemigrations ${projectApps.join(" ")}\` once Django is installed.`);

  const readmeName = "README.md";
  const readme = readmeSource({ pkg, name: basename(root), apps: projectApps, viewsTranslated, viewsToPort, todo, data: dataObjects > 0 || database !== undefined, migrations });
  await write(readmeName, readme);
  return { projectPackage: pkg, apps: projectApps, models: models.filter((m) => projectApps.some((a) => a.split(".").pop() === m._meta.app_label)).length, viewsTranslated, viewsToPort, dataObjects, copied, migrations, todo, readme: readmeName };
}

/** Bundles, evaluates and sets up the project over a copy of its database (a fresh one is migrated). */
async function loadProject(files: ProjectFiles, database: Uint8Array | undefined, given: string): Promise<{ project: Project; modules: ProjectModules }> {
  const SQL = await initSqlJs();
  const db = database ? new SQL.Database(database) : new SQL.Database();
  const bundled = await bundleProject(esbuild, files);
  if (!bundled.ok) {
    const first = bundled.diagnostics[0];
    throw new HostInputError(`${given} does not build (${first ? `${first.file}:${first.line}: ${first.message}` : "unknown error"}): fix it in MVT Lab first, then export.`);
  }
  try {
    reset_receivers();
    const { modules } = evaluateBundle(bundled.bundle, () => undefined);
    const project = setup({ modules, templates: templateSources(files), database: db });
    if (!database) call_command(project, "migrate", [], {});
    return { project, modules };
  } catch (error) {
    throw new HostInputError(`${given} does not load (${error instanceof Error ? error.message : String(error)}): fix it in MVT Lab first, then export.`);
  }
}

async function copyMedia(root: string, out: string): Promise<number> {
  const { readdir } = await import("node:fs/promises");
  let count = 0;
  const walk = async (prefix: string): Promise<void> => {
    const dir = join(root, prefix);
    if (!(await statIfExists(dir))?.isDirectory()) return;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        await mkdir(dirname(join(out, path)), { recursive: true });
        await copyFile(join(root, path), join(out, path));
        count++;
      }
    }
  };
  await walk("media");
  return count;
}

/** The project package: the folder's name as a Python identifier, not clashing with an app. */
function packageName(folder: string, apps: string[]): string {
  let name = folder.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "site";
  if (/^\d/.test(name)) name = `project_${name}`;
  if (apps.some((a) => a.split(".")[0] === name) || ["django", "test", "site", "mvt_source", "static", "templates", "media", "fixtures"].includes(name)) name = `${name}_project`;
  return name;
}

function camel(label: string): string {
  return label.split("_").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** "posts.urls" -> posts/urls.py; the root "urls" -> <pkg>/urls.py. */
function pythonFile(moduleName: string, pkg: string): string {
  return moduleName.includes(".") ? `${moduleName.split(".").join("/")}.py` : `${pkg}/${moduleName}.py`;
}

function pythonModule(moduleName: string, pkg: string): string {
  return moduleName.includes(".") ? moduleName : `${pkg}.${moduleName}`;
}

/** A model's `toString() { ... }` in models.ts, for the comment when it is not translated. */
function toStringSource(source: string, className: string): string | undefined {
  const start = source.search(new RegExp(`class\\s+${className}\\b`));
  if (start < 0) return undefined;
  const at = source.indexOf("toString(", start);
  const next = source.slice(start + 1).search(/\bclass\s+\w+/);
  if (at < 0 || (next >= 0 && at > start + 1 + next)) return undefined;
  let depth = 0;
  for (let i = source.indexOf("{", at); i < source.length; i++) {
    if (source[i] === "{") depth++;
    if (source[i] === "}" && --depth === 0) return source.slice(at, i + 1);
  }
  return undefined;
}

// ---- urls ----

interface UrlFiles {
  /** Python module name ("urls", "posts.urls") -> source. */
  files: Map<string, string>;
  /** Views module ("posts.views") -> the view names used, function or class. */
  views: Map<string, Map<string, "function" | "class">>;
}

/** The module and export name of a value in the project's modules. */
function findExport(modules: ProjectModules, value: unknown): { module: string; name: string } | undefined {
  for (const [module, exports] of Object.entries(modules)) {
    for (const [name, exported] of Object.entries(exports)) if (exported === value) return { module, name };
  }
  return undefined;
}

function urlModules(project: Project, modules: ProjectModules, pkg: string): UrlFiles {
  const result: UrlFiles = { files: new Map(), views: new Map() };
  const authViews = new Set<unknown>(Object.values(auth.views as Record<string, unknown>));
  const visit = (moduleName: string, entries: readonly UrlEntry[]): void => {
    const lines: string[] = [];
    const isRoot = moduleName === project.root_urlconf;
    const adminRoute = isRoot && !entries.some((e) => String(e.pattern).replace(/^\^/, "").startsWith("admin/"));
    if (adminRoute) lines.push('    path("admin/", admin.site.urls),  # added by the export: the models are registered in each admin.py');
    const imports = new Set<string>();
    let staticServe = false;
    const appName = modules[moduleName]?.["app_name"];
    entries.forEach((entry, index) => {
      const route = String(entry.pattern);
      const regex = entry.pattern instanceof RegexPattern;
      const fn = regex ? "re_path" : "path";
      const routeText = regex ? pyStr(route.replace(/\(\?<(\w+)>/g, "(?P<$1>")) : pyStr(route);
      if (entry instanceof URLResolver) {
        const target = typeof entry.urlconf_name === "string" ? entry.urlconf_name : undefined;
        if (!target) {
          lines.push(`    # TODO: an include() of an inline list at ${pyStr(route)} was not exported: port it by hand.`);
          return;
        }
        visit(target, entry.url_patterns);
        const included = entry.namespace && entry.namespace !== modules[target]?.["app_name"] ? `include(${pyStr(pythonModule(target, pkg))}, namespace=${pyStr(entry.namespace)})` : `include(${pyStr(pythonModule(target, pkg))})`;
        imports.add("include");
        imports.add(fn);
        lines.push(`    ${fn}(${routeText}, ${included}),`);
        return;
      }
      const pattern = entry as URLPattern;
      const name = pattern.name ? `, name=${pyStr(pattern.name)}` : "";
      const extra = Object.keys(pattern.default_args).length ? `, ${safeValue(pattern.default_args)}` : "";
      const callback = pattern.callback as unknown as { view_class?: unknown; view_initkwargs?: Record<string, unknown> };
      const found = findExport(modules, pattern.callback) ?? (callback.view_class ? findExport(modules, callback.view_class) : undefined);
      imports.add(fn);
      if (callback.view_class && authViews.has(callback.view_class)) {
        const cls = (callback.view_class as { name: string }).name;
        imports.add("auth_views");
        lines.push(`    ${fn}(${routeText}, auth_views.${cls}.as_view(${initkwargs(callback.view_initkwargs)})${extra}${name}),`);
        return;
      }
      if (!found && regex && /\(\?<path>\.\*\)\$$/.test(route)) {
        staticServe = true;
        return;
      }
      if (!found || !/\.?views$/.test(found.module)) {
        lines.push(`    # TODO: urlpatterns[${index}] (${route}) points at a view outside a views module: port it by hand.`);
        return;
      }
      const kind = callback.view_class && found.name === (callback.view_class as { name: string }).name ? "class" : "function";
      const names = result.views.get(found.module) ?? new Map<string, "function" | "class">();
      names.set(found.name, kind);
      result.views.set(found.module, names);
      const alias = found.module.split(".").join("_");
      imports.add(`views:${found.module}`);
      const view = kind === "class" ? `${alias}.${found.name}.as_view(${initkwargs(callback.view_initkwargs)})` : `${alias}.${found.name}`;
      lines.push(`    ${fn}(${routeText}, ${view}${extra}${name}),`);
    });
    const header: string[] = [`"""URLs, exported from ${moduleName.split(".").join("/")}.ts."""`];
    if (staticServe) header.push("from django.conf import settings", "from django.conf.urls.static import static");
    if (adminRoute) {
      header.push("from django.contrib import admin");
      imports.add("path");
    }
    if (imports.has("auth_views")) header.push("from django.contrib.auth import views as auth_views");
    const urlFns = ["include", "path", "re_path"].filter((f) => imports.has(f));
    if (urlFns.length) header.push(`from django.urls import ${urlFns.join(", ")}`);
    for (const item of imports) {
      if (!item.startsWith("views:")) continue;
      const module = item.slice("views:".length);
      const py = pythonModule(module, pkg);
      header.push(`import ${py} as ${module.split(".").join("_")}`);
    }
    const body = [...header, ""];
    if (typeof appName === "string") body.push(`app_name = ${pyStr(appName)}`, "");
    body.push("urlpatterns = [", ...lines, "]");
    if (staticServe) body.push("", "# The media files, served with DEBUG on (mvt: static_(MEDIA_URL))", "urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)");
    result.files.set(moduleName, `${body.join("\n")}\n`);
  };
  visit(project.root_urlconf, project.resolver.url_patterns);
  return result;
}

function initkwargs(kwargs: Record<string, unknown> | undefined): string {
  return Object.entries(kwargs ?? {}).map(([k, v]) => `${k}=${safeValue(v)}`).join(", ");
}

function safeValue(value: unknown): string {
  try {
    return pyValue(value);
  } catch {
    return "None  # TODO: a value that has no Python literal";
  }
}

function viewsFile(uses: Set<string>, functions: string[], modelApps: ReadonlyMap<string, string>): string {
  const lines = ['"""Views, exported from views.ts: translated where the TypeScript was a simple view, stubs to port otherwise."""'];
  const shortcuts = ["get_list_or_404", "get_object_or_404", "redirect", "render"].filter((s) => uses.has(s));
  if (uses.has("login_required")) lines.push("from django.contrib.auth.decorators import login_required");
  const http = ["Http404", "HttpResponse", "HttpResponseNotFound", "HttpResponseRedirect", "JsonResponse"].filter((s) => uses.has(s));
  if (http.length) lines.push(`from django.http import ${http.join(", ")}`);
  if (shortcuts.length) lines.push(`from django.shortcuts import ${shortcuts.join(", ")}`);
  if (uses.has("View")) lines.push("from django.views import View");
  const models = [...uses].filter((u) => u.startsWith("model:")).map((u) => u.slice(6));
  if (models.length) lines.push("", ...modelImports(models, modelApps));
  return `${lines.join("\n")}\n\n\n${functions.join("\n\n\n")}\n`;
}

function modelImports(names: string[], modelApps: ReadonlyMap<string, string>): string[] {
  const byApp = new Map<string, string[]>();
  for (const name of names.sort()) {
    const app = modelApps.get(name) ?? "";
    byApp.set(app, [...(byApp.get(app) ?? []), name]);
  }
  return [...byApp].map(([app, list]) => `from ${app}.models import ${list.join(", ")}`);
}

// ---- settings ----

function settingsSource(settings: Record<string, unknown>, pkg: string, apps: string[], todo: string[]): string {
  const installed = stringList(settings["INSTALLED_APPS"]);
  const contrib = new Set<string>(ADMIN_APPS);
  for (const app of installed) {
    if (!app.startsWith("mvt.")) continue;
    const mapped = CONTRIB_APPS[app];
    if (mapped) for (const m of mapped) contrib.add(m);
    else todo.push(`INSTALLED_APPS: ${app} has no Django counterpart the export knows; add one by hand if needed.`);
  }
  const orderedContrib = [...ADMIN_APPS, ...[...contrib].filter((a) => !ADMIN_APPS.includes(a))];
  const middleware = new Set<string>(ADMIN_MIDDLEWARE.filter((m): m is string => m !== undefined));
  const unknownMiddleware: string[] = [];
  for (const m of stringList(settings["MIDDLEWARE"])) {
    const mapped = m.replace(/^mvt\./, "django.");
    if (MIDDLEWARE_ORDER.includes(mapped)) middleware.add(mapped);
    else unknownMiddleware.push(m);
  }
  for (const m of unknownMiddleware) todo.push(`MIDDLEWARE: ${m} was not carried over (no Django counterpart the export knows): port it by hand.`);
  const templates = settings["TEMPLATES"];
  const processors = new Set(CONTEXT_PROCESSORS);
  const givenProcessors = Array.isArray(templates) ? templates.flatMap((t) => stringList((t as { OPTIONS?: { context_processors?: unknown } }).OPTIONS?.context_processors)) : [];
  for (const p of givenProcessors) {
    const mapped = p.replace(/^mvt\./, "django.");
    // Django always adds the csrf context processor.
    if (mapped === "django.template.context_processors.csrf") continue;
    if (/^django\.(template\.context_processors|contrib\.auth\.context_processors|contrib\.messages\.context_processors)\.\w+$/.test(mapped)) processors.add(mapped);
    else todo.push(`TEMPLATES: the context processor ${p} was not carried over: port it by hand.`);
  }
  const lines = [
    `"""`,
    `Django settings for ${pkg}, exported from MVT Lab's settings.ts.`,
    "",
    "Django 3.2: https://docs.djangoproject.com/en/3.2/ref/settings/",
    `"""`,
    "from pathlib import Path",
    "",
    "BASE_DIR = Path(__file__).resolve().parent.parent",
    "",
    "# A fresh key made by the export (the one in settings.ts was not copied). Keep it secret,",
    "# and read it from the environment in production.",
    `SECRET_KEY = ${pyStr(`django-insecure-${randomBytes(24).toString("base64url")}`)}`,
    "",
    `DEBUG = ${settings["DEBUG"] === true ? "True" : "False"}`,
    "",
    `ALLOWED_HOSTS = ${pyValue(stringList(settings["ALLOWED_HOSTS"]).length ? stringList(settings["ALLOWED_HOSTS"]) : ["127.0.0.1", "localhost", "testserver"])}`,
    "",
    "INSTALLED_APPS = [",
    ...orderedContrib.map((a) => `    ${pyStr(a)},`),
    ...apps.map((a) => `    ${pyStr(a)},`),
    "]",
    "",
    "# The admin needs sessions, auth and messages; mvt's middleware maps to Django's.",
    "MIDDLEWARE = [",
    ...MIDDLEWARE_ORDER.filter((m) => middleware.has(m)).map((m) => `    ${pyStr(m)},`),
    "]",
    "",
    `ROOT_URLCONF = ${pyStr(`${pkg}.urls`)}`,
    "",
    "TEMPLATES = [",
    "    {",
    '        "BACKEND": "django.template.backends.django.DjangoTemplates",',
    '        "DIRS": [BASE_DIR / "templates"],',
    '        "APP_DIRS": True,',
    '        "OPTIONS": {',
    '            "context_processors": [',
    ...[...processors].map((p) => `                ${pyStr(p)},`),
    "            ],",
    "        },",
    "    },",
    "]",
    "",
    `WSGI_APPLICATION = ${pyStr(`${pkg}.wsgi.application`)}`,
    "",
    "DATABASES = {",
    '    "default": {',
    '        "ENGINE": "django.db.backends.sqlite3",',
    '        "NAME": BASE_DIR / "db.sqlite3",',
    "    }",
    "}",
    "",
    "# mvt's implicit id is an integer AutoField.",
    'DEFAULT_AUTO_FIELD = "django.db.models.AutoField"',
    "",
    "# mvt stores datetimes in UTC, as Django does with USE_TZ.",
    "USE_TZ = True",
    `TIME_ZONE = ${pyStr(typeof settings["TIME_ZONE"] === "string" ? settings["TIME_ZONE"] : "UTC")}`,
    "USE_I18N = True",
    "USE_L10N = True",
    "",
    `STATIC_URL = ${pyStr(typeof settings["STATIC_URL"] === "string" ? settings["STATIC_URL"] : "/static/")}`,
    'STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []',
    `MEDIA_URL = ${pyStr(typeof settings["MEDIA_URL"] === "string" ? settings["MEDIA_URL"] : "/media/")}`,
    'MEDIA_ROOT = BASE_DIR / "media"',
  ];
  if (typeof settings["AUTH_USER_MODEL"] === "string") lines.push(`AUTH_USER_MODEL = ${pyStr(settings["AUTH_USER_MODEL"])}`);
  const carried = CARRIED_SETTINGS.filter((k) => k !== "STATIC_URL" && k !== "MEDIA_URL" && settings[k] !== undefined);
  if (carried.length) lines.push("", "# Carried over from settings.ts.", ...carried.map((k) => `${k} = ${safeValue(settings[k])}`));
  const others = Object.keys(settings).filter((k) => /^[A-Z][A-Z0-9_]*$/.test(k) && !HANDLED_SETTINGS.has(k));
  if (others.length) {
    lines.push("", "# Other settings from settings.ts, as they were: check each has the same meaning in Django.");
    for (const k of others) lines.push(`${k} = ${safeValue(settings[k])}`);
  }
  return `${lines.join("\n")}\n`;
}

// ---- data ----

/** The rows of the project's models (and users and groups), as a Django fixture. */
function dumpForDjango(project: Project, models: readonly ModelClass[], withAuth: boolean): unknown[] {
  const wanted = models.filter((m) => (withAuth && ["auth.group", "auth.user"].includes(m._meta.label_lower)) || !/^(auth|contenttypes|sessions|admin|messages)$/.test(m._meta.app_label));
  const objects: unknown[] = [];
  for (const model of wanted) {
    const meta = model._meta;
    const pk = meta.pk;
    const rows = project.connection.execute(`SELECT * FROM ${quoteName(meta.db_table)} ORDER BY ${quoteName(pk.column)}`);
    for (const row of rows.rows) {
      const byColumn = new Map(rows.columns.map((column, i) => [column, row[i]]));
      const fields: Record<string, unknown> = {};
      for (const field of meta.fields) {
        if (field.primary_key) continue;
        fields[field.name] = djangoValue(field, byColumn.get(field.column));
      }
      const pkValue = byColumn.get(pk.column);
      for (const m2m of meta.many_to_many) {
        // Permission keys are Django's own after migrate: mvt's would point at the wrong rows.
        if (m2m.related_model._meta.label_lower === "auth.permission") continue;
        if (!m2m.deconstruct().kwargs.through) fields[m2m.name] = relatedKeys(project, m2m, pkValue);
      }
      objects.push({ model: meta.label_lower, pk: pkValue, fields });
    }
  }
  return objects;
}

/** A stored value as Django's loaddata reads it. */
function djangoValue(field: Field, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (field.get_internal_type()) {
    case "BooleanField":
    case "NullBooleanField":
      return Boolean(raw);
    case "DateTimeField":
      return typeof raw === "string" ? `${raw.replace(" ", "T")}Z` : raw;
    case "JSONField":
      try {
        return typeof raw === "string" ? JSON.parse(raw) : raw;
      } catch {
        return raw;
      }
    case "DecimalField":
      return String(raw);
    default:
      return raw;
  }
}

/** The target keys of a many-to-many field for one row, through its automatic table. */
function relatedKeys(project: Project, field: Field, pk: unknown): unknown[] {
  const through = (field as unknown as { resolved?: { through: ModelClass; source_key: Field; target_key: Field } }).resolved;
  if (!through) return [];
  const sql = `SELECT ${quoteName(through.target_key.column)} FROM ${quoteName(through.through._meta.db_table)} WHERE ${quoteName(through.source_key.column)} = ? ORDER BY 1`;
  return project.connection.execute(sql, [pk]).rows.map((r) => r[0]);
}

// ---- makemigrations ----

/** python3 on PATH when it has Django, else Debian's /usr/bin/python3 when that has it, else python3. */
function findPython(): string {
  for (const python of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(python, ["-c", "import django"], { encoding: "utf8" }).status === 0) return python;
  }
  return "python3";
}

/** Runs Django's makemigrations in the export, when `python` can import Django 3.2 to 4.x. */
function makeMigrations(out: string, labels: string[], python: string): { ran: boolean; ok: boolean; text: string } {
  const probe = spawnSync(python, ["-c", "import django; print(django.get_version())"], { encoding: "utf8" });
  const version = probe.status === 0 ? probe.stdout.trim() : undefined;
  if (!version) return { ran: false, ok: false, text: `${python} cannot import Django (${(probe.error?.message ?? probe.stderr.trim().split("\n").pop()) || "no output"}), so no migrations were made.` };
  if (!/^(3\.2|4\.)/.test(version)) return { ran: false, ok: false, text: `${python} has Django ${version}; the export targets 3.2 to 4.x, so no migrations were made.` };
  const ran = spawnSync(python, ["manage.py", "makemigrations", ...labels, "--noinput"], { cwd: out, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
  return { ran: true, ok: ran.status === 0, text: `Django ${version}: ${`${ran.stdout}${ran.stderr}`.trim()}` };
}

// ---- files ----

const MANAGE_PY = `#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""
import os
import sys


def main():
    """Run administrative tasks."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{{pkg}}.settings")
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError(
            "Couldn't import Django. Are you sure it's installed and "
            "available on your PYTHONPATH environment variable? Did you "
            "forget to activate a virtual environment?"
        ) from exc
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
`;

interface ReadmeFacts {
  pkg: string;
  name: string;
  apps: string[];
  viewsTranslated: string[];
  viewsToPort: string[];
  todo: string[];
  data: boolean;
  migrations: { ran: boolean; ok: boolean; text: string };
}

function readmeSource(facts: ReadmeFacts): string {
  const apps = facts.apps.join(" ");
  const lines = [
    `# ${facts.name}, as a Django project`,
    "",
    "Exported from MVT Lab (`mvt export <project> <out> --to django`) for Django 3.2 (any Django from 3.2 to 4.x should do).",
    "",
    "## Run it",
    "",
    "```sh",
    "python3 -m venv .venv && . .venv/bin/activate",
    'pip install "django>=3.2,<5"',
    ...(facts.migrations.ok ? [] : [`python manage.py makemigrations ${apps}`]),
    "python manage.py migrate",
    ...(facts.data ? ["python manage.py loaddata data.json    # the rows of the project's db.sqlite3"] : ["python manage.py loaddata <fixture>     # the project had no db.sqlite3: load fixtures/ instead"]),
    "python manage.py createsuperuser      # for /admin/ (users in data.json keep their passwords)",
    "python manage.py runserver            # http://127.0.0.1:8000/",
    "```",
    "",
    "## What was translated",
    "",
    `- \`${facts.pkg}/settings.py\`: from settings.ts. mvt's apps, middleware and context processors map to Django's (\`mvt.contrib.auth\` is \`django.contrib.auth\` with contenttypes); the admin and what it needs (sessions, auth, messages, staticfiles) are always installed. SECRET_KEY is a fresh one, not the one from settings.ts.`,
    `- \`${facts.pkg}/urls.py\` and each app's \`urls.py\`: from the URL patterns the project resolves (routes, names, \`app_name\` namespaces, \`include()\`); mvt's auth views are \`django.contrib.auth.views\`. The admin is routed at \`admin/\` (unless the project had that route).`,
    "- each app's `models.py`: generated from the loaded models' `_meta` (each field's deconstruction, as mvt's makemigrations writes it, and the Meta options), not from the TypeScript text; `__str__` from `toString()` where it is `return this.x` or a template literal over fields.",
    "- each app's `admin.py`: every model registered, `list_display` from its first fields.",
    `- migrations: ${facts.migrations.ok ? "made by Django's own `makemigrations` when the project was exported" : `not made (${facts.migrations.text}); run \`python manage.py makemigrations ${apps}\` before \`migrate\``}. The TypeScript migrations were not translated: Django's makemigrations writes an initial migration for the models as they are now, which is what the data in data.json fits. The migration history (and any RunCode/RunSQL data migrations) stays in \`mvt_source/\`.`,
    "- `data.json`: every row of the project's models, and its users and groups (password hashes are Django's format, so logins carry over), read from db.sqlite3; content types, permissions and sessions are left out (Django makes its own). Permissions given to users and groups are not carried (Django numbers its permissions itself).",
    "- `templates/`, `static/`, each app's `templates/` and `static/`, `fixtures/` and `media/`: copied unchanged (the template language is Django's).",
    "- `mvt_source/`: the project's TypeScript, for reference while porting.",
    "",
    `Views translated to Python (${facts.viewsTranslated.length}): ${facts.viewsTranslated.length ? facts.viewsTranslated.map((v) => `\`${v}\``).join(", ") : "none"}. A view is translated only when every statement in it is one the export reads reliably (render, redirect, JsonResponse, get_object_or_404, objects.all/filter/exclude/get/create/select_related/prefetch_related/order_by, if/else over request.method and the like); otherwise it is a stub.`,
    "",
    "## Port by hand",
    "",
  ];
  if (facts.todo.length === 0) lines.push("Nothing the export knows of; still, run the pages and read the code.");
  else lines.push(...facts.todo.map((t) => `- ${t}`));
  lines.push("", "Each stub keeps the TypeScript in a comment and raises `NotImplementedError(\"port this view from views.ts\")`, so an untranslated page fails loudly instead of behaving differently.", "");
  return lines.join("\n");
}

