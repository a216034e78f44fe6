"""Shared records: places, organisations, contacts, themes, sources, policy periods and lines,
journal notes and attachments."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from intl_office.core.choices import (
    DatePrecision,
    OrganisationKind,
    PlaceOrigin,
    PolicyLineKind,
    SourceKind,
)


def localized(obj: object, field: str, language: str | None = None) -> str:
    """The ``<field>_<language>`` value of ``obj``, falling back to the other language."""
    language = (language or get_language() or "nl")[:2]
    other = "en" if language == "nl" else "nl"
    return getattr(obj, f"{field}_{language}", "") or getattr(obj, f"{field}_{other}", "") or ""


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class AdminUrlMixin:
    """A record's page: its page in the staff web application, else its admin change page."""

    pk: object
    _meta: models.options.Options

    def get_absolute_url(self) -> str:
        try:
            return reverse(f"{self._meta.app_label}:{self._meta.model_name}_detail", args=[self.pk])
        except NoReverseMatch:
            return reverse(
                f"admin:{self._meta.app_label}_{self._meta.model_name}_change", args=[self.pk]
            )


class Source(AdminUrlMixin, TimeStampedModel):
    """Where a fact or figure comes from: a document, data set, web page or survey.

    ``via`` names the document through which a source was cited (a city monitor figure quoted
    in a policy review)."""

    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=SourceKind, default=SourceKind.DOCUMENT
    )
    published = models.CharField(
        _("published"), max_length=40, blank=True, help_text=_("Date or year of publication.")
    )
    url = models.URLField(_("web address"), blank=True)
    via = models.ForeignKey(
        "self",
        verbose_name=_("cited via"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cited_sources",
        help_text=_(
            "The document in which this source was cited, if it was not consulted directly."
        ),
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(fields=["title", "publisher"], name="core_source_unique_title"),
            models.CheckConstraint(condition=~Q(via=F("pk")), name="core_source_not_via_itself"),
        ]

    def __str__(self) -> str:
        return f"{self.publisher}: {self.title}" if self.publisher else self.title


class CitedModel(models.Model):
    """A record whose facts come from a source, cited down to the section or page."""

    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    source_locator = models.CharField(
        _("section or page"),
        max_length=200,
        blank=True,
        help_text=_("Where in the source: a section, page or table."),
    )

    class Meta:
        abstract = True

    def citation(self) -> str:
        if self.source is None:
            return ""
        text = str(self.source)
        if self.source.published:
            text += f" ({self.source.published})"
        if self.source_locator:
            text += f", {self.source_locator}"
        if self.source.via_id:
            cited_in = _("cited in")
            text += f"; {cited_in} {self.source.via}"
        return text


class Place(AdminUrlMixin, TimeStampedModel):
    """A city or town, picked from the offline gazetteer or entered by hand."""

    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 alpha-2 code."))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    geonames_id = models.PositiveIntegerField(_("GeoNames id"), null=True, blank=True)
    origin = models.CharField(
        _("origin"), max_length=20, choices=PlaceOrigin, default=PlaceOrigin.MANUAL
    )

    class Meta:
        ordering = ["name", "country"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.UniqueConstraint(
                fields=["geonames_id"],
                condition=Q(geonames_id__isnull=False),
                name="core_place_unique_geonames_id",
            ),
            models.UniqueConstraint(
                fields=["name", "country"], name="core_place_unique_name_country"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="core_place_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="core_place_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="core_place_coordinates_paired",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"


class Organisation(AdminUrlMixin, TimeStampedModel):
    """A government, institution, company, network or other body the office deals with."""

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind, default=OrganisationKind.OTHER
    )
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2 code.")
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"], name="core_organisation_unique_name_country"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class Person(AdminUrlMixin, TimeStampedModel):
    """A business contact at an organisation. Personal data: keep it minimal.

    Never an international served by the welcome desk: desk contacts are anonymous."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    lawful_basis = models.CharField(
        _("lawful basis"),
        max_length=300,
        help_text=_(
            "Why the office may keep this contact's data (GDPR art. 6), e.g. legitimate interest."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self) -> str:
        return self.name


class Theme(AdminUrlMixin, TimeStampedModel):
    """A subject of the office's work, in a small tree (energy transition › hydrogen)."""

    slug = models.SlugField(_("code"), max_length=80, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent theme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.CheckConstraint(condition=~Q(parent=F("pk")), name="core_theme_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")


class PolicyPeriod(AdminUrlMixin, TimeStampedModel):
    """A period of the city's internationalisation policy, e.g. 2017-2020."""

    slug = models.SlugField(_("code"), max_length=40, unique=True, help_text=_("E.g. 2017-2020."))
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    baseline_start = models.DateField(
        _("baseline from"),
        null=True,
        blank=True,
        help_text=_(
            "Earliest date of the figures this period is compared with (e.g. the year the "
            "previous policy measured). Empty: the start of the period."
        ),
    )
    introduction_nl = models.TextField(_("introduction (Dutch)"), blank=True)
    introduction_en = models.TextField(_("introduction (English)"), blank=True)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("The period's review and figures are public (open data)."),
    )

    class Meta:
        ordering = ["-start"]
        verbose_name = _("policy period")
        verbose_name_plural = _("policy periods")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")), name="core_policyperiod_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(baseline_start__isnull=True) | Q(baseline_start__lte=F("start")),
                name="core_policyperiod_baseline_before_start",
            ),
        ]

    def __str__(self) -> str:
        return self.slug

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def figures_from(self):
        return self.baseline_start or self.start


