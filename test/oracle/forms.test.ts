/**
 * Django as the oracle for forms: the same form classes bound to the same data give the
 * same errors (messages and codes), the same cleaned values and the same as_p, as_ul
 * and as_table HTML in real Django (via /usr/bin/python3) and in mvt.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as forms from "../../sandbox/framework/forms";
import { JsonResponse } from "../../sandbox/framework/http";
import { djangoAvailable, PYTHON } from "./django";
import { FORM_CASES, type FieldSpec, type FormCase } from "./forms_cases";

const SCRIPT = fileURLToPath(new URL("./render_forms.py", import.meta.url));
const available = djangoAvailable();

interface Result {
  errors: Record<string, { message: string; code: string }[]>;
  /** json.dumps({"errors": form.errors}), as JsonResponse({"errors": form.errors}) sends it. */
  json: string;
  as_json: string;
  cleaned_data?: Record<string, unknown>;
  as_p: string;
  as_ul: string;
  as_table: string;
}

type FieldClass = new (options: Record<string, unknown>) => forms.Field;
const WIDGETS: Record<string, new () => forms.Widget> = { Textarea: forms.Textarea, PasswordInput: forms.PasswordInput, HiddenInput: forms.HiddenInput };

const toInt = (value: unknown) => {
  if (!/^[-+]?\d+$/.test(String(value))) throw new TypeError(`invalid literal for int(): ${String(value)}`);
  return Number(value);
};

function makeField([, type, options = {}]: FieldSpec): forms.Field {
  const resolved: Record<string, unknown> = { ...options };
  if (typeof options["widget"] === "string") resolved["widget"] = new (WIDGETS[options["widget"]] as new () => forms.Widget)();
  if (options["coerce"] === "int") resolved["coerce"] = toInt;
  return new ((forms as unknown as Record<string, FieldClass>)[type] as FieldClass)(resolved);
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Cleaned values as render_forms.py encodes them: dates as isoformat(), files as name and size. */
function encode(field: forms.Field, value: unknown): unknown {
  if (!(value instanceof Date)) return value instanceof Object && "size" in value ? { name: (value as forms.FileLike).name, size: (value as forms.FileLike).size } : value;
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (field instanceof forms.DateTimeField) return `${date}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  return date;
}

function bind(spec: FormCase): forms.Form {
  const CaseForm = class extends forms.Form {
    static override fields = Object.fromEntries(spec.fields.map((f) => [f[0], makeField(f)]));
  };
  const files = spec.files && Object.fromEntries(Object.entries(spec.files).map(([k, f]) => [k, { name: f.name, size: new TextEncoder().encode(f.content).length }]));
  return new CaseForm({ ...spec.options, ...(spec.data ? { data: spec.data, files: files ?? {} } : {}) });
}

describe.skipIf(!available)("forms match real Django", () => {
  const django = available ? (JSON.parse(execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify(FORM_CASES), encoding: "utf8" })) as Result[]) : [];

  it("binds at least 40 cases", () => expect(FORM_CASES.length).toBeGreaterThanOrEqual(40));

  it.each(FORM_CASES.map((c, i) => [JSON.stringify({ fields: c.fields.map((f) => f.slice(1)), data: c.data }), i] as const))("%s", (_name, i) => {
    const spec = FORM_CASES[i] as FormCase;
    const expected = django[i] as Result;
    const form = bind(spec);
    expect(form.errors.get_json_data()).toEqual(expected.errors);
    expect(new JsonResponse({ errors: form.errors }).content).toBe(expected.json);
    expect(form.errors.as_json(true)).toBe(expected.as_json);
    if (expected.cleaned_data) {
      expect(Object.fromEntries(Object.entries(form.cleaned_data).map(([k, v]) => [k, encode(form.fields[k] as forms.Field, v)]))).toEqual(expected.cleaned_data);
    }
    expect(form.as_p().toString()).toBe(expected.as_p);
    expect(form.as_ul().toString()).toBe(expected.as_ul);
    expect(form.as_table().toString()).toBe(expected.as_table);
  });
});
