"""How an indicator's value is computed from records.

Each derivation answers ``None`` when there are no records to compute from (an office that
does not record desk contacts has no derived contact count, not a count of zero), and names the
records that make the value so a review can link to them."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Count, QuerySet

from intl_office.activities import selectors as activities
from intl_office.activities.choices import ActivityFormat, ActivityKind, ActivityStatus
from intl_office.activities.models import Activity
from intl_office.eu_projects import selectors as eu_projects
from intl_office.eu_projects.models import EUProject
from intl_office.relations import selectors as relation_selectors
from intl_office.relations.choices import RelationStatus
from intl_office.relations.models import Relation
from intl_office.welcome_desk import selectors as desk
from intl_office.welcome_desk.models import ClientAgreement

# Within one computation of many figures (``shared_reads``), reads that several derivations
# share are made once: whether records exist at all, and the activities of a period counted by
# kind, status and format in one GROUP BY. Outside it, every call reads afresh.
_reads: ContextVar[dict[Hashable, Any] | None] = ContextVar("derivation_reads", default=None)


@contextmanager
def shared_reads() -> Iterator[None]:
    token = _reads.set({})
    try:
        yield
    finally:
        _reads.reset(token)


def _read(key: Hashable, fetch: Callable[[], Any]) -> Any:
    reads = _reads.get()
    if reads is None:
        return fetch()
    if key not in reads:
        reads[key] = fetch()
    return reads[key]


def _activity_tally(start: date, end: date) -> dict[tuple[str, str, str], int]:
    """Activities starting in the period, counted by (kind, status, format)."""

    def fetch() -> dict[tuple[str, str, str], int]:
        rows = (
            activities.activities_in(start, end)
            .order_by()
            .values("kind", "status", "format")
            .annotate(n=Count("id"))
        )
        return {(r["kind"], r["status"], r["format"]): r["n"] for r in rows}

    return _read(("activity-tally", start, end), fetch)  # type: ignore[no-any-return]


def _exists(key: str, queryset: QuerySet[Any]) -> bool:
    return bool(_read(("exists", key), queryset.exists))


@dataclass(frozen=True)
class Derived:
    value: Decimal
    model: str  # app_label.model of the records that make the value
    filters: dict[str, str]  # what selects them, for a link to the filtered list


@dataclass(frozen=True)
class Derivation:
    key: str
    compute: Callable[[date, date], Derived | None]
    # False for a value that describes the present (e.g. relations active now), which only
    # makes sense for the period as a whole, not per past year.
    per_year: bool = True


def _activities_of_kind(kind: str) -> Callable[[date, date], Derived | None]:
    def compute(start: date, end: date) -> Derived | None:
        tally = _activity_tally(start, end)
        if not tally:
            return None
        value = sum(n for (k, status, _f), n in tally.items() if (k, status) == (kind, "held"))
        return Derived(
            Decimal(value),
            "activities.activity",
            {"kind": kind, "status": "held", "start": start.isoformat(), "end": end.isoformat()},
        )

    return compute


def _activities_cancelled(start: date, end: date) -> Derived | None:
    # An office that has never recorded a cancellation does not record them: no figure, not 0.
    recorded = Activity.objects.filter(
        status__in=[ActivityStatus.CANCELLED, ActivityStatus.POSTPONED]
    )
    tally = _activity_tally(start, end)
    if not _exists("cancellations", recorded) or not tally:
        return None
    value = sum(n for (_k, status, _f), n in tally.items() if status == ActivityStatus.CANCELLED)
    return Derived(
        Decimal(value),
        "activities.activity",
        {"status": "cancelled", "start": start.isoformat(), "end": end.isoformat()},
    )


def _activities_digital(start: date, end: date) -> Derived | None:
    # Likewise: no figure unless the office records the format of its activities.
    recorded = Activity.objects.exclude(format=ActivityFormat.IN_PERSON)
    tally = _activity_tally(start, end)
    if not _exists("formats", recorded) or not tally:
        return None
    online = {ActivityFormat.DIGITAL, ActivityFormat.HYBRID}
    value = sum(
        n
        for (_k, status, fmt), n in tally.items()
        if status == ActivityStatus.HELD and fmt in online
    )
    return Derived(
        Decimal(value),
        "activities.activity",
        {
            "status": "held",
            "format": "digital,hybrid",
            "start": start.isoformat(),
            "end": end.isoformat(),
        },
    )


def _desk_contacts(start: date, end: date) -> Derived | None:
    value = desk.desk_contacts_in(start, end).count()
    if not value:
        return None
    return Derived(
        Decimal(value),
        "welcome_desk.deskcontact",
        {"start": start.isoformat(), "end": end.isoformat()},
    )


def _formalities(start: date, end: date) -> Derived | None:
    value = desk.formalities_in(start, end).count()
    if not value:
        return None
    return Derived(
        Decimal(value),
        "welcome_desk.formality",
        {"start": start.isoformat(), "end": end.isoformat()},
    )


def _client_organisations(start: date, end: date) -> Derived | None:
    if not ClientAgreement.objects.filter(since__lte=end).exists():
        return None
    value = desk.client_organisations_active_on(end)
    return Derived(Decimal(value), "welcome_desk.clientagreement", {"active_on": end.isoformat()})


def _nationalities(start: date, end: date) -> Derived | None:
    value = desk.nationalities_served(start, end)
    if not value:
        return None
    return Derived(
        Decimal(value),
        "welcome_desk.deskcontact",
        {"start": start.isoformat(), "end": end.isoformat()},
    )


def _very_satisfied_share(start: date, end: date) -> Derived | None:
    share = desk.satisfaction_in(start, end).very_satisfied_share
    if share is None:
        return None
    return Derived(
        share,
        "welcome_desk.satisfactionsurvey",
        {"start": start.isoformat(), "end": end.isoformat()},
    )


def _eu_projects(start: date, end: date) -> Derived | None:
    if not _exists("eu-projects", EUProject.objects.all()):
        return None
    value = eu_projects.projects_in(start, end).count()
    return Derived(
        Decimal(value),
        "eu_projects.euproject",
        {"start": start.isoformat(), "end": end.isoformat()},
    )


def _relations_active(start: date, end: date) -> Derived | None:
    if not _exists("relations", Relation.objects.all()):
        return None
    value = relation_selectors.relations_active_on(end)
    return Derived(
        Decimal(value),
        "relations.relation",
        {"status": RelationStatus.ACTIVE, "on": end.isoformat()},
    )


DERIVATIONS: dict[str, Derivation] = {
    d.key: d
    for d in [
        *(
            Derivation(f"activities.kind.{kind}", _activities_of_kind(kind))
            for kind in ActivityKind.values
        ),
        Derivation("activities.cancelled", _activities_cancelled),
        Derivation("activities.digital", _activities_digital),
        Derivation("welcome_desk.contacts", _desk_contacts),
        Derivation("welcome_desk.formalities", _formalities),
        Derivation("welcome_desk.client_organisations", _client_organisations),
        Derivation("welcome_desk.nationalities", _nationalities),
        Derivation("welcome_desk.very_satisfied_share", _very_satisfied_share),
        Derivation("eu_projects.count", _eu_projects),
        Derivation("relations.active", _relations_active),
    ]
}
