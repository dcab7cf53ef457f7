import { ActionButton } from "../common/ActionButton";

/** The project's title bar: Home, its name and folder, the command palette. */
export function ProjectHeader({ name, root }: { name: string; root: string }) {
  return (
    <header className="lesson-header">
      <ActionButton name="home" />
      <h1 data-testid="project-title">{name}</h1>
      <span className="muted project-root" title={root}>
        {root}
      </span>
      <div className="spacer" />
      <ActionButton name="palette" />
    </header>
  );
}
