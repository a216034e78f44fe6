"""Where a derived figure's records can be looked at: ONE place that turns a derivation's
filters into the address of the filtered list (the admin changelist until the staff web
application has list pages of its own)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse

# derivation filter name -> list-page query parameter, per model
_PARAMETERS: dict[str, dict[str, str]] = {
    "activities.activity": {"start": "start_date__gte", "end": "start_date__lte"},
    "welcome_desk.deskcontact": {
        "start": "occurred_at__date__gte",
        "end": "occurred_at__date__lte",
    },
    "welcome_desk.formality": {"start": "handled_on__gte", "end": "handled_on__lte"},
    "welcome_desk.clientagreement": {"active_on": "since__lte"},
    "welcome_desk.satisfactionsurvey": {"start": "period_start__gte", "end": "period_end__lte"},
    "eu_projects.euproject": {"start": "end_date__gte", "end": "start_date__lte"},
    "relations.relation": {"on": "since__lte"},
}


def records_url(model: str, filters: dict[str, Any]) -> str:
    """The address of the list of ``model`` records selected by ``filters`` (as a derivation
    names them); empty when there is no list page for the model."""
    app_label, _, model_name = model.partition(".")
    try:
        base = reverse(f"admin:{app_label}_{model_name}_changelist")
    except NoReverseMatch:
        return ""
    renames = _PARAMETERS.get(model, {})
    query: dict[str, str] = {}
    for name, value in filters.items():
        text = str(value)
        if "," in text:
            query[f"{renames.get(name, name)}__in"] = text
        else:
            query[renames.get(name, name)] = text
    return f"{base}?{urlencode(query)}" if query else base
