import type { PackSummary } from "../../../../app/contract";
import { useApp } from "../../store";

/** One pack: its title and its lessons, each with a tick once completed. */
export function PackCard({ pack }: { pack: PackSummary }) {
  const openLesson = useApp((state) => state.openLesson);
  const done = pack.lessons.filter((lesson) => lesson.completed).length;
  return (
    <section className="pack" data-testid={`pack-${pack.id}`}>
      <h2>
        {pack.title} <span className="muted">v{pack.version}</span>
        <span className="pack-progress" data-testid={`progress-${pack.id}`}>
          {done} of {pack.lessons.length} done
        </span>
      </h2>
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
