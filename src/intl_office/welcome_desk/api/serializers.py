"""The welcome desk's anonymous records as API resources."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers

from intl_office.core.api.serializers import READ_ONLY, RecordSerializer, record_serializer
from intl_office.welcome_desk.choices import Topic
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)
from intl_office.welcome_desk.services import desk_contact_record


class TopicsField(serializers.ListField):
    """The topics of a contact as a list of codes."""

    child = serializers.ChoiceField(choices=Topic.choices)

    def get_attribute(self, instance: DeskContact) -> list[str]:
        return sorted(t.topic for t in instance.topics.all())


class DeskContactSerializer(RecordSerializer):
    """One anonymous contact. It is recorded with its topics through
    ``welcome_desk.services.desk_contact_record``; the topics cannot change afterwards."""

    topics = TopicsField(allow_empty=True)

    class Meta:
        model = DeskContact
        fields = "__all__"
        read_only_fields = READ_ONLY

    def create(self, validated_data: dict[str, Any]) -> DeskContact:
        return desk_contact_record(
            occurred_at=validated_data["occurred_at"],
            channel=validated_data["channel"],
            topics=validated_data.get("topics", []),
            nationality=validated_data.get("nationality", ""),
            customer_type=validated_data.get("customer_type", ""),
            client_organisation=validated_data.get("client_organisation"),
            language=validated_data.get("language", ""),
            handled_by=validated_data.get("handled_by"),
        )

    def update(self, instance: DeskContact, validated_data: dict[str, Any]) -> DeskContact:
        topics = validated_data.pop("topics", None)
        if topics is not None and set(topics) != {t.topic for t in instance.topics.all()}:
            raise serializers.ValidationError(
                {"topics": [_("The topics of a recorded contact cannot change.")]}
            )
        return super().update(instance, validated_data)


FormalitySerializer = record_serializer(Formality)
ClientAgreementSerializer = record_serializer(ClientAgreement)
SatisfactionSurveySerializer = record_serializer(SatisfactionSurvey)


class WelcomeServiceSerializer(RecordSerializer):
    languages = serializers.ListField(child=serializers.CharField(max_length=8), required=False)

    class Meta:
        model = WelcomeService
        fields = "__all__"
        read_only_fields = READ_ONLY
