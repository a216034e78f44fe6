"""Writes on relations and agreements."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from intl_office.core.choices import DatePrecision
from intl_office.core.models import Source
from intl_office.core.services import journal_add, record_save
from intl_office.relations.choices import RelationStatus
from intl_office.relations.models import Agreement, Relation, RelationStatusChange

# A relation that stops or fails to start must say why.
STATUSES_NEEDING_REASON = {
    RelationStatus.DORMANT,
    RelationStatus.SUSPENDED,
    RelationStatus.ENDED,
    RelationStatus.NOT_REALISED,
}


@transaction.atomic
def relation_change_status(
    *,
    relation: Relation,
    to_status: str,
    on: date,
    reason_nl: str = "",
    reason_en: str = "",
    precision: str = DatePrecision.DAY,
    user: Any = None,
    source: Source | None = None,
    source_locator: str = "",
) -> RelationStatusChange:
    """Move a relation to a new status, keeping the step in its history and its journal."""
    relation = Relation.objects.select_for_update().get(pk=relation.pk)
    if to_status == relation.status:
        raise ValidationError({"to_status": _("The relation already has this status.")})
    if to_status in STATUSES_NEEDING_REASON and not (reason_nl or reason_en):
        raise ValidationError({"reason": _("Give the reason for this status.")})
    last = relation.status_changes.order_by("-date", "-id").first()
    if last is not None and on < last.date:
        raise ValidationError(
            {"on": _("The change cannot predate the last one (%(date)s).") % {"date": last.date}}
        )
    change = record_save(
        RelationStatusChange(
            relation=relation,
            date=on,
            date_precision=precision,
            from_status=relation.status,
            to_status=to_status,
            reason_nl=reason_nl,
            reason_en=reason_en,
            source=source,
            source_locator=source_locator,
        )
    )
    relation.status = to_status
    relation.status_reason_nl = reason_nl
    relation.status_reason_en = reason_en
    record_save(relation)
    texts: dict[str, str] = {}
    for language, reason in (("nl", reason_nl), ("en", reason_en)):
        with translation.override(language):
            before = RelationStatus(change.from_status).label if change.from_status else "-"
            after = RelationStatus(to_status).label
            label = _("Status")
            texts[f"text_{language}"] = f"{label}: {before} → {after}." + (
                f" {reason}" if reason else ""
            )
    journal_add(
        subject=relation,
        on=on,
        precision=precision,
        author=user,
        text_nl=texts["text_nl"],
        text_en=texts["text_en"],
    )
    return change


@transaction.atomic
def agreement_renew(
    *,
    agreement: Agreement,
    signed_on: date,
    valid_until: date | None = None,
    title_nl: str = "",
    title_en: str = "",
    signatories: str = "",
    user: Any = None,
) -> Agreement:
    """Sign a new agreement that renews ``agreement``, on the same relation."""
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if Agreement.objects.filter(renews=agreement).exists():
        raise ValidationError(_("This agreement has already been renewed."))
    if agreement.signed_on and signed_on < agreement.signed_on:
        raise ValidationError(
            {"signed_on": _("A renewal cannot be signed before the agreement it renews.")}
        )
    renewal = record_save(
        Agreement(
            relation=agreement.relation,
            kind=agreement.kind,
            title_nl=title_nl or agreement.title_nl,
            title_en=title_en or agreement.title_en,
            signed_on=signed_on,
            signatories=signatories or agreement.signatories,
            valid_until=valid_until,
            renews=agreement,
        )
    )
    journal_add(
        subject=agreement.relation,
        on=signed_on,
        author=user,
        text_en=f"Agreement renewed: {renewal.title_en}.",
        text_nl=f"Overeenkomst verlengd: {renewal.title_nl}.",
    )
    return renewal
