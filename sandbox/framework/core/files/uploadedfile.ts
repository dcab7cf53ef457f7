/** Uploaded files, as in Django's core/files/uploadedfile.py: what request.FILES holds. */

const encoder = new TextEncoder();

/** A file from a multipart upload: name, size in bytes, content type, and its content. */
export class UploadedFile {
  /** The size in bytes (UTF-8). */
  readonly size: number;

  constructor(
    /** The base name the browser sent, without any directory part. */
    readonly name: string,
    readonly content: string,
    readonly content_type: string,
    readonly charset: string | null = null,
  ) {
    this.size = encoder.encode(content).length;
  }

  /** The whole content. */
  read(): string {
    return this.content;
  }

  /** The content in pieces of at most `chunk_size` characters. */
  *chunks(chunk_size = 64 * 2 ** 10): Generator<string> {
    for (let i = 0; i < this.content.length; i += chunk_size) yield this.content.slice(i, i + chunk_size);
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

/** A file made in a test: `new SimpleUploadedFile("notes.txt", "hello", "text/plain")`. */
export class SimpleUploadedFile extends InMemoryUploadedFile {}
