"""Reads and figures on activities. Every count is one SQL aggregate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils.translation import get_language

from intl_office.activities.choices import ActivityFormat, ActivityStatus
from intl_office.activities.models import Activity


def activities_in(start: date, end: date) -> QuerySet[Activity]:
    """Activities that start within ``start``..``end``: an activity counts in the year it starts."""
    return Activity.objects.filter(start_date__gte=start, start_date__lte=end)


@dataclass(frozen=True)
class KindCount:
    kind: str
    year: int | None
    total: int
    held: int
    cancelled: int
    postponed: int
    planned: int
    digital: int  # held online or hybrid


_COUNTS = {
    "total": Count("id"),
    "held": Count("id", filter=Q(status=ActivityStatus.HELD)),
    "cancelled": Count("id", filter=Q(status=ActivityStatus.CANCELLED)),
    "postponed": Count("id", filter=Q(status=ActivityStatus.POSTPONED)),
    "planned": Count("id", filter=Q(status=ActivityStatus.PLANNED)),
    "digital": Count(
        "id",
        filter=Q(
            status=ActivityStatus.HELD, format__in=[ActivityFormat.DIGITAL, ActivityFormat.HYBRID]
        ),
    ),
}


def activity_counts_by_kind(start: date, end: date) -> list[KindCount]:
    """Per kind: how many activities started in the period, held, cancelled, postponed, digital."""
    rows = activities_in(start, end).order_by().values("kind").annotate(**_COUNTS).order_by("kind")
    return [KindCount(year=None, **row) for row in rows]


def activity_counts_by_kind_and_year(start: date, end: date) -> list[KindCount]:
    """The same counts per kind and calendar year of the start date."""
    rows = (
        activities_in(start, end)
        .order_by()
        .annotate(year=ExtractYear("start_date"))
        .values("kind", "year")
        .annotate(**_COUNTS)
        .order_by("year", "kind")
    )
    return [KindCount(**row) for row in rows]


def activity_count(start: date, end: date, **filters: object) -> int:
    return activities_in(start, end).filter(**filters).count()


@dataclass(frozen=True)
class ActivityPoint:
    name: str
    kind: str
    latitude: float
    longitude: float
    url: str


def activity_map_points(start: date, end: date, *, user: Any) -> list[ActivityPoint]:
    """Activities the user may see, starting within ``start``..``end``, that have a place with
    coordinates."""
    rows = (
        activities_visible_to(user)
        .filter(start_date__gte=start, start_date__lte=end, place__latitude__isnull=False)
        .values("pk", "title_nl", "title_en", "place__latitude", "place__longitude")
    )
    title = f"title_{(get_language() or 'nl')[:2]}"
    return [
        ActivityPoint(
            row[title] or row["title_en"],  # type: ignore[literal-required]
            "activity",
            float(row["place__latitude"] or 0),
            float(row["place__longitude"] or 0),
            reverse("activities:activity_detail", args=[row["pk"]]),
        )
        for row in rows
    ]


def activities_in_month(year: int, month: int) -> QuerySet[Activity]:
    """Activities that start in the month or run into it."""
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return (
        Activity.objects.filter(start_date__lte=last)
        .filter(Q(start_date__gte=first) | Q(end_date__gte=first))
        .select_related("place")
        .order_by("start_date", "title_en")
    )


def activities_visible_to(user: Any) -> QuerySet[Activity]:
    """Activities the user may see: confidential ones only for roles that may see confidential
    records (``relations.view_confidential``), as for relations."""
    activities = Activity.objects.select_related("place")
    if user is None or not user.has_perm("relations.view_confidential"):
        activities = activities.filter(confidential=False)
    return activities


def activities_published() -> QuerySet[Activity]:
    """Activities an administrator has published: open data, never a confidential one."""
    return Activity.objects.filter(published=True, confidential=False).select_related("place")
