"""Forms of the welcome desk. A desk contact is recorded through ``desk_contact_record`` (and
corrected through ``desk_contact_update``), from the quick entry, the edit form and imports."""

from __future__ import annotations

from functools import cache
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intl_office.core.forms import CountryMixin, RecordForm
from intl_office.core.services import gazetteer
from intl_office.welcome_desk.choices import Channel, CustomerType, Topic
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)
from intl_office.welcome_desk.services import desk_contact_record, desk_contact_update


@cache
def country_choices() -> list[tuple[str, str]]:
    countries = gazetteer().get_countries()
    return [
        ("", "—"),
        *sorted(
            ((code, f"{c['name']} ({code})") for code, c in countries.items()), key=lambda c: c[1]
        ),
    ]


class DeskContactForm(RecordForm):
    topics = forms.MultipleChoiceField(
        label=_("topics"), choices=Topic.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = DeskContact
        fields = [
            "occurred_at",
            "channel",
            "topics",
            "nationality",
            "customer_type",
            "client_organisation",
            "language",
        ]
        widgets = {
            "channel": forms.RadioSelect,
            "customer_type": forms.RadioSelect,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["occurred_at"].required = False
        self.fields["occurred_at"].help_text = _("Empty: now.")
        self.fields["nationality"] = forms.ChoiceField(
            label=_("nationality"), choices=country_choices(), required=False
        )
        self.fields["channel"].choices = Channel.choices  # type: ignore[attr-defined]
        self.fields["customer_type"].choices = [("", _("unknown")), *CustomerType.choices]  # type: ignore[attr-defined]
        if self.instance.pk:
            self.initial["topics"] = [t.topic for t in self.instance.topics.all()]

    def clean_occurred_at(self) -> Any:
        return self.cleaned_data.get("occurred_at") or timezone.now()

    def save(self, commit: bool = True) -> DeskContact:
        data = {name: self.cleaned_data[name] for name in self.Meta.fields if name != "topics"}
        if self.instance.pk:
            return desk_contact_update(
                contact=self.instance, topics=self.cleaned_data["topics"], **data
            )
        return desk_contact_record(topics=self.cleaned_data["topics"], handled_by=self.user, **data)

    @classmethod
    def values_of(cls, instance: Any) -> dict[str, Any]:
        values = {
            name: getattr(instance, name)
            for name in cls.base_fields
            if name not in ("topics", "client_organisation")
        }
        values["client_organisation"] = instance.client_organisation_id
        values["topics"] = ",".join(t.topic for t in instance.topics.all())
        return values


class FormalityForm(CountryMixin, RecordForm):
    country_fields = ("nationality",)

    class Meta:
        model = Formality
        fields = ["kind", "handled_on", "nationality", "client_organisation"]


class ClientAgreementForm(RecordForm):
    class Meta:
        model = ClientAgreement
        fields = ["organisation", "since", "until"]


class SatisfactionSurveyForm(RecordForm):
    class Meta:
        model = SatisfactionSurvey
        fields = [
            "period_start",
            "period_end",
            "responses",
            "very_satisfied",
            "satisfied",
            "neutral",
            "dissatisfied",
            "very_dissatisfied",
        ]


class WelcomeServiceForm(RecordForm):
    class Meta:
        model = WelcomeService
        fields = [
            "name",
            "kind",
            "owner",
            "url",
            "audience_nl",
            "audience_en",
            "description_nl",
            "description_en",
            "recurring",
            "active",
        ]
