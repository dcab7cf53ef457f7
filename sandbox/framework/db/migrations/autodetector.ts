/**
 * The autodetector (Django: db/migrations/autodetector.py): compares the state the
 * migrations build with the state of the models and lists the operations that turn
 * one into the other, per app. As in Django, each operation is generated with the
 * dependencies it has on others, sorted by them, then merged by the optimizer.
 * Renames are asked, never guessed.
 */
import type { Field } from "../models/fields";
import { Index } from "../models/indexes";
import { CharField, DateTimeField, TextField } from "../models/fields";
import { ManyToManyField } from "../models/fields/many_to_many";
import { stable_topological_sort } from "../../utils/topological_sort";
import { build_field, field_signature } from "./field_utils";
import { MigrationOptimizer } from "./optimizer";
import type { Operation } from "./operations/base";
import { AddField, AlterField, RemoveField, RenameField } from "./operations/fields";
import { AddConstraint, AddIndex, RemoveConstraint, RemoveIndex } from "./operations/indexes";
import { AlterModelTable, AlterUniqueTogether } from "./operations/model_options";
import { AlterModelOptions, CreateModel, DeleteModel, RenameModel } from "./operations/models";
import { resolve_relation } from "./operations/utils";
import { MakemigrationsQuit, type Questioner } from "./questioner";
import type { ModelState, ProjectState } from "./state";

/** Operations per app label, in the order they must run. */
export type Changes = Map<string, Operation[]>;

/**
 * Django's dependency tuple: [app_label, model_name, field_name or null, what], where
 * what is true (created), false (removed), "alter" (field altered) or
 * "foo_together_change" (unique_together altered). Django's "order_wrt_unset" is left
 * out: mvt has no order_with_respect_to.
 */
export type Dependency = readonly [string, string, string | null, boolean | "alter" | "foo_together_change"];

const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();

/** Compares `from_state` (the migrations) with `to_state` (the models) for `app_labels`. */
export class MigrationAutodetector {
  private readonly generated_operations: Changes = new Map();
  /** Each generated operation's dependencies (Django keeps them on the operation as _auto_deps). */
  private readonly auto_deps = new Map<Operation, readonly Dependency[]>();
  /** Explicit through model key to the field using it: [app_label, model_name, field_name] (Django: through_users). */
  private readonly through_users = new Map<string, [string, string, string]>();
  /** The migrations' state, with each accepted rename applied so later steps compare like with like. */
  private readonly from: ProjectState;

  constructor(from_state: ProjectState, private readonly to: ProjectState, private readonly questioner: Questioner) {
    this.from = from_state.clone();
  }

  /** Django's _detect_changes, with one migration per app (cross-app splitting of _build_migration_list is left out). */
  detect(app_labels: ReadonlySet<string>): Changes {
    const keys = (state: ProjectState) => new Set([...state.models.keys()].filter((k) => app_labels.has(k.split(".")[0] ?? "")));
    this.generate_renamed_models(keys(this.from), keys(this.to));
    const old_keys = keys(this.from);
    const new_keys = keys(this.to);
    this.generate_through_model_map(old_keys);
    this.generate_deleted_models(sorted(old_keys).filter((k) => !new_keys.has(k)));
    this.generate_created_models(sorted(new_keys).filter((k) => !old_keys.has(k)));
    const kept = sorted(new_keys).filter((k) => old_keys.has(k));
    for (const key of kept) this.altered_options(key);
    for (const key of kept) this.removed_options(key, "constraints");
    for (const key of kept) this.removed_options(key, "indexes");
    for (const key of kept) this.renamed_fields(key);
    for (const key of kept) this.removed_fields(key);
    for (const key of kept) this.added_fields(key);
    for (const key of kept) this.altered_fields(key);
    for (const key of kept) this.altered_unique_together(key);
    for (const key of kept) this.added_options(key, "indexes");
    for (const key of kept) this.added_options(key, "constraints");
    for (const key of kept) this.altered_db_table(key);
    this.sort_migrations();
    const optimizer = new MigrationOptimizer();
    return new Map([...this.generated_operations].map(([app_label, operations]) => [app_label, optimizer.optimize(operations, app_label)]));
  }

