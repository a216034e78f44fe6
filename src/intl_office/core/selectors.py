"""Reads on shared records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Model, QuerySet

from intl_office.core.models import JournalEntry, Place, PolicyPeriod
from intl_office.core.services import gazetteer_cities


@dataclass(frozen=True)
class GazetteerHit:
    geonames_id: int
    name: str
    country: str
    latitude: float
    longitude: float
    population: int


def gazetteer_search(query: str, *, limit: int = 10) -> list[GazetteerHit]:
    """Cities in the offline gazetteer whose name starts with ``query``, largest first."""
    needle = query.casefold().strip()
    if not needle:
        return []
    hits = [
        GazetteerHit(
            c["geonameid"],
            c["name"],
            c["countrycode"],
            c["latitude"],
            c["longitude"],
            c["population"],
        )
        for c in gazetteer_cities().values()
        if c["name"].casefold().startswith(needle)
        or any(alt.casefold().startswith(needle) for alt in c.get("alternatenames", []))
    ]
    return sorted(hits, key=lambda hit: -hit.population)[:limit]


def places_matching(query: str) -> QuerySet[Place]:
    return Place.objects.filter(name__icontains=query).order_by("name")


def journal_of(subject: Model) -> QuerySet[JournalEntry]:
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(type(subject))
    return JournalEntry.objects.filter(content_type=content_type, object_id=subject.pk)


def policy_period_get(slug: str) -> PolicyPeriod:
    return PolicyPeriod.objects.prefetch_related("lines", "missions").get(slug=slug)


def policy_period_current(day: date) -> PolicyPeriod | None:
    """The policy period that runs on ``day``, else the latest one that started before it,
    else the earliest one."""
    periods = PolicyPeriod.objects.all()
    return (
        periods.filter(start__lte=day, end__gte=day).first()
        or periods.filter(start__lte=day).order_by("-start").first()
        or periods.order_by("start").first()
    )


def periods_visible_to(user: Any) -> QuerySet[PolicyPeriod]:
    """Policy periods whose figures the user may read: all with the permission to view
    periods, else (the public) only the published ones."""
    if user is not None and user.has_perm("core.view_policyperiod"):
        return PolicyPeriod.objects.all()
    return PolicyPeriod.objects.filter(published=True)
