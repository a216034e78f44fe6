"""Indicators, their reported observations (with source) and targets per policy period."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from intl_office.core.choices import PolicyLineKind
from intl_office.core.models import (
    AdminUrlMixin,
    CitedModel,
    PolicyPeriod,
    TimeStampedModel,
    localized,
)
from intl_office.indicators.choices import PeriodKind, Qualifier, Unit


class Indicator(AdminUrlMixin, TimeStampedModel):
    """A figure the office follows over time.

    With a ``derivation`` its values can be computed from records (see
    ``indicators/derivations.py``); a reported :class:`Observation` for the same period wins."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit, default=Unit.COUNT)
    policy_line_kind = models.CharField(_("policy line"), max_length=20, choices=PolicyLineKind)
    derivation = models.CharField(
        _("derived by"),
        max_length=80,
        blank=True,
        help_text=_(
            "Key of the computation from records; empty when the indicator is only reported."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        ordering = ["policy_line_kind", "order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")


class Observation(AdminUrlMixin, CitedModel, TimeStampedModel):
    """A reported value of an indicator for a period, with its source."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.PROTECT,
        related_name="observations",
    )
    period_kind = models.CharField(_("kind of period"), max_length=15, choices=PeriodKind)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("until"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier, default=Qualifier.EXACT
    )
    note_nl = models.TextField(_("note (Dutch)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    class Meta:
        ordering = ["indicator", "period_start"]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_start", "period_end"],
                name="indicators_observation_unique_period",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="indicators_observation_end_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(period_kind="date") | Q(period_end=F("period_start")),
                name="indicators_observation_date_is_one_day",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.period_label}: {self.value}"

    @property
    def period_label(self) -> str:
        return period_label(self.period_kind, self.period_start, self.period_end)

    @property
    def note(self) -> str:
        return localized(self, "note")


def period_label(kind: str, start: date, end: date) -> str:
    """``2015``, ``2019-2020`` (academic year or range of whole years) or an ISO date."""
    if kind == PeriodKind.YEAR:
        return str(start.year)
    if kind == PeriodKind.DATE:
        return start.isoformat()
    whole_years = (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)
    if kind == PeriodKind.ACADEMIC_YEAR or whole_years:
        return f"{start.year}-{end.year}" if end.year != start.year else str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"


class Target(AdminUrlMixin, CitedModel, TimeStampedModel):
    """What a policy period aims for on an indicator."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="targets"
    )
    period = models.ForeignKey(
        PolicyPeriod,
        verbose_name=_("policy period"),
        on_delete=models.CASCADE,
        related_name="targets",
    )
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier, default=Qualifier.AT_LEAST
    )
    note_nl = models.TextField(_("note (Dutch)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    class Meta:
        ordering = ["period", "indicator"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period"], name="indicators_target_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.period}: {self.value}"
