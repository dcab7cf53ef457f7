/**
 * Bundles a project's TypeScript with esbuild-wasm, from memory. `mvt` stays external:
 * the framework is loaded once and handed to every bundle, never re-bundled.
 */
import type * as esbuild from "esbuild-wasm";
import type { Diagnostic, ProjectFiles } from "../protocol";
import { moduleName, sourceFiles } from "./modules";

/** The part of esbuild's API the bundler needs (the browser and Node builds both have it). */
export type EsbuildApi = Pick<typeof esbuild, "build">;

export interface Bundle {
  code: string;
  /** Source map JSON; its sources are project paths ("books/views.ts"). */
  map: string;
}

export type BundleResult = { ok: true; bundle: Bundle } | { ok: false; diagnostics: Diagnostic[] };

const ENTRY = "__mvt_entry__.ts";
const NAMESPACE = "project";
const EXTENSIONS = ["", ".ts", ".tsx", ".js", "/index.ts", "/index.js"];

/**
 * The entry imports every module of the project and exports them by dotted name, so the
 * framework can find `settings`, `urls`, `books.models` and `include("books.urls")`.
 */
export function entrySource(files: ProjectFiles, extra: string[] = []): string {
  const paths = [...sourceFiles(files), ...extra];
  const imports = paths.map((file, i) => `import * as m${i} from "./${file}";`);
  const entries = paths.map((file, i) => `  ${JSON.stringify(moduleName(file))}: m${i},`);
  return `${imports.join("\n")}\nexport const modules = {\n${entries.join("\n")}\n};\n`;
}

export async function bundleProject(
  api: EsbuildApi,
  files: ProjectFiles,
  extra: ProjectFiles = {},
): Promise<BundleResult> {
  const all: ProjectFiles = { ...files, ...extra };
  const entry = entrySource(files, Object.keys(extra));
  try {
    const result = await api.build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: "cjs",
      platform: "neutral",
      target: "es2022",
      outfile: "bundle.js",
      sourcemap: "external",
      sourcesContent: false,
      keepNames: true,
      logLevel: "silent",
      external: ["mvt"],
      plugins: [projectPlugin(all, entry)],
    });
    const code = result.outputFiles.find((f) => f.path.endsWith(".js"))?.text ?? "";
    const map = result.outputFiles.find((f) => f.path.endsWith(".map"))?.text ?? "{}";
    return { ok: true, bundle: { code, map: stripNamespace(map) } };
  } catch (error) {
    return { ok: false, diagnostics: toDiagnostics(error) };
  }
}

function projectPlugin(files: ProjectFiles, entry: string): esbuild.Plugin {
  return {
    name: "mvt-project",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return { path: ENTRY, namespace: NAMESPACE };
        if (args.path === "mvt") return { path: "mvt", external: true };
        if (!args.path.startsWith(".")) {
          return {
            errors: [{ text: `Cannot import "${args.path}": a project can import "mvt" and its own files (with a relative path like "./models").` }],
          };
        }
        const base = args.importer === ENTRY ? "" : dirname(args.importer);
        const wanted = normalize(join(base, args.path));
        const found = EXTENSIONS.map((ext) => wanted + ext).find((candidate) => candidate in files);
        if (found === undefined) {
          return { errors: [{ text: `Cannot find "${args.path}" (looked for ${wanted}.ts in the project).` }] };
        }
        return { path: found, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const contents = args.path === ENTRY ? entry : files[args.path];
        if (contents === undefined) return { errors: [{ text: `No file ${args.path} in the project.` }] };
        return { contents, loader: args.path.endsWith(".js") ? "js" : args.path.endsWith(".json") ? "json" : "ts" };
      });
    },
  };
}

function toDiagnostics(error: unknown): Diagnostic[] {
  const errors = (error as { errors?: esbuild.Message[] }).errors;
  if (!Array.isArray(errors)) return [{ file: "", line: 1, column: 1, message: String(error) }];
  return errors.map((message) => ({
    file: message.location ? message.location.file.replace(`${NAMESPACE}:`, "") : "",
    line: message.location?.line ?? 1,
    column: (message.location?.column ?? 0) + 1,
    message: message.text,
  }));
}

function stripNamespace(map: string): string {
  const parsed = JSON.parse(map) as { sources?: string[] };
  parsed.sources = (parsed.sources ?? []).map((source) => source.replace(`${NAMESPACE}:`, ""));
  return JSON.stringify(parsed);
}

function dirname(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}

function join(base: string, relative: string): string {
  return base ? `${base}/${relative}` : relative;
}

/** Resolves "." and ".." segments; a path that climbs out of the project keeps its "..". */
function normalize(file: string): string {
  const out: string[] = [];
  for (const part of file.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
