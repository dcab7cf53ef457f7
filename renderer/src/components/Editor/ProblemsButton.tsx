import { useRef } from "react";
import { useApp } from "../../store";
import { useProblems } from "../../monaco/problems";

/**
 * The number of problems in the project's files (type errors included, as the editor's
 * squiggles show them); each click opens the next one, and the title lists them all.
 */
export function ProblemsButton() {
  const problems = useProblems();
  const openFile = useApp((state) => state.openFile);
  const next = useRef(0);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  if (problems.length === 0) {
    return (
      <span className="problems-count ok" data-testid="problems-count" data-errors={0} data-warnings={0}>
        No problems
      </span>
    );
  }
  const parts = [errors && `${errors} ${errors === 1 ? "error" : "errors"}`, warnings && `${warnings} ${warnings === 1 ? "warning" : "warnings"}`].filter(Boolean);
  return (
    <button
      type="button"
      className={errors ? "problems-count bad" : "problems-count"}
      data-testid="problems-count"
      data-errors={errors}
      data-warnings={warnings}
      title={problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.message}`).join("\n")}
      onClick={() => {
        const problem = problems[next.current % problems.length];
        next.current += 1;
        if (problem) openFile(problem.path, problem.line);
      }}
    >
      {parts.join(", ")}
    </button>
  );
}
