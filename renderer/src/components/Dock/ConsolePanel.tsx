import { useApp } from "../../store";
import { OriginLink } from "../Inspector/OriginLink";

/** console.log/warn/error from the learner's code, each with a link to its line. */
export function ConsolePanel() {
  const lines = useApp((state) => state.console);
  const clear = useApp((state) => state.clearConsole);
  return (
    <div className="console" data-testid="console">
      <div className="panel-bar">
        <span className="muted">{lines.length} line(s)</span>
        <button type="button" className="button" onClick={clear} disabled={lines.length === 0}>
          Clear
        </button>
      </div>
      {lines.length === 0 && <p className="muted panel-note">console.log in your views and models prints here.</p>}
      <ol className="console-lines">
        {lines.map((line, i) => (
          <li key={i} className={`console-line ${line.level}`} data-testid="console-line">
            <span className="mono">{line.text}</span>
            {line.origin && <OriginLink origin={line.origin} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
