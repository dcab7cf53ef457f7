// Models for the "pages" app. For example:
//
// import { models } from "mvt";
//
// export class Note extends models.Model {
//   static fields = { text: models.CharField({ max_length: 200 }) };
//   declare text: string;
//   declare static objects: models.Manager<Note>;
// }
export {};
