"""Views of relations and agreements: declarations on the generic views, and the status change."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy

from intl_office.core.views.generic import ModelViews, RecordActionView
from intl_office.relations import filtersets, forms, tables
from intl_office.relations.models import Agreement, Relation
from intl_office.relations.selectors import relations_visible_to


class RelationViews(ModelViews):
    model = Relation
    form = forms.RelationForm
    filterset = filtersets.RelationFilterSet
    table = tables.RelationTable
    related = ("agreements", "children", "status_changes", "activities")
    actions = (
        ("relations:relation_status", gettext_lazy("Change status"), "relations.change_relation"),
    )

    @classmethod
    def queryset_for(cls, request: HttpRequest) -> QuerySet[Any]:
        return relations_visible_to(request.user)


class AgreementViews(ModelViews):
    model = Agreement
    form = forms.AgreementForm
    filterset = filtersets.AgreementFilterSet
    table = tables.AgreementTable
    select_related = ("relation",)
    related = ("renewed_by",)

    @classmethod
    def queryset_for(cls, request: HttpRequest) -> QuerySet[Any]:
        return (
            super()
            .queryset_for(request)
            .filter(relation__in=relations_visible_to(request.user).values("pk"))
        )


class RelationStatusView(RecordActionView):
    viewset = RelationViews
    permission_required = "relations.change_relation"
    form_class = forms.RelationStatusForm
    title = gettext_lazy("Change status")
