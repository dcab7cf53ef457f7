/**
 * Runs a TestCase class against a project: each `test_*` method in its own savepoint,
 * rolled back after it, with the class's fixtures loaded first. Gives CheckResults.
 */
import type { CheckResult } from "../../protocol";
import { loaddata } from "../db/fixtures";
import type { Project } from "../project";
import { AssertionError, TestCase } from "./testcase";

/** "test_the_list_page_costs_one_query" -> "The list page costs one query". */
export function testTitle(name: string): string {
  const words = name.replace(/^test_?/, "").replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function testNames(TestClass: typeof TestCase): string[] {
  const names = new Set<string>();
  for (let proto: object | null = TestClass.prototype; proto && proto !== TestCase.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name.startsWith("test") && typeof (proto as Record<string, unknown>)[name] === "function") names.add(name);
    }
  }
  return [...names];
}

function findFixture(fixtures: Record<string, unknown>, name: string): unknown {
  if (name in fixtures) return fixtures[name];
  const key = Object.keys(fixtures).find((k) => k === `${name}.json` || k.endsWith(`/${name}`) || k.endsWith(`/${name}.json`));
  if (key === undefined) throw new Error(`No fixture named '${name.replace(/\.json$/, "")}' found in fixtures/ (have: ${Object.keys(fixtures).join(", ") || "none"}).`);
  return fixtures[key];
}

/** Runs every test method of `TestClass` (a class extending TestCase); never throws. */
export function runTestCase(project: Project, TestClass: unknown, fixtures: Record<string, unknown>): CheckResult[] {
  if (typeof TestClass !== "function" || !(TestClass.prototype instanceof TestCase)) {
    return [{ name: "checks", title: "Checks", passed: false, message: "The checks must `export default` a class extending TestCase." }];
  }
  return runTests(project, TestClass as typeof TestCase, fixtures);
}

function runTests(project: Project, TestClass: typeof TestCase, fixtures: Record<string, unknown>): CheckResult[] {
  const connection = project.connection;
  project.activate();
  return testNames(TestClass).map((name): CheckResult => {
    const title = testTitle(name);
    const savepoint = connection.savepoint();
    try {
      for (const fixture of TestClass.fixtures) loaddata(project.apps, findFixture(fixtures, fixture), fixture);
      const test = new TestClass(project);
      test.setUp();
      try {
        const result: unknown = (test as unknown as Record<string, () => unknown>)[name]?.call(test);
        if (result instanceof Promise) {
          result.catch(() => undefined);
          throw new Error(`${name} is async; checks run synchronously: use this.client (not async_client) and drop async.`);
        }
      } finally {
        test.tearDown();
      }
      return { name, title, passed: true };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      const location = project.mapStack?.(err.stack ?? "")[0];
      const message = error instanceof AssertionError ? err.message : `${err.name}: ${err.message}`;
      return { name, title, passed: false, message, ...(location ? { location } : {}) };
    } finally {
      connection.savepoint_rollback(savepoint);
    }
  });
}
