"""Binds form cases with real Django: reads [{"fields", "data", "files", "options"}] as
JSON on stdin and writes, per case, the errors (get_json_data), the cleaned values
(dates as ISO text, decimals as floats) and the as_p/as_ul/as_table HTML as JSON on
stdout. Run by /usr/bin/python3; one process binds every case."""
import datetime
import decimal
import json
import sys

import django
from django.conf import settings

settings.configure(USE_TZ=False, USE_I18N=True)
django.setup()

from django import forms  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402


def make_field(type_name, options):
    options = dict(options)
    if "widget" in options:
        options["widget"] = getattr(forms, options["widget"])()
    if options.get("coerce") == "int":
        options["coerce"] = int
    if "choices" in options:
        options["choices"] = [tuple(c) for c in options["choices"]]
    return getattr(forms, type_name)(**options)


def encode(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat() if isinstance(value, datetime.date) else str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if hasattr(value, "name") and hasattr(value, "size"):
        return {"name": value.name, "size": value.size}
    return value


results = []
for case in json.load(sys.stdin):
    form_class = type("CaseForm", (forms.Form,), {name: make_field(t, o or {}) for name, t, *rest in case["fields"] for o in [rest[0] if rest else {}]})
    kwargs = dict(case.get("options") or {})
    if "data" in case:
        kwargs["data"] = case["data"]
        files = case.get("files") or {}
        kwargs["files"] = {k: SimpleUploadedFile(f["name"], f["content"].encode()) for k, f in files.items()}
    form = form_class(**kwargs)
    result = {"errors": form.errors.get_json_data(), "json": json.dumps({"errors": form.errors}), "as_json": form.errors.as_json(escape_html=True), "as_p": form.as_p(), "as_ul": form.as_ul(), "as_table": form.as_table()}
    if form.is_bound:
        result["cleaned_data"] = {k: encode(v) for k, v in form.cleaned_data.items()}
    results.append(result)
json.dump(results, sys.stdout)
