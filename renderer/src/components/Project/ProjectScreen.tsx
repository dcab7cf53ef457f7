import type { Layout } from "../../lib/layout";
import { useApp } from "../../store";
import { Splitter } from "../common/Splitter";
import { Dock } from "../Dock/Dock";
import { EditorPane } from "../Editor/EditorPane";
import { FileTree } from "../FileTree/FileTree";
import { PreviewPane } from "../Preview/PreviewPane";
import { DatabaseProblem } from "./DatabaseProblem";
import { ProjectHeader } from "./ProjectHeader";

/** A project: files on the left, the editor in the centre, the site and its tools on the right. */
export function ProjectScreen() {
  const project = useApp((state) => state.project);
  const layout = useApp((state) => state.layout);
  const resizePanel = useApp((state) => state.resizePanel);
  const resize = (key: keyof Layout, sign: 1 | -1) => (delta: number) => resizePanel(key, sign * delta);

  if (!project) return <main className="centered muted">Opening the project…</main>;
  return (
    <main className="lesson project" data-testid="project">
      <ProjectHeader name={project.name} root={project.root} />
      <DatabaseProblem />
      <div className="project-body" style={{ gridTemplateColumns: `${layout.tree}px 4px minmax(280px, 1fr) 4px ${layout.preview}px` }}>
        <FileTree />
        <Splitter direction="row" label="Resize the file tree" onDrag={resize("tree", 1)} />
        <section className="lesson-centre">
          <EditorPane />
        </section>
        <Splitter direction="row" label="Resize the preview" onDrag={resize("preview", -1)} />
        <section className="project-right" style={{ gridTemplateRows: `minmax(120px, 1fr) 4px ${layout.dock}px` }}>
          <PreviewPane withQueries={false} />
          <Splitter direction="column" label="Resize the tools" onDrag={resize("dock", -1)} />
          <Dock />
        </section>
      </div>
    </main>
  );
}
