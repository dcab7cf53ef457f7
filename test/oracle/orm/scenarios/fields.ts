/** The remaining field types, their stored and returned values, and full_clean()'s messages. */
import { ValidationError } from "../../../../sandbox/framework/core/exceptions";
import type { Scenario } from "../scenario";

const ALL = ["slug", "email", "url", "price", "day", "at", "took", "uid", "data", "qty", "rank", "ip", "file", "kind"];
const messages = (fn: () => void): unknown => {
  try {
    fn();
    return null;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.error_dict;
  }
};

export const FIELDS: Scenario[] = [
  { name: "fields: every type reads back as Django returns it",
    python: `list(Item.objects.values_list(${ALL.map((n) => `'${n}'`).join(", ")}))`,
    mvt: ({ Item }) => Item.objects.values_list(...ALL) },
  { name: "fields: create() stores typed values and reads them back",
    python: "import uuid\nItem.objects.create(slug='x', price='3.5', day=datetime.date(2020, 1, 2), at=datetime.time(9, 30), took=datetime.timedelta(seconds=1.5), uid=uuid.UUID('0'*31 + '1'), data={'k': [True, None]}, rank=2)\nresult = list(Item.objects.filter(slug='x').values_list('price', 'day', 'at', 'took', 'uid', 'data'))",
    mvt: ({ Item }) => {
      Item.objects.create({ slug: "x", price: "3.5", day: "2020-01-02", at: "09:30", took: 1500, uid: `${"0".repeat(31)}1`, data: { k: [true, null] }, rank: 2 });
      return Item.objects.filter({ slug: "x" }).values_list("price", "day", "at", "took", "uid", "data");
    } },
  { name: "fields: filter on a date and a decimal",
    python: "result = [Item.objects.filter(day__gte='2024-01-01').count(), Item.objects.filter(price__lt='20').count(), Item.objects.filter(day__year=2024).count()]",
    mvt: ({ Item }) => [Item.objects.filter({ day__gte: "2024-01-01" }).count(), Item.objects.filter({ price__lt: "20" }).count(),
      Item.objects.filter({ day__year: 2024 }).count()] },
  { name: "fields: get_FOO_display()",
    python: "Item.objects.get(pk=1).get_kind_display()",
    mvt: ({ Item }) => Item.objects.get({ pk: 1 }).get_kind_display() },
  { name: "full_clean() of a valid instance passes (one query per unique check)",
    python: "Item(slug='ok', price='1.00', rank=5).full_clean()",
    mvt: ({ Item }) => new Item({ slug: "ok", price: "1.00", rank: 5 }).full_clean() },
  { name: "full_clean() of an empty instance: blank and null messages",
    python: "try:\n    Item().full_clean()\nexcept exceptions.ValidationError as e:\n    result = e.message_dict",
    mvt: ({ Item }) => messages(() => new Item().full_clean()) },
  { name: "full_clean(): format validators, choices, max_length, validators option",
    python: "try:\n    Item(slug='a b', email='nope', url='ftp:/x', price='1', ip='300.1.1.1', kind='zz', rank=11).full_clean()\nexcept exceptions.ValidationError as e:\n    result = e.message_dict",
    mvt: ({ Item }) => messages(() => new Item({ slug: "a b", email: "nope", url: "ftp:/x", price: "1", ip: "300.1.1.1", kind: "zz", rank: 11 }).full_clean()) },
  { name: "full_clean(): unique and unique_together",
    python: "try:\n    Item(slug='dune', price='1', kind='a', rank=1).full_clean()\nexcept exceptions.ValidationError as e:\n    result = e.message_dict",
    mvt: ({ Item }) => messages(() => new Item({ slug: "dune", price: "1", kind: "a", rank: 1 }).full_clean()) },
  { name: "full_clean(exclude=...) skips those fields",
    python: "try:\n    Item(slug='a b', price=None).full_clean(exclude=['price'])\nexcept exceptions.ValidationError as e:\n    result = e.message_dict",
    mvt: ({ Item }) => messages(() => new Item({ slug: "a b", price: null }).full_clean({ exclude: ["price"] })) },
  { name: "full_clean() of a saved instance does not clash with itself",
    python: "Item.objects.get(pk=1).full_clean()",
    mvt: ({ Item }) => Item.objects.get({ pk: 1 }).full_clean() },
  { name: "a bad value for a typed field raises ValidationError on save",
    python: "Item.objects.create(slug='y', price='abc')",
    mvt: ({ Item }) => Item.objects.create({ slug: "y", price: "abc" }) },
];
