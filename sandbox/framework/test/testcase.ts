/**
 * TestCase, as in Django's test/testcases.py: a client, fixtures, and assertions whose
 * failure messages read like Django's.
 */
import type { Project } from "../project";
import { pyrepr } from "../utils/pyrepr";
import { pyEquals, pyContains } from "../template/pyvalues";
import { AsyncClient, Client, type TestResponse } from "./client";

/** A failed assertion. */
export class AssertionError extends Error {
  override name = "AssertionError";
}

const show = (value: unknown) => (typeof value === "object" && value !== null && !Array.isArray(value) && value.constructor !== Object ? String(value) : pyrepr(value));

/** Base class of a project's tests: `class BookTests extends TestCase { test_list() { ... } }`. */
export class TestCase {
  /** Fixture files loaded before each test, from the project's fixtures/ folder. */
  static fixtures: string[] = [];

  client: Client;
  async_client: AsyncClient;

  constructor(readonly project: Project) {
    this.client = new Client(project);
    this.async_client = new AsyncClient(project);
  }

  /** Runs before each test. */
  setUp(): void {}
  /** Runs after each test. */
  tearDown(): void {}

  fail(message: string): never {
    throw new AssertionError(message);
  }

  assertEqual(first: unknown, second: unknown, msg?: string): void {
    if (!pyEquals(first, second)) this.fail(`${show(first)} != ${show(second)}${msg ? ` : ${msg}` : ""}`);
  }

  assertNotEqual(first: unknown, second: unknown, msg?: string): void {
    if (pyEquals(first, second)) this.fail(`${show(first)} == ${show(second)}${msg ? ` : ${msg}` : ""}`);
  }

  assertTrue(value: unknown, msg?: string): void {
    if (!value) this.fail(msg ?? `${show(value)} is not true`);
  }

  assertFalse(value: unknown, msg?: string): void {
    if (value) this.fail(msg ?? `${show(value)} is not false`);
  }

  assertIn(member: unknown, container: unknown, msg?: string): void {
    if (!pyContains(container, member)) this.fail(msg ?? `${show(member)} not found in ${show(container)}`);
  }

  assertNotIn(member: unknown, container: unknown, msg?: string): void {
    if (pyContains(container, member)) this.fail(msg ?? `${show(member)} unexpectedly found in ${show(container)}`);
  }

  assertIsNone(value: unknown, msg?: string): void {
    if (value !== null && value !== undefined) this.fail(msg ?? `${show(value)} is not None`);
  }

  /** The response has status_code (200) and contains `text` (exactly `count` times, when given). */
  assertContains(response: TestResponse, text: string, options: { count?: number; status_code?: number } = {}): void {
    const status = options.status_code ?? 200;
    if (response.status_code !== status) this.fail(`Couldn't retrieve content: Response code was ${response.status_code} (expected ${status})`);
    const real = response.content.split(text).length - 1;
    if (options.count !== undefined) {
      if (real !== options.count) this.fail(`Found ${real} instances of '${text}' in response (expected ${options.count})`);
    } else if (real === 0) {
      this.fail(`Couldn't find '${text}' in response`);
    }
  }

  assertNotContains(response: TestResponse, text: string, options: { status_code?: number } = {}): void {
    const status = options.status_code ?? 200;
    if (response.status_code !== status) this.fail(`Couldn't retrieve content: Response code was ${response.status_code} (expected ${status})`);
    if (response.content.includes(text)) this.fail(`Response should not contain '${text}'`);
  }

  /** The response redirects (status_code, 302) to expected_url, which answers target_status_code (200). */
  /**
   * As Django's: the response redirected with `status_code` to `expected_url` (query
   * strings compared as sets), and the target answers `target_status_code`, fetched with
   * the client that made the response (a followed response's last hop is checked instead).
   */
  assertRedirects(
    response: TestResponse,
    expected_url: string,
    options: { status_code?: number; target_status_code?: number; fetch_redirect_response?: boolean } = {},
  ): void {
    const status = options.status_code ?? 302;
    const target = options.target_status_code ?? 200;
    let url: string;
    if (response.redirect_chain.length) {
      const [, firstStatus] = response.redirect_chain[0] as [string, number];
      if (firstStatus !== status) this.fail(`Initial response didn't redirect as expected: Response code was ${firstStatus} (expected ${status})`);
      url = (response.redirect_chain[response.redirect_chain.length - 1] as [string, number])[0];
      if (response.status_code !== target) this.fail(`Response didn't redirect as expected: Final Response code was ${response.status_code} (expected ${target})`);
    } else {
      if (response.status_code !== status) this.fail(`Response didn't redirect as expected: Response code was ${response.status_code} (expected ${status})`);
      url = response.headers.get("Location") ?? "";
      // A relative Location is relative to the request's path.
      if (!url.startsWith("/") && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        const resolved = new URL(url, `http://testserver${response.request.path}`);
        url = resolved.pathname + resolved.search;
      }
      if (options.fetch_redirect_response ?? true) {
        const path = url.replace(/^https?:\/\/testserver/, "");
        const client = response.client instanceof Client ? response.client : this.client;
        const fetched = client.get(path);
        if (fetched.status_code !== target) {
          this.fail(`Couldn't retrieve redirection page '${path.split("?")[0]}': response code was ${fetched.status_code} (expected ${target})`);
        }
      }
    }
    if (normalize_url(url) !== normalize_url(expected_url)) this.fail(`Response redirected to '${url}', expected '${expected_url}'`);
  }

  assertTemplateUsed(response: TestResponse, template_name: string): void {
    const names = response.templates.map((t) => t.name);
    if (!names.length) this.fail("No templates used to render the response");
    if (!names.includes(template_name)) {
      this.fail(`Template '${template_name}' was not a template used to render the response. Actual template(s) used: ${names.join(", ")}`);
    }
  }

  assertTemplateNotUsed(response: TestResponse, template_name: string): void {
    if (response.templates.some((t) => t.name === template_name)) this.fail(`Template '${template_name}' was used unexpectedly in rendering the response`);
  }

  /** `fn` runs exactly `num` queries; the failure lists them, as Django does. */
  assertNumQueries<T>(num: number, fn: () => T): T {
    const tracer = this.project.tracer;
    const before = tracer.queries.length;
    const result = fn();
    const queries = tracer.queries.slice(before);
    if (queries.length !== num) {
      const listed = queries.map((q, i) => `${i + 1}. ${q.sql}`).join("\n");
      this.fail(`${queries.length} != ${num} : ${queries.length} queries executed, ${num} expected\nCaptured queries were:\n${listed}`);
    }
    return result;
  }
}

/** Django's assertURLEqual normalising: the query string's pairs sorted, so their order does not matter. */
function normalize_url(url: string): string {
  const [base = "", query] = url.split(/\?(.*)/s);
  if (query === undefined) return base;
  return `${base}?${query.split("&").sort().join("&")}`;
}
