/**
 * FileField and ImageField, as Django's db/models/fields/files.py: the column holds the
 * stored name; `book.cover` is a FieldFile (`.name`, `.url`, `.size`, `.save()`,
 * `.delete()`), and an uploaded file assigned to it is saved to storage on model save.
 */
import { default_storage, type FileSystemStorage } from "../../../core/files/storage";
import { ContentFile, UploadedFile } from "../../../core/files/uploadedfile";
import { ValueError } from "../../../core/exceptions";
import type { ModelClass } from "../model_class";
import { CharField, type Deconstructed, type FieldOptions } from "./index";

/** `upload_to`: a folder (strftime codes allowed: "covers/%Y/%m/") or a function of the instance and file name. */
export type UploadTo = string | ((instance: object, filename: string) => string);

/** FileField's options: where files go (`upload_to`) and in which storage. */
export interface FileFieldOptions extends FieldOptions {
  max_length?: number;
  upload_to?: UploadTo;
  storage?: FileSystemStorage;
}

const RAW = Symbol("files");
type Holder = { [RAW]?: Record<string, unknown> };

/** The stored file of one instance's FileField: `book.cover.url`, `book.cover.save("a.png", content)`. */
export class FieldFile {
  /** An assigned upload not yet written to storage (Django: `_committed` false). */
  file: UploadedFile | null;

  constructor(
    readonly instance: object,
    readonly field: FileField,
    public name: string | null,
    file: UploadedFile | null = null,
  ) {
    this.file = file;
  }

  get storage(): FileSystemStorage {
    return this.field.storage;
  }

  /** The file's URL; ValueError when there is none. */
  get url(): string {
    return this.storage.url(this.require_file());
  }

  /** The size in bytes. */
  get size(): number {
    return this.file ? this.file.size : this.storage.size(this.require_file());
  }

  /** The file's bytes. */
  read(): Uint8Array {
    return this.file ? this.file.bytes : this.storage.open(this.require_file());
  }

  /** Saves `content` under a name from upload_to and `name`, then the instance unless `save` is false. */
  save(name: string, content: UploadedFile | string | Uint8Array, save = true): void {
    const upload = content instanceof UploadedFile ? content : new ContentFile(content, name);
    this.name = this.storage.save(this.field.generate_filename(this.instance, name), upload, this.field.max_length);
    this.file = null;
    this.field.set_raw(this.instance, this);
    if (save) (this.instance as { save(): void }).save();
  }

  /** Deletes the file from storage and clears the field, then saves the instance unless `save` is false. */
  delete(save = true): void {
    if (!this.name) return;
    if (!this.file) this.storage.delete(this.name);
    this.name = null;
    this.file = null;
    if (save) (this.instance as { save(): void }).save();
  }

  /** Written to storage (or empty). */
  get _committed(): boolean {
    return this.file === null;
  }

  __bool__(): boolean {
    return Boolean(this.name);
  }

  toString(): string {
    return this.name ?? "";
  }

  private require_file(): string {
    if (!this.name) throw new ValueError(`The '${this.field.name}' attribute has no file associated with it.`);
    return this.name;
  }
}

/** The stored name of an uploaded file (varchar(100)); the file itself lives in storage. */
export class FileField extends CharField {
  readonly upload_to: UploadTo;
  readonly storage: FileSystemStorage;

  constructor(options: FileFieldOptions = {}) {
    const { upload_to = "", storage = default_storage, ...rest } = options;
    super({ ...rest, max_length: options.max_length ?? 100 });
    this.upload_to = upload_to;
    this.storage = storage;
  }

  /**
   * Django writes upload_to always, and max_length when it is not 100. An upload_to
   * function is left out: a migration file cannot import the learner's function.
   */
  override deconstruct(): Deconstructed {
    const result = super.deconstruct();
    if (this.max_length === 100) delete result.kwargs.max_length;
    if (typeof this.upload_to === "string") result.kwargs.upload_to = this.upload_to;
    return result;
  }

  /** Makes `instance[name]` a FieldFile, as Django's FileDescriptor. */
  override contribute_to_class(model: ModelClass, name: string): void {
    super.contribute_to_class(model, name);
    const get = (instance: object) => this.field_file(instance);
    const set = (instance: object, value: unknown) => this.set_raw(instance, value);
    Object.defineProperty(model.prototype, name, {
      configurable: true,
      get(this: Holder): FieldFile {
        return get(this);
      },
      set(this: Holder, value: unknown) {
        set(this, value);
      },
    });
  }

  /** The instance's FieldFile, made from whatever was assigned (a name, an upload, a FieldFile). */
  field_file(instance: object): FieldFile {
    const raw = (instance as Holder)[RAW]?.[this.name];
    if (raw instanceof FieldFile) return raw;
    const file = raw instanceof UploadedFile
      ? new FieldFile(instance, this, raw.name, raw)
      : new FieldFile(instance, this, raw === null || raw === undefined ? null : String(raw));
    this.set_raw(instance, file);
    return file;
  }

  /** Stores an assigned value without wrapping it yet. */
  set_raw(instance: object, value: unknown): void {
    ((instance as Holder)[RAW] ??= {})[this.name] = value;
  }

  /** A ModelForm's cleaned value onto the instance: nothing for null (no change), "" for false (cleared), as Django's. */
  save_form_data(instance: object, data: unknown): void {
    if (data === null || data === undefined) return;
    this.set_raw(instance, data === false ? "" : data);
  }

  /** Writes an assigned upload to storage before the row is saved (Django: pre_save). */
  override pre_save(instance: object): unknown {
    const file = this.field_file(instance);
    if (file.file && file.name) file.save(file.name, file.file, false);
    return file.name;
  }

  override get_db_prep_value(value: unknown): unknown {
    if (value instanceof FieldFile) return value.name ?? "";
    return value === null || value === undefined ? value : String(value);
  }

  /** The stored name for `filename`: upload_to (strftime'd, or called), then a valid file name. */
  generate_filename(instance: object, filename: string): string {
    const joined = typeof this.upload_to === "function"
      ? this.upload_to(instance, filename)
      : [strftime(this.upload_to, new Date()).replace(/\/+$/, ""), filename].filter(Boolean).join("/");
    const slash = joined.lastIndexOf("/");
    return joined.slice(0, slash + 1) + this.storage.get_valid_name(joined.slice(slash + 1));
  }
}

/** A FileField for images. */
export class ImageField extends FileField {}

/** The strftime codes upload_to uses: %Y %m %d %H %M %S and %%. */
function strftime(format: string, date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const codes: Record<string, string> = {
    Y: String(date.getFullYear()), m: two(date.getMonth() + 1), d: two(date.getDate()),
    H: two(date.getHours()), M: two(date.getMinutes()), S: two(date.getSeconds()), "%": "%",
  };
  return format.replace(/%([YmdHMS%])/g, (_, code: string) => codes[code] ?? "");
}
