/**
 * The request trace: every query a project runs is recorded here, with where it came
 * from. One Tracer per loaded project; the runtime installs `resolveOrigin` so that a
 * stack trace of the bundled code maps back to the learner's TypeScript file:line.
 */
import type { QueryRecord, SourceLocation, TemplateLocation } from "../../protocol";

export class Tracer {
  queries: QueryRecord[] = [];
  /** Templates being rendered, innermost last; the template engine pushes and pops. */
  readonly templateStack: TemplateLocation[] = [];
  /** Maps a JavaScript stack (of the bundled project) to the learner's code. */
  resolveOrigin: (stack: string | undefined) => SourceLocation | undefined = () => undefined;

  record(query: QueryRecord): void {
    this.queries.push(query);
  }

  /** The template line being rendered right now, if any. */
  currentTemplate(): TemplateLocation | undefined {
    const top = this.templateStack[this.templateStack.length - 1];
    return top ? { ...top } : undefined;
  }

  /** Starts a fresh query list (one per request) and returns the previous one. */
  reset(): QueryRecord[] {
    const previous = this.queries;
    this.queries = [];
    return previous;
  }
}
