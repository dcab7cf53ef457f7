import { useApp } from "../../store";

/** Asks before throwing the learner's work away. */
export function ResetConfirm() {
  const resetLesson = useApp((state) => state.resetLesson);
  const askReset = useApp((state) => state.askReset);
  return (
    <div className="confirm" role="alertdialog" aria-label="Reset the lesson?">
      <span>Put the start files back and drop the data? Your changes will be lost.</span>
      <button type="button" className="button danger" data-testid="reset-confirm" onClick={() => void resetLesson()}>
        Reset
      </button>
      <button type="button" className="button" data-testid="reset-cancel" onClick={() => askReset(false)}>
        Cancel
      </button>
    </div>
  );
}
