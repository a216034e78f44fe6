"""Activities as API resources."""

from __future__ import annotations

from rest_framework import serializers

from intl_office.activities.models import Activity
from intl_office.core.api.serializers import READ_ONLY, RecordSerializer, UtcDateTimeField


class ActivitySerializer(RecordSerializer):
    """An activity. Cancelling or postponing goes through ``POST /activities/{id}/cancel``,
    which keeps the reason in the journal."""

    countries = serializers.ListField(
        child=serializers.CharField(max_length=2, min_length=2), required=False
    )

    class Meta:
        model = Activity
        fields = "__all__"
        read_only_fields = READ_ONLY


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
