"""Tables of EU projects and what they hang on."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from intl_office.core.tables import RecordTable
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


class EUProjectTable(RecordTable):
    acronym = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = EUProject
        fields = (
            "acronym",
            "title",
            "programme",
            "status",
            "role",
            "start_date",
            "end_date",
            "deadline",
        )


class ProgrammeTable(RecordTable):
    name = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Programme
        fields = ("name", "short_name", "parent")


class StrategyTable(RecordTable):
    name = tables.Column(verbose_name=_("name"), linkify=True, order_by=("name_en",))

    class Meta(RecordTable.Meta):
        model = Strategy
        fields = ("name", "adopted_year")


class HandbookTable(RecordTable):
    name_en = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Handbook
        fields = ("name_en", "name_nl", "published_year")


class ProjectPartnerTable(RecordTable):
    organisation = tables.Column(
        linkify=lambda record: record.get_absolute_url(), order_by=("organisation__name",)
    )

    class Meta(RecordTable.Meta):
        model = ProjectPartner
        fields = ("organisation", "project", "role")


class ProjectTaskTable(RecordTable):
    task = tables.Column(
        linkify=lambda record: record.get_absolute_url(), order_by=("task__order",)
    )

    class Meta(RecordTable.Meta):
        model = ProjectTask
        fields = ("task", "project", "due_on", "done_on")


def _linked(**kwargs: object) -> tables.Column:
    return tables.Column(linkify=lambda record: record.get_absolute_url(), **kwargs)  # type: ignore[arg-type]


class HandbookPhaseTable(RecordTable):
    name_en = _linked()

    class Meta(RecordTable.Meta):
        model = HandbookPhase
        fields = ("name_en", "name_nl", "handbook", "order")


class HandbookTaskTable(RecordTable):
    title_en = _linked()

    class Meta(RecordTable.Meta):
        model = HandbookTask
        fields = ("title_en", "title_nl", "phase", "order")


class StrategyCoreThemeTable(RecordTable):
    theme = _linked(order_by=("theme__name_en",))

    class Meta(RecordTable.Meta):
        model = StrategyCoreTheme
        fields = ("theme", "strategy", "year", "order")
