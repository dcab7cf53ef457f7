/**
 * The Django export's Python writer: values, fields, models.py and admin.py, generated
 * from the loaded models (their `_meta` and the fields' deconstruct(), which the
 * migration writer also uses), never from the TypeScript text.
 */
import { ModelState } from "../../sandbox/framework/db/migrations/state";
import { BaseConstraint } from "../../sandbox/framework/db/models/constraints";
import { Field } from "../../sandbox/framework/db/models/fields";
import { Index } from "../../sandbox/framework/db/models/indexes";
import type { ModelClass } from "../../sandbox/framework/db/models/model_class";
import { Q } from "../../sandbox/framework/db/models/query_utils";

/** A value the writer cannot put in Python source; the caller writes a comment instead. */
export class NotPython extends Error {}

/** A Python string literal (JSON's escapes are Python's). */
export function pyStr(text: string): string {
  return JSON.stringify(text);
}

/** A literal value as Python source: None, True, numbers, strings, lists, tuples for pairs, dicts, Q, Index, constraints. */
export function pyValue(value: unknown, tuples = false): string {
  if (value === undefined || value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new NotPython(`${value} has no Python literal`);
    return String(value);
  }
  if (typeof value === "string") return pyStr(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => pyValue(item, tuples));
    if (tuples) return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    return `[${items.join(", ")}]`;
  }
  if (value instanceof Q) return pyQ(value);
  if (value instanceof Index || value instanceof BaseConstraint) {
    const { path, kwargs } = value.deconstruct();
    return `models.${path}(${pyKwargs(kwargs)})`;
  }
  if (typeof value === "function") {
    const name = (value as { name?: string }).name;
    if (name && /^[A-Z_]+$/.test(name)) return `models.${name}`;
    throw new NotPython(`the function ${name || "(anonymous)"}`);
  }
  if (value instanceof Date) throw new NotPython(`the date ${value.toISOString()}`);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value).map(([k, v]) => `${pyStr(k)}: ${pyValue(v)}`).join(", ")}}`;
  }
  throw new NotPython(String(value));
}

function pyKwargs(kwargs: Record<string, unknown>): string {
  return Object.entries(kwargs).map(([k, v]) => `${k}=${pyValue(v, k === "choices")}`).join(", ");
}

/** `models.Q(a=1)`, `~Q(...)`, `Q(...) | Q(...)`. */
function pyQ(q: Q): string {
  const parts = q.children.map((child) => child instanceof Q ? pyQ(child) : `models.Q(${(child as readonly [string, unknown])[0]}=${pyValue((child as readonly [string, unknown])[1])})`);
  const joined = parts.length === 1 ? parts[0] ?? "models.Q()" : `(${parts.join(q.connector === "OR" ? " | " : " & ")})`;
  return q.negated ? `~${joined}` : joined;
}

/** Django's spelling of a target label: 'Author' within the app, 'books.Author' across apps, settings.AUTH_USER_MODEL for the user. */
function pyTarget(label: string, appLabel: string, models: readonly ModelClass[]): string {
  if (label === "auth.user") return "settings.AUTH_USER_MODEL";
  if (label === "self") return pyStr("self");
  const model = models.find((m) => m._meta.label_lower === label);
  if (!model) return pyStr(label);
  return pyStr(model._meta.app_label === appLabel ? model._meta.object_name : model._meta.label);
}

/** One field line, `title = models.CharField(max_length=200)`, and comments for what did not carry. */
export function fieldSource(name: string, field: Field, appLabel: string, models: readonly ModelClass[]): { line: string; notes: string[] } {
  const { path, args, kwargs } = field.deconstruct();
  const notes: string[] = [];
  const written: string[] = args.map((arg, i) => i === 0 && field.is_relation && typeof arg === "string" ? pyTarget(arg, appLabel, models) : pyValue(arg));
  const options = Object.entries(kwargs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, value] of options) {
    if (key === "auto_created" || key === "serialize") continue;
    if (key === "through" && typeof value === "string") {
      written.push(`through=${pyTarget(value, appLabel, models)}`);
      continue;
    }
    // Django's ForeignKey indexes by default; db_index=False is the only one to write.
    if (key === "db_index" && field.is_relation && value === false) {
      written.push("db_index=False");
      continue;
    }
    try {
      written.push(`${key}=${pyValue(value, key === "choices")}`);
    } catch (error) {
      if (!(error instanceof NotPython)) throw error;
      notes.push(`${name}: the ${key} option is ${error.message} in TypeScript: write it in Python by hand (${key}=...).`);
    }
  }
  return { line: `${name} = models.${path}(${written.join(", ")})`, notes };
}

/** Meta options carried to Django, one line each. */
const META_KEYS = ["db_table", "ordering", "unique_together", "indexes", "constraints", "verbose_name", "verbose_name_plural", "get_latest_by", "default_related_name"] as const;

/** The model class as Python source. */
export function modelSource(model: ModelClass, tsSource: string | undefined, models: readonly ModelClass[]): string {
  const state = ModelState.from_model(model);
  const appLabel = model._meta.app_label;
  const lines = [`class ${state.name}(models.Model):`];
  const notes: string[] = [];
  for (const [name, field] of state.fields) {
    if (field.deconstruct().kwargs.auto_created === true) continue; // Django adds the implicit id itself
    const written = fieldSource(name, field, appLabel, models);
    lines.push(`    ${written.line}`);
    notes.push(...written.notes);
  }
  const meta: string[] = [];
  const options = state.options as Record<string, unknown>;
  for (const key of META_KEYS) {
    const value = options[key];
    if (value === undefined) continue;
    try {
      meta.push(`        ${key} = ${pyValue(value, key === "unique_together")}`);
    } catch (error) {
      if (!(error instanceof NotPython)) throw error;
      notes.push(`Meta.${key} is ${error.message}: write it by hand.`);
    }
  }
  for (const key of Object.keys(options)) {
    if (!(META_KEYS as readonly string[]).includes(key)) notes.push(`Meta.${key} was not carried over: port it by hand if Django has it.`);
  }
  if (meta.length) lines.push("", "    class Meta:", ...meta);
  const str = strSource(model, tsSource);
  lines.push("", ...str.map((line) => `    ${line}`));
  if (notes.length) lines.splice(1, 0, ...notes.map((note) => `    # TODO: ${note}`));
  return lines.join("\n");
}

