"""Runs Django 3.2's password validators for the mvt oracle test.

Reads {"common": path, "cases": [{"password", "user"}]} on stdin (user: attributes or
null; common: mvt's common-password list as a text file, so both sides use one list) and
prints, for each case, the [code, message] pairs validate_password raised.
"""
import json
import sys

import django
from django.conf import settings

request = json.load(sys.stdin)
settings.configure(
    SECRET_KEY="mvt-oracle-secret-key",
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    AUTH_PASSWORD_VALIDATORS=[
        {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 9}},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator", "OPTIONS": {"password_list_path": request["common"]}},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ],
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.contrib.auth.password_validation import password_validators_help_texts, validate_password  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402


def run(case):
    user = User(**case["user"]) if case["user"] is not None else None
    try:
        validate_password(case["password"], user)
        return []
    except ValidationError as error:
        return [[e.code, str(e.message % e.params if e.params else e.message)] for e in error.error_list]


print(json.dumps({"results": [run(c) for c in request["cases"]], "help": password_validators_help_texts()}))
