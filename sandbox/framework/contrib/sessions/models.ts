/** The session table, as in Django's contrib/sessions/models.py (db_table "django_session"). */
import { Model } from "../../db/models/base";
import { CharField, DateTimeField, TextField } from "../../db/models/fields";
import type { Manager } from "../../db/models/manager";

/** One stored session: its key, its signed data and when it expires. */
export class Session extends Model {
  static fields = {
    session_key: new CharField({ max_length: 40, primary_key: true, verbose_name: "session key" }),
    session_data: new TextField({ verbose_name: "session data" }),
    expire_date: new DateTimeField({ db_index: true, verbose_name: "expire date" }),
  };
  static Meta = { db_table: "django_session", verbose_name: "session", verbose_name_plural: "sessions" };
  declare session_key: string;
  declare session_data: string;
  declare expire_date: Date;
  declare static objects: Manager<Session>;
}
