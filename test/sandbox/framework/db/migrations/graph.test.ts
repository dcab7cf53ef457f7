import { describe, expect, it } from "vitest";
import { MigrationGraph, NodeNotFoundError } from "../../../../../sandbox/framework/db/migrations/graph";
import { LoadedMigration } from "../../../../../sandbox/framework/db/migrations/migration";

const migration = (name: string, dependencies: Array<[string, string]> = []) =>
  new LoadedMigration("books", name, dependencies, [], name.startsWith("0001"), true);

/** 0001 <- 0002_a, 0001 <- 0002_b: two leaves, a conflict. */
function branched(): MigrationGraph {
  const graph = new MigrationGraph();
  const nodes = [migration("0001_initial"), migration("0002_a", [["books", "0001_initial"]]), migration("0002_b", [["books", "0001_initial"]])];
  for (const node of nodes) graph.add_node(node);
  for (const node of nodes) for (const [app, name] of node.dependencies) graph.add_dependency(node, `${app}.${name}`);
  return graph;
}

describe("MigrationGraph", () => {
  it("has one root and, on a branch, two leaves", () => {
    const graph = branched();
    expect(graph.root_nodes("books")).toEqual(["books.0001_initial"]);
    expect(graph.leaf_nodes("books")).toEqual(["books.0002_a", "books.0002_b"]);
  });

  it("plans dependencies first forwards and dependents first backwards", () => {
    const graph = branched();
    expect(graph.forwards_plan("books.0002_b")).toEqual(["books.0001_initial", "books.0002_b"]);
    expect(graph.backwards_plan("books.0001_initial").at(-1)).toBe("books.0001_initial");
    expect(graph.backwards_plan("books.0001_initial")).toHaveLength(3);
  });

  it("names the learner's file when a dependency does not exist", () => {
    const graph = new MigrationGraph();
    const orphan = migration("0002_a", [["books", "0001_missing"]]);
    graph.add_node(orphan);
    expect(() => graph.add_dependency(orphan, "books.0001_missing")).toThrow(NodeNotFoundError);
    expect(() => graph.add_dependency(orphan, "books.0001_missing")).toThrow("books/migrations/0002_a.ts");
  });
});
