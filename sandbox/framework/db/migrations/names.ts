/**
 * Index and constraint names as Django's schema editor makes them
 * (`books_book_author_id_ba7a3e5c`): table, columns and an MD5 digest of both.
 */
import { md5hex, utf8 } from "../../core/crypto";

/** MD5 of a UTF-8 string as hex (Django: names_digest uses hashlib.md5). */
export function md5(text: string): string {
  return md5hex(utf8(text));
}

/** Django's _create_index_name(table, columns, suffix), with SQLite's 200-character limit. */
export function index_name(table: string, columns: readonly string[], suffix = ""): string {
  const hash = `${md5(table + columns.join("")).slice(0, 8)}${suffix}`;
  let name = `${table}_${columns.join("_")}_${hash}`;
  if (name.length > 200) {
    const other = Math.floor((200 - hash.length) / 3) - 1;
    name = `${table.slice(0, other)}_${columns.join("_").slice(0, other)}_${hash}`;
  }
  if (name.startsWith("_") || /^\d/.test(name)) name = `D${name.slice(0, -1)}`;
  return name;
}
