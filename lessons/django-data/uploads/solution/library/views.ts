import { HttpRequest, redirect, render } from "mvt";
import { DocumentForm } from "./forms";
import { Document } from "./models";

/** /documents/: the uploaded documents, and a form to upload one more. */
export function document_list(request: HttpRequest) {
  let form = new DocumentForm();
  if (request.method === "POST") {
    form = new DocumentForm({ data: request.POST, files: request.FILES });
    if (form.is_valid()) {
      form.save();
      return redirect("library:list");
    }
  }
  const documents = Document.objects.all();
  return render(request, "library/list.html", { documents, form });
}