  /** Django's add_operation: CreateModel goes to the beginning (`beginning`), the rest after what is there. */
  private add(app_label: string, operation: Operation, dependencies: readonly Dependency[] = [], beginning = false): void {
    this.auto_deps.set(operation, dependencies);
    const list = this.generated_operations.get(app_label) ?? [];
    if (beginning) list.unshift(operation);
    else list.push(operation);
    this.generated_operations.set(app_label, list);
  }

  /** Django's _sort_migrations: a stable topological sort of each app's operations over their dependencies within the app. */
  private sort_migrations(): void {
    for (const [app_label, operations] of this.generated_operations) {
      const graph = new Map(operations.map((op) => {
        const intra_app = (this.auto_deps.get(op) ?? []).filter((dep) => dep[0] === app_label);
        return [op, new Set(intra_app.flatMap((dep) => operations.filter((other) => check_dependency(other, dep))))] as const;
      }));
      this.generated_operations.set(app_label, stable_topological_sort(operations, graph));
    }
  }

  /** Django's _generate_through_model_map: which field uses each explicit through model. */
  private generate_through_model_map(old_keys: Set<string>): void {
    for (const key of sorted(old_keys)) {
      const model = this.model(this.from, key);
      for (const [name, field] of model.fields) {
        const through = field.deconstruct().kwargs.through;
        if (!field.is_relation || typeof through !== "string") continue;
        this.through_users.set(resolve_relation(through, model.app_label, model.name).join("."), [model.app_label, model.name_lower, name]);
      }
    }
  }

  private generate_renamed_models(old_keys: Set<string>, new_keys: Set<string>): void {
    for (const new_key of sorted(new_keys).filter((k) => !old_keys.has(k))) {
      const model = this.model(this.to, new_key);
      for (const old_key of sorted(old_keys).filter((k) => !new_keys.has(k))) {
        const old = this.model(this.from, old_key);
        if (old.app_label !== model.app_label || fields_shape(old) !== fields_shape(model)) continue;
        if (!this.questioner.ask_yes_no(`rename_model:${old_key}:${new_key}`,
          `Did you rename the ${old.app_label}.${old.name} model to ${model.name}? [y/N]`)) continue;
        const operation = new RenameModel({ old_name: old.name, new_name: model.name });
        operation.state_forwards(model.app_label, this.from);
        // Django: the dependencies of every relation of the model, forward and reverse.
        const dependencies = [
          ...model.fields.filter(([, f]) => f.is_relation).flatMap(([, f]) => dependencies_for_foreign_key(model, f)),
          ...related_objects(this.to, new_key).map(([other]): Dependency => [other.app_label, other.name_lower, null, true]),
        ];
        this.add(model.app_label, operation, dependencies);
        old_keys.delete(old_key);
        break;
      }
    }
  }

  /**
   * Django's generate_deleted_models: unique_together and the relation fields are
   * removed first, then the model, once every field pointing at it is removed or
   * altered and, for a through model, the field using it is gone.
   */
  private generate_deleted_models(keys: string[]): void {
    for (const key of keys) {
      const model = this.model(this.from, key);
      const { app_label, name_lower } = model;
      const related_fields = sorted_fields(model).filter(([, f]) => f.is_relation).map(([n]) => n);
      if (model.options.unique_together?.length) this.add(app_label, new AlterUniqueTogether({ name: name_lower, unique_together: [] }));
      for (const name of related_fields) this.add(app_label, new RemoveField({ model_name: name_lower, name }));
      const dependencies: Dependency[] = [];
      for (const [other, name, field] of related_objects(this.from, key)) {
        dependencies.push([other.app_label, other.name_lower, name, false]);
        if (!(field instanceof ManyToManyField)) dependencies.push([other.app_label, other.name_lower, name, "alter"]);
      }
      for (const name of related_fields) dependencies.push([app_label, name_lower, name, false]);
      const through_user = this.through_users.get(key);
      if (through_user) dependencies.push([...through_user, false]);
      this.add(app_label, new DeleteModel({ name: model.name }), dependencies);
    }
  }

