"""EU projects, funding programmes, the Europe strategy and the project handbook's phases."""

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
    PolicyLine,
    Theme,
    TimeStampedModel,
    localized,
)
from intl_office.eu_projects.choices import PartnerRole, ProjectRole, ProjectStatus


class Programme(AdminUrlMixin, TimeStampedModel):
    """An EU funding programme (Horizon 2020, Interreg North Sea Region, URBACT, …)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    url = models.URLField(_("web address"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return self.name


class Strategy(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """A strategy for working in Europe, with core themes that may be revised each year."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    adopted_year = models.PositiveSmallIntegerField(_("year adopted"), null=True, blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    policy_lines = models.ManyToManyField(
        PolicyLine, verbose_name=_("policy lines"), blank=True, related_name="strategies"
    )

    class Meta:
        ordering = ["-adopted_year", "name_en"]
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        constraints = [
            models.UniqueConstraint(fields=["name_en"], name="eu_projects_strategy_unique_name"),
        ]

    def __str__(self) -> str:
        return localized(self, "name")

    @property
    def name(self) -> str:
        return localized(self, "name")


class StrategyCoreTheme(CitedModel, TimeStampedModel):
    """A core theme of a strategy in a given year."""

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="core_themes"
    )
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["strategy", "year", "order"]
        verbose_name = _("core theme")
        verbose_name_plural = _("core themes")
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "theme", "year"], name="eu_projects_coretheme_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.strategy} {self.year}: {self.theme}"


class Handbook(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """A guide to the phases of an EU project, with a checklist of tasks per phase."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, unique=True)
    published_year = models.PositiveSmallIntegerField(_("year published"), null=True, blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("handbook")
        verbose_name_plural = _("handbooks")

    def __str__(self) -> str:
        return localized(self, "name")


class HandbookPhase(TimeStampedModel):
    """A phase of an EU project as the handbook describes it."""

    handbook = models.ForeignKey(
        Handbook, verbose_name=_("handbook"), on_delete=models.CASCADE, related_name="phases"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)

    class Meta:
        ordering = ["handbook", "order"]
        verbose_name = _("handbook phase")
        verbose_name_plural = _("handbook phases")
        constraints = [
            models.UniqueConstraint(
                fields=["handbook", "order"], name="eu_projects_phase_unique_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {localized(self, 'name')}"


class HandbookTask(TimeStampedModel):
    """A task to complete in a phase."""

    phase = models.ForeignKey(
        HandbookPhase, verbose_name=_("phase"), on_delete=models.CASCADE, related_name="tasks"
    )
    order = models.PositiveSmallIntegerField(_("order"))
    title_nl = models.CharField(_("task (Dutch)"), max_length=250)
    title_en = models.CharField(_("task (English)"), max_length=250)

    class Meta:
        ordering = ["phase", "order"]
        verbose_name = _("handbook task")
        verbose_name_plural = _("handbook tasks")
        constraints = [
            models.UniqueConstraint(
                fields=["phase", "order"], name="eu_projects_task_unique_order"
            ),
        ]

    def __str__(self) -> str:
        return localized(self, "title")


class EUProject(AdminUrlMixin, CitedModel, NotedModel, TimeStampedModel):
    """A project funded by an EU programme in which the city takes part."""

    acronym = models.CharField(_("acronym"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
    )
    grant_id = models.CharField(_("grant agreement id"), max_length=40, blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    deadline = models.DateField(
        _("next deadline"),
        null=True,
        blank=True,
        help_text=_("Submission, report or other deadline."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ProjectStatus, default=ProjectStatus.IDEA
    )
    phase = models.ForeignKey(
        HandbookPhase,
        verbose_name=_("handbook phase"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
    )
    role = models.CharField(
        _("our role"),
        max_length=12,
        choices=ProjectRole,
        blank=True,
        help_text=_("Empty when not on record."),
    )
    budget_total = models.DecimalField(
        _("total budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    eu_contribution = models.DecimalField(
        _("EU contribution (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    own_budget = models.DecimalField(
        _("our budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    own_eu_contribution = models.DecimalField(
        _("our EU contribution (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    coordinator = models.ForeignKey(
        Organisation,
        verbose_name=_("coordinator"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="coordinated_projects",
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="eu_projects"
    )
    core_themes = models.ManyToManyField(
        StrategyCoreTheme,
        verbose_name=_("strategy core themes"),
        blank=True,
        related_name="projects",
    )
    policy_lines = models.ManyToManyField(
        PolicyLine, verbose_name=_("policy lines"), blank=True, related_name="eu_projects"
    )
    cordis_url = models.URLField(_("CORDIS page"), blank=True)
    keep_eu_url = models.URLField(_("keep.eu page"), blank=True)
    website = models.URLField(_("website"), blank=True)
    best_practice = models.BooleanField(_("best practice"), default=False)
    best_practice_note_nl = models.TextField(_("why a best practice (Dutch)"), blank=True)
    best_practice_note_en = models.TextField(_("why a best practice (English)"), blank=True)
    summary_nl = models.TextField(_("summary (Dutch)"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Shown to the public (open data) when it is not confidential."),
    )

    class Meta:
        ordering = ["acronym"]
        verbose_name = _("EU project")
        verbose_name_plural = _("EU projects")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="eu_projects_project_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(budget_total__isnull=True) | Q(budget_total__gte=0),
                name="eu_projects_project_budget_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(eu_contribution__isnull=True)
                | Q(budget_total__isnull=True)
                | Q(eu_contribution__lte=F("budget_total")),
                name="eu_projects_project_eu_within_total",
            ),
            models.CheckConstraint(
                condition=Q(own_budget__isnull=True)
                | Q(budget_total__isnull=True)
                | Q(own_budget__lte=F("budget_total")),
                name="eu_projects_project_own_within_total",
            ),
            models.CheckConstraint(
                condition=Q(own_eu_contribution__isnull=True)
                | Q(own_budget__isnull=True)
                | Q(own_eu_contribution__lte=F("own_budget")),
                name="eu_projects_project_own_eu_within_own",
            ),
        ]

    def __str__(self) -> str:
        return self.acronym


class ProjectPartner(TimeStampedModel):
    """An organisation in a project's consortium."""

    project = models.ForeignKey(
        EUProject, verbose_name=_("project"), on_delete=models.CASCADE, related_name="partners"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="project_partnerships",
    )
    role = models.CharField(
        _("role"), max_length=12, choices=PartnerRole, default=PartnerRole.PARTNER
    )

    class Meta:
        ordering = ["project", "organisation__name"]
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation"], name="eu_projects_partner_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project}: {self.organisation}"


class ProjectTask(TimeStampedModel):
    """A handbook task done (or due) for one project."""

    project = models.ForeignKey(
        EUProject, verbose_name=_("project"), on_delete=models.CASCADE, related_name="tasks"
    )
    task = models.ForeignKey(
        HandbookTask, verbose_name=_("task"), on_delete=models.PROTECT, related_name="+"
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["project", "task__phase__order", "task__order"]
        verbose_name = _("project task")
        verbose_name_plural = _("project tasks")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "task"], name="eu_projects_projecttask_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project}: {self.task}"
