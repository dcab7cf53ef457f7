/** FileField, as in Django's forms/fields.py: an uploaded file from request.FILES. */
import { ValidationError } from "../core/exceptions";
import { has_file } from "../core/files/uploadedfile";
import { Field, type FieldOptions, isEmpty } from "./fields";
import { ClearableFileInput, FILE_INPUT_CONTRADICTION, type Widget } from "./widgets";

/** What an uploaded file must offer (request.FILES holds UploadedFile objects). */
export interface FileLike {
  name: string;
  size: number;
}

/** An uploaded file: `forms.FileField({ max_length: 100 })`; bind with `{ data: request.POST, files: request.FILES }`. */
export class FileField extends Field {
  static override default_error_messages: Record<string, string> = {
    invalid: "No file was submitted. Check the encoding type on the form.",
    missing: "No file was submitted.",
    empty: "The submitted file is empty.",
    contradiction: "Please either submit a file or check the clear checkbox, not both.",
  };
  max_length?: number;
  allow_empty_file: boolean;

  constructor(options: FieldOptions & { max_length?: number; allow_empty_file?: boolean } = {}) {
    super(options);
    if (options.max_length !== undefined) this.max_length = options.max_length;
    this.allow_empty_file = options.allow_empty_file ?? false;
  }

  protected override default_widget(): Widget {
    return new ClearableFileInput();
  }

  override to_python(data: unknown): unknown {
    if (isEmpty(data)) return null;
    if (typeof data !== "object" || data === null || !("name" in data) || !("size" in data)) throw this.error("invalid");
    const { name, size } = data as FileLike;
    const length = [...name].length;
    if (this.max_length !== undefined && length > this.max_length) {
      const max = this.max_length;
      throw new ValidationError(`Ensure this filename has at most ${max} character${max === 1 ? "" : "s"} (it has ${length}).`, { code: "max_length" });
    }
    if (!name) throw this.error("invalid");
    if (!this.allow_empty_file && !size) throw this.error("empty");
    return data;
  }

  /**
   * Django's FileField.clean(data, initial): the new file, else the `initial` one (an edit
   * form keeps the stored file when none is sent). An initial file without a name (a new
   * instance's empty FieldFile) is no file, so a required field then says so. false is
   * ClearableFileInput's "clear": kept for an optional field, no file for a required one.
   */
  clean_file(data: unknown, initial: unknown): unknown {
    if (data === FILE_INPUT_CONTRADICTION) throw this.error("contradiction");
    if (data === false) {
      if (!this.required) return false;
      data = null;
    }
    if (!has_file(data) && has_file(initial)) return initial;
    return this.clean(data);
  }

  /** What a bound form shows: the initial file when none was sent. */
  override bound_data(data: unknown, initial: unknown): unknown {
    return data === null || data === undefined || data === FILE_INPUT_CONTRADICTION ? initial : data;
  }

  override has_changed(_initial: unknown, data: unknown): boolean {
    return !this.disabled && data !== null && data !== undefined;
  }
}
