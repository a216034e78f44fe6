"""Figures with provenance: for an indicator and period, a reported observation wins over the
value derived from records; the figure says which, and cites its source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.utils import translation

from intl_office.core.models import PolicyPeriod, localized
from intl_office.indicators.choices import PeriodKind, Provenance, Qualifier
from intl_office.indicators.derivations import DERIVATIONS, shared_reads
from intl_office.indicators.models import Indicator, Observation, Target, period_label


@dataclass(frozen=True)
class Figure:
    key: str
    indicator: str
    label: str
    unit: str
    policy_line: str
    period: str
    period_kind: str
    period_start: date
    period_end: date
    value: Decimal
    qualifier: str
    provenance: str
    source: str = ""
    source_url: str = ""
    note: str = ""
    records: dict[str, Any] = field(default_factory=dict)
    target: Decimal | None = None
    target_qualifier: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = _number(self.value)
        data["target"] = _number(self.target) if self.target is not None else None
        data["period_start"] = self.period_start.isoformat()
        data["period_end"] = self.period_end.isoformat()
        return data


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class Slot:
    kind: str
    start: date
    end: date

    @property
    def label(self) -> str:
        return period_label(self.kind, self.start, self.end)


def _year_slots(start: date, end: date) -> list[Slot]:
    return [
        Slot(PeriodKind.YEAR, date(y, 1, 1), date(y, 12, 31))
        for y in range(start.year, end.year + 1)
    ]


def _covers(observation: Observation, slot: Slot) -> bool:
    return observation.period_start <= slot.start and slot.end <= observation.period_end


def _in_language(make: Callable[[], str], language: str) -> str:
    with translation.override(language):
        return make()


def _reported(indicator: Indicator, observation: Observation, slot: Slot, language: str) -> Figure:
    source = observation.source
    return Figure(
        key=f"{indicator.code}:{slot.label}",
        indicator=indicator.code,
        label=localized(indicator, "name", language),
        unit=indicator.unit,
        policy_line=indicator.policy_line_kind,
        period=slot.label,
        period_kind=slot.kind,
        period_start=slot.start,
        period_end=slot.end,
        value=observation.value,
        qualifier=observation.qualifier,
        provenance=Provenance.REPORTED,
        source=_in_language(observation.citation, language),
        source_url=(source.url or (source.via.url if source.via else "")) if source else "",
        note=localized(observation, "note", language),
    )


def indicator_figures(
    indicator: Indicator,
    slots: list[Slot],
    observations: list[Observation],
    language: str = "en",
) -> list[Figure]:
    """One figure per slot that has a value: reported when an observation matches the slot,
    else derived — unless a reported observation spans the slot (then the office reported only
    the total, and a count from its records would understate it)."""
    figures = []
    derivation = DERIVATIONS.get(indicator.derivation)
    for slot in slots:
        exact = next(
            (o for o in observations if (o.period_start, o.period_end) == (slot.start, slot.end)),
            None,
        )
        if exact is not None:
            figures.append(_reported(indicator, exact, slot, language))
            continue
        if derivation is None or any(_covers(o, slot) for o in observations):
            continue
        if slot.kind == PeriodKind.YEAR and not derivation.per_year:
            continue
        derived = derivation.compute(slot.start, slot.end)
        if derived is None:
            continue
        figures.append(
            Figure(
                key=f"{indicator.code}:{slot.label}",
                indicator=indicator.code,
                label=localized(indicator, "name", language),
                unit=indicator.unit,
                policy_line=indicator.policy_line_kind,
                period=slot.label,
                period_kind=slot.kind,
                period_start=slot.start,
                period_end=slot.end,
                value=derived.value,
                qualifier=Qualifier.EXACT,
                provenance=Provenance.DERIVED,
                records={"model": derived.model, "filters": derived.filters},
            )
        )
    return figures


def period_figures(period: PolicyPeriod, language: str = "en") -> list[Figure]:
    """Every figure a review of ``period`` needs: per indicator, the whole period, each calendar
    year from the baseline on, and every observation reported within that span (an academic
    year, a date), each with its provenance, source and the period's target.

    The derivations share their reads (one count of the period's activities per slot serves
    every activity indicator), so the number of queries does not grow with the records."""
    with shared_reads():
        return _period_figures(period, language)


def _period_figures(period: PolicyPeriod, language: str) -> list[Figure]:
    span_start, span_end = period.figures_from, period.end
    whole = Slot(PeriodKind.RANGE, period.start, period.end)
    # A one-year period is its own year: no second figure with the same key.
    years = [
        y for y in _year_slots(span_start, span_end) if (y.start, y.end) != (whole.start, whole.end)
    ]

    observations: dict[int, list[Observation]] = defaultdict(list)
    for observation in (
        Observation.objects.filter(period_start__lte=span_end, period_end__gte=span_start)
        .select_related("source__via")
        .order_by("period_start", "period_end")
    ):
        observations[observation.indicator_id].append(observation)
    targets = {t.indicator_id: t for t in Target.objects.filter(period=period)}

    figures: list[Figure] = []
    for indicator in Indicator.objects.filter(Q(pk__in=observations.keys()) | ~Q(derivation="")):
        own = observations.get(indicator.pk, [])
        slots = [whole, *years]
        for o in own:
            slot = Slot(o.period_kind, o.period_start, o.period_end)
            if slot not in slots and (slot.start, slot.end) not in {
                (s.start, s.end) for s in slots
            }:
                slots.append(slot)
        slots.sort(key=lambda s: (s.start, s.end))
        target = targets.get(indicator.pk)
        for figure in indicator_figures(indicator, slots, own, language):
            if (
                target is not None
                and figure.period_kind == PeriodKind.RANGE
                and (figure.period_start, figure.period_end) == (period.start, period.end)
            ):
                figure = Figure(
                    **{
                        **asdict(figure),
                        "target": target.value,
                        "target_qualifier": target.qualifier,
                    }
                )
            figures.append(figure)
    return sorted(figures, key=lambda f: (f.policy_line, f.indicator, f.period_start, f.period_end))
