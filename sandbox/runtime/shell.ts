/**
 * The expression runner ("shell"): a TypeScript expression evaluated against the
 * project's models, bundled with the project like the checks are. Every model class of
 * every app is in scope by name, and `mvt` as a namespace, as in `shell_plus`.
 */
import { models } from "../framework";
import type { ProjectModules } from "./evaluate";

export const SHELL_FILE = "__shell__.ts";

/** The shell module: imports the models by name, exports a function returning the expression. */
export function shellSource(modules: ProjectModules, expression: string): string {
  const imports: string[] = ['import * as mvt from "mvt";'];
  const seen = new Set<string>(["mvt"]);
  for (const [name, exports] of Object.entries(modules)) {
    if (!name.endsWith(".models")) continue;
    const classes = Object.entries(exports)
      .filter(([key, value]) => isModelClass(value) && !seen.has(key))
      .map(([key]) => key);
    classes.forEach((key) => seen.add(key));
    if (classes.length > 0) imports.push(`import { ${classes.join(", ")} } from "./${name.split(".").join("/")}";`);
  }
  // The expression on its own lines, so a syntax error points at it.
  return `${imports.join("\n")}\nvoid mvt;\nexport default function shell(): unknown {\n  return (\n${expression}\n  );\n}\n`;
}

function isModelClass(value: unknown): boolean {
  return typeof value === "function" && value.prototype instanceof models.Model;
}

const MAX_ITEMS = 21;

/** A value as Django's shell prints it: `<Book: Dune>`, `<QuerySet [<Book: Dune>, ...]>`. */
export function repr(value: unknown, depth = 0): string {
  if (value instanceof models.Model) return `<${value.constructor.name}: ${String(value)}>`;
  if (value instanceof models.QuerySet) return `<QuerySet [${items(value, depth)}]>`;
  if (Array.isArray(value)) return `[${items(value, depth)}]`;
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
  if (typeof value === "object" && value !== null && depth < 3) {
    if (value instanceof Date) return value.toISOString();
    const entries = Object.entries(value).map(([key, inner]) => `${key}: ${repr(inner, depth + 1)}`);
    return `{ ${entries.join(", ")} }`;
  }
  return String(value);
}

function items(iterable: Iterable<unknown>, depth: number): string {
  const shown: string[] = [];
  for (const item of iterable) {
    if (shown.length === MAX_ITEMS - 1) {
      shown.push("...(remaining elements truncated)...");
      break;
    }
    shown.push(repr(item, depth + 1));
  }
  return shown.join(", ");
}
