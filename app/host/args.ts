/**
 * Validates a bridge call against the contract's argument schemas, so IPC and HTTP
 * reject the same bad input with the same message.
 */
import { z } from "zod";
import { type HostApi, type HostMethod, hostApiArgs, hostMethods } from "../contract";
import { HostInputError } from "./errors";

/** True when `name` is a HostApi method (not just any property of the host object). */
export function isHostMethod(name: string): name is HostMethod {
  return (hostMethods as readonly string[]).includes(name);
}

/**
 * Returns `args` typed for `method`, or throws a HostInputError naming the argument at
 * fault, e.g. `openLesson: argument 2 (lessonId) must be a string`.
 */
export function parseHostArgs<M extends HostMethod>(method: M, args: unknown): Parameters<HostApi[M]> {
  const schema: z.ZodTuple = hostApiArgs[method];
  const result = schema.safeParse(args);
  if (result.success) return result.data as Parameters<HostApi[M]>;
  const names = schema.def.items.map((item) => z.globalRegistry.get(item)?.description ?? "argument");
  const issue = result.error.issues[0];
  const index = issue?.path[0];
  if (typeof index !== "number") {
    throw new HostInputError(
      `${method}: expected ${names.length} argument(s) (${names.join(", ")}), got ${describeCount(args)}.`,
    );
  }
  const where = issue.path.slice(1).map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`));
  const label = `argument ${index + 1} (${names[index] ?? "extra"}${where.join("")})`;
  throw new HostInputError(`${method}: ${label} ${describeIssue(issue)}.`);
}

function describeCount(args: unknown): string {
  return Array.isArray(args) ? `${args.length}` : `${typeof args} instead of an argument list`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${issue.expected === "array" ? "an array" : `a ${issue.expected}`}`;
    case "invalid_format":
    case "custom":
      return issue.message;
    default:
      return `is invalid: ${issue.message}`;
  }
}
