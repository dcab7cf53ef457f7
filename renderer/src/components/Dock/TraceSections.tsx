import type { LogRecord, MiddlewareTrace, RequestTrace, SessionTrace, SignalTrace, TemplateTrace } from "../../../../sandbox/protocol";
import { Pairs } from "./Pairs";

/** The middleware that ran, outermost first, each with what it changed. */
export function MiddlewareSection({ middleware }: { middleware: MiddlewareTrace[] }) {
  if (middleware.length === 0) return <p className="muted">No middleware ran (settings.MIDDLEWARE is empty).</p>;
  return (
    <ol className="middleware-trace" data-testid="middleware-trace">
      {middleware.map((item, i) => (
        <li key={i}>
          <span className="mono">{item.name}</span>
          {item.changed.length > 0 ? (
            <span className="changed"> changed {item.changed.map((what) => <code key={what}>{what}</code>)}</span>
          ) : (
            <span className="muted"> changed nothing</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Cache hits and misses during the request. */
export function CacheSection({ cache }: { cache: NonNullable<RequestTrace["cache"]> }) {
  const total = cache.hits + cache.misses;
  return (
    <p data-testid="cache-trace">
      {cache.hits} hit{cache.hits === 1 ? "" : "s"}, {cache.misses} miss{cache.misses === 1 ? "" : "es"}
      {total > 0 && <span className="muted"> ({Math.round((cache.hits / total) * 100)}% from the cache)</span>}
    </p>
  );
}

/** What Django's loggers said during the request. */
export function LogSection({ log }: { log: LogRecord[] }) {
  return (
    <ul className="plain-list" data-testid="log-trace">
      {log.map((record, i) => (
        <li key={i} className={record.level === "error" ? "bad" : "warn"}>
          <span className="mono">{record.logger}</span> {record.level.toUpperCase()}: {record.message}
        </li>
      ))}
    </ul>
  );
}

/** Each template rendered, in order, with the variables its context held. */
export function TemplatesSection({ templates }: { templates: TemplateTrace[] }) {
  return (
    <ol className="templates-trace" data-testid="templates-trace">
      {templates.map((template, i) => (
        <li key={i}>
          <span className="mono">{template.name}</span>
          <Pairs pairs={Object.fromEntries(template.context.map(({ key, value }) => [key, value]))} empty="an empty context" />
        </li>
      ))}
    </ol>
  );
}

/** request.session as the response left it: its key and values. */
export function SessionSection({ session }: { session: SessionTrace }) {
  return (
    <div data-testid="session-trace">
      <p className="muted">
        {session.key ? (
          <>
            Session key <code>{session.key}</code>
          </>
        ) : (
          "No session saved (nothing was stored in it)."
        )}
      </p>
      {session.error && <p className="bad">The session could not be read: {session.error}</p>}
      <Pairs pairs={Object.fromEntries(session.data.map(({ key, value }) => [key, value]))} empty="The session is empty." />
    </div>
  );
}

/** The signals sent during the request, each with its sender and the receivers that ran. */
export function SignalsSection({ signals }: { signals: SignalTrace[] }) {
  if (signals.length === 0) return <p className="muted">No signal reached a receiver during this request.</p>;
  return (
    <ol className="middleware-trace signals-trace" data-testid="signals-trace">
      {signals.map((sent, i) => (
        <li key={i}>
          <span className="mono">{sent.signal}</span> <span className="muted">from</span> <span className="mono">{sent.sender}</span>
          <span className="muted"> → </span>
          {sent.receivers.map((receiver) => (
            <code key={receiver}>{receiver}</code>
          ))}
        </li>
      ))}
    </ol>
  );
}
