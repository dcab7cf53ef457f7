import { models, receiver, signals } from "mvt";
import { Comment, Post } from "./models";

// Write the receiver here: when a Comment is saved for the first time, add one to its
// post's comment_count.
