"""Schema hooks that make the generated OpenAPI document follow the API Design Rules: the
``API-Version`` header on every success, problem+json for every error, and a documented ``400``
on every operation that takes parameters or a body."""

from __future__ import annotations

from typing import Any

from intl_office.core.api import API_VERSION

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
HEADER_REF = {"$ref": "#/components/headers/API-Version"}

PROBLEM_SCHEMA = {
    "type": "object",
    "description": "An error, as RFC 9457 problem details.",
    "properties": {
        "type": {"type": "string", "description": "A URI naming the kind of problem."},
        "title": {"type": "string", "description": "Short summary of the kind of problem."},
        "status": {"type": "integer", "description": "The HTTP status code."},
        "detail": {"type": "string", "description": "What went wrong in this request."},
        "invalidParams": {
            "type": "array",
            "description": "For invalid input: each parameter or field at fault, and why.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
                "required": ["name", "reason"],
            },
        },
    },
    "required": ["status", "title", "detail"],
}

ERRORS = {
    "400": "Invalid parameters or body.",
    "401": "No valid credentials (session or token).",
    "403": "The user's role does not allow this.",
    "404": "Not found.",
    "409": "Other records still refer to this record.",
}


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {"API-Version": HEADER_REF},
        "content": {"application/problem+json": {"schema": PROBLEM_REF}},
    }


def adr_postprocessing_hook(result: dict[str, Any], generator: Any, request: Any, public: bool):
    components = result.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    components.setdefault("headers", {})["API-Version"] = {
        "description": "The full version of the API (semver).",
        "schema": {"type": "string", "example": API_VERSION},
    }
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in ("get", "put", "post", "patch", "delete"):
                continue
            responses = operation.setdefault("responses", {})
            for code, response in list(responses.items()):
                if code.startswith(("2", "3")):
                    response.setdefault("headers", {})["API-Version"] = HEADER_REF
                elif code.startswith(("4", "5")):
                    responses[code] = _problem(response.get("description", ERRORS.get(code, "")))
            wanted = ["401", "403"]
            if operation.get("parameters") or operation.get("requestBody"):
                wanted.append("400")
            if "{" in generator_path(operation):
                wanted.append("404")
            if method == "delete":
                wanted.append("409")
            for code in wanted:
                responses.setdefault(code, _problem(ERRORS[code]))
            operation["responses"] = dict(sorted(responses.items()))
    return result


def generator_path(operation: dict[str, Any]) -> str:
    """Operations on one record have a path parameter."""
    return "{}" if any(p.get("in") == "path" for p in operation.get("parameters", [])) else ""
