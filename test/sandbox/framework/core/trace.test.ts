import { describe, expect, it } from "vitest";
import { Tracer } from "../../../../sandbox/framework/core/trace";

const query = (sql: string) => ({ sql, params: [], durationMs: 0, rowCount: 0 });

describe("Tracer", () => {
  it("maps each query's stack to its origin when the queries are read, once", () => {
    const tracer = new Tracer();
    const stacks: Array<string | undefined> = [];
    tracer.resolveOrigin = (stack) => {
      stacks.push(stack);
      return stack?.includes("runsTheQuery") ? { file: "books/views.ts", line: 7, column: 3 } : undefined;
    };
    function runsTheQuery(): void {
      tracer.record(query("SELECT 1"));
    }
    runsTheQuery();
    tracer.record(query("SELECT 2"));
    expect(stacks).toEqual([]);
    const [first, second] = tracer.queries;
    expect(first?.origin).toEqual({ file: "books/views.ts", line: 7, column: 3 });
    expect(second).not.toHaveProperty("origin");
    expect(tracer.reset()).toHaveLength(2);
    expect(stacks).toHaveLength(2);
    expect(tracer.queries).toEqual([]);
  });

  it("records queries without origins when no resolver is installed", () => {
    const tracer = new Tracer();
    tracer.record(query("SELECT 1"));
    expect(tracer.reset()).toEqual([query("SELECT 1")]);
  });
});
