"""Reads and figures on relations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils.translation import get_language

from intl_office.activities.models import Activity
from intl_office.core.choices import DatePrecision
from intl_office.relations.models import Agreement, Relation, RelationStatusChange


def relations_visible_to(user: Any) -> QuerySet[Relation]:
    """Relations the user may see: confidential ones only with the permission for them."""
    relations = Relation.objects.select_related("counterpart_place", "counterpart_organisation")
    if user is None or not user.has_perm("relations.view_confidential"):
        relations = relations.filter(confidential=False)
    return relations


@dataclass(frozen=True)
class RelationCount:
    kind: str
    status: str
    count: int


def relation_counts(*, include_confidential: bool = True) -> list[RelationCount]:
    """Relations by kind and status (one GROUP BY)."""
    relations = (
        Relation.objects.all()
        if include_confidential
        else Relation.objects.filter(confidential=False)
    )
    rows = (
        relations.order_by()
        .values("kind", "status")
        .annotate(count=Count("id"))
        .order_by("kind", "status")
    )
    return [RelationCount(**row) for row in rows]


def relations_with_status_on(day: date) -> QuerySet[Relation]:
    """Relations annotated with ``status_on``: their status on ``day``, read from the history
    (the last change up to that day, else the status before the first later change, else the
    current status). Relations that only started later are left out."""
    changes = RelationStatusChange.objects.filter(relation=OuterRef("pk"))
    last_before = changes.filter(date__lte=day).order_by("-date", "-id").values("to_status")[:1]
    first_after = changes.filter(date__gt=day).order_by("date", "id").values("from_status")[:1]
    return Relation.objects.filter(Q(since__isnull=True) | Q(since__lte=day)).annotate(
        status_on=Coalesce(
            Subquery(last_before), NullIf(Subquery(first_after), Value("")), F("status")
        )
    )


def relations_active_on(day: date) -> int:
    """Top-level relations (not exchanges within them) that were active on ``day``."""
    relations = relations_with_status_on(day).filter(parent__isnull=True)
    return relations.filter(status_on="active").count()  # type: ignore[misc]


@dataclass(frozen=True)
class TimelineEvent:
    date: date
    precision: str
    kind: str  # activity kind, "agreement" or "status"
    title_nl: str
    title_en: str
    record: Activity | Agreement | RelationStatusChange


def relation_timeline(relation: Relation, start: date, end: date) -> list[TimelineEvent]:
    """The dated events of a relation (and of the relations within it) in a period, in order:
    activities, agreements signed or renewed, and status changes with their reason."""
    return relation_timelines([relation], start, end)[relation.pk]


def relation_timelines(
    relations: list[Relation], start: date, end: date
) -> dict[int, list[TimelineEvent]]:
    """:func:`relation_timeline` for many top-level relations at once, in three queries whatever
    their number: events of a relation's children are filed under the relation."""
    top = {r.pk: r.pk for r in relations}
    for child_id, parent_id in Relation.objects.filter(parent__in=top).values_list(
        "pk", "parent_id"
    ):
        top[child_id] = parent_id
    events: dict[int, list[TimelineEvent]] = {pk: [] for pk in {r.pk for r in relations}}
    links = Activity.relations.through.objects.filter(
        relation_id__in=top, activity__start_date__range=(start, end)
    ).select_related("activity")
    seen: set[tuple[int, int]] = set()
    for link in links:
        owner, activity = top[link.relation_id], link.activity
        if (owner, activity.pk) in seen:
            continue
        seen.add((owner, activity.pk))
        events[owner].append(
            TimelineEvent(
                activity.start_date,
                activity.date_precision,
                activity.kind,
                activity.title_nl,
                activity.title_en,
                activity,
            )
        )
    for agreement in Agreement.objects.filter(relation__in=top, signed_on__range=(start, end)):
        assert agreement.signed_on is not None
        events[top[agreement.relation_id]].append(
            TimelineEvent(
                agreement.signed_on,
                agreement.signed_precision,
                "agreement",
                agreement.title_nl,
                agreement.title_en,
                agreement,
            )
        )
    for change in RelationStatusChange.objects.filter(
        relation__in=top, date__range=(start, end)
    ).select_related("relation"):
        events[top[change.relation_id]].append(
            TimelineEvent(
                change.date,
                change.date_precision,
                "status",
                change.relation.name_nl,
                change.relation.name_en,
                change,
            )
        )
    precision_order = {p: i for i, p in enumerate(DatePrecision.values)}
    for timeline in events.values():
        # Title last, so events on the same (imprecise) date come out in the same order on
        # every database.
        timeline.sort(key=lambda e: (e.date, precision_order.get(e.precision, 0), e.title_en))
    return events


def agreements_expiring(start: date, end: date, *, user: Any) -> QuerySet[Agreement]:
    """Agreements of relations the user may see whose validity ends within ``start``..``end``
    and that no later agreement renews."""
    return (
        Agreement.objects.filter(
            valid_until__range=(start, end),
            relation__in=relations_visible_to(user).values("pk"),
            renewed_by__isnull=True,
        )
        .select_related("relation")
        .order_by("valid_until")
    )


def relations_without_activity_since(day: date, *, user: Any) -> QuerySet[Relation]:
    """Active top-level relations, older than ``day``, with no activity from ``day`` on."""
    recent = Activity.objects.filter(relations=OuterRef("pk"), start_date__gte=day)
    return (
        relations_visible_to(user)
        .filter(status="active", parent__isnull=True)
        .filter(Q(since__isnull=True) | Q(since__lt=day))
        .annotate(last_activity=Max("activities__start_date"))
        .exclude(Exists(recent))
        .order_by(F("last_activity").asc(nulls_first=True), "name_en")
    )


@dataclass(frozen=True)
class MapPoint:
    name: str
    kind: str
    latitude: float
    longitude: float
    url: str


def relation_map_points(*, user: Any) -> list[MapPoint]:
    """Relations the user may see at their counterpart's place (or its organisation's place)."""
    rows = (
        relations_visible_to(user)
        .annotate(
            lat=Coalesce(
                "counterpart_place__latitude", "counterpart_organisation__place__latitude"
            ),
            lon=Coalesce(
                "counterpart_place__longitude", "counterpart_organisation__place__longitude"
            ),
        )
        .filter(lat__isnull=False)
        .values("pk", "name_nl", "name_en", "lat", "lon")
    )
    language = (get_language() or "nl")[:2]
    return [
        MapPoint(
            row[f"name_{language}"] or row["name_en"],
            "relation",
            float(row["lat"]),
            float(row["lon"]),
            reverse("relations:relation_detail", args=[row["pk"]]),
        )
        for row in rows
    ]


def relations_published() -> QuerySet[Relation]:
    """Relations an administrator has published: open data, never a confidential one."""
    return Relation.objects.filter(published=True, confidential=False).select_related(
        "counterpart_place", "counterpart_organisation__place"
    )
