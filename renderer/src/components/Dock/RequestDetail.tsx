import type { ReactNode } from "react";
import type { RequestEntry } from "../../store/inspector";
import { QueryList } from "../Inspector/QueryList";
import { Pairs } from "./Pairs";
import { CacheSection, LogSection, MiddlewareSection, SessionSection, SignalsSection, TemplatesSection } from "./TraceSections";

/** One request in full: queries, templates with their context, middleware, signals, session, cache, log, cookies and headers. */
export function RequestDetail({ entry }: { entry: RequestEntry }) {
  const { trace } = entry;
  const setCookies = entry.responseHeaders["set-cookie"];
  return (
    <div className="request-detail" data-testid="request-detail">
      <h3>
        {trace.method} {trace.path} <span className="muted">{trace.status || ""}</span>
      </h3>
      <Section title={`Queries (${trace.queries.length})`} open>
        <QueryList trace={trace} />
      </Section>
      {trace.templates && trace.templates.length > 0 && (
        <Section title={`Templates (${trace.templates.length})`} open>
          <TemplatesSection templates={trace.templates} />
        </Section>
      )}
      {trace.middleware && (
        <Section title={`Middleware (${trace.middleware.length})`} open>
          <MiddlewareSection middleware={trace.middleware} />
        </Section>
      )}
      {trace.signals && (
        <Section title={`Signals (${trace.signals.length})`} open={trace.signals.length > 0}>
          <SignalsSection signals={trace.signals} />
        </Section>
      )}
      {trace.session && (
        <Section title={`Session (${trace.session.data.length})`} open>
          <SessionSection session={trace.session} />
        </Section>
      )}
      {trace.cache && (
        <Section title="Cache">
          <CacheSection cache={trace.cache} />
        </Section>
      )}
      {trace.log && trace.log.length > 0 && (
        <Section title={`Log (${trace.log.length})`} open>
          <LogSection log={trace.log} />
        </Section>
      )}
      <Section title="Cookies" open>
        <Pairs pairs={cookiePairs(entry.requestHeaders["cookie"])} empty="No cookies sent." testId="request-cookies" />
        {setCookies && (
          <>
            <h5>Set by the response</h5>
            <ul className="mono plain-list">
              {setCookies.split("\n").map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section title="Request headers">
        <Pairs pairs={entry.requestHeaders} empty="none" />
      </Section>
      <Section title="Response headers">
        <Pairs pairs={entry.responseHeaders} empty="none" />
      </Section>
    </div>
  );
}

function Section({ title, open = false, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="detail-section" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** "a=1; sessionid=xyz" as name -> value. */
function cookiePairs(header: string | undefined): Record<string, string> {
  if (!header) return {};
  return Object.fromEntries(
    header.split(";").map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part.trim(), ""] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    }),
  );
}
