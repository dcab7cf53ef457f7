/**
 * Parts of a request's trace read around the framework, not inside it: the signals sent
 * during the request (django-debug-toolbar's signals panel, limited to what this request
 * did) and request.session as the view left it.
 */
import * as authSignals from "../framework/contrib/auth/signals";
import type { SessionBase } from "../framework/contrib/sessions/backends/base";
import * as modelSignals from "../framework/db/models/signals";
import { Signal, type Receiver } from "../framework/dispatch/dispatcher";
import type { HttpRequest } from "../framework/http";
import { short_repr } from "../framework/template/context_trace";
import type { SessionTrace, SignalTrace } from "../protocol";

const MAX_SIGNALS = 200;
const MAX_VALUE = 200;

/** The signals' names: Django's own, then any a learner's module exports (`export const book_read = new Signal()`). */
export function signalNames(modules: Record<string, Record<string, unknown> | undefined>): Map<object, string> {
  const names = new Map<object, string>();
  const add = (exports: Record<string, unknown> | undefined) => {
    for (const [name, value] of Object.entries(exports ?? {})) {
      if (value instanceof Signal && !names.has(value)) names.set(value, name);
    }
  };
  add(modelSignals);
  add(authSignals);
  for (const exports of Object.values(modules)) add(exports);
  return names;
}

/**
 * Records each signal sent until the returned function is called, which returns them in
 * order. Only sends that reached a receiver are kept: post_init and the like fire for
 * every row and say nothing when no one listens.
 */
export function record_signals(names: Map<object, string>): () => SignalTrace[] {
  const sent: SignalTrace[] = [];
  const proto = Signal.prototype as unknown as Record<"send" | "send_robust", (this: Signal<never>, sender: unknown, named?: object) => Array<[Receiver<never>, unknown]>>;
  const originals = { send: proto.send, send_robust: proto.send_robust };
  for (const method of ["send", "send_robust"] as const) {
    const original = originals[method];
    proto[method] = function (this: Signal<never>, sender: unknown, named?: object) {
      const answers = original.call(this, sender, named);
      if (answers.length > 0 && sent.length < MAX_SIGNALS) {
        sent.push({
          signal: names.get(this) ?? "a Signal",
          sender: senderName(sender),
          receivers: answers.map(([receiver, response]) => (receiver.name || "anonymous") + (response instanceof Error ? ` (raised ${response.name}: ${response.message})` : "")),
        });
      }
      return answers;
    };
  }
  return () => {
    proto.send = originals.send;
    proto.send_robust = originals.send_robust;
    return sent;
  };
}

/** "books.Book" for a model class, else a short repr. */
function senderName(sender: unknown): string {
  const meta = (sender as { _meta?: { app_label?: unknown; object_name?: unknown } } | null)?._meta;
  if (typeof sender === "function" && meta && typeof meta.app_label === "string" && typeof meta.object_name === "string") {
    return `${meta.app_label}.${meta.object_name}`;
  }
  return short_repr(sender);
}

/**
 * request.session after the response, as SessionMiddleware left it; undefined without
 * SessionMiddleware. Reading an unread session loads it (a query the caller discards).
 */
export function sessionTrace(request: HttpRequest): SessionTrace | undefined {
  const session = (request as { session?: SessionBase }).session;
  if (!session) return undefined;
  try {
    const data = session.items().map(([key, value]) => {
      const text = short_repr(value);
      return { key, value: text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text };
    });
    return { key: session.session_key, data };
  } catch (error) {
    return { key: session.session_key, data: [], error: error instanceof Error ? error.message : String(error) };
  }
}
