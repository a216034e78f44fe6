from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intl_office.core.admin import RecordAdmin
from intl_office.relations.models import Agreement, Relation, RelationStatusChange
from intl_office.relations.services import STATUSES_NEEDING_REASON, relation_change_status


class StatusChangeInline(admin.TabularInline):
    model = RelationStatusChange
    extra = 0
    can_delete = False
    fields = ("date", "from_status", "to_status", "reason_nl", "reason_en")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False  # the history is written by a status change


class AgreementInline(admin.TabularInline):
    model = Agreement
    extra = 0
    fields = ("kind", "title_nl", "title_en", "signed_on", "valid_until", "renews")
    fk_name = "relation"


class RelationForm(forms.ModelForm):
    class Meta:
        model = Relation
        fields = "__all__"  # noqa: DJ007 - the admin decides which fields it shows

    def clean(self):  # type: ignore[no-untyped-def]
        data = super().clean() or {}
        if (
            self.instance.pk
            and "status" in self.changed_data
            and data.get("status") in STATUSES_NEEDING_REASON
            and not (data.get("status_reason_nl") or data.get("status_reason_en"))
        ):
            raise ValidationError({"status_reason_en": _("Give the reason for this status.")})
        return data


@admin.register(Relation)
class RelationAdmin(RecordAdmin):
    form = RelationForm
    list_display = (
        "name_en",
        "kind",
        "status",
        "counterpart_place",
        "counterpart_organisation",
        "confidential",
    )
    list_filter = ("kind", "status", "confidential", "subsidised")
    search_fields = (
        "name_nl",
        "name_en",
        "counterpart_place__name",
        "counterpart_organisation__name",
    )
    autocomplete_fields = (
        "counterpart_place",
        "counterpart_organisation",
        "supporting_organisation",
        "parent",
    )
    filter_horizontal = ("themes", "policy_lines", "organisations")
    inlines = [StatusChangeInline, AgreementInline, *RecordAdmin.inlines]

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        if change and "status" in form.changed_data:
            # A status change goes through the service, which keeps the history.
            new_status = obj.status
            obj.status = form.initial["status"]
            super().save_model(request, obj, form, change)
            relation_change_status(
                relation=obj,
                to_status=new_status,
                on=timezone.localdate(),
                reason_nl=obj.status_reason_nl,
                reason_en=obj.status_reason_en,
                user=request.user,
            )
            obj.refresh_from_db()
            return
        super().save_model(request, obj, form, change)


@admin.register(Agreement)
class AgreementAdmin(RecordAdmin):
    list_display = ("title_en", "relation", "kind", "signed_on", "valid_until", "renews")
    list_filter = ("kind",)
    search_fields = ("title_nl", "title_en", "relation__name_en")
    autocomplete_fields = ("relation", "signed_at", "renews")
