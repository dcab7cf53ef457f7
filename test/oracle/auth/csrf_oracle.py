"""CsrfViewMiddleware decisions in real Django for the same requests mvt gets."""
from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.middleware import csrf
from django.test import RequestFactory


def csrf_decision(op):
    csrf._get_failure_view = lambda: (lambda request, reason="": HttpResponseForbidden(reason))
    settings.CSRF_TRUSTED_ORIGINS = op.get("trusted", [])
    factory = RequestFactory()
    headers = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in op.get("headers", {}).items()}
    method = op["method"].lower()
    if method == "post":
        request = factory.post(op["path"], op.get("data", {}), secure=op.get("secure", False), **headers)
    else:
        request = getattr(factory, method)(op["path"], secure=op.get("secure", False), **headers)
    request.COOKIES.update(op.get("cookies", {}))
    middleware = csrf.CsrfViewMiddleware(lambda r: HttpResponse("ok"))
    middleware.process_request(request)
    response = middleware.process_view(request, lambda r: HttpResponse("ok"), (), {})
    return "accept" if response is None else response.content.decode()
