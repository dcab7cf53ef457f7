import type { UnusedRelation } from "../../../../sandbox/protocol";
import { OriginLink } from "./OriginLink";

/** Relations joined or prefetched but never read: work the request did for nothing. */
export function UnusedRelations({ relations }: { relations: UnusedRelation[] }) {
  return (
    <ul className="unused-relations" data-testid="unused-relations">
      {relations.map((unused, i) => (
        <li key={i} data-testid="unused-relation">
          <strong>Unused:</strong> <code>{`${unused.kind}("${unused.relation.split(".").at(-1) ?? unused.relation}")`}</code> loaded{" "}
          <code>{unused.relation}</code>
          {unused.origin ? " at " : ""}
          <OriginLink origin={unused.origin} /> but nothing read it. Remove it, or use the related objects.
        </li>
      ))}
    </ul>
  );
}
