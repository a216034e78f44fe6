from django.contrib import admin

from intl_office.activities.models import Activity
from intl_office.core.admin import RecordAdmin


@admin.register(Activity)
class ActivityAdmin(RecordAdmin):
    list_display = ("title_en", "kind", "direction", "start_date", "place", "format", "status")
    list_filter = ("kind", "direction", "status", "format")
    search_fields = ("title_nl", "title_en", "place__name", "organisations__name")
    date_hierarchy = "start_date"
    autocomplete_fields = ("place", "participants", "organisations", "relations", "eu_projects")
    filter_horizontal = ("policy_lines", "themes")
