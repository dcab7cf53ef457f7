import type { CheckResult } from "../../../../sandbox/protocol";
import { OriginLink } from "../Inspector/OriginLink";
import { comparisonOf } from "./expected";
import "./checks.css";

/** One check: passed or failed, and why it failed (expected against actual when the message says). */
export function CheckItem({ result, open }: { result: CheckResult; open: boolean }) {
  const mark = result.passed ? "✓" : "✗";
  if (result.passed || !result.message) {
    return (
      <li className={result.passed ? "check passed" : "check failed"} data-testid="check" data-passed={result.passed}>
        {mark} {result.title}
      </li>
    );
  }
  const comparison = comparisonOf(result.message);
  return (
    <li className="check failed" data-testid="check" data-passed={false}>
      <details open={open}>
        <summary>
          {mark} {result.title}
        </summary>
        {comparison && (
          <dl className="check-comparison" data-testid="check-comparison">
            <dt>Expected</dt>
            <dd>{comparison.expected}</dd>
            <dt>Actual</dt>
            <dd>{comparison.actual}</dd>
          </dl>
        )}
        <pre className="check-message">{result.message}</pre>
        {result.location && <OriginLink origin={result.location} />}
      </details>
    </li>
  );
}