  /**
   * Django's generate_created_models: CreateModel without the relation fields, each of
   * those as an AddField depending on its target, and the indexes, constraints and
   * unique_together after them; the optimizer folds back what it can.
   */
  private generate_created_models(keys: string[]): void {
    for (const key of [...keys].reverse()) {
      const model = this.model(this.to, key);
      const { app_label, name_lower } = model;
      const dependencies: Dependency[] = [[app_label, name_lower, null, false]];
      const related_fields: Array<[string, Field]> = [];
      for (const [name, field] of model.fields) {
        if (!field.is_relation) continue;
        // A relation that is the primary key stays in CreateModel, which depends on its target.
        if (field.primary_key) dependencies.push(dependencies_for_foreign_key(model, field)[0] as Dependency);
        else related_fields.push([name, field]);
      }
      const related = new Set(related_fields.map(([n]) => n));
      const { indexes = [], constraints = [], unique_together, ...options } = model.options;
      this.add(app_label, new CreateModel({ name: model.name, fields: model.fields.filter(([n]) => !related.has(n)), options }), dependencies, true);
      for (const [name, field] of sort_by_name(related_fields)) {
        const field_dependencies = [...dependencies_for_foreign_key(model, field), [app_label, name_lower, null, true] as const];
        this.add(app_label, new AddField({ model_name: name_lower, name, field }), unique_dependencies(field_dependencies));
      }
      const related_dependencies: Dependency[] = [...[...related].sort().map((n): Dependency => [app_label, name_lower, n, true]), [app_label, name_lower, null, true]];
      for (const index of indexes) this.add(app_label, new AddIndex({ model_name: name_lower, index }), related_dependencies);
      for (const constraint of constraints) this.add(app_label, new AddConstraint({ model_name: name_lower, constraint }), related_dependencies);
      if (unique_together?.length) {
        this.add(app_label, new AlterUniqueTogether({ name: name_lower, unique_together: unique_together.map((names) => [...names]) }), related_dependencies);
      }
    }
  }

  private altered_options(key: string): void {
    const pick = (model: ModelState) => Object.fromEntries(AlterModelOptions.KEYS
      .filter((k) => model.options[k] !== undefined).map((k) => [k, model.options[k]]));
    const old = pick(this.model(this.from, key));
    const model = this.model(this.to, key);
    const now = pick(model);
    if (JSON.stringify(old) !== JSON.stringify(now)) this.add(model.app_label, new AlterModelOptions({ name: model.name_lower, options: now }));
  }

  /** Indexes or constraints that the models no longer have (Django compares them by deconstruction). */
  private removed_options(key: string, option: "indexes" | "constraints"): void {
    const model = this.model(this.to, key);
    const now = new Set((model.options[option] ?? []).map(option_signature));
    for (const item of this.model(this.from, key).options[option] ?? []) {
      if (now.has(option_signature(item))) continue;
      const args = { model_name: model.name_lower, name: item.name };
      this.add(model.app_label, option === "indexes" ? new RemoveIndex(args) : new RemoveConstraint(args));
    }
  }

  private added_options(key: string, option: "indexes" | "constraints"): void {
    const model = this.model(this.to, key);
    const before = new Set((this.model(this.from, key).options[option] ?? []).map(option_signature));
    for (const item of model.options[option] ?? []) {
      if (before.has(option_signature(item))) continue;
      this.add(model.app_label, item instanceof Index ? new AddIndex({ model_name: model.name_lower, index: item })
        : new AddConstraint({ model_name: model.name_lower, constraint: item }));
    }
  }

  /** Compared as sets of field-name lists, as Django normalises them. */
  private altered_unique_together(key: string): void {
    const model = this.model(this.to, key);
    const normal = (state: ModelState) => JSON.stringify((state.options.unique_together ?? []).map((names) => [...names]).sort());
    if (normal(this.model(this.from, key)) === normal(model)) return;
    const unique_together = (model.options.unique_together ?? []).map((names) => [...names]);
    const dependencies = unique_together.flat().map((name) => model.get_field(name)).filter((f) => f.is_relation)
      .flatMap((f) => dependencies_for_foreign_key(model, f));
    this.add(model.app_label, new AlterUniqueTogether({ name: model.name_lower, unique_together }), dependencies);
  }

  private altered_db_table(key: string): void {
    const model = this.model(this.to, key);
    const table = model.options.db_table ?? null;
    if ((this.model(this.from, key).options.db_table ?? null) !== table) this.add(model.app_label, new AlterModelTable({ name: model.name_lower, table }));
  }

