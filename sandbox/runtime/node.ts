/**
 * The sandbox in plain Node, for tests, the CLI and benchmarks: the same runtime as the
 * worker, with Node's esbuild-wasm and sql.js.
 */
import * as esbuild from "esbuild-wasm";
import initSqlJs from "sql.js";
import { Sandbox } from "./sandbox";
import type { ConsoleSink } from "./evaluate";

export { Sandbox };

export async function createNodeSandbox(sink?: ConsoleSink): Promise<Sandbox> {
  const SQL = await initSqlJs();
  return new Sandbox({ esbuild, SQL }, sink);
}
