import { useApp } from "../../store";

/** Good news above the preview ("loaddata: Installed 12 object(s)"), in neutral colours, until dismissed. */
export function InfoBar() {
  const info = useApp((state) => state.info);
  const inform = useApp((state) => state.inform);
  if (!info) return null;
  return (
    <div className="info-bar" role="status" data-testid="preview-info">
      <p>{info}</p>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => inform(null)}>
        ✕
      </button>
    </div>
  );
}
