/**
 * An error caused by what the caller asked for (a bad argument, an unknown lesson, a path
 * outside the working copy), as opposed to a fault in the host. Bridges answer it as a
 * client error (HTTP 400) with its message, which says what to do.
 */
export class HostInputError extends Error {
  override readonly name = "HostInputError";
}
