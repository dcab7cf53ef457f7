/**
 * Loading fixtures (Django: core/serializers/python.py via `loaddata`): Django's JSON
 * format `[{ "model": "books.book", "pk": 1, "fields": { "author": 1 } }]`.
 */
import type { Apps } from "../apps/registry";
import { ValidationError } from "../core/exceptions";
import { setAttr } from "./models/model_class";
import { FROM_DB } from "./models/base";

function fail(source: string, where: string, message: string): never {
  throw new Error(`Problem installing fixture '${source}': ${where}: ${message}`);
}

function describe(error: unknown): string {
  if (error instanceof ValidationError) return error.messages.join(" ");
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates and saves every object of a parsed fixture in one transaction; returns how
 * many were installed. Errors name `source`, the object's index and the field.
 */
export function loaddata(apps: Apps, objects: unknown, source: string): number {
  if (!Array.isArray(objects)) fail(source, "top level", "a fixture must be a JSON list of objects.");
  return apps.connection.atomic(() => {
    objects.forEach((entry: unknown, index: number) => {
      const where = `object #${index}`;
      if (!isRecord(entry)) fail(source, where, "each entry must be an object with \"model\" and \"fields\".");
      if (typeof entry.model !== "string") fail(source, where, "missing \"model\" (e.g. \"books.book\").");
      let model;
      try {
        model = apps.get_model(entry.model);
      } catch (error) {
        fail(source, `${where} (model "${entry.model}")`, describe(error));
      }
      const fields = entry.fields ?? {};
      if (!isRecord(fields)) fail(source, where, "\"fields\" must be an object.");
      const meta = model._meta;
      const instance = new model(FROM_DB);
      instance._state.adding = false;
      for (const field of meta.fields) {
        if (field.primary_key) continue;
        const value = field.name in fields ? fields[field.name] : field.get_default();
        try {
          setAttr(instance, field.attname, field.to_python(value));
        } catch (error) {
          fail(source, `${where} (${meta.label_lower}), field "${field.name}"`, describe(error));
        }
      }
      const names = [...meta.fields, ...meta.many_to_many].map((f) => f.name);
      const unknown = Object.keys(fields).filter((name) => !names.includes(name));
      if (unknown.length) {
        fail(source, `${where} (${meta.label_lower})`, `unknown field(s) ${unknown.map((n) => `"${n}"`).join(", ")}; ` +
          `fields are: ${names.join(", ")}.`);
      }
      // Many-to-many values are lists of the related objects' keys, set once the object is saved.
      const m2m: Array<[string, unknown[]]> = [];
      for (const field of meta.many_to_many) {
        if (!(field.name in fields)) continue;
        const keys = fields[field.name];
        if (!Array.isArray(keys)) {
          fail(source, `${where} (${meta.label_lower}), field "${field.name}"`, `a many-to-many value must be a list of keys, e.g. [1, 2]; got ${JSON.stringify(keys)}.`);
        }
        m2m.push([field.name, keys]);
      }
      instance.pk = entry.pk ?? null;
      try {
        // As Django's loaddata: saved raw (values as they are, no auto_now), the signals say raw.
        instance.save_base({ raw: true });
        for (const [name, keys] of m2m) (instance as unknown as Record<string, { set(objs: unknown[]): void }>)[name]?.set(keys);
      } catch (error) {
        fail(source, `${where} (${meta.label_lower}, pk ${String(entry.pk)})`, describe(error));
      }
    });
    return objects.length;
  });
}
