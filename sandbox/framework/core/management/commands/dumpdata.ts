/**
 * dumpdata (Django: core/management/commands/dumpdata.py): rows as Django's JSON fixture
 * format, `[{"model": "books.book", "pk": 1, "fields": {...}}]`, spaced as Python's json.
 */
import type { Project } from "../../../project";
import type { ModelClass } from "../../../db/models/model_class";
import { FROM_DB, type Model } from "../../../db/models/base";
import type { QuerySet } from "../../../db/models/query";
import { quote_name } from "../../../db/migrations/schema_editor";
import { CommandError, type CommandResult } from "../base";

export interface DumpdataOptions {
  /** "books" or "books.Book"; every model when empty. */
  app_labels?: string[];
  /** Spaces per level; one line when absent (Django: --indent). */
  indent?: number;
}

export function dumpdata(project: Project, options: DumpdataOptions = {}): CommandResult {
  const objects: Array<Record<string, unknown>> = [];
  for (const model of selected(project, options.app_labels ?? [])) {
    const meta = model._meta;
    // An automatic through table is dumped as its many-to-many field's lists, as Django does.
    if (meta.auto_created) continue;
    const result = project.connection.execute(`SELECT * FROM ${quote_name(meta.db_table)} ORDER BY ${quote_name(meta.pk.column)}`);
    for (const row of result.rows) {
      const column = new Map(result.columns.map((name, i) => [name, row[i]]));
      const fields: Record<string, unknown> = {};
      for (const field of meta.fields) if (!field.primary_key) fields[field.name] = field.from_db_value(column.get(field.column));
      const pk = column.get(meta.pk.column);
      // As Django's serializer: a many-to-many field through an automatic table is the list of
      // the related keys, in the related model's ordering (an explicit through model dumps its own rows).
      for (const field of meta.many_to_many) {
        if (!field.through._meta.auto_created) continue;
        const instance = new model(FROM_DB);
        instance.pk = pk;
        instance._state.adding = false;
        const manager = (instance as unknown as Record<string, { all(): QuerySet<Model> }>)[field.name];
        if (manager) fields[field.name] = [...manager.all().values_list("pk", { flat: true })];
      }
      objects.push({ model: meta.label_lower, pk, fields });
    }
  }
  return { output: python_json(objects, options.indent) };
}

function selected(project: Project, labels: string[]): ModelClass[] {
  const models = project.apps.get_models();
  if (!labels.length) return models;
  return labels.flatMap((label) => {
    if (label.includes(".")) {
      try {
        return [project.apps.get_model(label)];
      } catch {
        throw new CommandError(`Unknown model: ${label}`);
      }
    }
    const found = models.filter((m) => m._meta.app_label === label);
    if (!found.length) throw new CommandError(`No installed app with label '${label}'.`);
    return found;
  });
}

/** json.dumps as Django's serializer calls it: ", " and ": " on one line, "," and ": " when indented; dates as DjangoJSONEncoder. */
function python_json(value: unknown, indent?: number, depth = 0): string {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return JSON.stringify(value.getUTCMilliseconds() ? iso : `${iso.slice(0, 19)}Z`);
  }
  if (Array.isArray(value) || (typeof value === "object" && value !== null)) {
    const entries = Array.isArray(value) ? value.map((v) => python_json(v, indent, depth + 1))
      : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${python_json(v, indent, depth + 1)}`);
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    if (!entries.length) return `${open}${close}`;
    if (indent === undefined) return `${open}${entries.join(", ")}${close}`;
    const pad = " ".repeat(indent * (depth + 1));
    return `${open}\n${pad}${entries.join(`,\n${pad}`)}\n${" ".repeat(indent * depth)}${close}`;
  }
  return JSON.stringify(value ?? null);
}
