import { useEffect } from "react";
import { useApp } from "../../store";
import { ProjectsSection } from "../Projects/ProjectsSection";
import { ImportPackForm } from "./ImportPackForm";
import { PackCard } from "./PackCard";
import { PackErrors } from "./PackErrors";
import "./home.css";

/** The lesson packs, each with its lessons, importing more, and the problems with packs that did not load. */
export function HomeScreen() {
  const packs = useApp((state) => state.packs);
  const packsError = useApp((state) => state.packsError);
  const packsNotice = useApp((state) => state.packsNotice);
  const loadPacks = useApp((state) => state.loadPacks);
  useEffect(() => void loadPacks(), [loadPacks]);

  return (
    <main className="home" data-testid="home">
      <header className="home-header">
        <h1>MVT Lab</h1>
        <p>How a Django backend really works, with every SQL query in view.</p>
      </header>
      {packsError && (
        <p className="error-box" role="alert">
          {packsError}
        </p>
      )}
      {!packs && !packsError && <p className="muted">Loading the lessons…</p>}
      {packs && packs.packs.length === 0 && packs.errors.length === 0 && (
        <p className="muted">No lesson packs found: import one with “Import pack…”.</p>
      )}
      <ProjectsSection />
      <div className="packs-toolbar">
        <h2>Lesson packs</h2>
        <ImportPackForm />
      </div>
      {packsNotice && (
        <p className={packsNotice.ok ? "packs-notice" : "error-box"} role={packsNotice.ok ? "status" : "alert"} data-testid="packs-notice" data-ok={packsNotice.ok}>
          {packsNotice.text}
        </p>
      )}
      {packs?.packs.map((pack) => <PackCard key={pack.id} pack={pack} />)}
      {packs && packs.errors.length > 0 && <PackErrors errors={packs.errors} />}
    </main>
  );
}
