"""Renders template cases with real Django: reads {"templates": {name: source},
"cases": [{"source", "context"}]} as JSON on stdin and writes [{"output"} or
{"error", "message"}] as JSON on stdout. Context values {"$datetime": iso} become
datetimes. Run by /usr/bin/python3; one process renders every case."""
import datetime
import json
import sys

import django
from django.conf import settings

payload = json.load(sys.stdin)
settings.configure(TIME_ZONE="UTC", STATIC_URL="/static/", MEDIA_URL="/media/")
django.setup()

from django.template import Context, Engine  # noqa: E402


def decode(value):
    if isinstance(value, dict):
        if set(value) == {"$datetime"}:
            return datetime.datetime.fromisoformat(value["$datetime"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


# A standalone Engine, as mvt's `new Engine({ templates, libraries: { cache, static } })`.
engine = Engine(
    loaders=[("django.template.loaders.locmem.Loader", payload["templates"])],
    libraries={"cache": "django.templatetags.cache", "static": "django.templatetags.static"},
)
results = []
for case in payload["cases"]:
    try:
        results.append({"output": engine.from_string(case["source"]).render(Context(decode(case["context"])))})
    except Exception as error:  # noqa: BLE001 - the error is the result
        results.append({"error": type(error).__name__, "message": str(error)})
json.dump(results, sys.stdout)
