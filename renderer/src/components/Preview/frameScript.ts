/**
 * The script injected into every preview page. The page lives in a sandboxed iframe
 * with an opaque origin: it can reach neither the host API nor the sandbox, so it turns
 * link clicks and form submits into messages for the parent, which runs the request.
 *
 * The text is fixed at build time: its sha256 goes into the app's CSP (vite.config.ts),
 * because a srcdoc page inherits the parent's policy.
 */
export const FRAME_SCRIPT = `(function () {
  function send(message) { parent.postMessage(Object.assign({ source: "mvt-preview" }, message), "*"); }
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link) return;
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#") return;
    event.preventDefault();
    send({ kind: "navigate", method: "GET", href: href });
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    var data = new FormData(form, event.submitter || undefined);
    var method = (form.getAttribute("method") || "GET").toUpperCase();
    var href = form.getAttribute("action") || "";
    if (method === "POST" && (form.getAttribute("enctype") || "").toLowerCase() === "multipart/form-data") {
      var entries = [];
      data.forEach(function (value, key) { entries.push([key, value]); });
      Promise.all(entries.map(function (entry) {
        var value = entry[1];
        if (typeof value === "string") return { name: entry[0], value: value };
        if (!value.name && !value.size) return null;
        return value.arrayBuffer().then(function (buffer) {
          var bytes = new Uint8Array(buffer), binary = "";
          for (var i = 0; i < bytes.length; i += 32768) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
          return { name: entry[0], filename: value.name, type: value.type, base64: btoa(binary) };
        });
      })).then(function (parts) {
        send({ kind: "navigate", method: method, href: href, multipart: parts.filter(Boolean) });
      });
      return;
    }
    var body = new URLSearchParams();
    data.forEach(function (value, key) { if (typeof value === "string") body.append(key, value); });
    send({ kind: "navigate", method: method, href: href, body: body.toString() });
  });
})();`;
