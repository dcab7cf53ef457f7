import { ActionButton } from "../common/ActionButton";
import { QueryList } from "../Inspector/QueryList";
import { useApp } from "../../store";
import { AddressBar } from "./AddressBar";
import { ErrorBanner } from "./ErrorBanner";
import { PreviewFrame } from "./PreviewFrame";
import { QueryBadge } from "./QueryBadge";

/** The running page: toolbar, errors, the page itself, and its queries below. */
export function PreviewPane() {
  const loading = useApp((state) => state.loading);
  const status = useApp((state) => state.page?.response.status);
  return (
    <div className="preview-pane">
      <div className="preview-toolbar">
        <ActionButton name="back" />
        <ActionButton name="reload" />
        <AddressBar />
        {status !== undefined && (
          <span className={status >= 400 ? "status bad" : "status"} data-testid="status">
            {status}
          </span>
        )}
        <QueryBadge />
        {loading && <span className="muted" aria-live="polite">running…</span>}
      </div>
      <ErrorBanner />
      <div className="preview-page">
        <PreviewFrame />
      </div>
      <QueryList />
    </div>
  );
}
