import { useState } from "react";
import { useApp } from "../../store";

/**
 * Opens a project folder: the desktop's own dialog where there is one, else (web mode)
 * a path typed in.
 */
export function OpenFolderForm() {
  const openProject = useApp((state) => state.openProject);
  const chooseAndOpenFolder = useApp((state) => state.chooseAndOpenFolder);
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState("");
  if (!typing) {
    return (
      <p>
        <button
          type="button"
          className="button"
          data-testid="open-folder"
          onClick={() => void chooseAndOpenFolder().then((shown) => setTyping(!shown))}
        >
          Open folder…
        </button>
      </p>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void openProject(path.trim());
      }}
    >
      <label>
        Folder
        <input data-testid="open-folder-path" className="wide" placeholder="/home/me/projects/my-blog" value={path} onChange={(event) => setPath(event.target.value)} />
      </label>
      <button type="submit" className="button" data-testid="open-folder-go" disabled={!path.trim()}>
        Open
      </button>
    </form>
  );
}
