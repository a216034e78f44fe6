"""Writes on activities."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intl_office.activities.choices import ActivityFormat, ActivityStatus
from intl_office.activities.models import Activity
from intl_office.core.services import journal_add, record_save


@transaction.atomic
def activity_cancel(
    *, activity: Activity, reason: str, postpone: bool = False, user: Any = None
) -> Activity:
    """Cancel (or postpone) a planned activity; the reason is required and kept."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if not reason.strip():
        raise ValidationError({"status_reason": _("Give the reason for cancelling.")})
    if activity.status == ActivityStatus.HELD:
        raise ValidationError({"status": _("An activity that was held cannot be cancelled.")})
    activity.status = ActivityStatus.POSTPONED if postpone else ActivityStatus.CANCELLED
    activity.status_reason = reason.strip()
    record_save(activity)
    texts: dict[str, str] = {}
    for language in ("nl", "en"):
        with translation.override(language):
            label = _("Postponed") if postpone else _("Cancelled")
            texts[f"text_{language}"] = f"{label}: {activity.status_reason}"
    journal_add(
        subject=activity,
        on=timezone.localdate(),
        author=user,
        text_nl=texts["text_nl"],
        text_en=texts["text_en"],
    )
    return activity


@transaction.atomic
def activity_mark_held(
    *, activity: Activity, format: str | None = None, user: Any = None
) -> Activity:
    """Record that an activity took place, in person or (say, in a pandemic) digitally."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if activity.status == ActivityStatus.CANCELLED:
        raise ValidationError({"status": _("A cancelled activity cannot be held; plan a new one.")})
    activity.status = ActivityStatus.HELD
    activity.status_reason = ""
    if format is not None:
        if format not in ActivityFormat.values:
            raise ValidationError({"format": _("Unknown format.")})
        activity.format = format
    return record_save(activity)
