/**
 * The autodetector (Django: db/migrations/autodetector.py): compares the state the
 * migrations build with the state of the models and lists the operations that turn
 * one into the other, per app, in Django's order. Renames are asked, never guessed.
 */
import type { Field } from "../models/fields";
import { Index } from "../models/indexes";
import { CharField, DateTimeField, TextField } from "../models/fields";
import { ManyToManyField } from "../models/fields/many_to_many";
import { build_field, field_signature, relation_dependencies, relation_target } from "./field_utils";
import type { Operation } from "./operations/base";
import { AddField, AlterField, RemoveField, RenameField } from "./operations/fields";
import { AddConstraint, AddIndex, RemoveConstraint, RemoveIndex } from "./operations/indexes";
import { AlterModelTable, AlterUniqueTogether } from "./operations/model_options";
import { AlterModelOptions, CreateModel, DeleteModel, RenameModel } from "./operations/models";
import { MakemigrationsQuit, type Questioner } from "./questioner";
import type { ModelState, ProjectState } from "./state";

/** Operations per app label, in the order they must run. */
export type Changes = Map<string, Operation[]>;

const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();

/** Compares `from_state` (the migrations) with `to_state` (the models) for `app_labels`. */
export class MigrationAutodetector {
  private readonly changes: Changes = new Map();
  /** The migrations' state, with each accepted rename applied so later steps compare like with like. */
  private readonly from: ProjectState;

  constructor(from_state: ProjectState, private readonly to: ProjectState, private readonly questioner: Questioner) {
    this.from = from_state.clone();
  }

  detect(app_labels: ReadonlySet<string>): Changes {
    const keys = (state: ProjectState) => new Set([...state.models.keys()].filter((k) => app_labels.has(k.split(".")[0] ?? "")));
    this.renamed_models(keys(this.from), keys(this.to));
    const old_keys = keys(this.from);
    const new_keys = keys(this.to);
    const deleted = sorted(old_keys).filter((k) => !new_keys.has(k));
    const through_models = this.through_models();
    this.deleted_models(deleted.filter((k) => !through_models.has(k)));
    this.created_models(sorted(new_keys).filter((k) => !old_keys.has(k)));
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
    // A through model is deleted once the fields using it are gone (Django's through_users dependency).
    this.deleted_models(deleted.filter((k) => through_models.has(k)));
    return this.changes;
  }

  private add(app_label: string, operation: Operation): void {
    const list = this.changes.get(app_label) ?? [];
    list.push(operation);
    this.changes.set(app_label, list);
  }

  /** The explicit through models of the migrations' many-to-many fields, as labels. */
  private through_models(): Set<string> {
    const labels = [...this.from.models.values()].flatMap((model) => model.fields.map(([, f]) => f.deconstruct().kwargs.through));
    return new Set(labels.filter((label): label is string => typeof label === "string"));
  }

  private renamed_models(old_keys: Set<string>, new_keys: Set<string>): void {
    for (const new_key of sorted(new_keys).filter((k) => !old_keys.has(k))) {
      const model = this.model(this.to, new_key);
      for (const old_key of sorted(old_keys).filter((k) => !new_keys.has(k))) {
        const old = this.model(this.from, old_key);
        if (old.app_label !== model.app_label || fields_shape(old) !== fields_shape(model)) continue;
        if (!this.questioner.ask_yes_no(`rename_model:${old_key}:${new_key}`,
          `Did you rename the ${old.app_label}.${old.name} model to ${model.name}? [y/N]`)) continue;
        const operation = new RenameModel({ old_name: old.name, new_name: model.name });
        operation.state_forwards(model.app_label, this.from);
        this.add(model.app_label, operation);
        old_keys.delete(old_key);
        break;
      }
    }
  }

  /** Models that point at other deleted models go first, so nothing is dropped while referenced. */
  private deleted_models(keys: string[]): void {
    const referenced = (key: string) => keys.some((other) => other !== key &&
      this.model(this.from, other).fields.some(([, f]) => relation_target(f) === key));
    for (const key of [...keys.filter((k) => !referenced(k)), ...keys.filter(referenced)]) {
      const model = this.model(this.from, key);
      this.add(model.app_label, new DeleteModel({ name: model.name }));
    }
  }

