/** A form entry as the preview's frame script sends it: a text value, or a file with its bytes in base64. */
export type FormEntry = { name: string; value: string } | { name: string; filename: string; type: string; base64: string };

/** A request body with bytes, ready for SandboxRequest. */
export interface EncodedBody {
  contentType: string;
  bodyBase64: string;
}

const encoder = new TextEncoder();

/** Builds a multipart/form-data body in form order, as a browser does for `enctype="multipart/form-data"`. */
export function encodeMultipart(entries: FormEntry[], boundary = `----MvtLabBoundary${Math.random().toString(36).slice(2)}`): EncodedBody {
  const quote = (text: string) => text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const chunks: Uint8Array[] = [];
  for (const entry of entries) {
    const disposition = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(entry.name)}"`;
    if ("value" in entry) {
      chunks.push(encoder.encode(`${disposition}\r\n\r\n${entry.value}\r\n`));
    } else {
      chunks.push(encoder.encode(`${disposition}; filename="${quote(entry.filename)}"\r\nContent-Type: ${entry.type || "application/octet-stream"}\r\n\r\n`));
      chunks.push(Uint8Array.from(atob(entry.base64), (c) => c.charCodeAt(0)), encoder.encode("\r\n"));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  let binary = "";
  for (const chunk of chunks) for (let i = 0; i < chunk.length; i += 0x8000) binary += String.fromCharCode(...chunk.subarray(i, i + 0x8000));
  return { contentType: `multipart/form-data; boundary=${boundary}`, bodyBase64: btoa(binary) };
}
