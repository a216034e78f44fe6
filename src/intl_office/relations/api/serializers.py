"""Relations, their status history and agreements as API resources."""

from __future__ import annotations

from rest_framework import serializers

from intl_office.core.api.serializers import (
    READ_ONLY,
    RecordSerializer,
    UtcDateTimeField,
    record_serializer,
)
from intl_office.core.choices import DatePrecision
from intl_office.relations.choices import RelationStatus
from intl_office.relations.models import Agreement, Relation, RelationStatusChange


class RelationSerializer(RecordSerializer):
    """A relation. Its status changes only through ``POST /relations/{id}/status-changes``,
    which keeps the history."""

    class Meta:
        model = Relation
        fields = "__all__"
        read_only_fields = (*READ_ONLY, "status", "status_reason_nl", "status_reason_en")


RelationStatusChangeSerializer = record_serializer(RelationStatusChange)
AgreementSerializer = record_serializer(Agreement)


class RelationStatusChangeRequestSerializer(serializers.Serializer):
    """A new status for a relation, with the date and (for dormant, suspended, ended, not
    realised) the reason."""

    to_status = serializers.ChoiceField(choices=RelationStatus.choices)
    on = serializers.DateField()
    precision = serializers.ChoiceField(choices=DatePrecision.choices, default=DatePrecision.DAY)
    reason_nl = serializers.CharField(required=False, allow_blank=True, default="")
    reason_en = serializers.CharField(required=False, allow_blank=True, default="")


class OpenRelationSerializer(serializers.ModelSerializer):
    """A published relation as open data: what the public may know, with the counterpart's
    place and coordinates."""

    place = serializers.CharField(source="counterpart_place.name", default="")
    country = serializers.CharField(source="counterpart_place.country", default="")
    latitude = serializers.DecimalField(
        source="counterpart_place.latitude", max_digits=9, decimal_places=6, default=None
    )
    longitude = serializers.DecimalField(
        source="counterpart_place.longitude", max_digits=9, decimal_places=6, default=None
    )
    organisation = serializers.CharField(source="counterpart_organisation.name", default="")
    updated_at = UtcDateTimeField()

    class Meta:
        model = Relation
        fields = [
            "id",
            "slug",
            "name_nl",
            "name_en",
            "kind",
            "status",
            "since",
            "place",
            "country",
            "latitude",
            "longitude",
            "organisation",
            "description_nl",
            "description_en",
            "updated_at",
        ]
