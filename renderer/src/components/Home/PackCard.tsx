import { useState } from "react";
import type { PackSummary } from "../../../../app/contract";
import { useApp } from "../../store";
import { ConfirmRemovePack } from "./ConfirmRemovePack";

/** One pack: its title and its lessons, each with a tick once completed; an imported one can be removed. */
export function PackCard({ pack }: { pack: PackSummary }) {
  const openLesson = useApp((state) => state.openLesson);
  const [removing, setRemoving] = useState(false);
  const imported = pack.source === "imported";
  const done = pack.lessons.filter((lesson) => lesson.completed).length;
  return (
    <section className="pack" data-testid={`pack-${pack.id}`} data-source={pack.source}>
      <h2>
        {pack.title} <span className="muted">v{pack.version}</span>
        {imported && (
          <span className="pack-badge" data-testid={`imported-${pack.id}`}>
            imported
          </span>
        )}
        <span className="pack-progress" data-testid={`progress-${pack.id}`}>
          {done} of {pack.lessons.length} done
        </span>
        {imported && !removing && (
          <button type="button" className="button pack-remove" data-testid={`remove-pack-${pack.id}`} onClick={() => setRemoving(true)}>
            Remove
          </button>
        )}
      </h2>
      {removing && <ConfirmRemovePack pack={pack} onCancel={() => setRemoving(false)} />}
      <progress className="pack-bar" max={pack.lessons.length} value={done} />
      <p>{pack.description}</p>
      <ol className="lesson-list">
        {pack.lessons.map((lesson) => (
          <li key={lesson.id}>
            <button
              type="button"
              className="lesson-link"
              data-testid={`lesson-${lesson.id}`}
              onClick={() => void openLesson(pack.id, lesson.id)}
            >
              <span className={lesson.completed ? "tick done" : "tick"} aria-label={lesson.completed ? "completed" : "not completed"}>
                {lesson.completed ? "✓" : "○"}
              </span>
              {lesson.title}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