  private renamed_fields(key: string): void {
    const old = this.model(this.from, key);
    const model = this.model(this.to, key);
    for (const [name, field] of sorted_fields(model).filter(([n]) => !has(old, n))) {
      for (const [old_name, old_field] of sorted_fields(old).filter(([n]) => !has(model, n))) {
        if (field_signature(old_field) !== field_signature(field)) continue;
        if (!this.questioner.ask_yes_no(`rename_field:${key}.${old_name}:${name}`,
          `Did you rename ${model.name_lower}.${old_name} to ${model.name_lower}.${name} (a ${field.constructor.name})? [y/N]`)) continue;
        const operation = new RenameField({ model_name: model.name_lower, old_name, new_name: name });
        operation.state_forwards(model.app_label, this.from);
        this.add(model.app_label, operation);
        break;
      }
    }
  }

  private removed_fields(key: string): void {
    const old = this.model(this.from, key);
    const model = this.model(this.to, key);
    for (const [name] of sorted_fields(old).filter(([n]) => !has(model, n))) this.removed_field(model, name);
  }

  /** Django's _generate_removed_field: after any change of unique_together on the model. */
  private removed_field(model: ModelState, name: string): void {
    const dependencies: Dependency[] = [[model.app_label, model.name_lower, name, "foo_together_change"]];
    this.add(model.app_label, new RemoveField({ model_name: model.name_lower, name }), dependencies);
  }

  private added_fields(key: string): void {
    const old = this.model(this.from, key);
    const model = this.model(this.to, key);
    for (const [name, field] of sorted_fields(model).filter(([n]) => !has(old, n))) this.added_field(model, name, field);
  }

  /** Django's _generate_added_field: a relation depends on its target; a column rows cannot fill asks for a one-off default. */
  private added_field(model: ModelState, name: string, field: Field): void {
    const dependencies = field.is_relation ? dependencies_for_foreign_key(model, field) : [];
    if (keeps_rows_valid(field)) {
      this.add(model.app_label, new AddField({ model_name: model.name_lower, name, field }), dependencies);
      return;
    }
    const answer = this.questioner.ask_value(`not_null_addition:${model.app_label}.${model.name_lower}.${name}`,
      `You are trying to add a non-nullable field '${name}' to ${model.name_lower} without a default; we can't do that ` +
      "(the database needs something to populate existing rows).\nProvide a one-off default now (a JSON value such as 0, " +
      "\"text\" or null; it will be set on all existing rows), or leave it empty to quit and add a default in models.ts.");
    if (answer === undefined) {
      throw new MakemigrationsQuit(`Add a default to ${model.app_label}.${model.name}.${name} in ${model.app_label}/models.ts ` +
        "(or make it null: true), then run makemigrations again.");
    }
    this.add(model.app_label, new AddField({ model_name: model.name_lower, name, field: with_default(field, answer.value), preserve_default: false }), dependencies);
  }

  /**
   * Django's generate_altered_fields: a relation depends on its target; a field turning
   * into or out of a many-to-many one is removed and added again.
   */
  private altered_fields(key: string): void {
    const old = this.model(this.from, key);
    const model = this.model(this.to, key);
    for (const [name, field] of sorted_fields(model).filter(([n]) => has(old, n))) {
      const old_field = old.get_field(name);
      if (field_signature(old_field) === field_signature(field)) continue;
      if ((old_field instanceof ManyToManyField) !== (field instanceof ManyToManyField)) {
        this.removed_field(model, name);
        this.added_field(model, name, field);
        continue;
      }
      const add = (altered: Field, preserve_default = true) => this.add(model.app_label, new AlterField({
        model_name: model.name_lower, name, field: altered, ...(preserve_default ? {} : { preserve_default }),
      }), field.is_relation ? dependencies_for_foreign_key(model, field) : []);
      if (!old_field.null || field.null || field.has_default() || field instanceof ManyToManyField) {
        add(field);
        continue;
      }
      const answer = this.questioner.ask_not_null_alteration(`not_null_alteration:${key}.${name}`,
        `You are trying to change the nullable field '${name}' on ${model.name_lower} to non-nullable without a default; ` +
        "we can't do that (the database needs something to populate existing rows).\nProvide a one-off default now (a JSON " +
        "value such as 0 or \"text\"; it will be set on all existing rows with a null value for this column), answer ignore " +
        "to handle existing rows with NULL yourself (e.g. with RunSQL or RunCode in an earlier migration), or leave it empty " +
        "to quit and add a default in models.ts.");
      if (answer === undefined) {
        throw new MakemigrationsQuit(`Add a default to ${model.app_label}.${model.name}.${name} in ${model.app_label}/models.ts ` +
          "(or keep it null: true), then run makemigrations again.");
      }
      if (answer === "ignore") add(field);
      else add(with_default(field, answer.value), false);
    }
  }

