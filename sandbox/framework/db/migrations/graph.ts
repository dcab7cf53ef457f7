/**
 * The migration graph (Django: db/migrations/graph.py): migrations as nodes keyed
 * "app.name", dependencies as edges; plans are walks in dependency order.
 */
import type { LoadedMigration } from "./migration";

/** "books.0001_initial" */
export type NodeKey = string;

export function node_key(app_label: string, name: string): NodeKey {
  return `${app_label}.${name}`;
}

/** A dependency that names no migration (Django: NodeNotFoundError). */
export class NodeNotFoundError extends Error {
  override name = "NodeNotFoundError";
}

export class MigrationGraph {
  readonly nodes = new Map<NodeKey, LoadedMigration>();
  private readonly parents = new Map<NodeKey, Set<NodeKey>>();
  private readonly children = new Map<NodeKey, Set<NodeKey>>();

  add_node(migration: LoadedMigration): void {
    const key = node_key(migration.app_label, migration.name);
    this.nodes.set(key, migration);
    this.parents.set(key, new Set());
    this.children.set(key, new Set());
  }

  /** `child` depends on `parent`; an error naming the child's file when the parent does not exist. */
  add_dependency(child: LoadedMigration, parent: NodeKey): void {
    const key = node_key(child.app_label, child.name);
    if (!this.nodes.has(parent)) {
      const [app, ...name] = parent.split(".");
      throw new NodeNotFoundError(`Migration ${key} dependencies reference nonexistent parent node ('${app}', '${name.join(".")}') (${child.file}).`);
    }
    this.parents.get(key)?.add(parent);
    this.children.get(parent)?.add(key);
  }

  /** Migrations to apply, dependencies first, ending with `target` (Django: forwards_plan). */
  forwards_plan(target: NodeKey): NodeKey[] {
    return this.walk(target, this.parents);
  }

  /** Migrations to unapply, dependents first, ending with `target` (Django: backwards_plan). */
  backwards_plan(target: NodeKey): NodeKey[] {
    return this.walk(target, this.children);
  }

  children_of(key: NodeKey): NodeKey[] {
    return [...(this.children.get(key) ?? [])].sort();
  }

  /** Migrations with no dependency in their own app. */
  root_nodes(app_label?: string): NodeKey[] {
    return this.filter(app_label, (key, app) => ![...(this.parents.get(key) ?? [])].some((p) => this.app_of(p) === app));
  }

  /** Migrations with no dependent in their own app: the latest of each app. */
  leaf_nodes(app_label?: string): NodeKey[] {
    return this.filter(app_label, (key, app) => ![...(this.children.get(key) ?? [])].some((c) => this.app_of(c) === app));
  }

  private app_of(key: NodeKey): string {
    return this.nodes.get(key)?.app_label ?? "";
  }

  private filter(app_label: string | undefined, keep: (key: NodeKey, app: string) => boolean): NodeKey[] {
    return [...this.nodes.keys()].filter((key) => {
      const app = this.app_of(key);
      return (app_label === undefined || app === app_label) && keep(key, app);
    }).sort();
  }

  /** Depth-first post-order over `edges`, visiting neighbours in sorted order, as Django does. */
  private walk(target: NodeKey, edges: Map<NodeKey, Set<NodeKey>>): NodeKey[] {
    if (!this.nodes.has(target)) throw new NodeNotFoundError(`Node ${target} not a valid node`);
    const seen = new Set<NodeKey>();
    const order: NodeKey[] = [];
    const visit = (key: NodeKey, path: NodeKey[]): void => {
      if (path.includes(key)) throw new Error(`Cyclic dependency in migrations: ${[...path, key].join(" -> ")}`);
      if (seen.has(key)) return;
      for (const next of [...(edges.get(key) ?? [])].sort()) visit(next, [...path, key]);
      seen.add(key);
      order.push(key);
    };
    visit(target, []);
    return order;
  }
}
