"""Every API error as ``application/problem+json`` (RFC 9457): status, title, detail and, for
invalid input, ``invalidParams`` naming each field with its reasons."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler, set_rollback

PROBLEM = "application/problem+json"

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


def problem(status_code: int, detail: str, invalid: list[dict[str, str]] | None = None) -> dict:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": TITLES.get(status_code, "Error"),
        "status": status_code,
        "detail": detail,
    }
    if invalid:
        body["invalidParams"] = invalid
    return body


def _flatten(errors: Any, prefix: str = "") -> list[dict[str, str]]:
    """``{"field": ["reason", …], "nested": {"sub": [...]}}`` → ``[{name, code, reason}]``."""
    params: list[dict[str, str]] = []
    if isinstance(errors, dict):
        for key, value in errors.items():
            name = "nonFieldErrors" if key in ("__all__", "non_field_errors") else str(key)
            params += _flatten(value, f"{prefix}.{name}" if prefix else name)
    elif isinstance(errors, list):
        for index, value in enumerate(errors):
            if isinstance(value, dict | list):
                params += _flatten(value, f"{prefix}.{index}")
            else:
                params += _flatten(value, prefix)
    else:
        params.append(
            {
                "name": prefix or "nonFieldErrors",
                "code": str(getattr(errors, "code", "invalid")),
                "reason": str(errors),
            }
        )
    return params


def _django_errors(error: DjangoValidationError) -> Any:
    if hasattr(error, "error_dict"):
        return {k: [str(m) for e in v for m in e.messages] for k, v in error.error_dict.items()}
    return {"__all__": error.messages}


def problem_exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(_django_errors(exc))
    elif isinstance(exc, ProtectedError | RestrictedError):
        set_rollback()
        return Response(
            problem(
                status.HTTP_409_CONFLICT,
                _("Other records still refer to this record; change or delete those first."),
            ),
            status=status.HTTP_409_CONFLICT,
            content_type=PROBLEM,
        )
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        body = problem(
            response.status_code,
            _("The request has invalid parameters."),
            _flatten(response.data),
        )
    elif isinstance(exc, Http404 | exceptions.NotFound):
        body = problem(response.status_code, _("No record found here."))
    else:
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else ""
        body = problem(response.status_code, str(detail))
    response.data = body
    response.content_type = PROBLEM
    return response


def problem_response(request: HttpRequest, status_code: int, detail: str) -> JsonResponse:
    """A problem+json response outside DRF (unknown URLs, server errors)."""
    return JsonResponse(problem(status_code, detail), status=status_code, content_type=PROBLEM)
