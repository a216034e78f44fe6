"""Figures of the welcome desk. Every one is a SQL aggregate over anonymous records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    DeskContactTopic,
    Formality,
    SatisfactionSurvey,
)


def desk_contacts_in(start: date, end: date) -> QuerySet[DeskContact]:
    """Contacts on the local calendar days ``start``..``end``."""
    # The same days as ``occurred_at__date`` in the current time zone, as a range of instants:
    # the index on occurred_at serves it, where a date cast reads every row (on SQLite through
    # a Python function per row).
    zone = timezone.get_current_timezone()
    return DeskContact.objects.filter(
        occurred_at__gte=datetime.combine(start, time.min, tzinfo=zone),
        occurred_at__lt=datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def formalities_in(start: date, end: date) -> QuerySet[Formality]:
    return Formality.objects.filter(handled_on__gte=start, handled_on__lte=end)


@dataclass(frozen=True)
class Tally:
    key: str | int | None
    count: int


def _tally(queryset: QuerySet, field: str) -> list[Tally]:  # type: ignore[type-arg]
    rows = queryset.order_by().values(field).annotate(count=Count("id")).order_by(field)
    return [Tally(row[field], row["count"]) for row in rows]


def desk_contacts_per_year(start: date, end: date) -> list[Tally]:
    return _tally(desk_contacts_in(start, end).annotate(year=ExtractYear("occurred_at")), "year")


def desk_contacts_per_channel(start: date, end: date) -> list[Tally]:
    return _tally(desk_contacts_in(start, end), "channel")


def desk_contacts_per_nationality(start: date, end: date) -> list[Tally]:
    return _tally(desk_contacts_in(start, end), "nationality")


def desk_contacts_per_topic(start: date, end: date) -> list[Tally]:
    """Per topic; a contact about two topics counts once for each."""
    topics = DeskContactTopic.objects.filter(
        contact__occurred_at__date__gte=start, contact__occurred_at__date__lte=end
    )
    return _tally(topics, "topic")


@dataclass(frozen=True)
class FormalityCount:
    kind: str
    year: int
    count: int


def formalities_per_kind_and_year(start: date, end: date) -> list[FormalityCount]:
    rows = (
        formalities_in(start, end)
        .order_by()
        .annotate(year=ExtractYear("handled_on"))
        .values("kind", "year")
        .annotate(count=Count("id"))
        .order_by("year", "kind")
    )
    return [FormalityCount(**row) for row in rows]


def client_agreements_active_on(day: date) -> QuerySet[ClientAgreement]:
    return ClientAgreement.objects.filter(Q(until__isnull=True) | Q(until__gte=day), since__lte=day)


def client_organisations_active_on(day: date) -> int:
    """Organisations with a service agreement in force on ``day``."""
    return client_agreements_active_on(day).values("organisation").distinct().count()


def nationalities_served(start: date, end: date) -> int:
    """Distinct nationalities among the contacts and formalities of the period."""
    contacts = desk_contacts_in(start, end).exclude(nationality="").order_by().values("nationality")
    formalities = (
        formalities_in(start, end).exclude(nationality="").order_by().values("nationality")
    )
    return contacts.union(formalities).count()


@dataclass(frozen=True)
class SatisfactionSummary:
    responses: int
    very_satisfied: int

    @property
    def very_satisfied_share(self) -> Decimal | None:
        if not self.responses:
            return None
        return (Decimal(self.very_satisfied) * 100 / self.responses).quantize(Decimal("0.1"))


def satisfaction_in(start: date, end: date) -> SatisfactionSummary:
    """Answers of the surveys held within the period, summed."""
    sums = SatisfactionSurvey.objects.filter(
        period_start__gte=start, period_end__lte=end
    ).aggregate(responses=Sum("responses"), very_satisfied=Sum("very_satisfied"))
    return SatisfactionSummary(sums["responses"] or 0, sums["very_satisfied"] or 0)


def desk_contacts_per_organisation(start: date, end: date) -> list[Tally]:
    """Per client organisation (by name; ``None`` for contacts without one)."""
    return _tally(desk_contacts_in(start, end), "client_organisation__name")


# Open data never shows a group of fewer internationals than this: small groups could point to
# a person (a nationality with two knowledge workers at one employer).
SMALLEST_PUBLISHED_GROUP = 5


@dataclass(frozen=True)
class Breakdown:
    """Groups of at least ``minimum`` contacts; the smaller ones merged into ``other``.

    ``other`` is ``None`` when the merged groups themselves are too small to show. When they
    would be, the smallest shown groups join them (secondary suppression), so no hidden count can
    be found by subtracting the shown ones from a published total."""

    rows: list[Tally]
    other: int | None
    groups_merged: int


def breakdown_suppressed(
    tallies: list[Tally], minimum: int = SMALLEST_PUBLISHED_GROUP
) -> Breakdown:
    ordered = sorted(tallies, key=lambda t: (-t.count, str(t.key)))
    shown = [t for t in ordered if t.count >= minimum]
    hidden = [t for t in ordered if t.count < minimum]
    while hidden and sum(t.count for t in hidden) < minimum and shown:
        hidden.append(shown.pop())
    merged = sum(t.count for t in hidden)
    return Breakdown(
        rows=shown,
        other=merged if merged >= minimum else (0 if not hidden else None),
        groups_merged=len(hidden),
    )
