/** Signals: which operations send which model signals, with which arguments, and custom signals. */
import type { Scenario } from "../scenario";

const fields = (s: Set<string> | null) => (s ? [...s].sort() : null);

export const SIGNALS: Scenario[] = [
  { name: "create() sends pre_save and post_save with created=True",
    python: "log = []\ndef r(sender, instance, **kw):\n    log.append([kw['signal'] is signals.post_save, sender.__name__, kw.get('created'), kw['raw'], kw['update_fields']])\nsignals.pre_save.connect(r)\nsignals.post_save.connect(r)\nPublisher.objects.create(name='Tor')\nresult = log",
    mvt: ({ Publisher, models }) => {
      const log: unknown[] = [];
      const r = ({ signal, sender, created, raw, update_fields }: { signal: unknown; sender: unknown; created?: boolean; raw: boolean; update_fields: Set<string> | null }) =>
        log.push([signal === models.signals.post_save, (sender as { name: string }).name, created ?? null, raw, update_fields]);
      models.signals.pre_save.connect(r);
      models.signals.post_save.connect(r);
      Publisher.objects.create({ name: "Tor" });
      return log;
    } },
  { name: "save() of a loaded row sends post_save with created=False and update_fields",
    python: "log = []\ndef r(sender, instance, created, update_fields, **kw):\n    log.append([instance.pk, created, sorted(update_fields) if update_fields else None])\nsignals.post_save.connect(r, sender=Book)\nb = Book.objects.get(pk=1)\nb.save()\nb.save(update_fields=['title', 'pages'])\nresult = log",
    mvt: ({ Book, models }) => {
      const log: unknown[] = [];
      models.signals.post_save.connect(({ instance, created, update_fields }) => log.push([instance.pk, created, fields(update_fields)]),
        { sender: Book });
      const b = Book.objects.get({ pk: 1 });
      b.save();
      b.save({ update_fields: ["title", "pages"] });
      return log;
    } },
  { name: "save(update_fields=[]) sends nothing and runs no query",
    python: "log = []\nsignals.pre_save.connect(lambda sender, **kw: log.append(1), weak=False)\nb = Book(pk=1, title='x', author_id=1)\nb.save(update_fields=[])\nresult = log",
    mvt: ({ Book, models }) => {
      const log: unknown[] = [];
      models.signals.pre_save.connect(() => log.push(1));
      new Book({ pk: 1, title: "x", author_id: 1 }).save({ update_fields: [] });
      return log;
    } },
  { name: "a receiver for another sender is not called",
    python: "log = []\ndef r(sender, **kw):\n    log.append(sender.__name__)\nsignals.post_save.connect(r, sender=Author)\nPublisher.objects.create(name='Tor')\nAuthor.objects.create(name='Iain Banks')\nresult = log",
    mvt: ({ Author, Publisher, models }) => {
      const log: unknown[] = [];
      models.signals.post_save.connect(({ sender }) => log.push((sender as { name: string }).name), { sender: Author });
      Publisher.objects.create({ name: "Tor" });
      Author.objects.create({ name: "Iain Banks" });
      return log;
    } },
  { name: "QuerySet.update() and bulk_create() send no signals",
    python: "log = []\ndef r(sender, **kw):\n    log.append(1)\nsignals.pre_save.connect(r)\nsignals.post_save.connect(r)\nBook.objects.filter(pk=1).update(pages=1)\nPublisher.objects.bulk_create([Publisher(name='A'), Publisher(name='B')])\nresult = log",
    mvt: ({ Book, Publisher, models }) => {
      const log: unknown[] = [];
      const r = () => log.push(1);
      models.signals.pre_save.connect(r);
      models.signals.post_save.connect(r);
      Book.objects.filter({ pk: 1 }).update({ pages: 1 });
      Publisher.objects.bulk_create([new Publisher({ name: "A" }), new Publisher({ name: "B" })]);
      return log;
    } },
  { name: "post_init is sent for every row loaded",
    python: "log = []\ndef r(sender, instance, **kw):\n    log.append(instance.title)\nsignals.post_init.connect(r, sender=Book)\nlist(Book.objects.filter(author_id=1))\nresult = log",
    mvt: ({ Book, models }) => {
      const log: unknown[] = [];
      models.signals.post_init.connect(({ instance }) => log.push((instance as InstanceType<typeof Book>).title), { sender: Book });
      Book.objects.filter({ author_id: 1 }).toArray();
      return log;
    } },
  { name: "pre_init and post_init for a new instance",
    python: "log = []\ndef pre(sender, args, kwargs, **kw):\n    log.append(['pre', sorted(kwargs)])\ndef post(sender, instance, **kw):\n    log.append(['post', instance.name])\nsignals.pre_init.connect(pre, sender=Publisher)\nsignals.post_init.connect(post, sender=Publisher)\nPublisher(name='Tor')\nresult = log",
    mvt: ({ Publisher, models }) => {
      const log: unknown[] = [];
      models.signals.pre_init.connect(({ kwargs }) => log.push(["pre", Object.keys(kwargs).sort()]), { sender: Publisher });
      models.signals.post_init.connect(({ instance }) => log.push(["post", (instance as InstanceType<typeof Publisher>).name]), { sender: Publisher });
      new Publisher({ name: "Tor" });
      return log;
    } },
  { name: "delete() sends pre_delete and post_delete for every collected instance",
    python: "log = []\ndef r(sender, instance, **kw):\n    log.append([kw['signal'] is signals.pre_delete, sender.__name__, instance.pk])\nsignals.pre_delete.connect(r)\nsignals.post_delete.connect(r)\nresult = [list(Book.objects.get(pk=1).delete()), sorted(log)]",
    mvt: ({ Book, models }) => {
      const log: Array<[boolean, string, unknown]> = [];
      const r = ({ signal, sender, instance }: { signal: unknown; sender: unknown; instance: { pk: unknown } }) =>
        log.push([signal === models.signals.pre_delete, (sender as { name: string }).name, instance.pk]);
      models.signals.pre_delete.connect(r);
      models.signals.post_delete.connect(r);
      const deleted = Book.objects.get({ pk: 1 }).delete();
      return [deleted, log.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))];
    } },
  { name: "a delete receiver turns off fast deletes (the rows are loaded first)",
    python: "def r(sender, **kw):\n    pass\nsignals.post_delete.connect(r, sender=Review)\nresult = list(Review.objects.filter(stars__lt=5).delete())",
    mvt: ({ Review, models }) => {
      models.signals.post_delete.connect(() => undefined, { sender: Review });
      return Review.objects.filter({ stars__lt: 5 }).delete();
    } },
  { name: "a delete receiver on the cascaded model loads its rows",
    python: "def r(sender, **kw):\n    pass\nsignals.pre_delete.connect(r, sender=Review)\nresult = list(Book.objects.get(pk=7).delete())",
    mvt: ({ Book, Review, models }) => {
      models.signals.pre_delete.connect(() => undefined, { sender: Review });
      return Book.objects.get({ pk: 7 }).delete();
    } },
  { name: "a custom Signal: send() returns the responses, dispatch_uid connects once",
    python: "s = Signal()\ndef a(sender, n, **kw):\n    return n + 1\ns.connect(a, dispatch_uid='a')\ns.connect(lambda sender, n, **kw: n * 10, dispatch_uid='a')\nresult = [r for _, r in s.send(Book, n=4)]",
    mvt: ({ Book, dispatch }) => {
      const s = new dispatch.Signal<{ n: number }>();
      s.connect(({ n }) => n + 1, { dispatch_uid: "a" });
      s.connect(({ n }) => n * 10, { dispatch_uid: "a" });
      return s.send(Book, { n: 4 }).map(([, r]) => r);
    } },
  { name: "send_robust() returns a receiver's exception instead of raising",
    python: "s = Signal()\ndef bad(sender, **kw):\n    raise ValueError('no')\ns.connect(bad)\nresult = [type(r).__name__ for _, r in s.send_robust(Book)]",
    mvt: ({ Book, dispatch }) => {
      const s = new dispatch.Signal();
      s.connect(() => {
        throw new TypeError("no");
      });
      return s.send_robust(Book).map(([, r]) => (r instanceof Error ? "ValueError" : r));
    } },
  { name: "@receiver with a sender",
    python: "log = []\n@receiver(signals.post_save, sender=Publisher)\ndef r(sender, instance, created, **kw):\n    log.append([instance.name, created])\nPublisher.objects.create(name='Tor')\nresult = log",
    mvt: ({ Publisher, models, dispatch }) => {
      const log: unknown[] = [];
      dispatch.receiver(models.signals.post_save, { sender: Publisher })(({ instance, created }) =>
        log.push([(instance as InstanceType<typeof Publisher>).name, created]));
      Publisher.objects.create({ name: "Tor" });
      return log;
    } },
  { name: "a receiver that raises in post_save inside atomic rolls the save back",
    python: "def r(sender, **kw):\n    raise ValueError('no')\nsignals.post_save.connect(r, sender=Publisher)\ntry:\n    with transaction.atomic():\n        Publisher.objects.create(name='Tor')\nexcept ValueError:\n    pass\nsignals.post_save.disconnect(r, sender=Publisher)\nresult = Publisher.objects.count()",
    mvt: ({ Publisher, models, transaction }) => {
      const r = () => {
        throw new Error("no");
      };
      models.signals.post_save.connect(r, { sender: Publisher });
      try {
        transaction.atomic(() => Publisher.objects.create({ name: "Tor" }));
      } catch {
        // the receiver's error
      }
      models.signals.post_save.disconnect(r, { sender: Publisher });
      return Publisher.objects.count();
    } },
];
