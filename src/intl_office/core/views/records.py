"""The shared records' views: declarations on the generic views."""

from __future__ import annotations

from intl_office.core import filtersets, forms, tables
from intl_office.core.models import (
    MissionStatement,
    Organisation,
    Person,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
)
from intl_office.core.views.generic import ModelViews


class PlaceViews(ModelViews):
    model = Place
    form = forms.PlaceForm
    filterset = filtersets.PlaceFilterSet
    table = tables.PlaceTable
    related = ("organisations", "relations", "activities")


class OrganisationViews(ModelViews):
    model = Organisation
    form = forms.OrganisationForm
    filterset = filtersets.OrganisationFilterSet
    table = tables.OrganisationTable
    select_related = ("place",)
    related = ("people", "relations", "client_agreements")


class PersonViews(ModelViews):
    model = Person
    form = forms.PersonForm
    filterset = filtersets.PersonFilterSet
    table = tables.PersonTable
    select_related = ("organisation",)
    url_prefix = "people"


class ThemeViews(ModelViews):
    model = Theme
    form = forms.ThemeForm
    filterset = filtersets.ThemeFilterSet
    table = tables.ThemeTable
    select_related = ("parent",)
    related = ("children",)


class SourceViews(ModelViews):
    model = Source
    form = forms.SourceForm
    filterset = filtersets.SourceFilterSet
    table = tables.SourceTable
    related = ("cited_sources",)


class PolicyPeriodViews(ModelViews):
    model = PolicyPeriod
    form = forms.PolicyPeriodForm
    filterset = filtersets.PolicyPeriodFilterSet
    table = tables.PolicyPeriodTable
    related = ("lines", "missions")


class PolicyLineViews(ModelViews):
    model = PolicyLine
    form = forms.PolicyLineForm
    filterset = filtersets.PolicyLineFilterSet
    table = tables.PolicyLineTable
    select_related = ("period",)


class MissionStatementViews(ModelViews):
    model = MissionStatement
    form = forms.MissionStatementForm
    filterset = filtersets.MissionStatementFilterSet
    table = tables.MissionStatementTable
    select_related = ("period",)
