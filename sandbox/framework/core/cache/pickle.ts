/**
 * What Django's caches do with pickle: a value is stored as data and every get rebuilds
 * a new copy, so `cache.get` returns an equal value that is not the one stored (changing
 * either later changes nothing in the other). Model instances come back as instances of
 * their model (fields, pk, `_state.adding` and `_state.db`, cached relations), a
 * QuerySet as a QuerySet holding its results, and dates, Maps, Sets, bytes and safe
 * strings as themselves. `dumps` gives a tree of plain data; `to_text` turns it into
 * JSON for the database cache, which cannot hold instances of other classes.
 */
import { active_apps } from "../../apps/registry";
import { FROM_DB, Model } from "../../db/models/base";
import { FieldFile } from "../../db/models/fields/files";
import type { ModelClass } from "../../db/models/model_class";
import { QuerySet } from "../../db/models/query";
import { SafeString } from "../../template/safestring";

/** A pickled value: JSON data, except that an instance of an unknown class keeps its prototype. */
export type Pickled = null | boolean | number | string | Pickled[] | Node;

type Node = { $: string; id?: number; v?: unknown; [key: string]: unknown };

/** Encodes `value` as data; a function cannot be stored (Python cannot pickle a lambda either). */
export function dumps(value: unknown): Pickled {
  return new Pickler().dump(value);
}

/** A new copy of the value `dumps` encoded. */
export function loads(pickled: Pickled): unknown {
  return new Unpickler().load(pickled);
}

/** The pickled value as JSON text, for a cache that stores text; instances of other classes than the known ones cannot be. */
export function to_text(pickled: Pickled): string {
  return JSON.stringify(pickled, (_key, value: unknown) => {
    if (isNode(value) && value.$ === "object") {
      const proto = value["proto"] as { constructor?: { name?: string } };
      throw new TypeError(`Can't store a ${proto.constructor?.name ?? "class"} instance in the database cache: store plain data, model instances, dates or lists of them.`);
    }
    return value;
  });
}

export function from_text(text: string): Pickled {
  return JSON.parse(text) as Pickled;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as Node).$ === "string";
}

class Pickler {
  /** Objects already encoded, by their id: a second reference (or a cycle) becomes a ref, as pickle's memo. */
  private readonly memo = new Map<object, number>();

  dump(value: unknown): Pickled {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        return Number.isFinite(value) && !Object.is(value, -0) ? value : { $: "number", v: String(value) };
      case "bigint":
        return { $: "bigint", v: value.toString() };
      case "undefined":
        return { $: "undefined" };
      case "function":
      case "symbol":
        throw new TypeError(`Can't pickle ${typeof value} ${String((value as { name?: string }).name ?? value.toString())}: a cache stores copies of values, and a ${typeof value} has none. Store the data it gives instead.`);
    }
    if (value === null) return null;
    const object = value as object;
    const seen = this.memo.get(object);
    if (seen !== undefined) return { $: "ref", v: seen };
    const id = this.memo.size;
    this.memo.set(object, id);
    return { id, ...this.node(object) };
  }

  private node(object: object): Node {
    if (Array.isArray(object)) return { $: "list", v: object.map((item) => this.dump(item)) };
    if (object instanceof Date) return { $: "date", v: object.getTime() };
    if (object instanceof Map) return { $: "map", v: [...object].map(([k, v]) => [this.dump(k), this.dump(v)]) };
    if (object instanceof Set) return { $: "set", v: [...object].map((item) => this.dump(item)) };
    if (object instanceof Uint8Array) return { $: "bytes", v: [...object] };
    if (object instanceof SafeString) return { $: "safe", v: String(object) };
    if (object instanceof Model) return this.model(object);
    if (object instanceof QuerySet) return this.queryset(object);
    if (object instanceof FieldFile) return { $: "fieldfile", v: object.name };
    const proto = Object.getPrototypeOf(object) as object | null;
    const v = this.attributes(object);
    return proto === Object.prototype || proto === null ? { $: "dict", v } : { $: "object", proto, v };
  }

  private attributes(object: object): Record<string, Pickled> {
    const out: Record<string, Pickled> = {};
    for (const [key, item] of Object.entries(object)) out[key] = this.dump(item);
    return out;
  }

  /** As Django's Model.__reduce__: the model's label and the instance's attributes, with its state and related cache. */
  private model(instance: Model): Node {
    const meta = instance._meta;
    const files: Record<string, string | null> = {};
    const related: Record<string, Pickled> = {};
    for (const field of meta.fields) {
      const value: unknown = instance[field.name as keyof Model];
      if (value instanceof FieldFile) files[field.name] = value.name;
      const cached = field.is_relation ? instance._state.get_cached(field.name) : undefined;
      if (cached !== undefined) related[field.name] = this.dump(cached);
    }
    const prefetched: Record<string, Pickled> = {};
    for (const [name, items] of instance._state.prefetched) prefetched[name] = this.dump(items);
    const state = instance._state;
    return { $: "model", label: meta.label, adding: state.adding, db: state.db, v: this.attributes(instance), files, related, prefetched };
  }

  /** As Django's QuerySet.__getstate__: the results, fetched now. */
  private queryset(queryset: QuerySet<unknown>): Node {
    return { $: "queryset", label: queryset.model._meta.label, v: [...queryset].map((item) => this.dump(item)) };
  }
}

