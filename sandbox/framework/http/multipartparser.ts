/**
 * Multipart form parsing, as in Django's http/multipartparser.py: fields into POST,
 * files into FILES, with Django's limits and errors.
 */
import { settings } from "../conf/settings";
import { decode_utf8, from_binary_string } from "../core/files/bytes";
import { utf8 } from "../core/crypto";
import { InMemoryUploadedFile, TemporaryUploadedFile, type UploadedFile } from "../core/files/uploadedfile";
import { RequestDataTooBig, TooManyFieldsSent } from "./exceptions";
import { QueryDict } from "./querydict";

/** The body is not valid multipart: answered with 400. */
export class MultiPartParserError extends Error {
  override name = "MultiPartParserError";
}

/** Several values per key, like QueryDict but for any value (request.FILES). */
export class MultiValueDict<T> {
  private readonly lists = new Map<string, T[]>();

  /** The last value for `key`. */
  get(key: string): T | undefined {
    const values = this.lists.get(key);
    return values?.[values.length - 1];
  }

  getlist(key: string): T[] {
    return [...(this.lists.get(key) ?? [])];
  }

  appendlist(key: string, value: T): void {
    this.lists.set(key, [...(this.lists.get(key) ?? []), value]);
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }

  keys(): string[] {
    return [...this.lists.keys()];
  }

  get length(): number {
    return this.lists.size;
  }
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

/** Splits a multipart body on its boundary; MultiPartParserError if it is malformed. */
function split_parts(body: string, boundary: string): Part[] {
  if (!boundary || !/^[ -~]{1,70}$/.test(boundary)) throw new MultiPartParserError(`Invalid boundary in multipart: ${boundary || "None"}`);
  const delimiter = "--" + boundary;
  const start = body.indexOf(delimiter);
  const end = body.indexOf(delimiter + "--");
  if (start < 0 || end < 0) throw new MultiPartParserError("Multipart body is missing its boundary or closing delimiter.");
  if (start === end) return []; // only the closing delimiter: a form with no fields, as the test client posts {}
  return body.slice(start + delimiter.length, end).split(delimiter).map((chunk) => {
    const text = chunk.replace(/^\r?\n/, "").replace(/\r?\n$/, "");
    const split = /\r?\n\r?\n/.exec(text);
    if (!split) throw new MultiPartParserError("Multipart part has no blank line after its headers.");
    const headers: Record<string, string> = {};
    for (const line of text.slice(0, split.index).split(/\r?\n/)) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body: text.slice(split.index + split[0].length) };
  });
}

/** Header parameters: `form-data; name="a"; filename="b.txt"` -> {name: "a", filename: "b.txt"}. */
function params(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/;\s*([\w*-]+)=("((?:[^"\\]|\\.)*)"|[^;]*)/g)) {
    out[m[1]!.toLowerCase()] = m[3] !== undefined ? m[3].replace(/\\\\/g, "\\").replace(/\\"/g, '"') : (m[2] ?? "").trim();
  }
  return out;
}

/**
 * Parses a multipart body into POST fields and FILES, enforcing DATA_UPLOAD_MAX_* as Django
 * does. A `binary` body has one char per byte (an upload from the browser): its fields are
 * decoded as UTF-8 and its files keep their bytes.
 */
export function parse_multipart(body: string, boundary: string, binary = false): { POST: QueryDict; FILES: MultiValueDict<UploadedFile> } {
  const POST = new QueryDict();
  const FILES = new MultiValueDict<UploadedFile>();
  let fields = 0;
  let fieldBytes = 0;
  for (const part of split_parts(body, boundary)) {
    const disposition = part.headers["content-disposition"] ?? "";
    const p = params(disposition);
    const name = p["name"];
    if (!disposition.toLowerCase().startsWith("form-data") || name === undefined) continue;
    if (p["filename"] === undefined) {
      fields += 1;
      const max_fields = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS;
      if (max_fields !== null && fields > max_fields) {
        throw new TooManyFieldsSent("The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
      }
      fieldBytes += name.length + part.body.length + 2;
      const max_size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE;
      if (max_size !== null && fieldBytes > max_size) throw new RequestDataTooBig("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
      POST.appendlist(name, binary ? decode_utf8(from_binary_string(part.body)) : part.body);
      continue;
    }
    const filename = p["filename"].split(/[\\/]/).pop() ?? "";
    if (!filename) continue;
    const [type = "", ...typeParams] = (part.headers["content-type"] ?? "application/octet-stream").split(";");
    const charset = params(";" + typeParams.join(";"))["charset"] ?? null;
    const bytes = binary ? from_binary_string(part.body) : utf8(part.body);
    const cls = bytes.length > settings.FILE_UPLOAD_MAX_MEMORY_SIZE ? TemporaryUploadedFile : InMemoryUploadedFile;
    FILES.appendlist(name, new cls(binary ? decode_utf8(from_binary_string(filename)) : filename, bytes, type.trim(), charset));
  }
  return { POST, FILES };
}
