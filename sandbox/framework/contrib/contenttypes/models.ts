/** ContentType, as in django.contrib.contenttypes: one row per model, for permissions (table "django_content_type"). */
import { Model } from "../../db/models/base";
import { CharField } from "../../db/models/fields";
import type { Manager } from "../../db/models/manager";
import type { ModelClass } from "../../db/models/model_class";

/** A model, by app label and model name. */
export class ContentType extends Model {
  static fields = {
    app_label: new CharField({ max_length: 100 }),
    model: new CharField({ max_length: 100, verbose_name: "python model class name" }),
  };
  static Meta = { db_table: "django_content_type", unique_together: [["app_label", "model"]], verbose_name: "content type", verbose_name_plural: "content types" };
  declare app_label: string;
  declare model: string;
  declare static objects: Manager<ContentType>;

  /** The ContentType row for a model class, created on first use (Django's get_for_model). */
  static get_for_model(model: ModelClass): ContentType {
    return ContentType.objects.get_or_create({ app_label: model._meta.app_label, model: model._meta.model_name })[0];
  }

  override toString(): string {
    return `${this.app_label} | ${this.model}`;
  }
}
