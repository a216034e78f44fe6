from django.contrib import admin

from intl_office.reviews.models import Narrative


@admin.register(Narrative)
class NarrativeAdmin(admin.ModelAdmin):
    list_display = ("period", "section", "policy_line", "language")
    list_filter = ("period", "section", "language")
