import { ActionButton } from "../common/ActionButton";
import { CurrentQueries } from "../Inspector/QueryList";
import { useApp } from "../../store";
import { AddressBar } from "./AddressBar";
import { ErrorBanner } from "./ErrorBanner";
import { InfoBar } from "./InfoBar";
import { PreviewFrame } from "./PreviewFrame";
import { QueryBadge } from "./QueryBadge";

/** The running page: toolbar, errors, redirects followed, the page itself, and (in lessons) its queries below. */
export function PreviewPane({ withQueries = true }: { withQueries?: boolean }) {
  const loading = useApp((state) => state.loading);
  const status = useApp((state) => state.page?.response.status);
  const redirects = useApp((state) => state.page?.redirects);
  return (
    <div className="preview-pane">
      <div className="preview-toolbar">
        <ActionButton name="back" />
        <ActionButton name="forward" />
        <ActionButton name="reload" />
        <AddressBar />
        {status !== undefined && (
          <span className={status >= 400 ? "status bad" : "status"} data-testid="status">
            {status}
          </span>
        )}
        <QueryBadge />
        {loading && (
          <span className="muted" aria-live="polite" data-testid="preview-running">
            running…
          </span>
        )}
      </div>
      <ErrorBanner />
      <InfoBar />
      {redirects && redirects.length > 0 && (
        <p className="redirects" data-testid="redirects">
          {redirects.map((hop) => `${hop.status} ${hop.from} → ${hop.to}`).join(", ")}
        </p>
      )}
      <div className="preview-page">
        <PreviewFrame />
      </div>
      {withQueries && <CurrentQueries />}
    </div>
  );
}
