/**
 * ListView, as in Django's views/generic/list.py (MultipleObjectMixin and its template
 * mixin): `static model = Book; static paginate_by = 10` renders `books/book_list.html`
 * with `book_list`, `object_list`, and with paging `page_obj`, `paginator`, `is_paginated`.
 */
import { ImproperlyConfigured } from "../../core/exceptions";
import { InvalidPage, type Page, Paginator } from "../../core/paginator";
import { Http404 } from "../../http/exceptions";
import type { HttpRequest } from "../../http/request";
import type { HttpResponse } from "../../http/response";
import type { ModelClass } from "../../db/models/model_class";
import type { QuerySet } from "../../db/models/query";
import { TemplateView } from "./base";

/** What a list view lists: a QuerySet, or any array. */
export type ObjectList = QuerySet<unknown> | unknown[];

/** The QuerySet a single- or multiple-object view starts from: `queryset.all()`, else `model.objects.all()`. */
export function baseQueryset(view: object, queryset: QuerySet<unknown> | undefined, model: ModelClass | undefined): QuerySet<unknown> {
  if (queryset) return queryset.all();
  if (model) return model.objects.all();
  const name = view.constructor.name;
  throw new ImproperlyConfigured(`${name} is missing a QuerySet. Define ${name}.model, ${name}.queryset, or override ${name}.get_queryset().`);
}

/** Lists objects; paginates when paginate_by is set. */
export class ListView extends TemplateView {
  static model?: ModelClass;
  static queryset?: QuerySet<unknown>;
  static ordering?: string | string[];
  static paginate_by?: number;
  static paginate_orphans = 0;
  static page_kwarg = "page";
  static allow_empty = true;
  static context_object_name?: string;
  static template_name_suffix = "_list";
  object_list: ObjectList = [];

  /** `queryset.all()` or `model.objects.all()`, ordered by `ordering` when set. */
  get_queryset(): ObjectList {
    const cls = this.constructor as typeof ListView;
    const queryset = baseQueryset(this, cls.queryset, cls.model);
    const ordering = cls.ordering;
    if (!ordering) return queryset;
    return queryset.order_by(...(typeof ordering === "string" ? [ordering] : ordering));
  }

  get_paginate_by(_queryset: ObjectList): number | undefined {
    return (this.constructor as typeof ListView).paginate_by;
  }

  get_allow_empty(): boolean {
    return (this.constructor as typeof ListView).allow_empty;
  }

  /** `context_object_name`, else `<model>_list` for a QuerySet. */
  get_context_object_name(object_list: ObjectList): string | undefined {
    const name = (this.constructor as typeof ListView).context_object_name;
    if (name) return name;
    return Array.isArray(object_list) ? undefined : `${object_list.model._meta.model_name}_list`;
  }

  /** The page named by the URL's or the query string's `page` ("last" too); Http404 when invalid. */
  paginate_queryset(queryset: ObjectList, page_size: number): [Paginator<unknown>, Page<unknown>, ObjectList, boolean] {
    const cls = this.constructor as typeof ListView;
    const paginator = new Paginator(queryset, page_size, { orphans: cls.paginate_orphans, allow_empty_first_page: this.get_allow_empty() });
    const raw = this.kwargs[cls.page_kwarg] || this.request.GET.get(cls.page_kwarg) || 1;
    const text = String(raw).trim();
    let number: number;
    if (/^[-+]?\d+$/.test(text)) number = Number.parseInt(text, 10);
    else if (text === "last") number = paginator.num_pages;
    else throw new Http404("Page is not “last”, nor can it be converted to an int.");
    try {
      const page = paginator.page(number);
      return [paginator, page, page.object_list as ObjectList, page.has_other_pages()];
    } catch (error) {
      if (error instanceof InvalidPage) throw new Http404(`Invalid page (${number}): ${error.message}`);
      throw error;
    }
  }

  override get_context_data(kwargs: Record<string, unknown> = {}): Record<string, unknown> {
    const { object_list = this.object_list, ...rest } = kwargs;
    let queryset = object_list as ObjectList;
    const page_size = this.get_paginate_by(queryset);
    const name = this.get_context_object_name(queryset);
    let context: Record<string, unknown>;
    if (page_size) {
      const [paginator, page, list, is_paginated] = this.paginate_queryset(queryset, page_size);
      queryset = list;
      context = { paginator, page_obj: page, is_paginated, object_list: queryset };
    } else {
      context = { paginator: null, page_obj: null, is_paginated: false, object_list: queryset };
    }
    if (name) context[name] = queryset;
    return super.get_context_data({ ...context, ...rest });
  }

  /** `template_name` if set, then `<app>/<model>_list.html`. */
  override get_template_names(): string[] {
    let names: string[] = [];
    try {
      names = super.get_template_names();
    } catch (error) {
      if (!(error instanceof ImproperlyConfigured)) throw error;
    }
    if (!Array.isArray(this.object_list)) {
      const meta = this.object_list.model._meta;
      names.push(`${meta.app_label}/${meta.model_name}${(this.constructor as typeof ListView).template_name_suffix}.html`);
    } else if (!names.length) {
      throw new ImproperlyConfigured(`${this.constructor.name} requires either a 'template_name' attribute or a get_queryset() method that returns a QuerySet.`);
    }
    return names;
  }

  override get(_request: HttpRequest, _kwargs: Record<string, unknown>): HttpResponse | Promise<HttpResponse> {
    this.object_list = this.get_queryset();
    if (!this.get_allow_empty()) {
      const list = this.object_list;
      const empty = Array.isArray(list) ? list.length === 0 : this.get_paginate_by(list) !== undefined ? !list.exists() : !list.__bool__();
      if (empty) throw new Http404(`Empty list and “${this.constructor.name}.allow_empty” is False.`);
    }
    return this.render_to_response(this.get_context_data());
  }
}
