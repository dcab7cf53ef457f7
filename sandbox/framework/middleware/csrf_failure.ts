/** The 403 page for a failed CSRF check, as Django's views/csrf.py csrf_failure (the reason only under DEBUG). */
import { settings } from "../conf/settings";
import type { HttpRequest } from "../http/request";
import { HttpResponseForbidden } from "../http/response";
import { escape } from "../template/safestring";

/** Django's default CSRF_FAILURE_VIEW. */
export function csrf_failure(_request: HttpRequest, reason: string): HttpResponseForbidden {
  const help = settings.DEBUG
    ? `<div id="info"><h2>Help</h2><p>Reason given for failure:</p><pre>    ${String(escape(reason))}\n    </pre>
<p>In general, this can occur when there is a genuine Cross Site Request Forgery, or when Django's CSRF mechanism has not been used correctly. For POST forms, you need to ensure that the view uses <code>render()</code> with the request, and that the form template contains a <code>{% csrf_token %}</code> tag inside the form.</p>
<p>You're seeing the help section of this page because you have <code>DEBUG = True</code> in your settings file.</p></div>`
    : `<div id="explanation"><p><small>More information is available with DEBUG=True.</small></p></div>`;
  return new HttpResponseForbidden(`<!DOCTYPE html>
<html lang="en">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="robots" content="NONE,NOARCHIVE"><title>403 Forbidden</title></head>
<body>
<div id="summary"><h1>Forbidden <span>(403)</span></h1><p>CSRF verification failed. Request aborted.</p></div>
${help}
</body>
</html>
`);
}
