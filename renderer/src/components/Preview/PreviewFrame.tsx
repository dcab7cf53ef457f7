import { useEffect, useMemo, useRef } from "react";
import { useApp } from "../../store";
import { encodeMultipart, type FormEntry } from "../../sandbox/multipart";
import { framePage } from "./framePage";

interface FrameMessage {
  source: "mvt-preview";
  kind: "navigate";
  method: string;
  href: string;
  body?: string;
  /** A multipart form's entries, files with their bytes. */
  multipart?: FormEntry[];
}

let documentsShown = 0;

function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Partial<FrameMessage>;
  return message.source === "mvt-preview" && typeof message.method === "string" && typeof message.href === "string";
}

/**
 * The page, in a sandboxed iframe with an opaque origin: it can run its scripts and
 * submit forms, but reach neither the app nor the disk. Its links and forms come back
 * here as messages, and the sandbox answers them.
 */
export function PreviewFrame() {
  const frame = useRef<HTMLIFrameElement>(null);
  const page = useApp((state) => state.page);
  const navigate = useApp((state) => state.navigate);
  const srcDoc = useMemo(() => (page ? framePage(page.response) : ""), [page]);
  // Each document the frame is given is numbered; the frame says which one has finished
  // loading, so anything that clicks in it (a test, a tool) can wait for the swap to end:
  // a click while the old document is going and the new one not yet laid out lands nowhere.
  const documentNumber = useMemo(() => (srcDoc ? ++documentsShown : 0), [srcDoc]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || !isFrameMessage(event.data)) return;
      const { method, href, body, multipart } = event.data;
      void navigate(method, href, multipart ? encodeMultipart(multipart) : body);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [navigate]);

  if (!page) return <div className="preview-empty muted">The page appears here once the project runs.</div>;
  return (
    <iframe
      ref={frame}
      className="preview-frame"
      data-testid="preview-frame"
      title={`Preview of ${page.path}`}
      sandbox="allow-scripts allow-forms"
      srcDoc={srcDoc}
      data-document={documentNumber}
      onLoad={(event) => {
        event.currentTarget.dataset.loadedDocument = String(documentNumber);
      }}
    />
  );
}
