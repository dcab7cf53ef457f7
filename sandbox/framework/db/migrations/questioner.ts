/**
 * Questions makemigrations asks instead of guessing (Django: questioner.py). The
 * framework cannot prompt: unanswered questions are returned to the caller, who calls
 * again with `answers` keyed by question id.
 */

/** One question, e.g. "Was book.title renamed to book.name (a CharField)? [y/N]". */
export interface Question {
  id: string;
  text: string;
  /** "yes_no" for renames; "value" for a one-off default (a JSON value, or empty to quit). */
  kind: "yes_no" | "value";
}

/** Collects questions and reads answers. */
export class Questioner {
  readonly unanswered: Question[] = [];

  constructor(private readonly answers: Readonly<Record<string, string>> = {}) {}

  /** True when the answer is yes; an unanswered question counts as no and is recorded. */
  ask_yes_no(id: string, text: string): boolean {
    const answer = this.answers[id];
    if (answer === undefined) {
      this.unanswered.push({ id, text, kind: "yes_no" });
      return false;
    }
    return /^\s*y(es)?\s*$/i.test(answer);
  }

  /** True once the caller has answered `id` (an empty answer declines). */
  has_answer(id: string): boolean {
    return this.answers[id] !== undefined;
  }

  /** The answered value parsed as JSON (bare text as a string); undefined when unanswered or declined. */
  ask_value(id: string, text: string): { value: unknown } | undefined {
    const answer = this.answers[id];
    if (answer === undefined) {
      this.unanswered.push({ id, text, kind: "value" });
      return undefined;
    }
    if (answer.trim() === "") return undefined;
    try {
      return { value: JSON.parse(answer) as unknown };
    } catch {
      return { value: answer };
    }
  }
}

/** The learner declined to give a one-off default: makemigrations stops (Django exits). */
export class MakemigrationsQuit extends Error {
  override name = "MakemigrationsQuit";
}
