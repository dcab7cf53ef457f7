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

/** Monaco's side-by-side diff: yours on the left, the solution on the right. */
function DiffView({ path, current, solution }: { path: string; current: string; solution: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const language = languageOf(path);
    const original = monaco.editor.createModel(current, language);
    const modified = monaco.editor.createModel(solution, language);
    const diff = monaco.editor.createDiffEditor(host.current, {
      automaticLayout: true,
      readOnly: true,
      originalEditable: false,
      minimap: { enabled: false },
      renderSideBySide: true,
      fontSize: 13,
    });
    diff.setModel({ original, modified });
    return () => {
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [path, current, solution]);
  return (
    <div className="diff-labels-host">
      <div className="diff-labels">
        <span>Yours: {path}</span>
        <span>Solution</span>
      </div>
      <div ref={host} className="monaco-host" data-testid="solution-diff-editor" />
    </div>
  );
}
