import { useState } from "react";
import { useApp } from "../../store";

/** The expression runner: a TypeScript expression against the project's models, e.g. `Book.objects.count()`. */
export function ShellPanel() {
  const entries = useApp((state) => state.shell);
  const runShell = useApp((state) => state.runShell);
  const [expression, setExpression] = useState("");
  return (
    <div className="shell" data-testid="shell">
      <ol className="shell-lines">
        {entries.map((entry, i) => (
          <li key={i}>
            <div className="mono shell-input">&gt;&gt;&gt; {entry.expression}</div>
            <pre className={entry.result.ok ? "shell-output" : "shell-output bad"} data-testid="shell-output">
              {entry.result.text}
            </pre>
            <span className="muted">{entry.result.trace.queries.length} query(ies)</span>
          </li>
        ))}
      </ol>
      {entries.length === 0 && (
        <p className="muted panel-note">
          Every model is in scope by name, as in Django's shell: try <code>Book.objects.filter({"{"} title__icontains: "dune" {"}"})</code>.
        </p>
      )}
      <form
        className="shell-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runShell(expression);
          setExpression("");
        }}
      >
        <span className="mono">&gt;&gt;&gt;</span>
        <input className="mono" aria-label="Expression" data-testid="shell-input" spellCheck={false} value={expression} onChange={(event) => setExpression(event.target.value)} />
        <button type="submit" className="button" disabled={!expression.trim()}>
          Run
        </button>
      </form>
    </div>
  );
}
