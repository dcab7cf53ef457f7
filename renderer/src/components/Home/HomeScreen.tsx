import { useEffect } from "react";
import { useApp } from "../../store";
import { ProjectsSection } from "../Projects/ProjectsSection";
import { PackCard } from "./PackCard";
import { PackErrors } from "./PackErrors";

/** The lesson packs, each with its lessons, and the problems with packs that did not load. */
export function HomeScreen() {
  const packs = useApp((state) => state.packs);
  const packsError = useApp((state) => state.packsError);
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
        <p className="muted">No lesson packs found. Put a pack folder in the workspace's packs folder.</p>
      )}
      <ProjectsSection />
      {packs?.packs.map((pack) => <PackCard key={pack.id} pack={pack} />)}
      {packs && packs.errors.length > 0 && <PackErrors errors={packs.errors} />}
    </main>
  );
}