  private model(state: ProjectState, key: string): ModelState {
    const [app, name] = key.split(".");
    return state.get_model(app ?? "", name ?? "");
  }
}

/** Django's check_dependency: whether `operation` is what `dependency` waits for. */
export function check_dependency(operation: Operation, dependency: Dependency): boolean {
  const [, model, field, what] = dependency;
  const model_lower = model.toLowerCase();
  const field_lower = field?.toLowerCase();
  if (field === null) {
    if (what === true) return operation instanceof CreateModel && operation.name_lower === model_lower;
    if (what === false) return operation instanceof DeleteModel && operation.name_lower === model_lower;
    throw new TypeError(`Can't handle dependency ${JSON.stringify(dependency)}`);
  }
  if (what === true) {
    return (operation instanceof CreateModel && operation.name_lower === model_lower && operation.fields.some(([n]) => n === field)) ||
      (operation instanceof AddField && operation.model_name_lower === model_lower && operation.name_lower === field_lower);
  }
  if (what === false) return operation instanceof RemoveField && operation.model_name_lower === model_lower && operation.name_lower === field_lower;
  if (what === "alter") return operation instanceof AlterField && operation.model_name_lower === model_lower && operation.name_lower === field_lower;
  return operation instanceof AlterUniqueTogether && operation.name_lower === model_lower;
}

/** Django's _get_dependencies_for_foreign_key: the creation of the relation's target and of its explicit through model. */
function dependencies_for_foreign_key(model: ModelState, field: Field): Dependency[] {
  const { args: [to], kwargs: { through } } = field.deconstruct();
  return [to, through].filter((label): label is string => typeof label === "string")
    .map((label) => [...resolve_relation(label, model.app_label, model.name), null, true] as const);
}

/**
 * The fields of `state` pointing at model `key`, as [model, name, field] (Django:
 * _meta.related_objects): hidden foreign keys (related_name ending in "+") left out.
 */
function related_objects(state: ProjectState, key: string): Array<[ModelState, string, Field]> {
  return [...state.models.values()].flatMap((other) => other.fields
    .filter(([, field]) => {
      const { args: [to], kwargs: { related_name } } = field.deconstruct();
      if (!field.is_relation || typeof to !== "string" || resolve_relation(to, other.app_label, other.name).join(".") !== key) return false;
      return field instanceof ManyToManyField || !(typeof related_name === "string" && related_name.endsWith("+"));
    })
    .map(([name, field]): [ModelState, string, Field] => [other, name, field]));
}

/** `dependencies` without repeats (Django: list(set(dependencies))). */
function unique_dependencies(dependencies: readonly Dependency[]): Dependency[] {
  const seen = new Set<string>();
  return dependencies.filter((dep) => !seen.has(JSON.stringify(dep)) && Boolean(seen.add(JSON.stringify(dep))));
}

function has(model: ModelState, name: string): boolean {
  return model.fields.some(([n]) => n === name);
}

function sorted_fields(model: ModelState): Array<[string, Field]> {
  return sort_by_name(model.fields);
}

function sort_by_name<T>(named: ReadonlyArray<[string, T]>): Array<[string, T]> {
  return [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The fields' definitions with relation targets left out (Django: only_relation_agnostic_fields). */
function fields_shape(model: ModelState): string {
  return JSON.stringify(sorted_fields(model).map(([name, field]) => [name, field_signature(field).replace(/^\["(\w+)",\["[^"]*"\]/, '["$1",[]')]));
}

/** A copy of `field` with a one-off default (written with preserve_default: false). */
function with_default(field: Field, value: unknown): Field {
  const spec = field.deconstruct();
  return build_field({ ...spec, kwargs: { ...spec.kwargs, default: value } });
}

/** An index or constraint as Django compares them: by what they deconstruct to. */
function option_signature(item: { deconstruct(): unknown }): string {
  return JSON.stringify(item.deconstruct());
}

/** Django's preserve_default test: existing rows get a value without asking (a many-to-many field has no column). */
function keeps_rows_valid(field: Field): boolean {
  return field instanceof ManyToManyField || field.null || field.has_default() || (field.blank && (field instanceof CharField || field instanceof TextField)) ||
    (field instanceof DateTimeField && (field.auto_now || field.auto_now_add));
}
