import { useEffect } from "react";
import { useApp } from "../../store";
import { NewProjectForm } from "./NewProjectForm";
import { OpenFolderForm } from "./OpenFolderForm";

/** Home's projects: recent ones, a new one from a template, or a folder from disk. */
export function ProjectsSection() {
  const projects = useApp((state) => state.projects);
  const error = useApp((state) => state.projectsError);
  const loadProjects = useApp((state) => state.loadProjects);
  const openProject = useApp((state) => state.openProject);
  useEffect(() => void loadProjects(), [loadProjects]);

  return (
    <section className="pack projects" data-testid="projects">
      <h2>Projects</h2>
      {error && (
        <p className="error-box" role="alert" data-testid="projects-error">
          {error}
        </p>
      )}
      {projects && projects.recent.length > 0 && (
        <ul className="recent-list" aria-label="Recent projects">
          {projects.recent.map((project) => (
            <li key={project.root}>
              <button type="button" className="lesson-link" data-testid={`project-${project.name}`} onClick={() => void openProject(project.root)}>
                <span className="tick">▣</span>
                <span>{project.name}</span>
                <span className="muted project-root">{project.root}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {projects && projects.recent.length === 0 && <p className="muted">No projects yet: start one from a template.</p>}
      {projects?.problems.map((problem) => (
        <p key={problem} className="muted">
          {problem}
        </p>
      ))}
      {projects && <NewProjectForm templates={projects.templates} />}
      <OpenFolderForm />
    </section>
  );
}
