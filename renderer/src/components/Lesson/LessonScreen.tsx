import { useApp } from "../../store";
import { ActionButton } from "../common/ActionButton";
import { CheckResults } from "../Checks/CheckResults";
import { EditorPane } from "../Editor/EditorPane";
import { SolutionDiff } from "../Editor/SolutionDiff";
import { PreviewPane } from "../Preview/PreviewPane";
import { LessonHeader } from "./LessonHeader";
import { LessonHints } from "./LessonHints";
import { LessonSteps } from "./LessonSteps";
import { LessonText } from "./LessonText";
import "./lesson.css";

/** A lesson: its text on the left, the editor in the centre, the running page on the right. */
export function LessonScreen() {
  const lesson = useApp((state) => state.lesson);
  const lessonError = useApp((state) => state.lessonError);
  const solutionOpen = useApp((state) => state.solutionOpen);

  if (lessonError) {
    return (
      <main className="centered">
        <p className="error-box" role="alert">
          {lessonError}
        </p>
        <ActionButton name="home" />
      </main>
    );
  }
  if (!lesson) return <main className="centered muted">Opening the lesson…</main>;

  return (
    <main className="lesson" data-testid="lesson">
      <LessonHeader title={lesson.title} completed={lesson.completed} />
      <div className="lesson-body">
        <aside className="lesson-left">
          <LessonSteps steps={lesson.steps} />
          <LessonHints hints={lesson.hints} />
          <LessonText text={lesson.text} />
        </aside>
        <section className="lesson-centre">
          {solutionOpen ? <SolutionDiff lesson={lesson} /> : <EditorPane />}
          <CheckResults />
        </section>
        <section className="lesson-right">
          <PreviewPane />
        </section>
      </div>
    </main>
  );
}
