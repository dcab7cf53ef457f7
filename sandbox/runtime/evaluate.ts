/**
 * Evaluates a bundled project. The bundle is CommonJS whose only external is `mvt`,
 * which resolves to the framework already loaded in this realm.
 */
import * as mvt from "../framework";
import type { SourceLocation } from "../protocol";
import type { Bundle } from "./bundler";
import { BUNDLE_URL, StackMapper } from "./stack";

export type ProjectModules = Record<string, Record<string, unknown>>;

/** Where learner console output goes, with the learner's file:line. */
export type ConsoleSink = (level: "log" | "warn" | "error", text: string, origin?: SourceLocation) => void;

export interface EvaluatedProject {
  modules: ProjectModules;
  stack: StackMapper;
}

const PARAMS = ["require", "module", "exports", "console"] as const;
/** Lines `new Function` puts before the body, measured once in this engine. */
const LINE_OFFSET = measureLineOffset();

export class ProjectLoadError extends Error {
  constructor(message: string, readonly location: SourceLocation | undefined) {
    super(message);
    this.name = "ProjectLoadError";
  }
}

export function evaluateBundle(bundle: Bundle, sink: ConsoleSink): EvaluatedProject {
  const stack = new StackMapper(bundle.map, LINE_OFFSET);
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    if (name === "mvt") return mvt;
    throw new Error(`Cannot import "${name}" here.`);
  };
  const learnerConsole = makeConsole(sink, stack);
  try {
    const run = new Function(...PARAMS, `${bundle.code}\n//# sourceURL=${BUNDLE_URL}`);
    run(require, module, module.exports, learnerConsole);
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    throw new ProjectLoadError(`${err.name}: ${err.message}`, stack.origin(err.stack));
  }
  const modules = module.exports.modules as ProjectModules;
  return { modules, stack };
}

function makeConsole(sink: ConsoleSink, stack: StackMapper): Pick<Console, "log" | "info" | "debug" | "warn" | "error"> {
  const emit = (level: "log" | "warn" | "error") => (...args: unknown[]) => {
    sink(level, args.map(format).join(" "), stack.origin(new Error().stack));
  };
  return { log: emit("log"), info: emit("log"), debug: emit("log"), warn: emit("warn"), error: emit("error") };
}

function format(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === "object" && value !== null && value.toString !== Object.prototype.toString
      ? String(value)
      : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function measureLineOffset(): number {
  const probe = new Function(`return new Error().stack;\n//# sourceURL=${BUNDLE_URL}`) as () => string;
  const match = new RegExp(`${BUNDLE_URL.replace(/\./g, "\\.")}:(\\d+)`).exec(probe());
  return match ? Number(match[1]) - 1 : 2;
}
