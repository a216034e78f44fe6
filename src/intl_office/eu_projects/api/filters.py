"""Filters on EU projects and their programmes, with lower camelCase query keys."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.core.api.filters import RecordFilterSet
from intl_office.eu_projects.models import EUProject, ProjectPartner, ProjectTask


class EUProjectFilterSet(RecordFilterSet):
    acronym = filters.CharFilter(lookup_expr="icontains")
    bestPractice = filters.BooleanFilter(field_name="best_practice")
    startFrom = filters.DateFilter(field_name="start_date", lookup_expr="gte")
    startUntil = filters.DateFilter(field_name="start_date", lookup_expr="lte")
    theme = filters.CharFilter(field_name="themes__slug", label="Code of a theme.")

    class Meta:
        model = EUProject
        fields = ["acronym", "programme", "status", "role", "published", "phase"]


class ProjectPartnerFilterSet(RecordFilterSet):
    class Meta:
        model = ProjectPartner
        fields = ["project", "organisation", "role"]


class ProjectTaskFilterSet(RecordFilterSet):
    done = filters.BooleanFilter(field_name="done_on", lookup_expr="isnull", exclude=True)

    class Meta:
        model = ProjectTask
        fields = ["project", "done"]
