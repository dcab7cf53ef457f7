/**
 * Checks the data of a new book, as a Django form would: `cleaned` holds the values
 * when they are valid, `errors` a list of messages per field when they are not.
 */
export interface CleanedBook {
  title: string;
  author: string;
  published: number;
}

export function clean_book(data: Record<string, unknown>): { cleaned: CleanedBook; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const text = (name: string, max_length: number) => {
    const value = typeof data[name] === "string" ? (data[name] as string).trim() : "";
    if (!value) errors[name] = ["This field is required."];
    else if (value.length > max_length) errors[name] = [`Ensure this value has at most ${max_length} characters (it has ${value.length}).`];
    return value;
  };
  const title = text("title", 200);
  const author = text("author", 100);
  const published = data["published"];
  if (typeof published !== "number" || !Number.isInteger(published)) errors["published"] = ["Enter a whole number."];
  return { cleaned: { title, author, published: Number(published) }, errors };
}
