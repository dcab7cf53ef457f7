"""The Django side of the migrations oracle.

Reads {"steps": [{"name", "models", "answers"}]} as JSON on stdin. Each step's `models`
is Python source defining the models of app "books" (in a fresh isolated registry);
the harness runs makemigrations (the autodetector with the step's answers to its
questions), writes the migration file, runs sqlmigrate, migrate and showmigrations, and
reads the schema. Then it migrates back through every step to zero. Prints one JSON
object on stdout. Run with Debian's /usr/bin/python3.
"""
import datetime
import io
import json
import os
import sys
import tempfile
import types

import django
from django.conf import settings

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "books", "migrations"))
for package in ("books", os.path.join("books", "migrations")):
    open(os.path.join(root, package, "__init__.py"), "w").close()
sys.path.insert(0, root)

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["books"],
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=False,
)
django.setup()

from django.apps.registry import Apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.db.migrations.autodetector import MigrationAutodetector  # noqa: E402
from django.db.migrations.loader import MigrationLoader  # noqa: E402
from django.db.migrations.questioner import MigrationQuestioner  # noqa: E402
from django.db.migrations.state import ProjectState  # noqa: E402
from django.db.migrations.writer import MigrationWriter  # noqa: E402
import django.db.migrations.migration  # noqa: E402

# "auto_<timestamp>" names from a fixed clock, the one the mvt side passes as `now`, so that
# a walk crossing a minute boundary still compares equal.
django.db.migrations.migration.get_migration_name_timestamp = lambda: "20240105_1030"


class Answers(MigrationQuestioner):
    """Answers makemigrations' questions from the step, by the ids mvt gives them."""

    def __init__(self, answers):
        super().__init__()
        self.answers = answers

    def ask_rename(self, model_name, old_name, new_name, field_instance):
        return self.answers.get(f"rename_field:books.{model_name}.{old_name}:{new_name}") == "y"

    def ask_rename_model(self, old_model_state, new_model_state):
        key = f"rename_model:books.{old_model_state.name_lower}:books.{new_model_state.name_lower}"
        return self.answers.get(key) == "y"

    def ask_not_null_addition(self, field_name, model_name):
        return json.loads(self.answers[f"not_null_addition:books.{model_name}.{field_name}"])

    def ask_not_null_alteration(self, field_name, model_name):
        answer = self.answers[f"not_null_alteration:books.{model_name}.{field_name}"]
        return models.NOT_PROVIDED if answer == "ignore" else json.loads(answer)


def models_state(source):
    """The state of the models `source` defines; they subclass Base, which puts them in app "books"."""
    registry = Apps(["books"])

    class Base(models.Model):
        class Meta:
            abstract = True
            app_label = "books"
            apps = registry

    exec(source, {"models": models, "Base": Base, "__name__": "books.models"})
    return ProjectState.from_apps(registry)


def schema():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' AND tbl_name != 'django_migrations' ORDER BY name")
        return [list(row) for row in cursor.fetchall()]


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out, no_color=True)
    return out.getvalue().rstrip("\n")


def makemigrations(step):
    loader = MigrationLoader(None, ignore_no_migrations=True)
    detector = MigrationAutodetector(loader.project_state(), models_state(step["models"]), Answers(step.get("answers", {})))
    changes = detector.changes(graph=loader.graph, trim_to_apps={"books"}, convert_apps={"books"})
    made = []
    for migration in changes.get("books", []):
        writer = MigrationWriter(migration)
        with open(writer.path, "w") as handle:
            handle.write(writer.as_string())
        made.append({
            "name": migration.name,
            "operations": [[type(op).__name__, op.describe()] for op in migration.operations],
        })
    return made


def main():
    steps = json.load(sys.stdin)["steps"]
    out = []
    names = []
    for step in steps:
        made = makemigrations(step)
        entry = {"name": step["name"], "migrations": made}
        names.extend(m["name"] for m in made)
        entry["sqlmigrate"] = [run("sqlmigrate", "books", m["name"]) for m in made]
        run("migrate", "books")
        entry["schema"] = schema()
        entry["showmigrations"] = run("showmigrations", "books")
        out.append(entry)
    backwards = []
    for target in reversed(["zero"] + names[:-1]):
        run("migrate", "books", target)
        backwards.append({"target": target, "schema": schema()})
    json.dump({"steps": out, "backwards": backwards}, sys.stdout)


main()
