/**
 * The request trace: every query a project runs is recorded here, with where it came
 * from. One Tracer per loaded project; the runtime installs `resolveOrigin` so that a
 * stack trace of the bundled code maps back to the learner's TypeScript file:line.
 */
import type { QueryRecord, SourceLocation, TemplateLocation, UnusedRelation } from "../../protocol";

/** A relation a query asked to load ahead (select_related/prefetch_related), and whether anything read it. */
export interface RelationUse extends UnusedRelation {
  used: boolean;
}

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

  /** Relations loaded ahead since the last take_unused_relations(). */
  relations: RelationUse[] = [];

  /** Notes a relation loaded ahead by the query being evaluated (where the learner asked for it). */
  request_relation(relation: string, kind: UnusedRelation["kind"]): RelationUse {
    const use: RelationUse = { relation, kind, origin: this.resolveOrigin?.(captureStack().stack), used: false };
    // Bounded: code that never reads a trace (a test loop) must not grow it forever.
    if (this.relations.length >= 1000) this.relations.shift();
    this.relations.push(use);
    return use;
  }

  /** The relations loaded ahead but never read, once each; starts a fresh list. */
  take_unused_relations(): UnusedRelation[] {
    const seen = new Set<string>();
    const unused = this.relations.filter((r) => !r.used).filter((r) => {
      const key = `${r.kind}:${r.relation}:${r.origin?.file ?? ""}:${r.origin?.line ?? ""}`;
      return !seen.has(key) && Boolean(seen.add(key));
    }).map(({ relation, kind, origin }) => (origin ? { relation, kind, origin } : { relation, kind }));
    this.relations = [];
    return unused;
  }

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
