import type { SourceLocation, TemplateLocation } from "../../../../sandbox/protocol";
import { useApp } from "../../store";

/** The project file holding a template, as Django finds it: templates/ first, then apps'. */
function templateFile(files: Record<string, string>, name: string): string | null {
  if (`templates/${name}` in files) return `templates/${name}`;
  return Object.keys(files).find((path) => path.endsWith(`/templates/${name}`)) ?? null;
}

/** "books/views.ts:5" or "books/list.html:8": opens the file at that line. */
export function OriginLink({ origin, template }: { origin?: SourceLocation; template?: TemplateLocation }) {
  const files = useApp((state) => state.files);
  const openFile = useApp((state) => state.openFile);
  const target = template
    ? { label: `${template.name}:${template.line}`, file: templateFile(files, template.name), line: template.line }
    : origin
      ? { label: `${origin.file}:${origin.line}`, file: origin.file in files ? origin.file : null, line: origin.line }
      : null;
  if (!target) return null;
  if (!target.file) return <span className="origin">{target.label}</span>;
  const file = target.file;
  return (
    <button
      type="button"
      className="origin link"
      data-testid="query-origin"
      title={`Open ${file} at line ${target.line}`}
      onClick={() => openFile(file, target.line)}
    >
      {target.label}
    </button>
  );
}
