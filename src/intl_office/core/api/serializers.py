"""The serializer every record type's ``<Model>Serializer`` starts from: it saves through
:func:`core.services.record_save`, so an API request passes the same ``full_clean`` checks as
any other write."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from django.db import models
from rest_framework import serializers

from intl_office.core.models import (
    MissionStatement,
    Organisation,
    Person,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
)
from intl_office.core.services import record_save
from intl_office.indicators.choices import PeriodKind, Provenance, Qualifier, Unit

READ_ONLY = ("id", "created_at", "updated_at")


class UtcDateTimeField(serializers.DateTimeField):
    """Moments in UTC (``…Z``): RFC 3339 for every date, where the office's time zone would give
    historic local-mean-time offsets such as ``+00:19:32`` that are not valid date-times."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("default_timezone", UTC)
        super().__init__(*args, **kwargs)


class RecordSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateTimeField: UtcDateTimeField,
    }

    def _split(self, validated_data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        model: type[models.Model] = self.Meta.model
        names = {f.name for f in model._meta.many_to_many}
        data = dict(validated_data)
        m2m = {name: data.pop(name) for name in list(data) if name in names}
        return data, m2m

    def create(self, validated_data: dict[str, Any]) -> Any:
        data, m2m = self._split(validated_data)
        model: Any = self.Meta.model
        return record_save(model(**data), m2m=m2m)

    def update(self, instance: Any, validated_data: dict[str, Any]) -> Any:
        data, m2m = self._split(validated_data)
        for name, value in data.items():
            setattr(instance, name, value)
        return record_save(instance, m2m=m2m)


def record_serializer(
    model: type[models.Model], name: str = "", **extra: Any
) -> type[RecordSerializer]:
    """A plain ``<Model>Serializer`` of every field (timestamps read-only). ``name`` overrides
    the schema name, e.g. ``EuProject`` for UpperCamelCase."""
    meta = type("Meta", (), {"model": model, "fields": "__all__", "read_only_fields": READ_ONLY})
    class_name = f"{name or model.__name__}Serializer"
    return type(class_name, (RecordSerializer,), {"Meta": meta, **extra})


# The record types of core itself.
PlaceSerializer = record_serializer(Place)
OrganisationSerializer = record_serializer(Organisation)
PersonSerializer = record_serializer(Person)
ThemeSerializer = record_serializer(Theme)
SourceSerializer = record_serializer(Source)
PolicyPeriodSerializer = record_serializer(PolicyPeriod)
PolicyLineSerializer = record_serializer(PolicyLine)
MissionStatementSerializer = record_serializer(MissionStatement)


class FigureSerializer(serializers.Serializer):
    """One figure: a value for an indicator and period, reported (with its source) or derived
    from records (naming them)."""

    key = serializers.CharField(help_text="<indicator>:<period>, e.g. ambassadors-received:2017")
    indicator = serializers.CharField()
    # Declared fields leave the class namespace; mypy sees Field.label and Field.source.
    label = serializers.CharField()  # type: ignore[assignment]
    unit = serializers.ChoiceField(choices=Unit.choices)
    policy_line = serializers.CharField()
    period = serializers.CharField()
    period_kind = serializers.ChoiceField(choices=PeriodKind.choices)
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    value = serializers.FloatField()
    qualifier = serializers.ChoiceField(choices=Qualifier.choices)
    provenance = serializers.ChoiceField(choices=Provenance.choices)
    source = serializers.CharField(  # type: ignore[assignment]
        help_text="Citation of the source of a reported figure."
    )
    source_url = serializers.CharField()
    note = serializers.CharField()
    records = serializers.DictField(help_text="For a derived figure: the model and filters.")
    target = serializers.FloatField(allow_null=True)
    target_qualifier = serializers.CharField()


class PeriodFiguresSerializer(serializers.Serializer):
    period = serializers.CharField()
    title = serializers.CharField()
    start = serializers.DateField()
    end = serializers.DateField()
    published = serializers.BooleanField()
    figures = FigureSerializer(many=True)
