"""Views of EU projects, programmes, strategies and handbooks: declarations on the generic views."""

from __future__ import annotations

from intl_office.core.views.generic import ModelViews
from intl_office.eu_projects import filtersets, forms, tables
from intl_office.eu_projects.models import (
    EUProject,
    Handbook,
    HandbookPhase,
    HandbookTask,
    Programme,
    ProjectPartner,
    ProjectTask,
    Strategy,
    StrategyCoreTheme,
)


class EUProjectViews(ModelViews):
    model = EUProject
    form = forms.EUProjectForm
    filterset = filtersets.EUProjectFilterSet
    table = tables.EUProjectTable
    select_related = ("programme",)
    related = ("partners", "tasks", "activities")
    url_prefix = "projects"


class ProgrammeViews(ModelViews):
    model = Programme
    form = forms.ProgrammeForm
    filterset = filtersets.ProgrammeFilterSet
    table = tables.ProgrammeTable
    select_related = ("parent",)
    related = ("children", "projects")


class StrategyViews(ModelViews):
    model = Strategy
    form = forms.StrategyForm
    filterset = filtersets.StrategyFilterSet
    table = tables.StrategyTable
    related = ("core_themes",)


class HandbookViews(ModelViews):
    model = Handbook
    form = forms.HandbookForm
    filterset = filtersets.HandbookFilterSet
    table = tables.HandbookTable
    related = ("phases",)


class ProjectPartnerViews(ModelViews):
    model = ProjectPartner
    form = forms.ProjectPartnerForm
    filterset = filtersets.ProjectPartnerFilterSet
    table = tables.ProjectPartnerTable
    select_related = ("project", "organisation")
    url_prefix = "partners"


class ProjectTaskViews(ModelViews):
    model = ProjectTask
    form = forms.ProjectTaskForm
    filterset = filtersets.ProjectTaskFilterSet
    table = tables.ProjectTaskTable
    select_related = ("project", "task")
    url_prefix = "tasks"


class HandbookPhaseViews(ModelViews):
    model = HandbookPhase
    form = forms.HandbookPhaseForm
    filterset = filtersets.HandbookPhaseFilterSet
    table = tables.HandbookPhaseTable
    select_related = ("handbook",)
    related = ("tasks",)
    url_prefix = "handbook-phases"


class HandbookTaskViews(ModelViews):
    model = HandbookTask
    form = forms.HandbookTaskForm
    filterset = filtersets.HandbookTaskFilterSet
    table = tables.HandbookTaskTable
    select_related = ("phase",)
    url_prefix = "handbook-tasks"


class StrategyCoreThemeViews(ModelViews):
    model = StrategyCoreTheme
    form = forms.StrategyCoreThemeForm
    filterset = filtersets.StrategyCoreThemeFilterSet
    table = tables.StrategyCoreThemeTable
    select_related = ("strategy", "theme")
    url_prefix = "core-themes"
