/**
 * The shapes of pack.yaml and lesson.yaml, with messages that tell an author what to
 * write, and the conversion of a schema failure into PackErrors naming file and field.
 */
import { z } from "zod";
import { ID_PATTERN, type PackError } from "../contract";

const text = (example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing: add it, e.g. ${example}` : `must be text, e.g. ${example}`,
    })
    .min(1, `is empty: write something, e.g. ${example}`);

const id = (example: string) =>
  text(example).regex(ID_PATTERN, `must use only letters, digits, "-" and "_", e.g. ${example}`);

const pathList = (example: string) =>
  z.array(z.string({ error: `must be a file path, e.g. ${example}` }), {
    error: `must be a list of file paths, e.g. [${example}]`,
  });

/** pack.yaml: the pack's identity and its lessons, in order (each a folder beside it). */
export const packManifestSchema = z.strictObject(
  {
    id: id("id: django-basics"),
    title: text("title: Django backend basics"),
    version: text('version: "1.0.0"'),
    description: z.string({ error: "must be text" }).default(""),
    lessons: z
      .array(id("- n-plus-one"), { error: "must be a list of lesson folder names, e.g. [n-plus-one]" })
      .min(1, "is empty: list at least one lesson folder"),
  },
  { error: unknownKeyMessage("id, title, version, description, lessons") },
);

/** One numbered step: what to do, and the checks (test_ method names) that complete it. */
const stepSchema = z.strictObject(
  {
    text: text("text: Make the list page cost one query"),
    checks: z
      .array(z.string({ error: "must be a check name, e.g. test_the_list_costs_one_query" }), {
        error: "must be a list of check names, e.g. [test_the_list_costs_one_query]",
      })
      .min(1, "is empty: name the check(s) that complete this step"),
  },
  { error: unknownKeyMessage("text, checks") },
);

/** lesson.yaml: how the lesson opens, its steps, and its hints (revealed one at a time). */
export const lessonManifestSchema = z.strictObject(
  {
    title: text("title: Fix an N+1 query"),
    url: text("url: /books/").startsWith("/", 'must start with "/", e.g. url: /books/'),
    open: pathList("books/views.ts").default([]),
    readonly: pathList("settings.ts").default([]),
    steps: z.array(stepSchema, { error: "must be a list of steps, each with text and checks" }).default([]),
    hints: z
      .array(z.string({ error: "must be text" }).min(1, "is empty: write the hint"), {
        error: 'must be a list of hints, e.g. ["Look at books/views.ts"]',
      })
      .default([]),
  },
  { error: unknownKeyMessage("title, url, open, readonly, steps, hints") },
);

export type PackManifest = z.infer<typeof packManifestSchema>;
export type LessonManifest = z.infer<typeof lessonManifestSchema>;

function unknownKeyMessage(allowed: string) {
  return (issue: z.core.$ZodRawIssue) =>
    issue.code === "unrecognized_keys"
      ? `is not a known field: check its spelling (known fields: ${allowed})`
      : `must be a mapping of fields (${allowed})`;
}

/** Formats a schema path the way authors read it: ["lessons", 1, "title"] -> "lessons[1].title". */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** One PackError per problem in `error`, naming `file` and the field. */
export function schemaErrors(file: string, error: z.ZodError): PackError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ file, field: fieldName([...issue.path, key]), message: issue.message }));
    }
    return [{ file, field: fieldName(issue.path), message: issue.message }];
  });
}
