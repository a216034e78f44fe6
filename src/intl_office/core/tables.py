"""Tables of the shared records (django-tables2): the first column links to the record."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

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


class RecordTable(tables.Table):
    class Meta:
        attrs = {"class": "utrecht-table utrecht-table--html-table"}
        template_name = "core/_table.html"


class PlaceTable(RecordTable):
    name = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Place
        fields = ("name", "country", "latitude", "longitude", "origin")


class OrganisationTable(RecordTable):
    name = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Organisation
        fields = ("name", "acronym", "kind", "country", "place")


class PersonTable(RecordTable):
    name = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Person
        fields = ("name", "organisation", "role", "email")


class ThemeTable(RecordTable):
    name_en = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Theme
        fields = ("name_en", "name_nl", "slug", "parent")


class SourceTable(RecordTable):
    title = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Source
        fields = ("title", "publisher", "kind", "published")


class PolicyPeriodTable(RecordTable):
    slug = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = PolicyPeriod
        fields = ("slug", "title_en", "start", "end", "published")


class PolicyLineTable(RecordTable):
    name_en = tables.Column(linkify=True, verbose_name=_("name"))

    class Meta(RecordTable.Meta):
        model = PolicyLine
        fields = ("name_en", "period", "kind", "order")


class MissionStatementTable(RecordTable):
    order = tables.Column(linkify=lambda record: record.get_absolute_url())

    class Meta(RecordTable.Meta):
        model = MissionStatement
        fields = ("order", "period", "text_en", "text_nl")
