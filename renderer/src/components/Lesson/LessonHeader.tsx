import { ActionButton } from "../common/ActionButton";
import { useApp } from "../../store";
import { ResetConfirm } from "./ResetConfirm";

/** The lesson's title bar: back to all lessons, previous and next, and the lesson's actions. */
export function LessonHeader({ title, completed }: { title: string; completed: boolean }) {
  const confirming = useApp((state) => state.confirmingReset);
  return (
    <header className="lesson-header">
      <ActionButton name="home" />
      <ActionButton name="previousLesson" />
      <ActionButton name="nextLesson" />
      <h1 data-testid="lesson-title">{title}</h1>
      {completed && (
        <span className="lesson-done" data-testid="lesson-completed">
          ✓ Completed
        </span>
      )}
      <div className="spacer" />
      {confirming ? (
        <ResetConfirm />
      ) : (
        <>
          <ActionButton name="reset" />
          <ActionButton name="showSolution" />
          <ActionButton name="check" primary />
        </>
      )}
    </header>
  );
}