/** __str__ from the model's toString(): `return this.x` and template literals over this.x are translated. */
function strSource(model: ModelClass, tsSource: string | undefined): string[] {
  if (!Object.prototype.hasOwnProperty.call(model.prototype, "toString")) return [];
  const compiled = String((model.prototype as { toString: () => string }).toString);
  const body = /^\s*toString\s*\(\s*\)\s*\{\s*return\s+([\s\S]*?);?\s*\}\s*$/.exec(compiled)?.[1]?.trim();
  const attr = (expr: string) => /^this(\.[A-Za-z_]\w*)+$/.test(expr) ? `self${expr.slice(4)}` : undefined;
  if (body) {
    const plain = attr(body);
    if (plain) return ["def __str__(self):", `    return str(${plain})`];
    const template = /^`([^`\\]*)`$/.exec(body)?.[1];
    if (template !== undefined) {
      let ok = true;
      const text = template.replace(/[{}]/g, (brace) => brace + brace).replace(/\$\{\{([^}]*)\}\}/g, (_all, expr: string) => {
        const python = attr(expr.trim());
        if (!python) ok = false;
        return `{${python ?? ""}}`;
      });
      if (ok && !text.includes('"')) return ["def __str__(self):", `    return f"${text}"`];
    }
  }
  const ts = tsSource ?? compiled;
  return [
    "def __str__(self):",
    "    # TODO: port toString() from models.ts by hand:",
    ...ts.split("\n").map((line) => `    #   ${line.trimEnd()}`),
    "    return super().__str__()",
  ];
}

/** admin.py: each model registered, list_display from its first few fields. */
export function adminSource(models: readonly ModelClass[]): string {
  if (models.length === 0) return "from django.contrib import admin  # noqa: F401\n\n# This app has no models.\n";
  const lines = ["from django.contrib import admin", "", `from .models import ${models.map((m) => m._meta.object_name).join(", ")}`];
  for (const model of models) {
    const names = model._meta.fields.filter((f) => !f.auto_created || f.primary_key).slice(0, 4).map((f) => f.name);
    lines.push("", "", `@admin.register(${model._meta.object_name})`, `class ${model._meta.object_name}Admin(admin.ModelAdmin):`, `    list_display = ${pyValue(names, true)}`);
  }
  return `${lines.join("\n")}\n`;
}
