import { useApp } from "../../../store";
import { CommandOutput } from "./CommandOutput";
import { ExportForm } from "./ExportForm";
import { MigrationPicker } from "./MigrationPicker";
import { QuestionsForm } from "./QuestionsForm";
import { SuperuserForm } from "./SuperuserForm";
import "./manage.css";

const TITLES = {
  pick: "",
  questions: "makemigrations has questions",
  createsuperuser: "createsuperuser",
  output: "",
  export: "",
};

/** The dialog of a management command run from the palette: its form, its questions, or its output. */
export function ManageDialog() {
  const dialog = useApp((state) => state.manageDialog);
  const close = useApp((state) => state.closeManageDialog);
  if (!dialog) return null;
  const title = dialog.kind === "output" ? dialog.title
    : dialog.kind === "pick" ? `${dialog.name}: pick a migration`
    : dialog.kind === "export" ? `Export the project to ${dialog.to === "django" ? "a Django project" : "a Node project"}`
    : TITLES[dialog.kind];
  return (
    <div className="palette-backdrop" onClick={close}>
      <div
        className="palette manage-dialog"
        role="dialog"
        aria-label={title}
        data-testid="manage-dialog"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === "Escape" && close()}
      >
        <header className="manage-title">
          <strong>{title}</strong>
          <button type="button" className="button" data-testid="manage-close" onClick={close}>
            Close
          </button>
        </header>
        {dialog.kind === "output" && <CommandOutput text={dialog.text} ok={dialog.ok} />}
        {dialog.kind === "questions" && <QuestionsForm dialog={dialog} />}
        {dialog.kind === "createsuperuser" && <SuperuserForm errors={dialog.errors} message={dialog.message} />}
        {dialog.kind === "pick" && <MigrationPicker name={dialog.name} migrations={dialog.migrations} />}
        {dialog.kind === "export" && <ExportForm key={`${dialog.to}:${dialog.out}`} to={dialog.to} out={dialog.out} running={dialog.running} error={dialog.error} />}
      </div>
    </div>
  );
}