class MissionStatement(TimeStampedModel):
    """One of the statements of what a policy period sets out to achieve."""

    period = models.ForeignKey(
        PolicyPeriod,
        verbose_name=_("policy period"),
        on_delete=models.CASCADE,
        related_name="missions",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_nl = models.TextField(_("text (Dutch)"))
    text_en = models.TextField(_("text (English)"))

    class Meta:
        ordering = ["period", "order"]
        verbose_name = _("mission statement")
        verbose_name_plural = _("mission statements")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "order"], name="core_missionstatement_unique_order"
            ),
        ]

    def __str__(self) -> str:
        return localized(self, "text")[:80]


class PolicyLine(AdminUrlMixin, TimeStampedModel):
    """A line of a policy period (welcome, relations, Europe, trade, …).

    Records are tagged with the lines they serve."""

    period = models.ForeignKey(
        PolicyPeriod,
        verbose_name=_("policy period"),
        on_delete=models.CASCADE,
        related_name="lines",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PolicyLineKind)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    goals_nl = models.TextField(_("goals (Dutch)"), blank=True)
    goals_en = models.TextField(_("goals (English)"), blank=True)

    class Meta:
        ordering = ["period", "order"]
        verbose_name = _("policy line")
        verbose_name_plural = _("policy lines")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "order"], name="core_policyline_unique_order"
            ),
            models.UniqueConstraint(
                fields=["period", "kind"],
                condition=~Q(kind="other"),
                name="core_policyline_unique_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period}: {self.name}"

    @property
    def name(self) -> str:
        return localized(self, "name")


class JournalEntry(CitedModel, TimeStampedModel):
    """A dated note on any record: what happened, what was decided, what to remember."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("content_type", "object_id")
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date precision"), max_length=10, choices=DatePrecision, default=DatePrecision.DAY
    )
    text_nl = models.TextField(_("text (Dutch)"), blank=True)
    text_en = models.TextField(_("text (English)"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("journal entry")
        verbose_name_plural = _("journal entries")
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="core_journal_subject_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(text_nl="") | ~Q(text_en=""), name="core_journalentry_has_text"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date}: {localized(self, 'text')[:60]}"

    @property
    def text(self) -> str:
        return localized(self, "text")


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.content_type.app_label}/{instance.content_type.model}/{filename}"


class Attachment(TimeStampedModel):
    """A file kept with any record: a signed letter of intent, a report, a photo."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("content_type", "object_id")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=attachment_path)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="core_attachment_subject_idx")
        ]

    def __str__(self) -> str:
        return self.title


class NotedModel(models.Model):
    """A record that carries journal entries and attachments."""

    journal = GenericRelation(JournalEntry)
    attachments = GenericRelation(Attachment)

    class Meta:
        abstract = True
