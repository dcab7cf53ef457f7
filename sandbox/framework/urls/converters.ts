/**
 * Path converters, as in Django's urls/converters.py: `<int:pk>`, `<slug:slug>`, ...
 * A converter is a regex plus a pair of conversions between URL text and view value.
 */

export interface Converter {
  readonly regex: string;
  to_python(value: string): unknown;
  to_url(value: unknown): string;
}

const text = (regex: string): Converter => ({
  regex,
  to_python: (value) => value,
  to_url: (value) => String(value),
});

const DEFAULT_CONVERTERS: Record<string, Converter> = {
  int: { regex: "[0-9]+", to_python: (value) => Number.parseInt(value, 10), to_url: (value) => String(value) },
  str: text("[^/]+"),
  slug: text("[-a-zA-Z0-9_]+"),
  uuid: text("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
  path: text(".+"),
};

// Like Django's, the registry of custom converters is process-wide: a converter is
// registered from a urls module before any project reads it.
const registered: Record<string, Converter> = {};

/** Registers a converter for `<type_name:param>`: `register_converter(FourDigitYear, "yyyy")`. */
export function register_converter(converter: Converter | (new () => Converter), type_name: string): void {
  registered[type_name] = typeof converter === "function" ? new converter() : converter;
}

/** The converter registered under a name, or undefined. */
export function get_converter(name: string): Converter | undefined {
  return registered[name] ?? DEFAULT_CONVERTERS[name];
}
