import { useApp } from "../../store";
import { RequestDetail } from "./RequestDetail";

/** The last 50 requests (and commands): method, path, status, time, query count; select one for details. */
export function RequestHistory() {
  const requests = useApp((state) => state.requests);
  const selected = useApp((state) => state.selectedRequest);
  const selectRequest = useApp((state) => state.selectRequest);
  if (requests.length === 0) return <p className="muted panel-note">No requests yet: the preview's requests are listed here.</p>;
  const entry = requests.find((candidate) => candidate.seq === selected);
  return (
    <div className={entry ? "history split" : "history"} data-testid="request-history">
      <div className="history-list">
        <table className="grid history-table">
          <thead>
            <tr>
              <th>Method</th>
              <th>Path</th>
              <th>Status</th>
              <th>Time</th>
              <th>Queries</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.seq} className={request.seq === selected ? "selected" : ""} data-testid="history-row" onClick={() => selectRequest(request.seq === selected ? null : request.seq)}>
                <td>{request.trace.method}</td>
                <td className="mono ellipsis">{request.trace.path}</td>
                <td className={request.trace.status >= 400 ? "bad" : ""}>{request.trace.status || "—"}</td>
                <td>{request.trace.durationMs.toFixed(1)} ms</td>
                <td>{request.trace.queries.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entry && <RequestDetail entry={entry} />}
    </div>
  );
}
