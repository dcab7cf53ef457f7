/** Keeps a caller-supplied path inside one folder. */
import { isAbsolute, relative, resolve } from "node:path";
import { HostInputError } from "./errors";

/**
 * Resolves `path` (relative, "/"-separated, e.g. "books/views.ts") inside `root`, or
 * throws a HostInputError saying why it was refused: absolute paths, drive letters,
 * backslashes, NUL, and empty, "." or ".." segments are all refused.
 */
export function confinePath(root: string, path: string): string {
  const refuse = (why: string): never => {
    throw new HostInputError(`The path "${path.replaceAll("\0", "\\0")}" ${why}; use a path relative to the project, like "books/views.ts".`);
  };
  if (path === "") refuse("is empty");
  if (path.includes("\0")) refuse("contains a NUL character");
  if (path.includes("\\")) refuse("contains a backslash");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || isAbsolute(path)) refuse("is absolute");
  for (const segment of path.split("/")) {
    if (segment === "..") refuse('goes up a folder with ".."');
    if (segment === "" || segment === ".") refuse('has an empty or "." segment');
  }
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) refuse("leaves the project folder");
  return full;
}
