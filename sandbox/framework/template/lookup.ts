/**
 * One step of a dotted lookup, as Django's Variable._resolve_lookup: key, then
 * attribute (getters included), then index; a zero-argument method is called.
 * Plain objects and Maps also answer `items`, `keys` and `values` like a Python dict.
 */
import { VariableDoesNotExist } from "./exceptions";
import { callIfCallable } from "./variable";
import { isPlainObject } from "../utils/pyrepr";
import { ObjectDoesNotExist } from "../core/exceptions";

const DICT_METHODS: Record<string, (entries: [unknown, unknown][]) => unknown[]> = {
  items: (entries) => entries,
  keys: (entries) => entries.map(([k]) => k),
  values: (entries) => entries.map(([, v]) => v),
};

export function lookup(current: unknown, bit: string): unknown {
  if (current === null || current === undefined) {
    throw new VariableDoesNotExist(`Failed lookup for key [${bit}] in ${String(current)}`);
  }
  let value: unknown;
  if (current instanceof Map) {
    if (current.has(bit)) return callIfCallable(current.get(bit), current);
    const dictMethod = DICT_METHODS[bit];
    if (dictMethod) return dictMethod([...current.entries()]);
    throw new VariableDoesNotExist(`Failed lookup for key [${bit}]`);
  }
  const object = Object(current) as Record<string, unknown>;
  const getitem = object["__getitem__"];
  if (typeof getitem === "function") {
    // Python's obj[key] comes first, as in Django; a miss falls back to attributes.
    try {
      return getitem.call(current, bit);
    } catch {
      // not a key: try the attribute below
    }
  }
  if (bit in object) {
    try {
      value = object[bit];
    } catch (error) {
      if (isSilent(error)) throw new VariableDoesNotExist(String(error));
      throw error;
    }
    try {
      return callIfCallable(value, current);
    } catch (error) {
      if (isSilent(error)) throw new VariableDoesNotExist(String(error));
      throw error;
    }
  }
  const dictMethod = DICT_METHODS[bit];
  if (dictMethod && isPlainObject(current)) return dictMethod(Object.entries(current));
  throw new VariableDoesNotExist(`Failed lookup for key [${bit}] in ${describe(current)}`);
}

/** Errors that mean "no such value" in a template (Django's silent_variable_failure). */
function isSilent(error: unknown): boolean {
  // As in Django, a missing related object renders as an invalid variable.
  if (error instanceof VariableDoesNotExist || error instanceof ObjectDoesNotExist) return true;
  if (typeof error !== "object" || error === null) return false;
  const flag = (error as { silent_variable_failure?: unknown }).silent_variable_failure;
  const staticFlag = (error.constructor as { silent_variable_failure?: unknown }).silent_variable_failure;
  return Boolean(flag ?? staticFlag);
}

function describe(value: unknown): string {
  return typeof value === "object" && value !== null ? (value.constructor?.name ?? "object") : typeof value;
}
