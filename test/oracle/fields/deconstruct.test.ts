/**
 * Django as the oracle for fields' deconstruct(): what makemigrations writes for each field
 * (the factory and the options that differ from its defaults) must be what Django writes.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { models } from "../../../sandbox/framework";
import type { Field } from "../../../sandbox/framework/db/models/fields";
import { djangoAvailable, PYTHON } from "../django";

const SCRIPT = fileURLToPath(new URL("./deconstruct.py", import.meta.url));
const available = djangoAvailable();

type Factory = (options: never) => Field;

/** [factory name, options]: every field type, at its defaults and with the options that change what is written. */
const CASES: Array<[string, Record<string, unknown>]> = [
  ["CharField", { max_length: 20 }], ["CharField", { max_length: 20, null: true, blank: true, unique: true, db_index: true }],
  ["CharField", { max_length: 5, choices: [["a", "A"], ["b", "B"]], default: "a", help_text: "pick", verbose_name: "the value" }],
  ["CharField", { max_length: 5, db_column: "v", editable: false }],
  ["TextField", {}], ["TextField", { blank: true, default: "" }],
  ["IntegerField", {}], ["IntegerField", { default: 0, null: true }], ["BigIntegerField", {}], ["SmallIntegerField", {}],
  ["PositiveIntegerField", {}], ["PositiveSmallIntegerField", {}], ["FloatField", {}],
  ["DecimalField", { max_digits: 6, decimal_places: 2 }], ["DecimalField", { max_digits: 10, decimal_places: 0, null: true }],
  ["BooleanField", {}], ["BooleanField", { default: false }],
  ["DateField", {}], ["DateField", { auto_now: true }], ["DateField", { auto_now_add: true }], ["DateField", { null: true, blank: true }],
  ["DateTimeField", {}], ["DateTimeField", { auto_now_add: true }], ["DateTimeField", { auto_now: true }],
  ["TimeField", {}], ["TimeField", { auto_now: true }], ["DurationField", {}],
  ["EmailField", {}], ["EmailField", { max_length: 100 }], ["URLField", {}], ["URLField", { max_length: 300 }],
  ["SlugField", {}], ["SlugField", { max_length: 80 }], ["SlugField", { db_index: false }], ["SlugField", { unique: true }],
  ["UUIDField", {}], ["UUIDField", { unique: true, editable: false }],
  ["GenericIPAddressField", {}], ["GenericIPAddressField", { protocol: "IPv4" }], ["GenericIPAddressField", { unpack_ipv4: true }],
  ["JSONField", {}], ["JSONField", { default: {}, blank: true }],
  ["FileField", {}], ["FileField", { upload_to: "docs/" }], ["FileField", { upload_to: "docs/", max_length: 200 }],
  ["ImageField", { upload_to: "photos/" }],
  ["BigAutoField", { primary_key: true }],
];

describe.skipIf(!available)("fields deconstruct as Django's do", () => {
  const django = available
    ? (JSON.parse(execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify(CASES), encoding: "utf8" })) as Array<[string, Record<string, unknown>] | { error: string }>)
    : [];

  it.each(CASES.map((c, i) => [`${c[0]}(${JSON.stringify(c[1])})`, i] as const))("%s", (_name, i) => {
    const [factory, options] = CASES[i] ?? ["", {}];
    const make = (models as unknown as Record<string, Factory>)[factory];
    expect(make, `models.${factory} exists`).toBeTypeOf("function");
    const field = make(options as never);
    field.name = "value";
    const { path, kwargs } = field.deconstruct();
    expect([path, JSON.parse(JSON.stringify(kwargs))]).toEqual(django[i]);
  });
});
