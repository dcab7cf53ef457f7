/**
 * The models as a migration sees them (Django: db/migrations/state.py): ModelState is one
 * model's fields and options as plain data, ProjectState all of them at one point of the
 * history. `render()` turns a state into real model classes ("historical models").
 */
import { Apps } from "../../apps/registry";
import type { Connection } from "../backends/sqljs/base";
import { Model } from "../models/base";
import type { Field } from "../models/fields";
import type { MetaOptions, ModelClass } from "../models/model_class";
import { clone_field } from "./field_utils";

/** Meta options a migration tracks (Django's ModelState.options). */
export type ModelOptions = Omit<MetaOptions, "abstract">;

/** One model at one point of the history. */
export class ModelState {
  constructor(
    readonly app_label: string,
    public name: string,
    public fields: Array<[string, Field]>,
    public options: ModelOptions = {},
  ) {}

  get name_lower(): string {
    return this.name.toLowerCase();
  }

  /**
   * The model's fields then its many-to-many fields (Django's order), cloned so that the
   * state never shares a field with a live model.
   */
  static from_model(model: ModelClass): ModelState {
    const meta = model._meta;
    const options: ModelOptions = { ...(model.Meta ?? {}) };
    delete (options as MetaOptions).abstract;
    return new ModelState(meta.app_label, meta.object_name, [...meta.fields, ...meta.many_to_many].map((f) => [f.name, clone_field(f)]), options);
  }

  clone(): ModelState {
    return new ModelState(this.app_label, this.name, this.fields.map(([n, f]) => [n, clone_field(f)]), { ...this.options });
  }

  /** The field called `name`; an error naming the model otherwise. */
  get_field(name: string): Field {
    const found = this.fields.find(([n]) => n === name);
    if (!found) throw new TypeError(`${this.app_label}.${this.name} has no field named '${name}'`);
    return found[1];
  }
}

/** Every model at one point of the history, keyed "app_label.model_name". */
export class ProjectState {
  readonly models = new Map<string, ModelState>();
  private rendered?: Apps;

  constructor(models: Iterable<ModelState> = []) {
    for (const model of models) this.add_model(model);
  }

  /**
   * The state of a live registry (only the given app labels, when given); automatic
   * through models are left out, as rendering recreates them from their fields.
   */
  static from_apps(apps: Apps, app_labels?: ReadonlySet<string>): ProjectState {
    return new ProjectState(apps.get_models()
      .filter((m) => !m._meta.auto_created && (!app_labels || app_labels.has(m._meta.app_label)))
      .map((m) => ModelState.from_model(m)));
  }

  add_model(model: ModelState): void {
    this.models.set(`${model.app_label}.${model.name_lower}`, model);
  }

  remove_model(app_label: string, model_name: string): void {
    this.models.delete(`${app_label}.${model_name.toLowerCase()}`);
  }

  /** The model `app_label.model_name`; a LookupError-like message otherwise. */
  get_model(app_label: string, model_name: string): ModelState {
    const model = this.models.get(`${app_label}.${model_name.toLowerCase()}`);
    if (!model) throw new TypeError(`No model '${model_name}' in app '${app_label}' at this point of the migration history.`);
    return model;
  }

  clone(): ProjectState {
    return new ProjectState([...this.models.values()].map((m) => m.clone()));
  }

  /**
   * Real model classes for this state on `connection` (Django: StateApps): what
   * RunCode's `apps.get_model()` returns and what the schema editor writes DDL for.
   * Rendered once; operations change clones, never a rendered state.
   */
  render(connection: Connection): Apps {
    if (this.rendered) return this.rendered;
    const modules: Record<string, Record<string, unknown>> = {};
    const labels: string[] = [];
    for (const state of this.models.values()) {
      const module = modules[`${state.app_label}.models`] ??= {};
      if (!labels.includes(state.app_label)) labels.push(state.app_label);
      module[state.name] = historical_model(state);
    }
    const apps = new Apps(connection);
    apps.populate(labels, modules);
    this.rendered = apps;
    return apps;
  }
}

/** A Model subclass named like the state's model, with fresh copies of its fields. */
function historical_model(state: ModelState): ModelClass {
  const cls = class extends Model {};
  Object.defineProperty(cls, "name", { value: state.name });
  const fields = Object.fromEntries(state.fields.map(([n, f]) => [n, clone_field(f)]));
  Object.assign(cls, { fields, Meta: { ...state.options } });
  return cls as unknown as ModelClass;
}
