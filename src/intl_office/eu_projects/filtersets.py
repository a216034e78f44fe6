"""Filters of the EU project lists."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from intl_office.core.filtersets import RecordFilterSet
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


class EUProjectFilterSet(RecordFilterSet):
    search_fields = ("acronym", "title", "coordinator__name", "programme__name")

    class Meta:
        model = EUProject
        fields = ["status", "role", "programme", "best_practice"]


class ProgrammeFilterSet(RecordFilterSet):
    search_fields = ("name", "short_name")

    class Meta:
        model = Programme
        fields = ["parent"]


class StrategyFilterSet(RecordFilterSet):
    search_fields = ("name_nl", "name_en")

    class Meta:
        model = Strategy
        fields = ["adopted_year"]


class HandbookFilterSet(RecordFilterSet):
    search_fields = ("name_nl", "name_en")

    class Meta:
        model = Handbook
        fields = ["published_year"]


class ProjectPartnerFilterSet(RecordFilterSet):
    search_fields = ("project__acronym", "organisation__name", "organisation__acronym")

    class Meta:
        model = ProjectPartner
        fields = ["role", "project"]


class ProjectTaskFilterSet(RecordFilterSet):
    search_fields = ("project__acronym", "task__title_nl", "task__title_en")
    open = django_filters.BooleanFilter(
        field_name="done_on", lookup_expr="isnull", label=_("open (not done)")
    )

    class Meta:
        model = ProjectTask
        fields = ["project"]


class HandbookPhaseFilterSet(RecordFilterSet):
    search_fields = ("name_nl", "name_en")

    class Meta:
        model = HandbookPhase
        fields = ["handbook"]


class HandbookTaskFilterSet(RecordFilterSet):
    search_fields = ("title_nl", "title_en")

    class Meta:
        model = HandbookTask
        fields = ["phase"]


class StrategyCoreThemeFilterSet(RecordFilterSet):
    search_fields = ("theme__name_nl", "theme__name_en")

    class Meta:
        model = StrategyCoreTheme
        fields = ["strategy", "year"]
