import * as monaco from "monaco-editor";
import { useEffect, useMemo, useRef, useState } from "react";
import type { LessonDetail } from "../../../../app/contract";
import { languageOf } from "../../monaco/models";
import { useApp } from "../../store";
import { solutionFiles } from "../../store/lesson";

/** The learner's files against the solution, one changed file at a time, with Apply. */
export function SolutionDiff({ lesson }: { lesson: LessonDetail }) {
  const files = useApp((state) => state.files);
  const setSolutionOpen = useApp((state) => state.setSolutionOpen);
  const applySolution = useApp((state) => state.applySolution);
  const solution = useMemo(() => solutionFiles(lesson), [lesson]);
  const changed = useMemo(
    () => Object.keys(solution).filter((path) => files[path] !== solution[path]),
    [files, solution],
  );
  const [shown, setShown] = useState<string | null>(null);
  const path = shown && changed.includes(shown) ? shown : (changed[0] ?? null);

  return (
    <div className="solution" data-testid="solution-diff">
      <div className="solution-bar">
        <strong>Solution</strong>
        {changed.map((file) => (
          <button
            key={file}
            type="button"
            className={file === path ? "tab active" : "tab"}
            onClick={() => setShown(file)}
          >
            {file}
          </button>
        ))}
        <div className="spacer" />
        <button
          type="button"
          className="button primary"
          data-testid="solution-apply"
          disabled={changed.length === 0}
          onClick={() => void applySolution()}
        >
          Apply
        </button>
        <button type="button" className="button" data-testid="solution-close" onClick={() => setSolutionOpen(false)}>
          Close
        </button>
      </div>
      {path ? (
        <DiffView path={path} current={files[path] ?? ""} solution={solution[path] ?? ""} />
      ) : (
        <p className="muted overlay">Your files already match the solution.</p>
      )}
    </div>
  );
}

/** Monaco's diff: yours against the solution (side by side when there is room). */
function DiffView({ path, current, solution }: { path: string; current: string; solution: string }) {
  const host = useRef<HTMLDivElement>(null);
  const diff = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const created = monaco.editor.createDiffEditor(host.current, {
      automaticLayout: true,
      readOnly: true,
      originalEditable: false,
      minimap: { enabled: false },
      fontSize: 13,
    });
    diff.current = created;
    return () => {
      const models = created.getModel();
      created.dispose();
      models?.original.dispose();
      models?.modified.dispose();
      diff.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = diff.current;
    if (!editor) return;
    const language = languageOf(path);
    const previous = editor.getModel();
    editor.setModel({
      original: monaco.editor.createModel(current, language),
      modified: monaco.editor.createModel(solution, language),
    });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [path, current, solution]);

  return (
    <div className="diff-labels-host">
      <p className="diff-legend muted">
        {path}: red is yours, green is the solution.
      </p>
      <div ref={host} className="monaco-host" data-testid="solution-diff-editor" />
    </div>
  );
}
