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

/** Thrown when a question has no answer yet: makemigrations stops and returns it (Django would wait at the prompt). */
export class QuestionPending extends Error {
  override name = "QuestionPending";

  constructor(readonly question: Question) {
    super(question.text);
  }
}

/** Reads answers; the first unanswered question stops detection with QuestionPending. */
export class Questioner {
  constructor(private readonly answers: Readonly<Record<string, string>> = {}) {}

  /** True when the answer is yes. */
  ask_yes_no(id: string, text: string): boolean {
    const answer = this.answers[id];
    if (answer === undefined) throw new QuestionPending({ id, text, kind: "yes_no" });
    return /^\s*y(es)?\s*$/i.test(answer);
  }

  /** The answered value parsed as JSON (bare text as a string); undefined when declined. */
  ask_value(id: string, text: string): { value: unknown } | undefined {
    const answer = this.answers[id];
    if (answer === undefined) throw new QuestionPending({ id, text, kind: "value" });
    return parse(answer);
  }

  /**
   * Django's ask_not_null_alteration: a one-off default for the rows holding NULL,
   * "ignore" (the learner handles those rows, e.g. in an earlier RunSQL), or undefined to quit.
   */
  ask_not_null_alteration(id: string, text: string): { value: unknown } | "ignore" | undefined {
    const answer = this.answers[id];
    if (answer === undefined) throw new QuestionPending({ id, text, kind: "value" });
    return /^\s*ignore\s*$/i.test(answer) ? "ignore" : parse(answer);
  }
}

/** An answer as JSON (bare text as a string); undefined when empty (quit). */
function parse(answer: string): { value: unknown } | undefined {
  if (answer.trim() === "") return undefined;
  try {
    return { value: JSON.parse(answer) as unknown };
  } catch {
    return { value: answer };
  }
}

/** The learner declined to give a one-off default: makemigrations stops (Django exits). */
export class MakemigrationsQuit extends Error {
  override name = "MakemigrationsQuit";
}
