"""Tables of relations and agreements."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from intl_office.core.tables import RecordTable
from intl_office.relations.models import Agreement, Relation


class RelationTable(RecordTable):
    name = tables.Column(verbose_name=_("name"), linkify=True, order_by=("name_en",))
    counterpart = tables.Column(
        verbose_name=_("counterpart"),
        order_by=("counterpart_place__name", "counterpart_organisation__name"),
    )

    class Meta(RecordTable.Meta):
        model = Relation
        fields = ("name", "kind", "status", "counterpart", "since")


class AgreementTable(RecordTable):
    title = tables.Column(verbose_name=_("title"), linkify=True, order_by=("title_en",))
    relation = tables.Column(linkify=True, order_by=("relation__name_en",))

    class Meta(RecordTable.Meta):
        model = Agreement
        fields = ("title", "relation", "kind", "signed_on", "valid_until")
