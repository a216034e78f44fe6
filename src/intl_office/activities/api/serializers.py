"""Activities as API resources."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers

from intl_office.activities.choices import ActivityFormat
from intl_office.activities.models import Activity
from intl_office.core.api.serializers import READ_ONLY, RecordSerializer, UtcDateTimeField


class ActivitySerializer(RecordSerializer):
    """An activity. Its status is given when it is registered; afterwards it changes only
    through ``POST /activities/{id}/cancel`` (which keeps the reason in the journal) and
    ``POST /activities/{id}/held``."""

    countries = serializers.ListField(
        child=serializers.CharField(max_length=2, min_length=2), required=False
    )

    class Meta:
        model = Activity
        fields = "__all__"
        read_only_fields = READ_ONLY

    def update(self, instance: Activity, validated_data: dict[str, Any]) -> Activity:
        for name in ("status", "status_reason"):
            if name in validated_data and validated_data[name] != getattr(instance, name):
                raise serializers.ValidationError(
                    {name: [_("Change the status with the cancel or held action.")]}
                )
        return super().update(instance, validated_data)


class ActivityHeldSerializer(serializers.Serializer):
    format = serializers.ChoiceField(
        choices=ActivityFormat.choices, required=False, help_text="How it was held."
    )


class ActivityCancelSerializer(serializers.Serializer):
    reason = serializers.CharField(help_text="Why, e.g. COVID-19.")
    postpone = serializers.BooleanField(default=False, help_text="Postponed rather than cancelled.")


class OpenActivitySerializer(serializers.ModelSerializer):
    """A published activity as open data."""

    place = serializers.CharField(source="place.name", default="")
    country = serializers.CharField(source="place.country", default="")
    updated_at = UtcDateTimeField()

    class Meta:
        model = Activity
        fields = [
            "id",
            "title_nl",
            "title_en",
            "kind",
            "direction",
            "start_date",
            "end_date",
            "place",
            "country",
            "countries",
            "format",
            "status",
            "status_reason",
            "summary_nl",
            "summary_en",
            "updated_at",
        ]
