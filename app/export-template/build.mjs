// Bundles the project for Node: manage.ts and server.ts with every module of the project
// (settings.ts, urls.ts, <app>/models.ts, views.ts, ...) into build/manage.cjs, which
// `npm start` (manage.cjs runserver) and `npm run manage -- <command>` run.
// "mvt" resolves to ./mvt (tsconfig.json's paths); sql.js stays in node_modules.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
/** Not the project's modules: the framework, dependencies, the build, uploads, static files. */
const SKIP = new Set(["node_modules", "mvt", "build", "media", "static", "server.ts", "manage.ts"]);

/** Every .ts/.tsx/.js file of the project, "/"-separated. */
function walk(prefix = "", found = {}) {
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".") || (prefix === "" && SKIP.has(entry.name))) continue;
    const path = prefix + entry.name;
    if (entry.isDirectory()) walk(`${path}/`, found);
    else if (/\.(ts|tsx|js)$/.test(path)) found[path] = "";
  }
  return found;
}

/** A TypeScript module of ours, compiled on the fly (mvt/runtime/modules.ts has MVT Lab's rules). */
async function importTs(file) {
  const result = await build({ entryPoints: [file], bundle: true, write: false, format: "esm", platform: "node", logLevel: "silent" });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

// The same rules as MVT Lab: "posts/views.ts" is the module "posts.views", settings first, then models.
const { sourceFiles, moduleName } = await importTs(join(root, "mvt/runtime/modules.ts"));
const files = sourceFiles(walk());
const entry = [
  'import { manage } from "./manage";',
  ...files.map((file, i) => `import * as m${i} from "./${file}";`),
  "const modules = {",
  ...files.map((file, i) => `  ${JSON.stringify(moduleName(file))}: m${i},`),
  "};",
  'manage(process.argv.slice(2), { root: require("node:path").resolve(__dirname, ".."), modules }).then(',
  "  (code) => { if (code !== undefined) process.exit(code); },",
  "  (error) => { console.error(error); process.exit(1); },",
  ");",
].join("\n");

try {
  await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: "build/main.ts", loader: "ts" },
    absWorkingDir: root,
    tsconfig: join(root, "tsconfig.json"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: join(root, "build/manage.cjs"),
    external: ["sql.js"],
    sourcemap: "inline",
    keepNames: true,
    logLevel: "error",
  });
} catch {
  // esbuild has printed the errors, with file:line.
  process.exit(1);
}
