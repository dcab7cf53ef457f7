import { ActionButton } from "../common/ActionButton";
import { useApp } from "../../store";
import { ResetConfirm } from "./ResetConfirm";

/** The lesson's title bar: back to all lessons, and the lesson's actions. */
export function LessonHeader({ title }: { title: string }) {
  const confirming = useApp((state) => state.confirmingReset);
  return (
    <header className="lesson-header">
      <ActionButton name="home" />
      <h1 data-testid="lesson-title">{title}</h1>
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
