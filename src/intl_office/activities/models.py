"""Activities: visits received and made, missions, exchanges, exhibitions, awards, events."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from intl_office.activities.choices import ActivityFormat, ActivityKind, ActivityStatus, Direction
from intl_office.core.choices import DatePrecision
from intl_office.core.models import (
    AdminUrlMixin,
    CitedModel,
    NotedModel,
    Organisation,
    Person,
    Place,
    PolicyLine,
    Theme,
    TimeStampedModel,
    localized,
)


class Activity(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """Something the office did or took part in, at home or abroad.

    An activity belongs to the year (and period) in which it starts. A trade mission is an
    activity of kind ``trade_mission``."""

    title_nl = models.CharField(_("title (Dutch)"), max_length=250)
    title_en = models.CharField(_("title (English)"), max_length=250)
    kind = models.CharField(_("kind"), max_length=30, choices=ActivityKind)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=10, choices=DatePrecision, default=DatePrecision.DAY
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activities",
    )
    countries = models.JSONField(
        _("countries"),
        default=list,
        blank=True,
        help_text=_(
            "ISO 3166-1 alpha-2 codes of the countries involved, e.g. the origin of a delegation."
        ),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=ActivityFormat, default=ActivityFormat.IN_PERSON
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ActivityStatus, default=ActivityStatus.HELD
    )
    status_reason = models.CharField(
        _("reason for the status"),
        max_length=300,
        blank=True,
        help_text=_("Required when cancelled or postponed, e.g. COVID-19."),
    )
    officials = models.TextField(
        _("officials taking part"),
        blank=True,
        help_text=_("Mayor, aldermen, council members, staff."),
    )
    participants = models.ManyToManyField(
        Person, verbose_name=_("contact people taking part"), blank=True, related_name="activities"
    )
    organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisations taking part"),
        blank=True,
        related_name="activities",
    )
    delegation_size = models.PositiveIntegerField(_("delegation size"), null=True, blank=True)
    policy_lines = models.ManyToManyField(
        PolicyLine, verbose_name=_("policy lines"), blank=True, related_name="activities"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="activities"
    )
    relations = models.ManyToManyField(
        "relations.Relation", verbose_name=_("relations"), blank=True, related_name="activities"
    )
    eu_projects = models.ManyToManyField(
        "eu_projects.EUProject",
        verbose_name=_("EU projects"),
        blank=True,
        related_name="activities",
    )
    summary_nl = models.TextField(_("summary (Dutch)"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    outcomes_nl = models.TextField(_("outcomes and follow-up (Dutch)"), blank=True)
    outcomes_en = models.TextField(_("outcomes and follow-up (English)"), blank=True)
    confidential = models.BooleanField(_("confidential"), default=False)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown to the public (open data) when it is not confidential."),
    )

    class Meta:
        ordering = ["-start_date", "title_en"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [
            models.Index(fields=["start_date", "kind"], name="activities_start_kind_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="activities_activity_end_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["cancelled", "postponed"]) | ~Q(status_reason=""),
                name="activities_activity_cancel_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(delegation_size__isnull=True) | Q(delegation_size__gte=1),
                name="activities_activity_delegation_positive",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.start_date:%Y-%m-%d})"

    @property
    def title(self) -> str:
        return localized(self, "title")
