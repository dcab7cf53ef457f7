import type { PackError } from "../../../../app/contract";

/** Problems with packs that could not be loaded, each with its file and field. */
export function PackErrors({ errors }: { errors: PackError[] }) {
  return (
    <section className="pack pack-errors" data-testid="pack-errors">
      <h2>Packs with problems</h2>
      <ul>
        {errors.map((error, i) => (
          <li key={i}>
            <code>{error.file}</code>
            {error.field && (
              <>
                {" "}
                at <code>{error.field}</code>
              </>
            )}
            : {error.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
