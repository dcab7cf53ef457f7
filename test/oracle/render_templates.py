"""Renders template cases with real Django: reads [{"source", "context"}] as JSON on
stdin, writes [{"output"} or {"error"}] as JSON on stdout. Run by /usr/bin/python3."""
import json
import sys

import django
from django.conf import settings

settings.configure(TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}], TIME_ZONE="UTC")
django.setup()

from django.template import Context, Engine  # noqa: E402

engine = Engine.get_default()
results = []
for case in json.load(sys.stdin):
    try:
        results.append({"output": engine.from_string(case["source"]).render(Context(case["context"]))})
    except Exception as error:  # noqa: BLE001 - the error is the result
        results.append({"error": "%s: %s" % (type(error).__name__, error)})
json.dump(results, sys.stdout)
