/** `"name"`, with inner quotes doubled, as SQLite quotes identifiers. */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
