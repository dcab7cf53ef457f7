/**
 * Middleware tracing: wraps one middleware to record, in the request trace, that it ran
 * and what it changed: request attributes it set on the way in, headers and cookies it
 * set on the way out, and whether it answered without calling the view.
 */
import type { MiddlewareTrace } from "../../protocol";
import type { HttpRequest } from "../http/request";
import type { HttpResponse } from "../http/response";
import { type GetResponse, type Middleware, and_then } from "../middleware/base";
import type { RequestActivity } from "./activity";

interface LayerState {
  entry: MiddlewareTrace;
  before: Map<string, unknown>;
  inward?: string[];
  inner?: HttpResponse;
  innerHeaders?: Map<string, string>;
  innerCookies?: Map<string, string>;
}

/** Builds a middleware around `inner`, and the outer layer that records its trace entry. */
export function traced_layer(name: string, activity: () => RequestActivity, build: (get_response: GetResponse) => Middleware, inner: GetResponse): { built: Middleware; layer: GetResponse } {
  const states = new WeakMap<HttpRequest, LayerState>();
  const spy: GetResponse = (request) => {
    const state = states.get(request);
    if (state) state.inward = requestChanges(state.before, request);
    return and_then(inner(request), (response) => {
      if (state) {
        state.inner = response;
        state.innerHeaders = new Map(response.headers.items());
        state.innerCookies = cookieValues(response);
      }
      return response;
    });
  };
  const built = build(spy);
  const layer: GetResponse = (request) => {
    const entry: MiddlewareTrace = { name, changed: [] };
    activity().middleware.push(entry);
    const state: LayerState = { entry, before: snapshot(request) };
    states.set(request, state);
    const fail = (error: unknown): never => {
      entry.changed.push(`raised ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      throw error;
    };
    try {
      const result = and_then(built(request), (response) => {
        entry.changed.push(...describe(state, request, response));
        return response;
      });
      return result instanceof Promise ? result.catch(fail) : result;
    } catch (error) {
      return fail(error);
    }
  };
  return { built, layer };
}

/** Request fields the handler itself sets or fills lazily: not a middleware's doing. */
const INTERNAL = new Set(["parsed", "resolver_match"]);

function snapshot(request: HttpRequest): Map<string, unknown> {
  return new Map(Object.entries(request));
}

function requestChanges(before: Map<string, unknown>, request: HttpRequest): string[] {
  return Object.entries(request)
    .filter(([key, value]) => !INTERNAL.has(key) && (!before.has(key) || before.get(key) !== value))
    .map(([key]) => `request.${key}`);
}

function cookieValues(response: HttpResponse): Map<string, string> {
  return new Map(Object.entries(response.cookies).map(([key, c]) => [key, `${c.value};${c.max_age ?? ""}`]));
}

function describe(state: LayerState, request: HttpRequest, response: HttpResponse): string[] {
  const changed = [...(state.inward ?? requestChanges(state.before, request))];
  if (!state.inner) {
    changed.push(`answered ${response.status_code} without calling the view`);
    return changed;
  }
  if (response !== state.inner) changed.push(`replaced the response with a ${response.status_code}`);
  for (const [key, value] of response.headers.items()) {
    if (state.innerHeaders?.get(key) !== value) changed.push(`header ${key}: ${value}`);
  }
  for (const [key, value] of cookieValues(response)) {
    if (state.innerCookies?.get(key) !== value) changed.push(response.cookies[key]?.max_age === 0 ? `deleted cookie ${key}` : `cookie ${key}`);
  }
  return changed;
}
