import type * as monaco from "monaco-editor";
import type { EditorCommand } from "../../store/editor";

/** Monaco's own command behind each palette command. */
const MONACO_COMMANDS: Record<EditorCommand["name"], string> = {
  format: "editor.action.formatDocument",
  undo: "undo",
  redo: "redo",
};

/** Runs a palette command in the editor, as its key binding would (undoable, like typing). */
export function runCommand(editor: monaco.editor.IStandaloneCodeEditor, name: EditorCommand["name"]): void {
  editor.focus();
  if (name === "format") void editor.getAction(MONACO_COMMANDS.format)?.run();
  else editor.trigger("palette", MONACO_COMMANDS[name], null);
}
