/**
 * DetailView and the single-object machinery it shares with the editing views, as in
 * Django's views/generic/detail.py: the object comes from the URL's `pk` or `slug`.
 */
import { AttributeError, ImproperlyConfigured } from "../../core/exceptions";
import type { Model } from "../../db/models/base";
import type { ModelClass } from "../../db/models/model_class";
import type { QuerySet } from "../../db/models/query";
import { Http404 } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import { TemplateView } from "./base";
import { baseQueryset } from "./list";

/**
 * Django's SingleObjectMixin and SingleObjectTemplateResponseMixin as one base class:
 * `object`, get_object() from the URL kwargs, `object` and `<model>` in the context,
 * and `<app>/<model><template_name_suffix>.html` as the default template.
 */
export class SingleObjectView extends TemplateView {
  static model?: ModelClass;
  static queryset?: QuerySet<unknown>;
  static slug_field = "slug";
  static slug_url_kwarg = "slug";
  static pk_url_kwarg = "pk";
  static query_pk_and_slug = false;
  static context_object_name?: string;
  static template_name_suffix = "_detail";
  object: Model | null = null;

  /** `queryset.all()` or `model.objects.all()`. */
  get_queryset(): QuerySet<unknown> {
    const cls = this.constructor as typeof SingleObjectView;
    return baseQueryset(this, cls.queryset, cls.model);
  }

  get_slug_field(): string {
    return (this.constructor as typeof SingleObjectView).slug_field;
  }

  /** The object named by the URL's pk (or slug); Http404 when there is none. */
  get_object(queryset?: QuerySet<unknown>): Model {
    const cls = this.constructor as typeof SingleObjectView;
    let query = queryset ?? this.get_queryset();
    const pk = this.kwargs[cls.pk_url_kwarg];
    const slug = this.kwargs[cls.slug_url_kwarg];
    if (pk !== undefined && pk !== null) query = query.filter({ pk });
    if (slug !== undefined && slug !== null && (pk === undefined || pk === null || cls.query_pk_and_slug)) query = query.filter({ [this.get_slug_field()]: slug });
    if ((pk === undefined || pk === null) && (slug === undefined || slug === null)) {
      throw new AttributeError(`Generic detail view ${this.constructor.name} must be called with either an object pk or a slug in the URLconf.`);
    }
    try {
      return query.get() as Model;
    } catch (error) {
      if (error instanceof query.model.DoesNotExist) throw new Http404(`No ${query.model._meta.verbose_name} found matching the query`);
      throw error;
    }
  }

  /** `context_object_name`, else the model's name ("book"). */
  get_context_object_name(object: Model): string {
    return (this.constructor as typeof SingleObjectView).context_object_name ?? object._meta.model_name;
  }

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    const context: Record<string, unknown> = {};
    if (this.object) {
      context["object"] = this.object;
      context[this.get_context_object_name(this.object)] = this.object;
    }
    return super.get_context_data({ ...context, ...kwargs });
  }

  /** `template_name` if set, else `<app>/<model><suffix>.html` from the object or the model. */
  override get_template_names(): string[] {
    try {
      return super.get_template_names();
    } catch (error) {
      if (!(error instanceof ImproperlyConfigured)) throw error;
      const cls = this.constructor as typeof SingleObjectView;
      const meta = this.object?._meta ?? cls.model?._meta;
      if (!meta) throw error;
      return [`${meta.app_label}/${meta.model_name}${cls.template_name_suffix}.html`];
    }
  }
}

/** Shows one object: `static model = Book` renders `books/book_detail.html` with `object` and `book`. */
export class DetailView extends SingleObjectView {
  override get(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object = this.get_object();
    return this.render_to_response(this.get_context_data({ object: this.object }));
  }
}
