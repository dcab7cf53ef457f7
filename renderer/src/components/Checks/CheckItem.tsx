import type { CheckResult } from "../../../../sandbox/protocol";
import { OriginLink } from "../Inspector/OriginLink";

/** One check: passed or failed, and why it failed. */
export function CheckItem({ result, open }: { result: CheckResult; open: boolean }) {
  const mark = result.passed ? "✓" : "✗";
  if (result.passed || !result.message) {
    return (
      <li className={result.passed ? "check passed" : "check failed"} data-testid="check" data-passed={result.passed}>
        {mark} {result.title}
      </li>
    );
  }
  return (
    <li className="check failed" data-testid="check" data-passed={false}>
      <details open={open}>
        <summary>
          {mark} {result.title}
        </summary>
        <pre className="check-message">{result.message}</pre>
        {result.location && <OriginLink origin={result.location} />}
      </details>
    </li>
  );
}
