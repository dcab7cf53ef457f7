import { useState } from "react";
import { useApp } from "../../store";
import { isReadonly } from "../../store/target";
import { NameInput } from "./NameInput";
import { iconOf, type TreeNode } from "./tree";

/** Carries the dragged path between rows. */
const DRAG_TYPE = "application/x-mvt-path";

/** One file or folder: click opens, the buttons rename or delete, drag onto a folder moves. */
export function TreeRow({ node, depth, onDelete }: { node: TreeNode; depth: number; onDelete: (path: string) => void }) {
  const [open, setOpen] = useState(true);
  const [renaming, setRenaming] = useState(false);
  const active = useApp((state) => state.active === node.path);
  const locked = useApp((state) => isReadonly(state, node.path));
  const unreadable = useApp((state) => state.project?.unreadable.find((file) => file.path === node.path));
  const openFile = useApp((state) => state.openFile);
  const movePath = useApp((state) => state.movePath);

  const activate = () => {
    if (node.folder) setOpen(!open);
    else openFile(node.path);
  };
  return (
    <li>
      <div
        className={active ? "tree-row active" : "tree-row"}
        style={{ paddingLeft: 6 + depth * 12 }}
        data-testid={`tree-${node.path}`}
        title={unreadable ? `${node.path} ${unreadable.reason}` : node.path}
        draggable={!locked}
        onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, node.path)}
        onDragOver={(event) => node.folder && event.preventDefault()}
        onDrop={(event) => {
          const from = event.dataTransfer.getData(DRAG_TYPE);
          if (!node.folder || !from || from === node.path) return;
          event.preventDefault();
          void movePath(from, `${node.path}/${from.slice(from.lastIndexOf("/") + 1)}`);
        }}
      >
        {renaming ? (
          <NameInput
            initial={node.path}
            label={`New path for ${node.path}`}
            onDone={(path) => {
              setRenaming(false);
              if (path) void movePath(node.path, path);
            }}
          />
        ) : (
          <>
            <button type="button" className="tree-open" onClick={activate}>
              <span className={`tree-icon icon-${node.folder ? "folder" : node.name.split(".").pop()}`}>{node.folder && !open ? "▸" : node.folder ? "▾" : iconOf(node.path, false)}</span>
              <span className={unreadable ? "tree-name unreadable" : "tree-name"}>{node.name}</span>
              {locked && <span className="tab-readonly"> read-only</span>}
              {unreadable && <span className="tab-readonly"> not shown</span>}
            </button>
            {!locked && (
              <span className="tree-actions">
                <button type="button" className="icon-button" title={`Rename or move ${node.path}`} data-testid={`rename-${node.path}`} onClick={() => setRenaming(true)}>
                  ✎
                </button>
                <button type="button" className="icon-button" title={`Delete ${node.path}`} data-testid={`delete-${node.path}`} onClick={() => onDelete(node.path)}>
                  ✕
                </button>
              </span>
            )}
          </>
        )}
      </div>
      {node.folder && open && node.children.length > 0 && (
        <ul className="tree-list">
          {node.children.map((child) => (
            <TreeRow key={child.path} node={child} depth={depth + 1} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </li>
  );
}
