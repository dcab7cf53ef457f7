/**
 * The static side of a model class, as the ORM sees it once the class is registered on
 * an Apps instance (Django keeps the same things on the class: `_meta`, `objects`,
 * `DoesNotExist`, `MultipleObjectsReturned`).
 */
import type { MultipleObjectsReturned, ObjectDoesNotExist } from "../../core/exceptions";
import type { Model } from "./base";
import type { Field } from "./fields";
import type { Manager } from "./manager";
import type { Options } from "./options";
import type { BaseConstraint } from "./constraints";
import type { Index } from "./indexes";

/** A model's `static Meta = {...}`: Django's `class Meta` options. */
export interface MetaOptions {
  db_table?: string;
  ordering?: readonly string[];
  verbose_name?: string;
  verbose_name_plural?: string;
  unique_together?: ReadonlyArray<readonly string[]>;
  get_latest_by?: string;
  /** A base class whose fields its subclasses inherit; it has no table (only its own `static Meta` counts). */
  abstract?: boolean;
  indexes?: readonly Index[];
  constraints?: readonly BaseConstraint[];
}

/** A registered model class. */
export interface ModelClass<T extends Model = Model> {
  new (kwargs?: Record<string, unknown>): T;
  readonly name: string;
  readonly prototype: T;
  fields?: Record<string, Field>;
  Meta?: MetaOptions;
  _meta: Options;
  objects: Manager<T>;
  /** The first manager the model declares (`objects` by default). */
  _default_manager: Manager<T>;
  /** A plain Manager, whatever the model's own managers filter out (Django's _base_manager). */
  _base_manager: Manager<T>;
  DoesNotExist: new (message: string) => ObjectDoesNotExist;
  MultipleObjectsReturned: new (message: string) => MultipleObjectsReturned;
}

/** Reads an attribute of a model instance by name. */
export function getAttr(instance: object, name: string): unknown {
  return (instance as Record<string, unknown>)[name];
}

/** Sets an attribute of a model instance by name. */
export function setAttr(instance: object, name: string, value: unknown): void {
  (instance as Record<string, unknown>)[name] = value;
}
