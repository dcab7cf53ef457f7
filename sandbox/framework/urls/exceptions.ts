/** URL errors, as in Django's urls/exceptions.py. */
import { Http404 } from "../http/exceptions";

/** One URL pattern as the 404 page lists it: its route text and its name, if any. */
export interface TriedPattern {
  pattern: string;
  name?: string;
}

/** The chains of patterns tried, outermost first: `[[books/, <int:pk>/ [name='detail']]]`. */
export type TriedPatterns = TriedPattern[][];

/** No URL pattern matched `path`; `tried` lists the pattern chains tried, in order. */
export class Resolver404 extends Http404 {
  constructor(
    readonly path: string,
    readonly tried: TriedPatterns = [],
  ) {
    super(`No URL pattern matches '${path}'.`);
    this.name = "Resolver404";
  }
}

/** reverse() or {% url %} found no pattern for a name and its arguments. */
export class NoReverseMatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoReverseMatch";
  }
}
