"""Forms of activities. Cancelling or postponing goes through ``activity_cancel`` (with the
reason), not through the edit form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from intl_office.activities.choices import ActivityStatus
from intl_office.activities.models import Activity
from intl_office.activities.services import activity_cancel
from intl_office.core.forms import RecordForm


class CountriesField(forms.CharField):
    """ISO country codes typed as ``DE, PL``; kept as a list."""

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list):
            return [str(v).strip().upper() for v in value if str(v).strip()]
        text = super().to_python(value) or ""
        return [code.strip().upper() for code in text.replace(";", ",").split(",") if code.strip()]

    def prepare_value(self, value: Any) -> Any:
        return ", ".join(value) if isinstance(value, list) else value


class ActivityForm(RecordForm):
    countries = CountriesField(
        label=_("countries"),
        required=False,
        help_text=_("ISO 3166-1 alpha-2 codes, comma-separated, e.g. DE, PL."),
    )

    class Meta:
        model = Activity
        fields = [
            "title_nl",
            "title_en",
            "kind",
            "direction",
            "start_date",
            "end_date",
            "date_precision",
            "place",
            "countries",
            "format",
            "status",
            "officials",
            "organisations",
            "participants",
            "delegation_size",
            "policy_lines",
            "themes",
            "relations",
            "eu_projects",
            "summary_nl",
            "summary_en",
            "outcomes_nl",
            "outcomes_en",
            "confidential",
            "published",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Cancelled and postponed need a reason: that is the "Cancel" action.
        self.fields["status"].choices = [  # type: ignore[attr-defined]
            (ActivityStatus.PLANNED, ActivityStatus.PLANNED.label),
            (ActivityStatus.HELD, ActivityStatus.HELD.label),
        ]
        if self.instance.pk and self.instance.status not in (
            ActivityStatus.PLANNED,
            ActivityStatus.HELD,
        ):
            del self.fields["status"]

    @classmethod
    def values_of(cls, instance: Any) -> dict[str, Any]:
        values = super().values_of(instance)
        values["countries"] = ",".join(instance.countries)
        return values


class ActivityCancelForm(forms.Form):
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea)
    postpone = forms.BooleanField(label=_("postponed, not cancelled"), required=False)

    def __init__(self, *args: Any, record: Activity, user: Any = None, **kwargs: Any) -> None:
        self.activity = record
        self.user = user
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def save(self) -> Activity:
        return activity_cancel(
            activity=self.activity,
            reason=self.cleaned_data["reason"],
            postpone=self.cleaned_data["postpone"],
            user=self.user,
        )
