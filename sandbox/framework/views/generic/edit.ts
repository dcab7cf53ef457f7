/**
 * FormView, CreateView, UpdateView and DeleteView, as in Django's views/generic/edit.py:
 * GET shows the form, POST validates it, then form_valid() redirects to the success URL
 * and form_invalid() shows the form again with its errors.
 */
import { ImproperlyConfigured } from "../../core/exceptions";
import type { Model } from "../../db/models/base";
import { Form, type FormOptions } from "../../forms/forms";
import { ModelForm, modelform_factory } from "../../forms/models";
import type { HttpRequest } from "../../http/request";
import { type HttpResponse, HttpResponseRedirect } from "../../http/response";
import { SingleObjectView } from "./detail";

/** `"/books/{id}/"` filled from the object's attributes, as Django's success_url.format(**obj.__dict__). */
function formatUrl(url: string, object: Model | null): string {
  return url.replace(/\{(\w+)\}/g, (_m, key: string) => String(object ? (object as unknown as Record<string, unknown>)[key] : ""));
}

/**
 * Django's FormMixin and ProcessFormView over the single-object base (inert until a
 * model view sets `object`): `static form_class = ContactForm; static success_url = "/thanks/"`.
 */
export class FormView extends SingleObjectView {
  static form_class?: typeof Form;
  static success_url?: string;
  static initial: Record<string, unknown> = {};
  static prefix?: string;

  get_initial(): Record<string, unknown> {
    return { ...(this.constructor as typeof FormView).initial };
  }

  get_prefix(): string | undefined {
    return (this.constructor as typeof FormView).prefix;
  }

  get_form_class(): typeof Form {
    const form_class = (this.constructor as typeof FormView).form_class;
    if (!form_class) throw new ImproperlyConfigured(`${this.constructor.name} is missing a form_class.`);
    return form_class;
  }

  /** initial and prefix; data and files on POST and PUT. */
  get_form_kwargs(): FormOptions {
    const kwargs: FormOptions = { initial: this.get_initial() };
    const prefix = this.get_prefix();
    if (prefix !== undefined) kwargs.prefix = prefix;
    if (this.request.method === "POST" || this.request.method === "PUT") Object.assign(kwargs, { data: this.request.POST, files: this.request.FILES });
    return kwargs;
  }

  get_form(form_class: typeof Form = this.get_form_class()): Form {
    return new form_class(this.get_form_kwargs());
  }

  get_success_url(): string {
    const url = (this.constructor as typeof FormView).success_url;
    if (!url) throw new ImproperlyConfigured("No URL to redirect to. Provide a success_url.");
    return url;
  }

  form_valid(_form: Form): HttpResponse {
    return new HttpResponseRedirect(this.get_success_url());
  }

  form_invalid(form: Form): HttpResponse {
    return this.render_to_response(this.get_context_data({ form }));
  }

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    return super.get_context_data({ form: "form" in kwargs ? kwargs["form"] : this.get_form(), ...kwargs });
  }

  override get(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    return this.render_to_response(this.get_context_data());
  }

  post(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    const form = this.get_form();
    return form.is_valid() ? this.form_valid(form) : this.form_invalid(form);
  }

  put(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    return this.post(request, kwargs);
  }
}

/** Django's ModelFormMixin: a ModelForm for `model` and `fields`, saved on success. */
class ModelFormView extends FormView {
  static fields?: string[] | "__all__";
  static override template_name_suffix = "_form";

  override get_form_class(): typeof Form {
    const cls = this.constructor as typeof ModelFormView;
    if (cls.fields !== undefined && cls.form_class) throw new ImproperlyConfigured("Specifying both 'fields' and 'form_class' is not permitted.");
    if (cls.form_class) return cls.form_class;
    const model = cls.model ?? (this.object?.constructor as typeof cls.model) ?? this.get_queryset().model;
    if (cls.fields === undefined) throw new ImproperlyConfigured(`Using ModelFormMixin (base class of ${this.constructor.name}) without the 'fields' attribute is prohibited.`);
    return modelform_factory(model, { fields: cls.fields });
  }

  override get_form_kwargs(): FormOptions {
    return { ...super.get_form_kwargs(), ...(this.object ? { instance: this.object } : {}) };
  }

  /** success_url with `{id}`-style fields of the object, else the object's get_absolute_url(). */
  override get_success_url(): string {
    const url = (this.constructor as typeof FormView).success_url;
    if (url) return formatUrl(url, this.object);
    const absolute = (this.object as unknown as { get_absolute_url?: () => string } | null)?.get_absolute_url;
    if (typeof absolute !== "function") throw new ImproperlyConfigured("No URL to redirect to.  Either provide a url or define a get_absolute_url method on the Model.");
    return absolute.call(this.object);
  }

  override form_valid(form: Form): HttpResponse {
    this.object = (form as ModelForm).save();
    return super.form_valid(form);
  }
}

/** Creates an object: `static model = Book; static fields = ["title", "author"]` renders `books/book_form.html`. */
export class CreateView extends ModelFormView {
  override get(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object = null;
    return super.get(request, kwargs);
  }

  override post(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object = null;
    return super.post(request, kwargs);
  }
}

/** Edits the object named by the URL's pk or slug. */
export class UpdateView extends ModelFormView {
  override get(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object = this.get_object();
    return super.get(request, kwargs);
  }

  override post(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object = this.get_object();
    return super.post(request, kwargs);
  }
}

/** GET asks to confirm (`books/book_confirm_delete.html`); POST or DELETE deletes and redirects to success_url. */
export class DeleteView extends SingleObjectView {
  static success_url?: string;
  static override template_name_suffix = "_confirm_delete";

  get_success_url(): string {
    const url = (this.constructor as typeof DeleteView).success_url;
    if (!url) throw new ImproperlyConfigured("No URL to redirect to. Provide a success_url.");
    return formatUrl(url, this.object);
  }

  override get(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object = this.get_object();
    return this.render_to_response(this.get_context_data({ object: this.object }));
  }

  delete(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse {
    const object = this.get_object();
    this.object = object;
    const url = this.get_success_url();
    object.delete();
    return new HttpResponseRedirect(url);
  }

  post(request: HttpRequest, kwargs: Record<string, unknown>): HttpResponse {
    return this.delete(request, kwargs);
  }
}
