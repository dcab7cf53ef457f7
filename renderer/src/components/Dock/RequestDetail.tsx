import type { RequestEntry } from "../../store/inspector";

/** One request's queries, headers and cookies. */
export function RequestDetail({ entry }: { entry: RequestEntry }) {
  const cookies = entry.requestHeaders["cookie"];
  const setCookies = entry.responseHeaders["set-cookie"];
  return (
    <div className="request-detail" data-testid="request-detail">
      <h3>
        {entry.trace.method} {entry.trace.path}
      </h3>
      <Pairs title="Request headers" pairs={entry.requestHeaders} />
      <Pairs title="Response headers" pairs={entry.responseHeaders} />
      <h4>Cookies</h4>
      <p className="mono">{cookies ?? "none sent"}</p>
      {setCookies && <p className="mono">Set: {setCookies}</p>}
      <h4>Queries ({entry.trace.queries.length})</h4>
      <ol className="mono">
        {entry.trace.queries.map((query, i) => (
          <li key={i}>
            {query.sql} <span className="muted">{JSON.stringify(query.params)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Pairs({ title, pairs }: { title: string; pairs: Record<string, string> }) {
  const entries = Object.entries(pairs);
  return (
    <>
      <h4>{title}</h4>
      {entries.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <dl className="pairs mono">
          {entries.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
