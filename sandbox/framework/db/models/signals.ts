/**
 * Model signals (Django: db/models/signals.py), sent by save(), delete(), the constructor
 * and many-to-many managers with Django's arguments. QuerySet.update() and the bulk
 * operations send none, as in Django.
 */
import { Signal } from "../../dispatch/dispatcher";
import type { Model } from "./base";
import type { Apps } from "../../apps/registry";
import type { ModelClass } from "./model_class";

/** Before a model's constructor assigns values. */
export const pre_init = new Signal<{ args: unknown[]; kwargs: Record<string, unknown> }>();
/** After a model's constructor (also for rows loaded from the database). */
export const post_init = new Signal<{ instance: Model }>();
/** Before save() writes; `update_fields` is null unless save() was given some. */
export const pre_save = new Signal<{ instance: Model; raw: boolean; using: string; update_fields: Set<string> | null }>();
/** After save() wrote; `created` is true for an INSERT. */
export const post_save = new Signal<{
  instance: Model; created: boolean; raw: boolean; using: string; update_fields: Set<string> | null;
}>();
/** Before each collected instance is deleted (a receiver turns off fast deletes for its model). */
export const pre_delete = new Signal<{ instance: Model; using: string }>();
/** After each collected instance is deleted. */
export const post_delete = new Signal<{ instance: Model; using: string }>();

/** m2m_changed's action: pre/post of add, remove and clear. */
export type M2MAction = "pre_add" | "post_add" | "pre_remove" | "post_remove" | "pre_clear" | "post_clear";

/** When a many-to-many relation changes; the sender is the through model. */
export const m2m_changed = new Signal<{
  instance: Model; action: M2MAction; reverse: boolean; model: ModelClass; pk_set: Set<unknown> | null; using: string;
}>();

/**
 * After migrate (and flush) finished, once per installed app; the sender is the app label
 * (Django sends the AppConfig). contrib.auth creates its permissions here, as in Django.
 */
export const post_migrate = new Signal<{ app_label: string; verbosity: number; interactive: boolean; using: string; apps: Apps }>();
