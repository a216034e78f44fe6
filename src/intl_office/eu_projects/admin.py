from django.contrib import admin

from intl_office.core.admin import RecordAdmin
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


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("name", "short_name", "parent")
    search_fields = ("name", "short_name")


class PartnerInline(admin.TabularInline):
    model = ProjectPartner
    extra = 0
    autocomplete_fields = ("organisation",)


class ProjectTaskInline(admin.TabularInline):
    model = ProjectTask
    extra = 0


@admin.register(EUProject)
class EUProjectAdmin(RecordAdmin):
    list_display = (
        "acronym",
        "programme",
        "role",
        "status",
        "phase",
        "start_date",
        "end_date",
        "budget_total",
    )
    list_filter = ("programme", "role", "status", "themes", "best_practice")
    search_fields = ("acronym", "title", "grant_id")
    autocomplete_fields = ("programme", "coordinator")
    filter_horizontal = ("themes", "core_themes", "policy_lines")
    inlines = [PartnerInline, ProjectTaskInline, *RecordAdmin.inlines]


class CoreThemeInline(admin.TabularInline):
    model = StrategyCoreTheme
    extra = 0


@admin.register(Strategy)
class StrategyAdmin(RecordAdmin):
    list_display = ("name_en", "name_nl", "adopted_year")
    inlines = [CoreThemeInline, *RecordAdmin.inlines]


class PhaseInline(admin.TabularInline):
    model = HandbookPhase
    extra = 0


@admin.register(Handbook)
class HandbookAdmin(RecordAdmin):
    list_display = ("name_en", "name_nl", "published_year")
    inlines = [PhaseInline, *RecordAdmin.inlines]


class TaskInline(admin.TabularInline):
    model = HandbookTask
    extra = 0


@admin.register(HandbookPhase)
class HandbookPhaseAdmin(admin.ModelAdmin):
    list_display = ("handbook", "order", "name_en")
    inlines = [TaskInline]
