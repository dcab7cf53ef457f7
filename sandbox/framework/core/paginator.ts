/**
 * Paginator and Page, as in Django's core/paginator.py. Over a QuerySet the paginator
 * counts with one `SELECT COUNT(*)` and a page is a lazy `LIMIT/OFFSET` slice.
 */

/** Base of the paginator's errors. */
export class InvalidPage extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The page number is not a whole number ("abc", 1.5). */
export class PageNotAnInteger extends InvalidPage {}

/** The page number is below 1 or past the last page. */
export class EmptyPage extends InvalidPage {}

/** What a paginator pages through: an array, or a QuerySet (counted and sliced in SQL). */
export type ObjectList<T> = readonly T[] | { count(): number; slice(start: number, end?: number): Iterable<T> };

/** `new Paginator(Book.objects.all(), 10, { orphans: 2 })`, then `paginator.get_page(request.GET.get("page"))`. */
export class Paginator<T = unknown> {
  /** The "…" in get_elided_page_range(). */
  static readonly ELLIPSIS = "…";
  readonly per_page: number;
  readonly orphans: number;
  readonly allow_empty_first_page: boolean;
  private _count?: number;

  constructor(
    readonly object_list: ObjectList<T>,
    per_page: number | string,
    options: { orphans?: number; allow_empty_first_page?: boolean } = {},
  ) {
    this.per_page = Number.parseInt(String(per_page), 10);
    this.orphans = options.orphans ?? 0;
    this.allow_empty_first_page = options.allow_empty_first_page ?? true;
  }

  /** The page number as an integer within range, or PageNotAnInteger / EmptyPage. */
  validate_number(number: unknown): number {
    const text = typeof number === "number" ? (Number.isInteger(number) ? String(number) : "") : typeof number === "string" ? number.trim() : "";
    if (!/^[-+]?\d+$/.test(text)) throw new PageNotAnInteger("That page number is not an integer");
    const value = Number.parseInt(text, 10);
    if (value < 1) throw new EmptyPage("That page number is less than 1");
    if (value > this.num_pages && !(value === 1 && this.allow_empty_first_page)) throw new EmptyPage("That page contains no results");
    return value;
  }

  /** A valid page, whatever `number` is: page 1 for a non-number, the last page past the end. */
  get_page(number: unknown): Page<T> {
    let valid: number;
    try {
      valid = this.validate_number(number);
    } catch (error) {
      if (error instanceof PageNotAnInteger) valid = 1;
      else if (error instanceof EmptyPage) valid = this.num_pages;
      else throw error;
    }
    return this.page(valid);
  }

  /** Page `number` (1-based), or InvalidPage. */
  page(number: unknown): Page<T> {
    const valid = this.validate_number(number);
    const bottom = (valid - 1) * this.per_page;
    let top = bottom + this.per_page;
    if (top + this.orphans >= this.count) top = this.count;
    return new Page(this.object_list.slice(bottom, top), valid, this);
  }

  /** How many objects in all: one COUNT query for a QuerySet, computed once. */
  get count(): number {
    if (this._count === undefined) this._count = "count" in this.object_list ? this.object_list.count() : this.object_list.length;
    return this._count;
  }

  get num_pages(): number {
    if (this.count === 0 && !this.allow_empty_first_page) return 0;
    const hits = Math.max(1, this.count - this.orphans);
    return Math.ceil(hits / this.per_page);
  }

  /** [1, 2, ..., num_pages]. */
  get page_range(): number[] {
    return Array.from({ length: this.num_pages }, (_, i) => i + 1);
  }

  /** Page numbers around `number` with "…" for the gaps: [1, 2, "…", 7, 8, 9, "…", 49, 50]. */
  get_elided_page_range(number: unknown = 1, options: { on_each_side?: number; on_ends?: number } = {}): (number | string)[] {
    const { on_each_side = 3, on_ends = 2 } = options;
    const current = this.validate_number(number);
    const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    if (this.num_pages <= (on_each_side + on_ends) * 2) return this.page_range;
    const out: (number | string)[] = [];
    if (current > 1 + on_each_side + on_ends + 1) out.push(...range(1, on_ends), Paginator.ELLIPSIS, ...range(current - on_each_side, current));
    else out.push(...range(1, current));
    if (current < this.num_pages - on_each_side - on_ends - 1) {
      out.push(...range(current + 1, current + on_each_side), Paginator.ELLIPSIS, ...range(this.num_pages - on_ends + 1, this.num_pages));
    } else {
      out.push(...range(current + 1, this.num_pages));
    }
    return out;
  }
}

/** One page: its objects (`object_list`), its number, and where it sits among the others. */
export class Page<T = unknown> implements Iterable<T> {
  private _list?: T[];

  constructor(
    readonly object_list: Iterable<T>,
    readonly number: number,
    readonly paginator: Paginator<T>,
  ) {}

  private list(): T[] {
    return (this._list ??= [...this.object_list]);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.list()[Symbol.iterator]();
  }

  /** `len(page)`. */
  get length(): number {
    return this.list().length;
  }

  /** `page[i]` in a template: `{{ page_obj.0 }}`; TypeError for a non-index, RangeError past the end. */
  __getitem__(index: number | string): T {
    if (!/^\d+$/.test(String(index))) throw new TypeError(`Page indices must be integers or slices, not ${typeof index === "string" ? "str" : typeof index}.`);
    const list = this.list();
    const position = Number(index);
    if (position >= list.length) throw new RangeError("list index out of range");
    return list[position] as T;
  }

  has_next(): boolean {
    return this.number < this.paginator.num_pages;
  }

  has_previous(): boolean {
    return this.number > 1;
  }

  has_other_pages(): boolean {
    return this.has_previous() || this.has_next();
  }

  /** The next page's number, or EmptyPage on the last page. */
  next_page_number(): number {
    return this.paginator.validate_number(this.number + 1);
  }

  /** The previous page's number, or EmptyPage on the first page. */
  previous_page_number(): number {
    return this.paginator.validate_number(this.number - 1);
  }

  /** The 1-based index of this page's first object among all objects (0 when there are none). */
  start_index(): number {
    if (this.paginator.count === 0) return 0;
    return this.paginator.per_page * (this.number - 1) + 1;
  }

  /** The 1-based index of this page's last object. */
  end_index(): number {
    if (this.number === this.paginator.num_pages) return this.paginator.count;
    return this.number * this.paginator.per_page;
  }

  /** "<Page 2 of 5>". */
  toString(): string {
    return `<Page ${this.number} of ${this.paginator.num_pages}>`;
  }
}
