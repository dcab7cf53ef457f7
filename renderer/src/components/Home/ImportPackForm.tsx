import { useState } from "react";
import { useApp } from "../../store";

/**
 * Imports a lesson pack: the desktop's own dialog for a .mvtpack where there is one, else
 * (web mode) a path typed in, of a .mvtpack file or a pack folder.
 */
export function ImportPackForm() {
  const importPack = useApp((state) => state.importPack);
  const chooseAndImportPack = useApp((state) => state.chooseAndImportPack);
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState("");
  const [busy, setBusy] = useState(false);
  if (!typing) {
    return (
      <button type="button" className="button" data-testid="import-pack" onClick={() => void chooseAndImportPack().then((shown) => setTyping(!shown))}>
        Import pack…
      </button>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void importPack(path.trim()).then((imported) => {
          setBusy(false);
          if (imported) {
            setPath("");
            setTyping(false);
          }
        });
      }}
    >
      <label>
        Pack
        <input data-testid="import-pack-path" className="wide" placeholder="/home/me/Downloads/my-pack-1.0.0.mvtpack" value={path} onChange={(event) => setPath(event.target.value)} />
      </label>
      <button type="submit" className="button" data-testid="import-pack-go" disabled={!path.trim() || busy}>
        {busy ? "Importing…" : "Import"}
      </button>
      <button type="button" className="button" onClick={() => setTyping(false)}>
        Cancel
      </button>
      <p className="form-note muted">The path of a .mvtpack file (made with “mvt pack”) or of a pack folder.</p>
    </form>
  );
}
