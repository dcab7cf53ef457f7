import { useApp } from "../../store";

/** One tab per open file; read-only files say so, files with errors a dot. */
export function Tabs() {
  const tabs = useApp((state) => state.tabs);
  const active = useApp((state) => state.active);
  const readonly = useApp((state) => state.lesson?.readonly);
  const diagnostics = useApp((state) => state.diagnostics);
  const openFile = useApp((state) => state.openFile);
  return (
    <div className="tabs" role="tablist">
      {tabs.map((path) => {
        const locked = readonly?.includes(path) ?? false;
        const broken = diagnostics.some((d) => d.file === path);
        return (
          <button
            key={path}
            type="button"
            role="tab"
            aria-selected={path === active}
            className={path === active ? "tab active" : "tab"}
            data-testid={`tab-${path}`}
            title={locked ? `${path} (read-only)` : path}
            onClick={() => openFile(path)}
          >
            {path}
            {locked && <span className="tab-readonly"> read-only</span>}
            {broken && <span className="tab-error" aria-label="has errors"> ●</span>}
          </button>
        );
      })}
    </div>
  );
}