class Unpickler {
  private readonly memo = new Map<number, unknown>();

  load(pickled: Pickled): unknown {
    if (pickled === null || typeof pickled !== "object") return pickled;
    if (Array.isArray(pickled)) return pickled.map((item) => this.load(item));
    const node = pickled;
    if (typeof node.$ !== "string") return node; // a database cache entry stored as plain JSON before pickling
    switch (node.$) {
      case "ref":
        return this.memo.get(node.v as number);
      case "number":
        return Number(node.v);
      case "bigint":
        return BigInt(node.v as string);
      case "undefined":
        return undefined;
      case "date":
        return this.keep(node, new Date(node.v as number));
      case "safe":
        return this.keep(node, new SafeString(node.v as string));
      case "bytes":
        return this.keep(node, Uint8Array.from(node.v as number[]));
      case "fieldfile":
        return node.v; // the instance's field wraps the name again
      case "list":
        return this.fill(node, [], (list: unknown[]) => (node.v as Pickled[]).forEach((item) => list.push(this.load(item))));
      case "map":
        return this.fill(node, new Map(), (map: Map<unknown, unknown>) => {
          for (const [k, v] of node.v as Array<[Pickled, Pickled]>) map.set(this.load(k), this.load(v));
        });
      case "set":
        return this.fill(node, new Set(), (set: Set<unknown>) => (node.v as Pickled[]).forEach((item) => set.add(this.load(item))));
      case "dict":
        return this.fill(node, {}, (dict: Record<string, unknown>) => this.assign(dict, node.v));
      case "object":
        return this.fill(node, Object.create(node["proto"] as object) as Record<string, unknown>, (object) => this.assign(object, node.v));
      case "model":
        return this.model(node);
      case "queryset": {
        const model = active_apps().get_model(node["label"] as string) as ModelClass;
        return this.keep(node, QuerySet.from_results(model, (node.v as Pickled[]).map((item) => this.load(item)), {}));
      }
      default:
        throw new TypeError(`Unknown pickled value: ${node.$}`);
    }
  }

  private keep<T>(node: Node, value: T): T {
    if (node.id !== undefined) this.memo.set(node.id, value);
    return value;
  }

  /** Registers the container before filling it, so that a reference back to it (a cycle) finds it. */
  private fill<T>(node: Node, container: T, filling: (container: T) => void): T {
    this.keep(node, container);
    filling(container);
    return container;
  }

  private assign(target: Record<string, unknown>, attributes: unknown): void {
    for (const [key, item] of Object.entries(attributes as Record<string, Pickled>)) target[key] = this.load(item);
  }

  /** As Django's model_unpickle: an instance of the model by label, its attributes, state and related cache set back. */
  private model(node: Node): Model {
    const model = active_apps().get_model(node["label"] as string) as ModelClass;
    const instance = new (model as unknown as new (kwargs: Record<string, unknown>) => Model)(FROM_DB);
    this.keep(node, instance);
    instance._state.adding = node["adding"] as boolean;
    instance._state.db = (node["db"] as string | null | undefined) ?? null;
    this.assign(instance as unknown as Record<string, unknown>, node.v);
    for (const [name, file] of Object.entries(node["files"] as Record<string, string | null>)) {
      (instance as unknown as Record<string, unknown>)[name] = file;
    }
    for (const [name, related] of Object.entries(node["related"] as Record<string, Pickled>)) {
      instance._state.set_cached(name, this.load(related) as Model | null);
    }
    for (const [name, items] of Object.entries(node["prefetched"] as Record<string, Pickled>)) {
      instance._state.prefetched.set(name, this.load(items) as Model[]);
    }
    return instance;
  }
}
