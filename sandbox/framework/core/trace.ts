/**
 * The request trace: every query a project runs is recorded here, with where it came
 * from. One Tracer per loaded project; the runtime installs `resolveOrigin` so that a
 * stack trace of the bundled code maps back to the learner's TypeScript file:line.
 */
import type { QueryRecord, SourceLocation, TemplateLocation } from "../../protocol";

/** Frames kept per query: enough to reach the learner's view through the template engine's. */
const ORIGIN_FRAMES = 100;

export class Tracer {
  private recorded: QueryRecord[] = [];
  /** Stacks captured for recorded queries whose origin is not resolved yet, by query. */
  private unresolved = new Map<QueryRecord, Error>();
  /** Templates being rendered, innermost last; the template engine pushes and pops. */
  readonly templateStack: TemplateLocation[] = [];
  /** Maps a JavaScript stack (of the bundled project) to the learner's code; none, no origins. */
  resolveOrigin?: (stack: string | undefined) => SourceLocation | undefined;

  /** Every query recorded since the last reset(), each with its origin. */
  get queries(): QueryRecord[] {
    this.resolve();
    return this.recorded;
  }

  /**
   * Records a query and captures the stack that ran it. The stack is formatted and mapped
   * to the learner's file:line only when the queries are read, which most never are
   * (assertNumQueries counts them; a request's trace reads each once).
   */
  record(query: QueryRecord): void {
    this.recorded.push(query);
    if (this.resolveOrigin) this.unresolved.set(query, captureStack());
  }

  /** The template line being rendered right now, if any. */
  currentTemplate(): TemplateLocation | undefined {
    const top = this.templateStack[this.templateStack.length - 1];
    return top ? { ...top } : undefined;
  }

  /** Starts a fresh query list (one per request) and returns the previous one. */
  reset(): QueryRecord[] {
    const previous = this.queries;
    this.recorded = [];
    return previous;
  }

  private resolve(): void {
    if (this.unresolved.size === 0 || !this.resolveOrigin) return;
    for (const [query, error] of this.unresolved) {
      const origin = this.resolveOrigin(error.stack);
      if (origin) query.origin = origin;
    }
    this.unresolved.clear();
  }
}

/** The current stack, unformatted: V8 formats `stack` on first read, and most are never read. */
function captureStack(): Error {
  const limits = Error as { stackTraceLimit?: number };
  const limit = limits.stackTraceLimit;
  limits.stackTraceLimit = ORIGIN_FRAMES;
  try {
    return new Error("query origin");
  } finally {
    limits.stackTraceLimit = limit;
  }
}
