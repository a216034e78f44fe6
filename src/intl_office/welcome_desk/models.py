"""The welcome desk: anonymous contacts, formalities handled, client organisations, surveys and
the information services for internationals.

Field names follow the Klantinteracties standard where they overlap. No name, citizen service
number or address is ever kept: monitoring needs none."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from intl_office.core.models import (
    AdminUrlMixin,
    CitedModel,
    NotedModel,
    Organisation,
    TimeStampedModel,
    localized,
)
from intl_office.welcome_desk.choices import (
    Channel,
    CustomerType,
    FormalityKind,
    ServiceKind,
    Topic,
)


class DeskContact(AdminUrlMixin, TimeStampedModel):
    """One contact with an international: a visit, a call, an e-mail."""

    occurred_at = models.DateTimeField(_("occurred at"), db_index=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel)
    nationality = models.CharField(
        _("nationality"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2 code.")
    )
    customer_type = models.CharField(
        _("customer type"), max_length=20, choices=CustomerType, blank=True
    )
    client_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("client organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="desk_contacts",
    )
    language = models.CharField(
        _("language"), max_length=8, blank=True, help_text=_("E.g. en, nl, de.")
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("desk contact")
        verbose_name_plural = _("desk contacts")

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.occurred_at:%Y-%m-%d %H:%M}"


class DeskContactTopic(models.Model):
    """A topic of a desk contact; a contact can have several."""

    contact = models.ForeignKey(
        DeskContact, verbose_name=_("desk contact"), on_delete=models.CASCADE, related_name="topics"
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic)

    class Meta:
        ordering = ["contact", "topic"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "topic"], name="welcome_desk_contacttopic_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.get_topic_display()


class Formality(AdminUrlMixin, TimeStampedModel):
    """A fast-track procedure the desk handled (IND residence permit, BRP registration, …)."""

    kind = models.CharField(_("kind"), max_length=25, choices=FormalityKind)
    handled_on = models.DateField(_("handled on"), db_index=True)
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    client_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("client organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="formalities",
    )

    class Meta:
        ordering = ["-handled_on"]
        verbose_name = _("formality")
        verbose_name_plural = _("formalities")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.handled_on}"


class ClientAgreement(AdminUrlMixin, NotedModel, TimeStampedModel):
    """A service agreement with a client organisation (an employer or institution)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="client_agreements",
    )
    since = models.DateField(_("since"))
    until = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["organisation__name", "since"]
        verbose_name = _("client agreement")
        verbose_name_plural = _("client agreements")
        constraints = [
            models.CheckConstraint(
                condition=Q(until__isnull=True) | Q(until__gte=F("since")),
                name="welcome_desk_client_until_after_since",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.since})"


class SatisfactionSurvey(AdminUrlMixin, CitedModel, TimeStampedModel):
    """A survey of the desk's customers, with the distribution of their answers."""

    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("until"))
    responses = models.PositiveIntegerField(_("responses"))
    very_satisfied = models.PositiveIntegerField(_("very satisfied"), default=0)
    satisfied = models.PositiveIntegerField(_("satisfied"), default=0)
    neutral = models.PositiveIntegerField(_("neutral"), default=0)
    dissatisfied = models.PositiveIntegerField(_("dissatisfied"), default=0)
    very_dissatisfied = models.PositiveIntegerField(_("very dissatisfied"), default=0)

    class Meta:
        ordering = ["-period_start"]
        verbose_name = _("satisfaction survey")
        verbose_name_plural = _("satisfaction surveys")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="welcome_desk_survey_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(
                    responses=F("very_satisfied")
                    + F("satisfied")
                    + F("neutral")
                    + F("dissatisfied")
                    + F("very_dissatisfied")
                ),
                name="welcome_desk_survey_distribution_adds_up",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period_start} – {self.period_end} ({self.responses})"


class WelcomeService(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """An information service for internationals: a portal, event, tool or meeting place."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=ServiceKind)
    owner = models.ForeignKey(
        Organisation,
        verbose_name=_("run by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="welcome_services",
    )
    url = models.URLField(_("web address"), blank=True)
    languages = models.JSONField(
        _("languages"), default=list, blank=True, help_text=_('E.g. ["en", "nl"].')
    )
    audience_nl = models.CharField(_("audience (Dutch)"), max_length=200, blank=True)
    audience_en = models.CharField(_("audience (English)"), max_length=200, blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    recurring = models.CharField(
        _("recurs"), max_length=40, blank=True, help_text=_("E.g. yearly.")
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("welcome service")
        verbose_name_plural = _("welcome services")

    def __str__(self) -> str:
        return self.name

    @property
    def description(self) -> str:
        return localized(self, "description")
