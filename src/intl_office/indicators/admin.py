from django.contrib import admin

from intl_office.indicators.models import Indicator, Observation, Target


class ObservationInline(admin.TabularInline):
    model = Observation
    extra = 0
    fields = (
        "period_kind",
        "period_start",
        "period_end",
        "value",
        "qualifier",
        "source",
        "source_locator",
    )


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ("code", "name_en", "unit", "policy_line_kind", "derivation")
    list_filter = ("policy_line_kind", "unit")
    search_fields = ("code", "name_nl", "name_en")
    inlines = [ObservationInline]


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = ("indicator", "period_label", "value", "qualifier", "source")
    list_filter = ("indicator", "period_kind")


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ("indicator", "period", "value", "qualifier")
