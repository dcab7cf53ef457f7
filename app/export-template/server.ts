/**
 * The project's development server, as Django's `python manage.py runserver` (`npm start`
 * runs `manage.ts runserver`): loads the project with mvt's public API (setup), answers
 * HTTP on 127.0.0.1:8000 (PORT to change), serves static/ and media/ files, and saves
 * db.sqlite3 after each request that wrote.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import initSqlJs, { type Database } from "sql.js";
import { call_command, loaddata, setup, type Project } from "./mvt";
import { fixtureFiles, loadMedia, takeMediaChanges, templateSources, toSandboxResponse, type MediaFiles, type ProjectFiles, type SandboxRequest, type SandboxResponse } from "./mvt/runtime";

export interface ProjectOptions {
  /** The project folder (the one with settings.ts). */
  root: string;
  /** The project's modules by dotted name: "settings", "urls", "posts.models", ... (build.mjs finds them). */
  modules: Record<string, Record<string, unknown>>;
}

export interface LoadedProject {
  project: Project;
  files: ProjectFiles;
  /** Writes db.sqlite3 when the database changed since the last save (or `always`). */
  save(always?: boolean): void;
}

const DATABASE_FILE = "db.sqlite3";
/** Folders that are not the project's code, templates or fixtures. */
const NOT_PROJECT = new Set(["node_modules", "mvt", "build", "media", "static"]);

/** Sets the project up over db.sqlite3; a new database starts migrated, with the fixtures loaded (as in MVT Lab). */
export async function loadProject({ root, modules }: ProjectOptions): Promise<LoadedProject> {
  const files = readTextFiles(root);
  const databasePath = join(root, DATABASE_FILE);
  const SQL = await initSqlJs();
  const database = existsSync(databasePath) ? new SQL.Database(readFileSync(databasePath)) : new SQL.Database();
  const fresh = tableCount(database) === 0;
  const project = setup({ modules, templates: templateSources(files), database });
  if (fresh) {
    call_command(project, "migrate", [], {});
    for (const [name, { source }] of Object.entries(fixtureFiles(files))) loaddata(project.apps, JSON.parse(source), name);
  }
  let writesSaved = fresh ? -1 : project.connection.writes;
  const save = (always = false) => {
    if (!always && project.connection.writes === writesSaved) return;
    writesSaved = project.connection.writes;
    writeAtomically(databasePath, database.export());
  };
  return { project, files, save };
}

export interface RunserverOptions extends ProjectOptions {
  port?: number;
  host?: string;
}

export async function runserver(options: RunserverOptions): Promise<Server> {
  const { root, modules } = options;
  const { project, save } = await loadProject(options);
  save();
  if (project.migration_warning) console.warn(project.migration_warning);
  loadMedia(readMedia(join(root, "media")));
  const statics = staticFolders(root);
  const staticUrl = staticPrefix(modules["settings"]?.["STATIC_URL"]);

  const server = createServer((req, res) => {
    void answer(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("A server error occurred: see the server's output.\n");
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = toRequest(req, await readBody(req));
    const response = staticResponse(statics, staticUrl, request) ?? (await handle(project, request));
    writeResponse(res, request.method, response);
    log(request, response);
    save();
    for (const change of takeMediaChanges()) writeMedia(join(root, "media"), change.path, change.bytes);
  }

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((ready) => server.listen(options.port ?? 8000, host, ready));
  const { port } = server.address() as AddressInfo;
  console.log(`Starting development server at http://${host}:${port}/\nQuit the server with CONTROL-C.`);
  return server;
}

async function handle(project: Project, request: SandboxRequest): Promise<SandboxResponse> {
  const { response } = await project.request(request);
  return toSandboxResponse(response);
}

/** A Node request as the framework's plain request: method, path, headers, body. */
function toRequest(req: IncomingMessage, body: Buffer): SandboxRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const request: SandboxRequest = { method: req.method ?? "GET", path: req.url ?? "/", headers };
  if (body.length === 0) return request;
  // Uploads carry bytes; forms and JSON are text.
  const binary = (headers["content-type"] ?? "").startsWith("multipart/") || !isUtf8(body);
  return binary ? { ...request, bodyBase64: body.toString("base64") } : { ...request, body: body.toString("utf8") };
}

function writeResponse(res: ServerResponse, method: string, response: SandboxResponse): void {
  const body = response.bodyBase64 !== undefined ? Buffer.from(response.bodyBase64, "base64") : Buffer.from(response.body, "utf8");
  for (const [name, value] of Object.entries(response.headers)) {
    // Set-Cookie comes as one value per line; HTTP wants one header per cookie.
    res.setHeader(name, name === "set-cookie" ? value.split("\n") : value);
  }
  res.setHeader("content-length", String(body.length));
  res.writeHead(response.status, response.reason);
  res.end(method === "HEAD" ? undefined : body);
}

/** runserver's log line: [03/Dec/2026 14:30:00] "GET /posts/1/ HTTP/1.1" 200 1234 */
function log(request: SandboxRequest, response: SandboxResponse): void {
  const now = new Date();
  const month = now.toLocaleString("en", { month: "short" });
  const time = now.toTimeString().slice(0, 8);
  const size = response.bodyBase64 !== undefined ? Buffer.from(response.bodyBase64, "base64").length : Buffer.byteLength(response.body);
  console.log(`[${String(now.getDate()).padStart(2, "0")}/${month}/${now.getFullYear()} ${time}] "${request.method} ${request.path} HTTP/1.1" ${response.status} ${size}`);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => done(Buffer.concat(chunks)));
    req.on("error", fail);
  });
}

