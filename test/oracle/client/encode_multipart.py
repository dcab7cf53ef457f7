"""Django's test client body for a form dict: reads {"fields": {...}, "files": {key: [name, content, content_type|null]}}
as JSON on stdin and writes the multipart body (latin-1 text, one char per byte) and the Content-Type
that Client.post sends by default. Run by /usr/bin/python3."""
import json
import sys

import django
from django.conf import settings

settings.configure()
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

case = json.load(sys.stdin)
data = dict(case["fields"])
for key, (name, content, content_type) in case["files"].items():
    data[key] = SimpleUploadedFile(name, content.encode(), **({"content_type": content_type} if content_type else {}))
body = encode_multipart(BOUNDARY, data)
json.dump({"body": body.decode("latin-1"), "content_type": MULTIPART_CONTENT}, sys.stdout)
