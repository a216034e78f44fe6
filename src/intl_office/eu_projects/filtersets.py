"""Filters of the EU project lists."""

from __future__ import annotations

from intl_office.core.filtersets import RecordFilterSet
from intl_office.eu_projects.models import EUProject, Handbook, Programme, Strategy


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
