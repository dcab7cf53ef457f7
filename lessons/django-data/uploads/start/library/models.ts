import { models } from "mvt";

export class Document extends models.Model {
  static fields = {
    title: models.CharField({ max_length: 100 }),
    file: models.FileField({ upload_to: "documents/" }),
  };
  static Meta = { ordering: ["title"] };
  declare title: string;
  declare file: models.FieldFile;
  declare static objects: models.Manager<Document>;

  toString() {
    return this.title;
  }
}
