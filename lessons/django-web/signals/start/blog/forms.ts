import { forms } from "mvt";
import { Comment } from "./models";

export class CommentForm extends forms.ModelForm {
  static Meta = { model: Comment, fields: ["name", "body"] };
}
