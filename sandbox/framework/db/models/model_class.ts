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

/** A model's `static Meta = {...}`: Django's `class Meta` options. */
export interface MetaOptions {
  db_table?: string;
  ordering?: readonly string[];
  verbose_name?: string;
  verbose_name_plural?: string;
  unique_together?: ReadonlyArray<readonly string[]>;
  get_latest_by?: string;
  abstract?: boolean;
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
