import { useMemo, useState } from "react";
import { useApp } from "../../store";
import { NameInput } from "./NameInput";
import { buildTree } from "./tree";
import { TreeRow } from "./TreeRow";

type Creating = "file" | "folder" | null;

/** The project's files: create, rename or move (type a new path, or drag onto a folder), delete with undo. */
export function FileTree() {
  const files = useApp((state) => state.files);
  const project = useApp((state) => state.project);
  const lastDeleted = useApp((state) => state.lastDeleted);
  const error = useApp((state) => state.projectError);
  const createFile = useApp((state) => state.createFile);
  const createFolder = useApp((state) => state.createFolder);
  const deletePath = useApp((state) => state.deletePath);
  const undoDelete = useApp((state) => state.undoDelete);
  const [creating, setCreating] = useState<Creating>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const paths = useMemo(() => [...Object.keys(files), ...(project?.unreadable.map((file) => file.path) ?? [])], [files, project]);
  const tree = useMemo(() => buildTree(paths, project?.folders ?? []), [paths, project]);
  if (!project) return null;

  return (
    <nav className="file-tree" aria-label="Project files" data-testid="file-tree">
      <div className="tree-toolbar">
        <strong className="tree-title">{project.name}</strong>
        {project.readonly ? (
          <span className="tab-readonly" title="The folder cannot be written: files open read-only.">read-only folder</span>
        ) : (
          <>
            <button type="button" className="icon-button" title="New file" data-testid="new-file" onClick={() => setCreating("file")}>
              + File
            </button>
            <button type="button" className="icon-button" title="New folder" data-testid="new-folder" onClick={() => setCreating("folder")}>
              + Folder
            </button>
          </>
        )}
      </div>
      {creating && (
        <NameInput
          initial=""
          label={creating === "file" ? "New file path, e.g. posts/forms.ts" : "New folder path"}
          onDone={(path) => {
            setCreating(null);
            if (path) void (creating === "file" ? createFile(path) : createFolder(path));
          }}
        />
      )}
      {confirming && (
        <div className="tree-confirm" role="alertdialog">
          Delete <code>{confirming}</code>?
          <button type="button" className="button danger" data-testid="delete-confirm" onClick={() => { setConfirming(null); void deletePath(confirming); }}>
            Delete
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      {lastDeleted && (
        <div className="tree-undo">
          Deleted <code>{lastDeleted.path}</code>.
          <button type="button" className="link" data-testid="undo-delete" onClick={() => void undoDelete()}>
            Undo
          </button>
        </div>
      )}
      {error && (
        <p className="error-box" role="alert" data-testid="tree-error">
          {error}
        </p>
      )}
      <ul className="tree-list">
        {tree.map((node) => (
          <TreeRow key={node.path} node={node} depth={0} onDelete={setConfirming} />
        ))}
      </ul>
    </nav>
  );
}
