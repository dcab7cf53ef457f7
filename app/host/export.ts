/**
 * Exporting a project to a standalone Node project (DESIGN.md, "a graduate"): the
 * project's own files and a copy of its db.sqlite3, the `mvt` framework's TypeScript
 * source in `mvt/`, and manage.ts and server.ts (app/export-template): `npm install &&
 * npm start` runs the project as `python manage.py runserver` runs a Django project.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import rootPackage from "../../package.json";
import { HostInputError } from "./errors";
import { statIfExists } from "./files";
import { DATABASE_FILE, databaseProblem } from "./project-files";

/** Where the export's pieces are read from: the repository (found from the bundle, or from source). */
export interface ExportSources {
  /** sandbox/: framework/, protocol.ts and runtime/. */
  sandbox: string;
  /** app/export-template/: manage.ts, server.ts, build.mjs, tsconfig.json, README.md, gitignore. */
  template: string;
}

export function defaultExportSources(): ExportSources {
  const root = resolve(__dirname, "../..");
  return { sandbox: join(root, "sandbox"), template: join(root, "app/export-template") };
}

export interface ExportSummary {
  /** The project's own files copied (the database not counted). */
  projectFiles: number;
  /** db.sqlite3 was copied (a project that never ran has none: the server makes it, migrated). */
  database: boolean;
  /** Files written under mvt/. */
  frameworkFiles: number;
  /** The files the export adds at its top level. */
  added: string[];
}

/** Files the export writes at the top level; a project with one of its own cannot be exported over it. */
const GENERATED = ["manage.ts", "server.ts", "build.mjs", "package.json", "tsconfig.json", "mvt", "build"];
/** The runtime modules the server shares with MVT Lab (copied into mvt/runtime/). */
const RUNTIME_MODULES = ["modules.ts", "media.ts", "response.ts"];

/**
 * Writes the project in `projectDir` as a runnable Node project in `outDir` (new or
 * empty). Throws a HostInputError, saying what to do, for a folder that is not a project,
 * an out folder that is not empty or lies inside the project, or a damaged database.
 */
export async function exportProject(projectDir: string, outDir: string, sources: ExportSources = defaultExportSources()): Promise<ExportSummary> {
  const root = resolve(projectDir);
  const out = resolve(outDir);
  await checkProject(projectDir, root);
  await checkOut(outDir, out, root);

  const topLevel = new Set(await readdir(root));
  const clashes = GENERATED.filter((name) => topLevel.has(name));
  if (clashes.length > 0) {
    throw new HostInputError(`${projectDir} has its own ${clashes.join(", ")}: the export writes ${clashes.length === 1 ? "that name" : "those names"} itself. Rename ${clashes.length === 1 ? "it" : "them"} in the project first.`);
  }
  const databasePath = join(root, DATABASE_FILE);
  const hasDatabase = (await statIfExists(databasePath))?.isFile() === true;
  if (hasDatabase) {
    const problem = databaseProblem(new Uint8Array(await readFile(databasePath)));
    if (problem) throw new HostInputError(problem);
  }

  await mkdir(out, { recursive: true });
  const projectFiles = await copyTree(root, out, (path, isDirectory) => !isDirectory && path.startsWith(DATABASE_FILE) ? false : keepProjectEntry(path));
  if (hasDatabase) await copyFile(databasePath, join(out, DATABASE_FILE));

  let frameworkFiles = await copyTree(join(sources.sandbox, "framework"), join(out, "mvt/framework"), (path) => !path.endsWith(".test.ts"));
  await copyFile(join(sources.sandbox, "protocol.ts"), join(out, "mvt/protocol.ts"));
  await mkdir(join(out, "mvt/runtime"), { recursive: true });
  for (const name of RUNTIME_MODULES) await copyFile(join(sources.sandbox, "runtime", name), join(out, "mvt/runtime", name));
  await writeFile(join(out, "mvt/index.ts"), MVT_INDEX);
  await writeFile(join(out, "mvt/runtime/index.ts"), RUNTIME_INDEX);
  frameworkFiles += 3 + RUNTIME_MODULES.length;

  const name = packageName(basename(root));
  for (const file of ["manage.ts", "server.ts", "build.mjs", "tsconfig.json"]) await copyFile(join(sources.template, file), join(out, file));
  await copyFile(join(sources.template, "gitignore"), join(out, ".gitignore"));
  await writeFile(join(out, "package.json"), `${JSON.stringify(packageJson(name), null, 2)}\n`);
  const readme = (await readFile(join(sources.template, "README.md"), "utf8")).replaceAll("{{name}}", name);
  const readmeName = topLevel.has("README.md") ? "RUNNING.md" : "README.md";
  await writeFile(join(out, readmeName), readme);

  return { projectFiles, database: hasDatabase, frameworkFiles, added: ["manage.ts", "server.ts", "build.mjs", "package.json", "tsconfig.json", readmeName, ".gitignore", "mvt/"] };
}

