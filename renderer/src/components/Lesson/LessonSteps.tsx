import type { LessonStep } from "../../../../app/contract";
import { renderInlineMarkdown } from "./inline";
import { useApp } from "../../store";

/** The lesson's numbered steps; a step ticks once every check it names has passed. */
export function LessonSteps({ steps }: { steps: LessonStep[] }) {
  const passed = useApp((state) => state.passedChecks);
  if (steps.length === 0) return null;
  const done = steps.filter((step) => step.checks.every((name) => passed.includes(name))).length;
  return (
    <section className="lesson-steps" data-testid="lesson-steps">
      <h2>
        Steps <span className="muted">{done} of {steps.length} done</span>
      </h2>
      <ol>
        {steps.map((step, i) => {
          const ticked = step.checks.every((name) => passed.includes(name));
          return (
            <li key={i} className={ticked ? "step done" : "step"} data-testid="lesson-step" data-done={ticked}>
              <span className="step-mark" aria-label={ticked ? "done" : "to do"}>
                {ticked ? "✓" : i + 1}
              </span>
              <span dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(step.text) }} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
