"""Headers the API Design Rules ask of every API response, and problem+json where Django itself
answers (an unknown URL, such as one with a trailing slash)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from intl_office.core.api import API_VERSION
from intl_office.core.api.exceptions import problem_response

API_PREFIX = "/api/"
# Public, read-only resources any web page may fetch (CORS): the OpenAPI document, the feeds
# and the open data. Everything else needs credentials and stays same-origin.
PUBLIC_PREFIXES = ("/api/v1/openapi.json", "/api/v1/feeds/", "/api/v1/open-data")

# The ADR transport security rules (/core/transport/security-headers).
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            return response
        content_type = response.get("Content-Type", "")
        if response.status_code == 404 and "json" not in content_type:
            response = problem_response(request, 404, _("No resource at this address."))
        elif response.status_code >= 500 and "json" not in content_type:
            response = problem_response(request, response.status_code, _("Server error."))
        response["API-Version"] = API_VERSION
        if request.path.startswith(PUBLIC_PREFIXES):
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Expose-Headers"] = "API-Version"
        for name, value in SECURITY_HEADERS.items():
            if name == "Cache-Control" and response.has_header(name):
                continue
            response[name] = value
        return response