/** Refuses a folder that is not an mvt project (shared with the Django export). */
export async function checkProject(given: string, root: string): Promise<void> {
  const stats = await statIfExists(root);
  if (!stats?.isDirectory()) throw new HostInputError(`${given} is not a folder: give the path of an mvt project (the folder with settings.ts).`);
  if (!(await statIfExists(join(root, "settings.ts")))?.isFile()) {
    throw new HostInputError(`${given} is not an mvt project: it has no settings.ts. A project folder has settings.ts, urls.ts and a folder per app, as a Django project does.`);
  }
}

/** Refuses an out folder inside the project, a file, or a folder that is not empty (shared with the Django export). */
export async function checkOut(given: string, out: string, root: string): Promise<void> {
  const inside = relative(root, out);
  if (inside === "" || (!inside.startsWith("..") && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside))) {
    throw new HostInputError(`${given} is inside the project: export to a folder outside it, e.g. ${join(resolve(root, ".."), `${basename(root)}-node`)}.`);
  }
  const stats = await statIfExists(out);
  if (!stats) return;
  if (!stats.isDirectory()) throw new HostInputError(`${given} is a file: give a new or empty folder to export into.`);
  const entries = await readdir(out);
  if (entries.length > 0) {
    throw new HostInputError(`${given} is not empty (it has ${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", ..." : ""}): export writes a new project, so give a new or empty folder; nothing was written.`);
  }
}

/** The project's files, not the app's: no dotfiles, node_modules, or database backups. */
function keepProjectEntry(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return !name.startsWith(".") && name !== "node_modules";
}

/** Copies the files under `from` that `keep` accepts into `to`; returns how many. */
async function copyTree(from: string, to: string, keep: (path: string, isDirectory: boolean) => boolean, prefix = ""): Promise<number> {
  let count = 0;
  await mkdir(join(to, prefix), { recursive: true });
  for (const entry of await readdir(join(from, prefix), { withFileTypes: true })) {
    const path = prefix + entry.name;
    if (!keep(path, entry.isDirectory())) continue;
    if (entry.isDirectory()) count += await copyTree(from, to, keep, `${path}/`);
    else if (entry.isFile()) {
      await copyFile(join(from, path), join(to, path));
      count += 1;
    }
  }
  return count;
}

/** An npm package name from a folder name: "My Blog" -> "my-blog". */
function packageName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|[-]+$/g, "");
  return name || "mvt-project";
}

const versions = { ...rootPackage.dependencies, ...rootPackage.devDependencies };

function packageJson(name: string): Record<string, unknown> {
  return {
    name,
    version: "0.1.0",
    private: true,
    description: "An MVT Lab project, exported to run on Node: npm install && npm start",
    engines: { node: ">=20" },
    scripts: {
      build: "node build.mjs",
      start: "node build.mjs && node --enable-source-maps build/manage.cjs runserver",
      manage: "node build.mjs && node --enable-source-maps build/manage.cjs",
      typecheck: "tsc -p .",
    },
    // The versions MVT Lab itself runs (and bundles its CLI with).
    dependencies: { esbuild: versions.esbuild, "sql.js": versions["sql.js"] },
    devDependencies: { "@types/node": versions["@types/node"], "@types/sql.js": versions["@types/sql.js"], typescript: versions.typescript },
  };
}

const MVT_INDEX = `/** The mvt framework, as MVT Lab runs it: \`import { models, path, render } from "mvt"\`. */
export * from "./framework";
`;

const RUNTIME_INDEX = `/** The pieces of MVT Lab's runtime the server shares: module and template names, uploads, responses. */
export { fixtureFiles, moduleName, sourceFiles, templateSources } from "./modules";
export { loadMedia, takeMediaChanges } from "./media";
export { toSandboxResponse } from "./response";
export type { MediaFiles, ProjectFiles, SandboxRequest, SandboxResponse } from "../protocol";
`;
