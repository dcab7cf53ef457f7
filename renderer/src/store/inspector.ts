import type { CommandResult, InspectWhat, QueryRecord, RequestTrace, SandboxRequest, SqlTable } from "../../../sandbox/protocol";
import { bindable } from "../lib/sqlText";
import type { Answered } from "../sandbox/client";
import type { Slice } from "./types";

/** The request history keeps this many, newest first. */
export const MAX_REQUESTS = 50;

/** One request the preview (or a command) ran: what went out, what came back, its queries. */
export interface RequestEntry {
  seq: number;
  at: number;
  trace: RequestTrace;
  requestHeaders: Record<string, string>;
  responseHeaders: Record<string, string>;
}

/** The last page's queries, the request history, and what the learner is looking at. */
export interface InspectorSlice {
  trace: RequestTrace | null;
  selectedQuery: number | null;
  requests: RequestEntry[];
  selectedRequest: number | null;
  selectQuery(index: number | null): void;
  recordRequest(request: SandboxRequest, answer: Answered): void;
  /** SQL, shell and management commands are recorded like requests. */
  recordCommand(result: CommandResult): void;
  selectRequest(seq: number | null): void;
  /** A query's EXPLAIN QUERY PLAN, or its rows re-run read-only; `more` counts rows left out. */
  inspectQuery(what: InspectWhat, query: QueryRecord): Promise<{ table: SqlTable; more: number }>;
}

export const createInspectorSlice: Slice<InspectorSlice> = (services) => (set, get) => {
  let seq = 0;
  const add = (entry: Omit<RequestEntry, "seq" | "at">) =>
    set({ requests: [{ ...entry, seq: ++seq, at: Date.now() }, ...get().requests].slice(0, MAX_REQUESTS) });
  return {
    trace: null,
    selectedQuery: null,
    requests: [],
    selectedRequest: null,
    selectQuery: (index) => set({ selectedQuery: index }),
    recordRequest: (request, answer) =>
      add({ trace: answer.trace, requestHeaders: request.headers ?? {}, responseHeaders: answer.response.headers }),
    recordCommand: (result) => add({ trace: result.trace, requestHeaders: {}, responseHeaders: {} }),
    selectRequest: (selected) => set({ selectedRequest: selected }),
    inspectQuery: (what, query) => services.sandbox.inspect(what, query.sql, query.params.map(bindable)),
  };
};
