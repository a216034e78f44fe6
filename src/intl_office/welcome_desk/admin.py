from django.contrib import admin

from intl_office.core.admin import RecordAdmin
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    DeskContactTopic,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)


class TopicInline(admin.TabularInline):
    model = DeskContactTopic
    extra = 1


@admin.register(DeskContact)
class DeskContactAdmin(admin.ModelAdmin):
    list_display = ("occurred_at", "channel", "nationality", "customer_type", "client_organisation")
    list_filter = ("channel", "customer_type", "topics__topic")
    date_hierarchy = "occurred_at"
    autocomplete_fields = ("client_organisation",)
    inlines = [TopicInline]


@admin.register(Formality)
class FormalityAdmin(admin.ModelAdmin):
    list_display = ("handled_on", "kind", "nationality", "client_organisation")
    list_filter = ("kind",)
    date_hierarchy = "handled_on"
    autocomplete_fields = ("client_organisation",)


@admin.register(ClientAgreement)
class ClientAgreementAdmin(RecordAdmin):
    list_display = ("organisation", "since", "until")
    search_fields = ("organisation__name",)
    autocomplete_fields = ("organisation",)


@admin.register(SatisfactionSurvey)
class SatisfactionSurveyAdmin(admin.ModelAdmin):
    list_display = ("period_start", "period_end", "responses", "very_satisfied")


@admin.register(WelcomeService)
class WelcomeServiceAdmin(RecordAdmin):
    list_display = ("name", "kind", "url", "recurring", "active")
    list_filter = ("kind", "active")
    search_fields = ("name",)