/** STATIC_URL from settings, as an absolute path ending in "/" (Django's usual "/static/" by default). */
function staticPrefix(setting: unknown): string {
  if (typeof setting !== "string" || !setting || /^[a-z]+:\/\//i.test(setting)) return "/static/";
  const absolute = setting.startsWith("/") ? setting : `/${setting}`;
  return absolute.endsWith("/") ? absolute : `${absolute}/`;
}

/** Where static files are looked for, in order: static/, then each app's <app>/static/ (as runserver's finders). */
function staticFolders(root: string): string[] {
  const apps = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !NOT_PROJECT.has(entry.name))
    .map((entry) => join(root, entry.name, "static"))
    .sort();
  return [join(root, "static"), ...apps].filter((folder) => existsSync(folder));
}

const STATIC_TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8", js: "text/javascript; charset=utf-8", mjs: "text/javascript; charset=utf-8",
  json: "application/json", svg: "image/svg+xml", txt: "text/plain; charset=utf-8", html: "text/html; charset=utf-8",
  map: "application/json", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp",
  ico: "image/x-icon", woff: "font/woff", woff2: "font/woff2", ttf: "font/ttf",
};

/** A file under STATIC_URL, answered from the static folders; null when the path is not one (or not found: the URL conf decides). */
function staticResponse(folders: string[], prefix: string, request: SandboxRequest): SandboxResponse | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const bare = request.path.split(/[?#]/)[0] ?? "";
  if (!bare.startsWith(prefix)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(bare.slice(prefix.length));
  } catch {
    return null;
  }
  if (!rest || rest.includes("\\") || rest.split("/").some((part) => part === ".." || part === "." || part === "")) return null;
  for (const folder of folders) {
    const file = join(folder, ...rest.split("/"));
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const type = STATIC_TYPES[rest.slice(rest.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream";
    return { status: 200, reason: "OK", headers: { "content-type": type }, body: "", bodyBase64: readFileSync(file).toString("base64") };
  }
  return null;
}

/** The project's templates and fixtures (the text the framework reads), by "/"-separated path. */
function readTextFiles(root: string, prefix = "", files: ProjectFiles = {}): ProjectFiles {
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".") || (prefix === "" && NOT_PROJECT.has(entry.name))) continue;
    const path = prefix + entry.name;
    if (entry.isDirectory()) readTextFiles(root, `${path}/`, files);
    else if (entry.isFile() && /(^|\/)(templates|fixtures)\//.test(path)) files[path] = readFileSync(join(root, path), "utf8");
  }
  return files;
}

function readMedia(folder: string, prefix = "", media: MediaFiles = {}): MediaFiles {
  if (!existsSync(join(folder, prefix))) return media;
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = prefix + entry.name;
    if (entry.isDirectory()) readMedia(folder, `${path}/`, media);
    else if (entry.isFile()) media[path] = new Uint8Array(readFileSync(join(folder, path)));
  }
  return media;
}

/** Mirrors an upload saved (bytes) or deleted (none) by the framework's default_storage in media/. */
function writeMedia(folder: string, path: string, bytes: Uint8Array | undefined): void {
  if (path.split("/").some((part) => part === ".." || part === "")) return;
  const file = join(folder, ...path.split("/"));
  if (bytes) writeAtomically(file, bytes);
  else rmSync(file, { force: true });
}

/** Through a temporary file renamed over the target: a crash leaves the old file or the new, never half. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

function tableCount(database: Database): number {
  return Number(database.exec("SELECT count(*) FROM sqlite_master WHERE type = 'table'")[0]?.values[0]?.[0] ?? 0);
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
