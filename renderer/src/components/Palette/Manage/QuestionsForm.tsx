import { useState } from "react";
import type { ManageDialog } from "../../../store/manage";
import { useApp } from "../../../store";

type Questions = Extract<ManageDialog, { kind: "questions" }>;

/** makemigrations' (or migrate's) questions, as Django asks them at its prompt; answered, the command runs again. */
export function QuestionsForm({ dialog }: { dialog: Questions }) {
  const manage = useApp((state) => state.manage);
  const [values, setValues] = useState<Record<string, string>>({});
  const answer = (extra: Record<string, string>) => void manage(dialog.name, dialog.args, { ...dialog.answers, ...extra });
  return (
    <form
      className="manage-form"
      onSubmit={(event) => {
        event.preventDefault();
        answer(values);
      }}
    >
      {dialog.questions.map((question) => (
        <fieldset key={question.id} className="manage-question" data-testid="manage-question">
          <p>{question.text}</p>
          {question.kind === "yes_no" ? (
            <div className="manage-buttons">
              <button type="button" className="button primary" data-testid="answer-yes" onClick={() => answer({ [question.id]: "y" })}>
                Yes
              </button>
              <button type="button" className="button" data-testid="answer-no" onClick={() => answer({ [question.id]: "n" })}>
                No
              </button>
            </div>
          ) : (
            <>
              <input
                autoFocus
                aria-label="Answer"
                data-testid="answer-value"
                placeholder='A value, e.g. 0 or "draft"; empty to stop'
                value={values[question.id] ?? ""}
                onChange={(event) => setValues({ ...values, [question.id]: event.target.value })}
              />
              <button type="submit" className="button primary" data-testid="answer-submit">
                Answer
              </button>
            </>
          )}
        </fieldset>
      ))}
    </form>
  );
}
