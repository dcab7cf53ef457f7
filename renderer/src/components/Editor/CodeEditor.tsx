import * as monaco from "monaco-editor";
import { useEffect, useRef } from "react";
import { modelFor, showDiagnostics, syncModels } from "../../monaco/models";
import { useApp } from "../../store";
import { isReadonly } from "../../store/target";
import { runCommand } from "./commands";
import { registerProjectOpener } from "./opener";

/** Monaco, showing the active file; the learner's edits flow to the store. */
export function CodeEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const files = useApp((state) => state.files);
  const active = useApp((state) => state.active);
  const locked = useApp((state) => state.active !== null && isReadonly(state, state.active));
  const lockedWhy = useApp((state) => (state.project ? "the project folder cannot be written" : "it is part of the lesson's setup"));
  const diagnostics = useApp((state) => state.diagnostics);
  const reveal = useApp((state) => state.reveal);
  const editFile = useApp((state) => state.editFile);
  const openFile = useApp((state) => state.openFile);
  const command = useApp((state) => state.editorCommand);

  useEffect(() => {
    if (!host.current) return;
    const created = monaco.editor.create(host.current, {
      model: null,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 2,
    });
    editor.current = created;
    return () => {
      created.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const opener = registerProjectOpener(openFile);
    return () => opener.dispose();
  }, [openFile]);

  useEffect(() => {
    if (editor.current && command) runCommand(editor.current, command.name);
  }, [command]);

  useEffect(() => syncModels(files, editFile), [files, editFile]);

  useEffect(() => {
    const current = editor.current;
    if (!current) return;
    const previous = current.getModel();
    const model = active ? modelFor(active) : null;
    if (previous === model) return;
    if (previous) viewStates.current.set(previous.uri.path, current.saveViewState());
    current.setModel(model);
    const saved = model && viewStates.current.get(model.uri.path);
    if (saved) current.restoreViewState(saved);
  }, [active, files]);

  useEffect(() => {
    editor.current?.updateOptions({
      readOnly: locked,
      readOnlyMessage: { value: `${active} cannot be edited here: ${lockedWhy}.` },
    });
  }, [active, locked, lockedWhy]);

  useEffect(() => showDiagnostics(diagnostics), [diagnostics, files]);

  useEffect(() => {
    const current = editor.current;
    if (!current || !reveal || reveal.file !== active) return;
    current.revealLineInCenter(reveal.line);
    current.setPosition({ lineNumber: reveal.line, column: 1 });
    current.focus();
  }, [reveal, active]);

  return (
    <div className="code-editor" data-testid="code-editor" data-file={active ?? ""} data-readonly={locked}>
      {!active && <p className="muted overlay">No file open.</p>}
      <div ref={host} className="monaco-host" />
    </div>
  );
}
