import { useApp } from "../../store";
import type { DockTab } from "../../store/tools";
import { DatabasePanel } from "../Database/DatabasePanel";
import { CurrentQueries } from "../Inspector/QueryList";
import { ConsolePanel } from "./ConsolePanel";
import { RequestHistory } from "./RequestHistory";
import { ShellPanel } from "./ShellPanel";

const TABS: { tab: DockTab; label: string }[] = [
  { tab: "queries", label: "Queries" },
  { tab: "history", label: "History" },
  { tab: "console", label: "Console" },
  { tab: "database", label: "Database" },
  { tab: "shell", label: "Shell" },
];

/** The panels under the preview: queries, request history, console, database, shell. */
export function Dock() {
  const current = useApp((state) => state.dockTab);
  const showDock = useApp((state) => state.showDock);
  const consoleCount = useApp((state) => state.console.length);
  const requestCount = useApp((state) => state.requests.length);
  const counts: Partial<Record<DockTab, number>> = { console: consoleCount, history: requestCount };
  return (
    <section className="dock" data-testid="dock">
      <div className="dock-tabs" role="tablist">
        {TABS.map(({ tab, label }) => (
          <button key={tab} type="button" role="tab" aria-selected={tab === current} className={tab === current ? "tab active" : "tab"} data-testid={`dock-${tab}`} onClick={() => showDock(tab)}>
            {label}
            {counts[tab] ? <span className="dock-count">{counts[tab]}</span> : null}
          </button>
        ))}
      </div>
      <div className="dock-body">
        {current === "queries" && <CurrentQueries />}
        {current === "history" && <RequestHistory />}
        {current === "console" && <ConsolePanel />}
        {current === "database" && <DatabasePanel />}
        {current === "shell" && <ShellPanel />}
      </div>
    </section>
  );
}
