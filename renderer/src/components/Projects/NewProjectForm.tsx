import { useState } from "react";
import type { TemplateSummary } from "../../../../app/contract";
import { useApp } from "../../store";

/** A name and a template; the host checks the name and says what is wrong with it. */
export function NewProjectForm({ templates }: { templates: TemplateSummary[] }) {
  const createProject = useApp((state) => state.createProject);
  const [name, setName] = useState("");
  const [template, setTemplate] = useState(templates[0]?.name ?? "blank");
  const description = templates.find((candidate) => candidate.name === template)?.description;
  return (
    <form
      className="inline-form"
      data-testid="new-project"
      onSubmit={(event) => {
        event.preventDefault();
        void createProject(name.trim(), template);
      }}
    >
      <label>
        New project
        <input data-testid="new-project-name" placeholder="my-blog" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        from
        <select data-testid="new-project-template" value={template} onChange={(event) => setTemplate(event.target.value)}>
          {templates.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary" data-testid="new-project-create" disabled={!name.trim()}>
        Create
      </button>
      {description && <p className="muted form-note">{description}</p>}
    </form>
  );
}
