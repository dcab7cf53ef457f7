/**
 * Form cases for the Django oracle: a form as data (field name, field class, options;
 * `widget` names a widget class, `coerce: "int"` stands for int) bound to `data`.
 */

/** One field: [name, class name in forms, options]. */
export type FieldSpec = [string, string, Record<string, unknown>?];

export interface FormCase {
  fields: FieldSpec[];
  /** Absent: the form is unbound. */
  data?: Record<string, string | string[]>;
  /** Uploaded files by name: name and content. */
  files?: Record<string, { name: string; content: string }>;
  options?: { prefix?: string; auto_id?: string | false; initial?: Record<string, unknown> };
}

const one = (type: string, options: Record<string, unknown>, ...values: (string | string[] | undefined)[]): FormCase[] =>
  values.map((value): FormCase => ({ fields: [["f", type, options]], data: value === undefined ? {} : { f: value } }));

const CHOICES = [["a", "Alpha"], ["b", "Beta <b>"]];

export const FORM_CASES: FormCase[] = [
  ...one("CharField", { max_length: 5 }, "", "  hi  ", "toolong", undefined),
  ...one("CharField", { min_length: 3, required: false, help_text: "Three & up", label: "Name" }, "ab", ""),
  ...one("CharField", { widget: "Textarea", max_length: 4 }, "<b>hello</b>"),
  ...one("CharField", { widget: "PasswordInput" }, "secret"),
  ...one("CharField", { widget: "HiddenInput" }, ""),
  ...one("CharField", { strip: false }, "  x  "),
  ...one("IntegerField", {}, "abc", "4.0", "4.5", " 7 ", "-3"),
  ...one("IntegerField", { min_value: 1, max_value: 10 }, "0", "11", "5"),
  ...one("FloatField", {}, "1e3", "abc", "inf", ".5"),
  ...one("FloatField", { max_value: 1.5 }, "2"),
  ...one("DecimalField", { max_digits: 5, decimal_places: 2 }, "123.456", "1234.5", "0.001", "abc", "1e2", "-12.50", "999.99"),
  ...one("DecimalField", { max_digits: 4 }, "12345", "0.0001"),
  ...one("EmailField", {}, "me@example.com", "nope", "a@b"),
  ...one("URLField", {}, "example.com", "bad", "https://www.djangoproject.com/x?y=1"),
  ...one("SlugField", {}, "a slug", "ok-slug_1"),
  ...one("BooleanField", {}, undefined, "on", "false"),
  ...one("BooleanField", { required: false }, undefined),
  ...one("ChoiceField", { choices: CHOICES }, "z", "b", "", "<i>é</i>"),
  ...one("ChoiceField", { choices: [["", "---------"], ...CHOICES], required: false }, ""),
  ...one("TypedChoiceField", { choices: [[1, "One"], [2, "Two"]], coerce: "int" }, "2", "3"),
  ...one("MultipleChoiceField", { choices: CHOICES }, ["a", "z"], ["a", "b"], []),
  ...one("DateField", {}, "2020-02-30", "2006-10-25", "10/25/2006", "Oct 25 2006", "25 October, 2006", "x"),
  ...one("DateTimeField", {}, "2006-10-25 14:30", "2006-10-25T14:30:59", "2006-10-25", "10/25/2006 14:30", "bad", "2006-10-25 25:00"),
  ...one("TimeField", {}, "14:30", "25:00", "14:30:59.5", "2:05"),
  { fields: [["f", "FileField", {}]], data: {}, files: { f: { name: "a.txt", content: "" } } },
  { fields: [["f", "FileField", { max_length: 3 }]], data: {}, files: { f: { name: "long.txt", content: "x" } } },
  { fields: [["f", "FileField", {}]], data: {} },
  // ClearableFileInput's clear box: false for an optional field, a contradiction with a file, ignored when required.
  { fields: [["f", "FileField", { required: false }]], data: { "f-clear": "on" } },
  { fields: [["f", "FileField", { required: false }]], data: { "f-clear": "on" }, files: { f: { name: "a.txt", content: "x" } } },
  { fields: [["f", "FileField", {}]], data: { "f-clear": "on" } },
  { fields: [["f", "FileField", {}]] },
  {
    fields: [["name", "CharField", { max_length: 10, initial: "Ann" }], ["age", "IntegerField", { required: false }], ["kind", "ChoiceField", { choices: CHOICES, initial: "b" }]],
    options: { prefix: "p" },
  },
  {
    fields: [["name", "CharField", { label: "Your name?" }], ["ok", "BooleanField", { required: false, initial: true }]],
    options: { auto_id: false, initial: { name: "<Bob>" } },
  },
  {
    fields: [["name", "CharField", {}], ["secret", "CharField", { widget: "HiddenInput" }]],
    data: { name: "" },
    options: { auto_id: "f_%s" },
  },
  {
    fields: [["subject", "CharField", { max_length: 20 }], ["email", "EmailField", { required: false }], ["cc", "BooleanField", { required: false }], ["when", "DateField", { help_text: "YYYY-MM-DD" }]],
    data: { subject: "Hello", email: "x@y.org", cc: "on", when: "2024-01-31" },
  },
  {
    fields: [["p", "CharField", { disabled: true, initial: "fixed" }], ["q", "IntegerField", { disabled: true, initial: 3 }]],
    data: { p: "changed", q: "x" },
  },
];
