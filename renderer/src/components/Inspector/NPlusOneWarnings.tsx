import type { NPlusOneWarning } from "../../../../sandbox/protocol";
import { OriginLink } from "./OriginLink";

/** Each N+1: the relation loaded again and again, where, and the fix. */
export function NPlusOneWarnings({ warnings }: { warnings: NPlusOneWarning[] }) {
  return (
    <ul className="nplusone" data-testid="nplusone-warnings">
      {warnings.map((warning, i) => (
        <li key={i} data-testid="nplusone-warning">
          <strong>N+1:</strong> <code>{warning.relation}</code> was loaded {warning.count} times, one query per
          object{warning.origin || warning.template ? " at " : ""}
          <OriginLink origin={warning.origin} template={warning.template} />. Fix: <code>{warning.fix}</code>
        </li>
      ))}
    </ul>
  );
}
