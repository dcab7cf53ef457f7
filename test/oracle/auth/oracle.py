"""Runs auth/signing/CSRF operations in real Django 3.2 for the mvt oracle tests.

Reads a JSON list of operations on stdin, prints a JSON list of results:
{"ok": value} or {"error": "ExceptionName: message"}.
"""
import json
import sys

import django
from django.conf import settings

SECRET_KEY = "mvt-oracle-secret-key"
settings.configure(
    SECRET_KEY=SECRET_KEY,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    ALLOWED_HOSTS=["testserver", "example.com"],
    USE_TZ=True,
)
django.setup()

from django.contrib.auth import hashers  # noqa: E402
from django.core import signing  # noqa: E402


def run(op):
    kind = op["op"]
    if kind == "sign":
        return signing.Signer(salt=op.get("salt")).sign(op["value"])
    if kind == "unsign":
        return signing.Signer(salt=op.get("salt")).unsign(op["value"])
    if kind == "dumps":
        return signing.dumps(op["value"], salt=op.get("salt", "django.core.signing"), compress=op.get("compress", False))
    if kind == "loads":
        return signing.loads(op["value"], salt=op.get("salt", "django.core.signing"), max_age=op.get("max_age"))
    if kind == "make_password":
        return hashers.make_password(op["password"], op.get("salt"))
    if kind == "check_password":
        return hashers.check_password(op["password"], op["encoded"])
    if kind == "signed_session_load":
        from django.contrib.sessions.backends.signed_cookies import SessionStore
        return dict(SessionStore(session_key=op["value"]).items())
    if kind == "signed_session_make":
        from django.contrib.sessions.backends.signed_cookies import SessionStore
        store = SessionStore()
        store.update(op["data"])
        store.save()
        return store.session_key
    if kind == "db_session_decode":
        from django.contrib.sessions.backends.db import SessionStore
        return SessionStore().decode(op["value"])
    if kind == "db_session_encode":
        from django.contrib.sessions.backends.db import SessionStore
        return SessionStore().encode(op["data"])
    if kind == "csrf":
        from csrf_oracle import csrf_decision
        return csrf_decision(op)
    if kind == "perms":
        from perms_oracle import perms
        return perms(op)
    raise ValueError("unknown op " + kind)


def main():
    results = []
    for op in json.load(sys.stdin):
        try:
            results.append({"ok": run(op)})
        except Exception as e:  # the oracle reports every failure as data
            results.append({"error": "%s: %s" % (type(e).__name__, e)})
    json.dump(results, sys.stdout)


main()
