"""The Django side of the ORM oracle.

Reads {"fixture": {table: [row, ...]}, "scenarios": [{"name", "python"}]} as JSON on
stdin, runs every scenario against the same models in real Django (in-memory SQLite),
each on a freshly loaded fixture, and prints one JSON list of
{"name", "queries", "result", "error"} on stdout. Run with Debian's /usr/bin/python3.
"""
import datetime
import decimal
import json
import logging
import os
import sys
import types
import uuid

import django
from django.conf import settings

# The "orm" app is this folder, registered without a models module so that the models
# below (defined after setup) get reverse relations like any installed app's models.
app = types.ModuleType("orm")
app.__path__ = [os.path.dirname(os.path.abspath(__file__))]
sys.modules["orm"] = app

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["orm"],
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=False,
    # No admin e-mails from send_robust()'s logger.error(): errors go to stderr only.
    LOGGING_CONFIG=None,
)
django.setup()
logging.disable(logging.CRITICAL)

from django.core import exceptions  # noqa: E402
from django.core.validators import MaxValueValidator  # noqa: E402
from django.db import IntegrityError, connection, models, transaction  # noqa: E402
from django.db.models import (  # noqa: E402
    Avg, Case, Count, Exists, ExpressionWrapper, F, Max, Min, OuterRef, Prefetch, Q, Subquery, Sum, Value, When,
)
from django.db.models.functions import (  # noqa: E402
    Coalesce, Concat, Length, Lower, Now, TruncMonth, Upper,
)
from django.db.models import signals  # noqa: E402
from django.db.models.query import QuerySet  # noqa: E402
from django.dispatch import Signal, receiver  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Publisher(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        app_label = "orm"


class Author(models.Model):
    name = models.CharField(max_length=100)
    publisher = models.ForeignKey(Publisher, models.PROTECT, null=True, related_name="authors")

    class Meta:
        app_label = "orm"


class Tag(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        app_label = "orm"


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, models.CASCADE, related_name="books")
    editor = models.ForeignKey(Author, models.SET_NULL, null=True, related_name="edited")
    published = models.IntegerField(default=2000)
    pages = models.IntegerField(null=True)
    done = models.BooleanField(default=False)
    added = models.DateTimeField(null=True)
    tags = models.ManyToManyField(Tag, related_name="books", blank=True)

    class Meta:
        app_label = "orm"
        ordering = ["title"]
        get_latest_by = "published"


class Review(models.Model):
    book = models.ForeignKey(Book, models.CASCADE, related_name="reviews")
    stars = models.IntegerField()

    class Meta:
        app_label = "orm"


class Profile(models.Model):
    author = models.OneToOneField(Author, models.CASCADE)
    bio = models.CharField(max_length=100)

    class Meta:
        app_label = "orm"


class Club(models.Model):
    name = models.CharField(max_length=50)
    members = models.ManyToManyField(Author, through="Membership", related_name="clubs")

    class Meta:
        app_label = "orm"


class Membership(models.Model):
    club = models.ForeignKey(Club, models.CASCADE)
    author = models.ForeignKey(Author, models.CASCADE)
    role = models.CharField(max_length=20, default="member")

    class Meta:
        app_label = "orm"


class Person(models.Model):
    name = models.CharField(max_length=50)
    friends = models.ManyToManyField("self", blank=True)
    parent = models.ForeignKey("self", models.SET_NULL, null=True, related_name="children")

    class Meta:
        app_label = "orm"


class Item(models.Model):
    slug = models.SlugField(unique=True)
    email = models.EmailField(blank=True)
    url = models.URLField(blank=True)
    price = models.DecimalField(max_digits=6, decimal_places=2)
    day = models.DateField(null=True)
    at = models.TimeField(null=True)
    took = models.DurationField(null=True)
    uid = models.UUIDField(null=True)
    data = models.JSONField(null=True)
    qty = models.PositiveIntegerField(default=0)
    rank = models.SmallIntegerField(default=0, validators=[MaxValueValidator(10)])
    ip = models.GenericIPAddressField(null=True)
    file = models.FileField(upload_to="docs/", blank=True)
    kind = models.CharField(max_length=1, choices=[("a", "Alpha"), ("b", "Beta")], default="a")

    class Meta:
        app_label = "orm"
        unique_together = [["kind", "rank"]]


class LiveManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(live=True)


class Stamped(models.Model):
    created = models.IntegerField(default=0)
    live = models.BooleanField(default=False)
    live_objects = LiveManager()

    class Meta:
        abstract = True
        app_label = "orm"
        ordering = ["-created"]


class PostQuerySet(models.QuerySet):
    def ranked(self):
        return self.filter(rank__gte=1).order_by("-rank")


class Post(Stamped):
    title = models.CharField(max_length=50)
    rank = models.IntegerField(default=0)
    objects = PostQuerySet.as_manager()

    class Meta(Stamped.Meta):
        app_label = "orm"
        constraints = [
            models.UniqueConstraint(fields=["title", "created"], name="post_title_created_uniq"),
            models.UniqueConstraint(fields=["title"], condition=Q(live=True), name="post_live_title_uniq"),
            models.CheckConstraint(check=Q(rank__gte=0), name="post_rank_gte_0"),
        ]
        indexes = [models.Index(fields=["title", "-rank"], name="post_title_rank_idx")]


class Note(Stamped):
    """No Meta: Stamped's options (ordering, app_label), and concrete (Django resets abstract on Stamped.Meta)."""
    text = models.CharField(max_length=20)


MODELS = [Publisher, Author, Tag, Book, Review, Profile, Club, Membership, Person, Item, Post, Note]
NAMES = {m.__name__: m for m in MODELS}
NAMES.update(
    Avg=Avg, Count=Count, F=F, Max=Max, Min=Min, Prefetch=Prefetch, Q=Q, Sum=Sum, Value=Value,
    Case=Case, When=When, Exists=Exists, OuterRef=OuterRef, Subquery=Subquery, ExpressionWrapper=ExpressionWrapper,
    Coalesce=Coalesce, Concat=Concat, Length=Length, Lower=Lower, Now=Now, TruncMonth=TruncMonth, Upper=Upper,
    models=models, transaction=transaction, signals=signals, Signal=Signal, receiver=receiver,
    IntegrityError=IntegrityError, exceptions=exceptions, datetime=datetime, connection=connection,
)

# Django 4.0 turned these AssertionErrors into TypeErrors (mvt follows the newer Django);
# JavaScript names IndexError RangeError.
RENAMED_ERRORS = {"AssertionError": "TypeError", "IndexError": "RangeError"}


def normalise(value):
    """Plain JSON for a result: instances as "Model#pk", querysets as lists."""
    if isinstance(value, models.Model):
        return "%s#%s" % (type(value).__name__, value.pk)
    if isinstance(value, QuerySet):
        return [normalise(v) for v in value]
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds() * 1000)
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def load(fixture):
    with connection.cursor() as cursor:
        for table in reversed(list(fixture)):
            cursor.execute('DELETE FROM "%s"' % table)
        cursor.execute("DELETE FROM sqlite_sequence")
        for table, rows in fixture.items():
            for row in rows:
                columns = ", ".join('"%s"' % c for c in row)
                marks = ", ".join("%s" for _ in row)
                cursor.execute('INSERT INTO "%s" (%s) VALUES (%s)' % (table, columns, marks), list(row.values()))


SIGNALS = [signals.pre_init, signals.post_init, signals.pre_save, signals.post_save,
           signals.pre_delete, signals.post_delete, signals.m2m_changed]


def run(code):
    scope = dict(NAMES)
    try:
        compiled = compile(code, "<scenario>", "eval")
    except SyntaxError:
        exec(compile(code, "<scenario>", "exec"), scope)
        return scope.get("result")
    return eval(compiled, scope)


def main():
    spec = json.load(sys.stdin)
    with connection.schema_editor() as editor:
        for model in MODELS:
            editor.create_model(model)
    out = []
    for scenario in spec["scenarios"]:
        load(spec["fixture"])
        entry = {"name": scenario["name"], "result": None, "error": None}
        with CaptureQueriesContext(connection) as captured:
            try:
                entry["result"] = normalise(run(scenario["python"]))
            except Exception as error:  # the exception is the result being compared
                name = type(error).__name__
                entry["error"] = RENAMED_ERRORS.get(name, name)
        entry["queries"] = len(captured.captured_queries)
        for signal in SIGNALS:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        out.append(entry)
    json.dump(out, sys.stdout)


main()
