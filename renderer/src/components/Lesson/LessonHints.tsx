import { renderInlineMarkdown } from "./inline";
import { useApp } from "../../store";
import { ActionButton } from "../common/ActionButton";

/** Hints, revealed one at a time, with how many are left. */
export function LessonHints({ hints }: { hints: string[] }) {
  const shown = useApp((state) => state.hintsShown);
  if (hints.length === 0) return null;
  return (
    <section className="lesson-hints" data-testid="lesson-hints">
      <h2>
        Hints <span className="muted" data-testid="hint-count">{shown} of {hints.length} shown</span>
      </h2>
      <ol>
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i} className="hint" data-testid="hint" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(hint) }} />
        ))}
      </ol>
      {shown < hints.length && <ActionButton name="hint" />}
    </section>
  );
}
