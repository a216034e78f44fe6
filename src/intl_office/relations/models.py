"""International relations: sister cities, partnerships, roadmaps, memberships, offices, and
the agreements that seal them."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from intl_office.core.choices import DatePrecision
from intl_office.core.models import (
    AdminUrlMixin,
    CitedModel,
    NotedModel,
    Organisation,
    Place,
    PolicyLine,
    Theme,
    TimeStampedModel,
    localized,
)
from intl_office.relations.choices import AgreementKind, RelationKind, RelationStatus


class Relation(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """A lasting tie of the city with a place or organisation abroad.

    Its status changes only through ``relations.services.relation_change_status``, which keeps
    the history in :class:`RelationStatusChange`."""

    slug = models.SlugField(_("code"), max_length=80, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=RelationKind)
    status = models.CharField(
        _("status"), max_length=20, choices=RelationStatus, default=RelationStatus.EXPLORING
    )
    status_reason_nl = models.TextField(_("reason for the status (Dutch)"), blank=True)
    status_reason_en = models.TextField(_("reason for the status (English)"), blank=True)
    counterpart_place = models.ForeignKey(
        Place,
        verbose_name=_("counterpart place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="relations",
    )
    counterpart_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("counterpart organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="relations",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_(
            "The relation this one runs within, e.g. a school exchange within a sister-city bond."
        ),
    )
    since = models.DateField(_("since"), null=True, blank=True)
    since_precision = models.CharField(
        _("precision of 'since'"), max_length=10, choices=DatePrecision, default=DatePrecision.YEAR
    )
    supporting_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("supporting organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supported_relations",
        help_text=_("E.g. the foundation that runs a sister-city bond."),
    )
    organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisations involved"),
        blank=True,
        related_name="involved_relations",
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="relations"
    )
    policy_lines = models.ManyToManyField(
        PolicyLine, verbose_name=_("policy lines"), blank=True, related_name="relations"
    )
    subsidised = models.BooleanField(_("subsidised"), default=False)
    confidential = models.BooleanField(
        _("confidential"), default=False, help_text=_("Hidden from readers and never published.")
    )
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown to the public (open data) when it is not confidential."),
    )

    class Meta:
        ordering = ["kind", "name_en"]
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        permissions = [("view_confidential", _("Can view confidential relations"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(counterpart_place__isnull=False)
                | Q(counterpart_organisation__isnull=False),
                name="relations_relation_has_counterpart",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="relations_relation_not_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def counterpart(self) -> Place | Organisation | None:
        return self.counterpart_place or self.counterpart_organisation


class RelationStatusChange(CitedModel, TimeStampedModel):
    """One step in a relation's status history, with its reason."""

    relation = models.ForeignKey(
        Relation,
        verbose_name=_("relation"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date precision"), max_length=10, choices=DatePrecision, default=DatePrecision.DAY
    )
    from_status = models.CharField(_("from"), max_length=20, choices=RelationStatus, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=RelationStatus)
    reason_nl = models.TextField(_("reason (Dutch)"), blank=True)
    reason_en = models.TextField(_("reason (English)"), blank=True)

    class Meta:
        ordering = ["relation", "date", "id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_status=F("to_status")), name="relations_statuschange_changes"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.relation}: {self.from_status or '-'} → {self.to_status} ({self.date})"

    @property
    def reason(self) -> str:
        return localized(self, "reason")


class Agreement(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """A signed document that seals or renews a relation."""

    relation = models.ForeignKey(
        Relation, verbose_name=_("relation"), on_delete=models.PROTECT, related_name="agreements"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AgreementKind)
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signed_precision = models.CharField(
        _("precision of 'signed on'"),
        max_length=10,
        choices=DatePrecision,
        default=DatePrecision.DAY,
    )
    signed_at = models.ForeignKey(
        Place,
        verbose_name=_("signed at"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    signatories = models.TextField(_("signatories"), blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    renews = models.OneToOneField(
        "self",
        verbose_name=_("renews"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="renewed_by",
    )
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        ordering = ["relation", "signed_on"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(valid_until__gte=F("signed_on")),
                name="relations_agreement_valid_after_signed",
            ),
            models.CheckConstraint(
                condition=~Q(renews=F("pk")), name="relations_agreement_not_renewing_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localized(self, "title")
