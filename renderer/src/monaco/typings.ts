import * as monaco from "monaco-editor";
import typings from "../generated/mvt-typings.json";

/** Where the framework's declarations live in Monaco's virtual file system. */
export const MVT_PACKAGE_ROOT = "file:///node_modules/mvt/";

/**
 * Teaches Monaco's TypeScript service the learner's setting: strict TypeScript against
 * `mvt`, whose declarations were generated from the framework's source at build time
 * (scripts/typings.mjs), served as the package `node_modules/mvt`.
 */
export function installMvtTypings(): void {
  const ts = monaco.typescript;
  ts.typescriptDefaults.setCompilerOptions({
    strict: true,
    // Monaco's enum stops at ES2020; ESNext with the ES2022 library is the learner's ES2022.
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    lib: ["es2022"],
    allowNonTsExtensions: true,
    noEmit: true,
  });
  ts.typescriptDefaults.setEagerModelSync(true);
  const libs = Object.entries(typings as Record<string, string>).map(([path, content]) => ({
    filePath: MVT_PACKAGE_ROOT + path,
    content,
  }));
  // The package's entry: module resolution finds node_modules/mvt/index.d.ts.
  libs.push({ filePath: `${MVT_PACKAGE_ROOT}index.d.ts`, content: 'export * from "./framework/index";\n' });
  libs.push({ filePath: "file:///node_modules/@types/mvt-sandbox-globals/index.d.ts", content: SANDBOX_GLOBALS });
  ts.typescriptDefaults.setExtraLibs(libs);
}

/**
 * The globals learner code has beyond ES2022 wherever it runs (the sandbox's Worker, Node for
 * `mvt verify` and an exported project): console (its output goes to the Console panel with
 * the file:line), timers and structuredClone. No DOM and no fetch: the sandbox reaches neither.
 */
const SANDBOX_GLOBALS = `
interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  table(data: unknown, properties?: string[]): void;
}
declare var console: Console;
declare function setTimeout(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
`;
