"""Forms of relations and agreements. A relation's status is not edited here: it changes only
through ``relation_change_status``, which keeps its history and reason."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intl_office.core.forms import DateInput, RecordForm
from intl_office.relations.choices import RelationStatus
from intl_office.relations.models import Agreement, Relation
from intl_office.relations.services import relation_change_status


class RelationForm(RecordForm):
    class Meta:
        model = Relation
        fields = [
            "slug",
            "name_nl",
            "name_en",
            "kind",
            "counterpart_place",
            "counterpart_organisation",
            "parent",
            "since",
            "since_precision",
            "supporting_organisation",
            "organisations",
            "themes",
            "policy_lines",
            "subsidised",
            "confidential",
            "published",
            "description_nl",
            "description_en",
        ]


class AgreementForm(RecordForm):
    class Meta:
        model = Agreement
        fields = [
            "relation",
            "kind",
            "title_nl",
            "title_en",
            "signed_on",
            "signed_precision",
            "signed_at",
            "signatories",
            "valid_until",
            "renews",
            "description_nl",
            "description_en",
        ]


class RelationStatusForm(forms.Form):
    to_status = forms.ChoiceField(label=_("new status"), choices=RelationStatus.choices)
    on = forms.DateField(label=_("date"), widget=DateInput(), initial=timezone.localdate)
    reason_nl = forms.CharField(label=_("reason (Dutch)"), widget=forms.Textarea, required=False)
    reason_en = forms.CharField(label=_("reason (English)"), widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, record: Relation, user: Any = None, **kwargs: Any) -> None:
        self.relation = record
        self.user = user
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def save(self) -> Any:
        data = self.cleaned_data
        return relation_change_status(
            relation=self.relation,
            to_status=data["to_status"],
            on=data["on"],
            reason_nl=data["reason_nl"],
            reason_en=data["reason_en"],
            user=self.user,
        )
