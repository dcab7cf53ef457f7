import { UploadedFile, ValidationError, forms } from "mvt";
import { Document } from "./models";

export class DocumentForm extends forms.ModelForm {
  static Meta = { model: Document, fields: ["title", "file"] };

  /**
   * A new document needs an uploaded file. Django's ModelForm refuses a missing one by
   * itself; mvt's does not yet (it takes the new document's empty file for a stored one),
   * so this form says it: "This field is required.", as Django would.
   */
  clean_file() {
    const file = this.cleaned_data["file"];
    if (!(file instanceof UploadedFile)) throw new ValidationError("This field is required.", { code: "required" });
    return file;
  }
}
