import { useApp } from "../../store";
import { isReadonly } from "../../store/target";
import { useProblems } from "../../monaco/problems";
import { ProblemsButton } from "./ProblemsButton";

/** One tab per open file: unsaved edits show a dot, errors a red one, read-only files say so; then the problems count. */
export function Tabs() {
  const tabs = useApp((state) => state.tabs);
  return (
    <div className="tabs" role="tablist">
      {tabs.map((path) => (
        <Tab key={path} path={path} />
      ))}
      <span className="tabs-end">
        <ProblemsButton />
      </span>
    </div>
  );
}

function Tab({ path }: { path: string }) {
  const active = useApp((state) => state.active === path);
  const locked = useApp((state) => isReadonly(state, path));
  const loadError = useApp((state) => state.diagnostics.some((d) => d.file === path));
  const typeError = useProblems().some((problem) => problem.path === path && problem.severity === "error");
  const broken = loadError || typeError;
  const unsaved = useApp((state) => state.unsaved.includes(path));
  const closable = useApp((state) => state.project !== null);
  const openFile = useApp((state) => state.openFile);
  const closeTab = useApp((state) => state.closeTab);
  return (
    <span className={active ? "tab active" : "tab"} data-unsaved={unsaved}>
      <button
        type="button"
        role="tab"
        aria-selected={active}
        className="tab-label"
        data-testid={`tab-${path}`}
        title={locked ? `${path} (read-only)` : path}
        onClick={() => openFile(path)}
      >
        {path}
        {locked && <span className="tab-readonly"> read-only</span>}
        {unsaved && <span className="tab-dirty" aria-label="unsaved changes"> ●</span>}
        {broken && <span className="tab-error" aria-label="has errors"> ●</span>}
      </button>
      {closable && (
        <button type="button" className="tab-close" title={`Close ${path}`} onClick={() => closeTab(path)}>
          ×
        </button>
      )}
    </span>
  );
}
