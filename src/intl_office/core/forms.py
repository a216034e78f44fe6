"""Base form of every record: the same form validates a web post and an imported row, and
saves through the service layer (``core.services.record_save``: ``full_clean`` and audit)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
from intl_office.core.services import (
    attachment_add,
    journal_add,
    record_save,
    validate_country,
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


def formfield(db_field: models.Field, **kwargs: Any) -> forms.Field | None:  # type: ignore[type-arg]
    # Web addresses typed without a scheme are https (Django 6's default, chosen now).
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)  # type: ignore[no-any-return]


class RecordForm(forms.ModelForm):
    """A model form whose ``save`` goes through the services.

    ``user`` is who posts (or imports); forms that record an author or handler use it.
    Subclasses whose model has its own service override :meth:`save`."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Runs before ModelFormMetaclass builds the fields from the subclass's own Meta.
        super().__init_subclass__(**kwargs)
        meta = cls.__dict__.get("Meta")
        if meta is not None and not hasattr(meta, "formfield_callback"):
            meta.formfield_callback = formfield

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        self.user = user
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.DateTimeField):
                field.widget = DateTimeInput()
            elif isinstance(field, forms.DateField):
                field.widget = DateInput()

    def save(self, commit: bool = True) -> Any:
        instance = super().save(commit=False)
        m2m = {
            f.name: list(self.cleaned_data[f.name])
            for f in instance._meta.many_to_many
            if f.name in self.cleaned_data
        }
        return record_save(instance, m2m=m2m)

    @classmethod
    def values_of(cls, instance: models.Model) -> dict[str, Any]:
        """The values of ``instance`` for this form's fields, as an import file holds them:
        what an export writes, so an export can be imported again."""
        values: dict[str, Any] = {}
        for name in cls.base_fields:
            field: Any = instance._meta.get_field(name)
            if field.many_to_many:
                values[name] = ",".join(str(o.pk) for o in getattr(instance, name).all())
            elif field.is_relation:
                values[name] = getattr(instance, field.attname)
            else:
                values[name] = field.value_from_object(instance)
        return values


class CountryMixin:
    """Country codes are checked against the offline gazetteer, as the services do."""

    country_fields: tuple[str, ...] = ("country",)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()  # type: ignore[misc]
        for name in self.country_fields:
            if cleaned.get(name):
                cleaned[name] = cleaned[name].upper()
                try:
                    validate_country(cleaned[name], field=name)
                except ValidationError as error:
                    self.add_error(None, error)  # type: ignore[attr-defined]
        return cleaned  # type: ignore[no-any-return]


class PlaceForm(CountryMixin, RecordForm):
    class Meta:
        model = Place
        fields = ["name", "country", "latitude", "longitude", "geonames_id"]


class OrganisationForm(CountryMixin, RecordForm):
    class Meta:
        model = Organisation
        fields = ["name", "acronym", "kind", "country", "place", "website"]


class PersonForm(RecordForm):
    class Meta:
        model = Person
        fields = ["name", "organisation", "role", "email", "phone", "lawful_basis"]


class ThemeForm(RecordForm):
    class Meta:
        model = Theme
        fields = ["slug", "name_nl", "name_en", "parent"]


class SourceForm(RecordForm):
    class Meta:
        model = Source
        fields = ["title", "publisher", "kind", "published", "url", "via"]


class PolicyPeriodForm(RecordForm):
    class Meta:
        model = PolicyPeriod
        fields = [
            "slug",
            "title_nl",
            "title_en",
            "start",
            "end",
            "baseline_start",
            "introduction_nl",
            "introduction_en",
            "published",
        ]


class PolicyLineForm(RecordForm):
    class Meta:
        model = PolicyLine
        fields = ["period", "kind", "order", "name_nl", "name_en", "goals_nl", "goals_en"]


class JournalNoteForm(forms.Form):
    """A dated note on any record, through ``core.services.journal_add``."""

    on = forms.DateField(label=_("date"), widget=DateInput(), initial=timezone.localdate)
    text_nl = forms.CharField(label=_("text (Dutch)"), widget=forms.Textarea, required=False)
    text_en = forms.CharField(label=_("text (English)"), widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, record: models.Model, user: Any = None, **kwargs: Any) -> None:
        self.record = record
        self.user = user
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not (cleaned.get("text_nl") or cleaned.get("text_en")):
            raise ValidationError(_("Write the note in Dutch, English or both."))
        return cleaned

    def save(self) -> Any:
        data = self.cleaned_data
        return journal_add(
            subject=self.record,
            on=data["on"],
            text_nl=data["text_nl"],
            text_en=data["text_en"],
            author=self.user,
        )


class AttachmentForm(forms.Form):
    """A file kept with any record, through ``core.services.attachment_add``."""

    title = forms.CharField(label=_("title"), max_length=200)
    file = forms.FileField(label=_("file"))

    def __init__(self, *args: Any, record: models.Model, user: Any = None, **kwargs: Any) -> None:
        self.record = record
        self.user = user
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def save(self) -> Any:
        return attachment_add(
            subject=self.record,
            title=self.cleaned_data["title"],
            file=self.cleaned_data["file"],
            user=self.user,
        )


class MissionStatementForm(RecordForm):
    class Meta:
        model = MissionStatement
        fields = ["period", "order", "text_nl", "text_en"]
