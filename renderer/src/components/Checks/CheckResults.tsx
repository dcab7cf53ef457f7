import { useApp } from "../../store";
import { CheckItem } from "./CheckItem";

/** The last check run: a summary and each check, the first failure opened. */
export function CheckResults() {
  const checks = useApp((state) => state.checks);
  if (checks.status === "idle") return null;
  if (checks.status === "running") return <section className="checks muted">Running the checks…</section>;
  const passed = checks.results.filter((r) => r.passed).length;
  const firstFailure = checks.results.findIndex((r) => !r.passed);
  const allPassed = checks.results.length > 0 && firstFailure === -1;
  return (
    <section className="checks" data-testid="check-results">
      <h3 className={allPassed ? "ok" : "bad"} data-testid="check-summary">
        {allPassed
          ? `All ${checks.results.length} checks passed. Lesson complete!`
          : `${passed} of ${checks.results.length} checks passed`}
      </h3>
      {checks.error && (
        <p className="error-box" role="alert">
          {checks.error}
        </p>
      )}
      {checks.diagnostics.map((d, i) => (
        <p key={i} className="error-box">
          {d.file}:{d.line}:{d.column} {d.message}
        </p>
      ))}
      <ul>
        {checks.results.map((result, i) => (
          <CheckItem key={result.name} result={result} open={i === firstFailure} />
        ))}
      </ul>
    </section>
  );
}