  /**
   * CreateModel per new model; relations to models (or explicit through models) not
   * created yet follow as AddField (Django's optimizer result).
   */
  private created_models(keys: string[]): void {
    const exists = new Set(this.from.models.keys());
    const later: Array<[ModelState, string, Field]> = [];
    for (const key of keys) {
      const model = this.model(this.to, key);
      exists.add(key);
      const plain = model.fields.filter(([, f]) => !f.is_relation);
      const relations = model.fields.filter(([, f]) => f.is_relation);
      const ready = relations.filter(([, f]) => relation_dependencies(f).every((label) => exists.has(label)));
      later.push(...relations.filter((r) => !ready.includes(r)).map(([n, f]): [ModelState, string, Field] => [model, n, f]));
      const { indexes = [], constraints = [], ...options } = model.options;
      this.add(model.app_label, new CreateModel({ name: model.name, fields: [...plain, ...ready], options }));
      for (const index of indexes) this.add(model.app_label, new AddIndex({ model_name: model.name_lower, index }));
      for (const constraint of constraints) this.add(model.app_label, new AddConstraint({ model_name: model.name_lower, constraint }));
    }
    for (const [model, name, field] of later) {
      this.add(model.app_label, new AddField({ model_name: model.name_lower, name, field }));
    }
  }

  private altered_options(key: string): void {
    const pick = (model: ModelState) => Object.fromEntries(AlterModelOptions.KEYS
      .filter((k) => model.options[k] !== undefined).map((k) => [k, model.options[k]]));
    const old = pick(this.model(this.from, key));
    const model = this.model(this.to, key);
    const now = pick(model);
    if (JSON.stringify(old) !== JSON.stringify(now)) this.add(model.app_label, new AlterModelOptions({ name: model.name, options: now }));
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
    this.add(model.app_label, new AlterUniqueTogether({ name: model.name_lower, unique_together }));
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
    for (const [name] of sorted_fields(old).filter(([n]) => !has(model, n))) {
      this.add(model.app_label, new RemoveField({ model_name: model.name_lower, name }));
    }
  }

  private added_fields(key: string): void {
    const old = this.model(this.from, key);
    const model = this.model(this.to, key);
    for (const [name, field] of sorted_fields(model).filter(([n]) => !has(old, n))) {
      if (keeps_rows_valid(field)) {
        this.add(model.app_label, new AddField({ model_name: model.name_lower, name, field }));
        continue;
      }
      const answer = this.questioner.ask_value(`not_null_addition:${key}.${name}`,
        `You are trying to add a non-nullable field '${name}' to ${model.name_lower} without a default; we can't do that ` +
        "(the database needs something to populate existing rows).\nProvide a one-off default now (a JSON value such as 0, " +
        "\"text\" or null; it will be set on all existing rows), or leave it empty to quit and add a default in models.ts.");
      if (answer === undefined) {
        throw new MakemigrationsQuit(`Add a default to ${model.app_label}.${model.name}.${name} in ${model.app_label}/models.ts ` +
          "(or make it null: true), then run makemigrations again.");
      }
      this.add(model.app_label, new AddField({ model_name: model.name_lower, name, field: with_default(field, answer.value), preserve_default: false }));
    }
  }

  private altered_fields(key: string): void {
    const old = this.model(this.from, key);
    const model = this.model(this.to, key);
    for (const [name, field] of sorted_fields(model).filter(([n]) => has(old, n))) {
      const old_field = old.get_field(name);
      if (field_signature(old_field) === field_signature(field)) continue;
      if (!old_field.null || field.null || field.has_default()) {
        this.add(model.app_label, new AlterField({ model_name: model.name_lower, name, field }));
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
      if (answer === "ignore") {
        this.add(model.app_label, new AlterField({ model_name: model.name_lower, name, field }));
        continue;
      }
      this.add(model.app_label, new AlterField({ model_name: model.name_lower, name, field: with_default(field, answer.value), preserve_default: false }));
    }
  }

  private model(state: ProjectState, key: string): ModelState {
    const [app, name] = key.split(".");
    return state.get_model(app ?? "", name ?? "");
  }
}

function has(model: ModelState, name: string): boolean {
  return model.fields.some(([n]) => n === name);
}

function sorted_fields(model: ModelState): Array<[string, Field]> {
  return [...model.fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
