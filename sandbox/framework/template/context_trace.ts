/**
 * What the request trace shows of each rendered template: its name and its context's
 * variables with a short repr, as django-debug-toolbar's templates panel does. The
 * repr never evaluates a QuerySet or calls `__str__`, so tracing adds no queries.
 */
import type { TemplateTrace } from "../../protocol";
import { pyrepr, reprString } from "../utils/pyrepr";
import type { Context } from "./context";
import type { Engine } from "./engine";
import { SafeString } from "./safestring";

const MAX_LENGTH = 200;
const MAX_ITEMS = 10;

interface ModelLike {
  _meta: { app_label: string; object_name: string };
}

function meta(value: unknown): ModelLike["_meta"] | undefined {
  const candidate = (value as Partial<ModelLike> | null | undefined)?._meta;
  return candidate && typeof candidate.app_label === "string" && typeof candidate.object_name === "string" ? candidate : undefined;
}

/** A short repr of `value` that runs no code of the learner's and no query. */
export function short_repr(value: unknown, depth = 0): string {
  if (value === null || value === undefined || typeof value !== "object") {
    return typeof value === "function" ? `<function ${value.name || "anonymous"}>` : pyrepr(value);
  }
  if (value instanceof SafeString) return reprString(value.toString());
  if (value instanceof Date) return `datetime(${value.toISOString()})`;
  const queryset = meta((value as { model?: unknown }).model);
  if (queryset && "query" in value) return `<<queryset of ${queryset.app_label}.${queryset.object_name}>>`;
  const model = meta(value.constructor);
  if (model) return `<${model.object_name}: pk=${pyrepr((value as { pk?: unknown }).pk)}>`;
  if (depth >= 2) return Array.isArray(value) ? `[${value.length} items]` : "{…}";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => short_repr(item, depth + 1));
    return `[${items.join(", ")}${value.length > MAX_ITEMS ? `, … ${value.length - MAX_ITEMS} more` : ""}]`;
  }
  if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const entries = Object.entries(value).slice(0, MAX_ITEMS).map(([k, v]) => `${reprString(k)}: ${short_repr(v, depth + 1)}`);
    return `{${entries.join(", ")}}`;
  }
  return `<${value.constructor.name || "object"}>`;
}

function truncate(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** The template's variables, innermost value of each name, without the True/False/None builtins. */
function snapshot(context: Context): TemplateTrace["context"] {
  const seen = new Map<string, string>();
  for (const layer of context.dicts.slice(1)) {
    for (const [key, value] of Object.entries(layer)) seen.set(key, truncate(short_repr(value)));
  }
  return [...seen].map(([key, value]) => ({ key, value }));
}

/** Records every template `engine` renders until the returned function is called, which returns them in order. */
export function record_templates(engine: Engine): () => TemplateTrace[] {
  const rendered: TemplateTrace[] = [];
  const stop = engine.on_rendered((template, context) => rendered.push({ name: template.name, context: snapshot(context) }));
  return () => {
    stop();
    return rendered;
  };
}
