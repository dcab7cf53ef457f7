/** get_user_model(): the class named by settings.AUTH_USER_MODEL, from the active project's registry. */
import { settings } from "../../conf/settings";
import type { Manager } from "../../db/models/manager";
import type { ModelClass } from "../../db/models/model_class";
import type { AbstractBaseUser } from "./base_user";

/** The user model class, with its static side. */
export type UserModel = ModelClass<AbstractBaseUser> & typeof AbstractBaseUser & { objects: Manager<AbstractBaseUser> };

/** The user model ("auth.User" unless settings.AUTH_USER_MODEL names another). */
export function get_user_model(): UserModel {
  const model = current_user_model(settings.AUTH_USER_MODEL);
  return model as UserModel;
}

let lookup: ((label: string) => ModelClass) | undefined;

/** Installed by the project: how to find a model by label ("auth.User"). */
export function set_model_lookup(fn: (label: string) => ModelClass): void {
  lookup = fn;
}

function current_user_model(label: string): ModelClass {
  if (!lookup) throw new Error("get_user_model() needs a loaded project: call setup() first.");
  return lookup(label);
}
