/** Uploaded files, as in Django's core/files/uploadedfile.py: what request.FILES holds. */
import { utf8 } from "../crypto";
import { decode_utf8 } from "./bytes";

/**
 * Python's truth of a file (Django's File.__bool__): a file, a model's FieldFile too, is
 * false when it has no name, so an instance's empty FileField counts as no file.
 */
export function has_file(value: unknown): boolean {
  if (typeof value === "object" && value !== null && "name" in value) return Boolean((value as { name: unknown }).name);
  return Boolean(value);
}

/** A file from a multipart upload: name, size in bytes, content type, and its content. */
export class UploadedFile {
  /** The size in bytes. */
  readonly size: number;
  /** The content as bytes (an image stays an image). */
  readonly bytes: Uint8Array;

  constructor(
    /** The base name the browser sent, without any directory part. */
    readonly name: string,
    content: string | Uint8Array,
    readonly content_type: string,
    readonly charset: string | null = null,
  ) {
    this.bytes = utf8(content);
    this.size = this.bytes.length;
  }

  /** The content as text (UTF-8). */
  get content(): string {
    return decode_utf8(this.bytes);
  }

  /** The whole content, as text. */
  read(): string {
    return this.content;
  }

  /** The content in pieces of at most `chunk_size` characters. */
  *chunks(chunk_size = 64 * 2 ** 10): Generator<string> {
    const content = this.content;
    for (let i = 0; i < content.length; i += chunk_size) yield content.slice(i, i + chunk_size);
  }

  /** True when the file is bigger than one chunk. */
  multiple_chunks(chunk_size = 64 * 2 ** 10): boolean {
    return this.size > chunk_size;
  }

  toString(): string {
    return this.name;
  }
}

/** A file at most FILE_UPLOAD_MAX_MEMORY_SIZE bytes, kept in memory. */
export class InMemoryUploadedFile extends UploadedFile {}

/** A bigger file; Django streams it to a temporary file (mvt keeps it in memory but names it the same). */
export class TemporaryUploadedFile extends UploadedFile {}

/** A file made in a test: `new SimpleUploadedFile("notes.txt", "hello")`; the content type is "text/plain" unless given, as in Django. */
export class SimpleUploadedFile extends InMemoryUploadedFile {
  constructor(name: string, content: string | Uint8Array = "", content_type = "text/plain") {
    super(name, content, content_type);
  }
}

/** A file made in code: `new ContentFile("hello", "notes.txt")`, as Django's core.files.base.ContentFile. */
export class ContentFile extends UploadedFile {
  constructor(content: string | Uint8Array, name = "") {
    super(name, content, "application/octet-stream");
  }
}
