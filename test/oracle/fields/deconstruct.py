"""Deconstructs Django model fields: reads [[factory, {options}], ...] as JSON on stdin and
writes [[name, kwargs] or {"error": ...}] as JSON (values Django keeps as Python objects
are written with repr). Run by /usr/bin/python3 with Debian's Django."""
import json
import sys

import django
from django.conf import settings

settings.configure()
django.setup()

from django.db import models  # noqa: E402

out = []
for factory, options in json.load(sys.stdin):
    try:
        field = getattr(models, factory)(**options)
        field.set_attributes_from_name("value")
        if field.primary_key:
            field.serialize = False  # as Options.setup_pk does once the field is on a model
        name, path, args, kwargs = field.deconstruct()
        out.append([path.rsplit(".", 1)[1], json.loads(json.dumps(kwargs, default=repr))])
    except Exception as error:  # noqa: BLE001 - the error is the result
        out.append({"error": type(error).__name__})
json.dump(out, sys.stdout)
