"""The Django admin is the staff interface until the web application lands. Every record type
is here, with its journal and attachments; writes with rules call the services."""

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline

from intl_office.core.models import (
    Attachment,
    JournalEntry,
    MissionStatement,
    Organisation,
    Person,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
)


class JournalInline(GenericTabularInline):
    model = JournalEntry
    extra = 0
    fields = ("date", "date_precision", "text_nl", "text_en", "source", "source_locator")


class AttachmentInline(GenericTabularInline):
    model = Attachment
    extra = 0
    fields = ("title", "file")


class RecordAdmin(admin.ModelAdmin):
    """Base for records that carry journal entries and attachments."""

    inlines = [JournalInline, AttachmentInline]
    list_per_page = 50


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("title", "publisher", "published", "kind", "via")
    search_fields = ("title", "publisher")
    list_filter = ("kind",)


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "latitude", "longitude", "geonames_id", "origin")
    search_fields = ("name", "country")
    list_filter = ("origin", "country")


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "acronym", "kind", "country", "place")
    search_fields = ("name", "acronym", "place__name")
    list_filter = ("kind", "country")
    autocomplete_fields = ("place",)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "role")
    search_fields = ("name", "organisation__name")
    autocomplete_fields = ("organisation",)


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_nl", "name_en", "parent")
    search_fields = ("slug", "name_nl", "name_en")


class MissionInline(admin.TabularInline):
    model = MissionStatement
    extra = 0


class PolicyLineInline(admin.StackedInline):
    model = PolicyLine
    extra = 0


@admin.register(PolicyPeriod)
class PolicyPeriodAdmin(RecordAdmin):
    list_display = ("slug", "title_nl", "title_en", "start", "end")
    inlines = [MissionInline, PolicyLineInline, *RecordAdmin.inlines]


@admin.register(PolicyLine)
class PolicyLineAdmin(admin.ModelAdmin):
    list_display = ("period", "order", "kind", "name_nl", "name_en")
    list_filter = ("period", "kind")
    search_fields = ("name_nl", "name_en")


@admin.register(JournalEntry)
class JournalEntryAdmin(admin.ModelAdmin):
    list_display = ("date", "content_type", "object_id", "__str__")
    list_filter = ("content_type",)
    search_fields = ("text_nl", "text_en")


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    list_display = ("title", "content_type", "object_id", "uploaded_by")
    search_fields = ("title",)
