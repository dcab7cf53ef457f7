import { useApp } from "../../store";

/**
 * What went wrong, above the last working page: the bundler's errors (file:line, click
 * to open) and notices such as a request stopped by the watchdog.
 */
export function ErrorBanner() {
  const diagnostics = useApp((state) => state.diagnostics);
  const notice = useApp((state) => state.notice);
  const openFile = useApp((state) => state.openFile);
  if (diagnostics.length === 0 && !notice) return null;
  return (
    <div className="error-banner" role="alert" data-testid="preview-error">
      {notice && <p data-testid="preview-notice">{notice}</p>}
      {diagnostics.length > 0 && (
        <>
          <p>Your project does not build; the page below is the last one that worked.</p>
          <ul>
            {diagnostics.map((d, i) => (
              <li key={i}>
                {d.file && (
                  <>
                    <button type="button" className="link" onClick={() => openFile(d.file, d.line)}>
                      {d.file}:{d.line}:{d.column}
                    </button>{" "}
                  </>
                )}
                {d.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
