import { forms } from "mvt";
import { Comment } from "./models";

// Write CommentForm here: a forms.ModelForm whose Meta names the model (Comment) and
// the fields a visitor fills in (name and body), then use it in views.ts.
